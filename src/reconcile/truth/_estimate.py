"""The estimators as plain functions, and :func:`estimate_truth` in front of them."""

from __future__ import annotations

import importlib.util
import weakref
from collections.abc import Callable, Hashable, Mapping

import attrs

from reconcile.errors import InvalidInput, MissingDependency
from reconcile.truth._compare import ValueComparison, text
from reconcile.truth._encode import (
    Encoded,
    KnownFalse,
    KnownTrue,
    build_estimate,
    encode,
    identical_sources,
)
from reconcile.truth._model import ClaimColumns, ClaimTable, CopyGroup, Method, TruthEstimate
from reconcile.truth._vote import identical_copy_groups, run_vote

__all__ = [
    "accu",
    "crh",
    "estimate_truth",
    "investment",
    "pooled_investment",
    "truthfinder",
    "vote",
]


def _prepare(method: str, max_iter: int, tol: float) -> None:
    """What every iterative estimator checks first: numpy is there, the settings are valid."""
    _needs_numpy(method)
    if max_iter < 1:
        raise InvalidInput(f"'max_iter' must be >= 1 (got {max_iter!r})", field="max_iter")
    if not tol > 0:
        raise InvalidInput(f"'tol' must be > 0 (got {tol!r})", field="tol")


def _encode(
    table: ClaimTable | ClaimColumns,
    comparison: ValueComparison | None,
    known_true: KnownTrue | None,
    known_false: KnownFalse | None,
) -> Encoded:
    if isinstance(table, ClaimColumns):
        # The command's table, kept as columns: encoded on arrays where numpy is there
        # and the table is one the array path covers, else as the claims it holds.
        comparison = comparison if comparison is not None else text()
        if importlib.util.find_spec("numpy") is not None:
            from reconcile.truth._columnar import encode_columns  # noqa: PLC0415 - numpy

            encoded = encode_columns(
                table, comparison, known_true=known_true, known_false=known_false
            )
            if encoded is not None:
                return encoded
        table = table.table()
    if not isinstance(table, ClaimTable):
        raise InvalidInput(f"expected a ClaimTable (got {type(table).__name__})", field="table")
    comparison = comparison if comparison is not None else text()
    if known_true is not None and not isinstance(known_true, Mapping):
        known_true = list(known_true)
    if known_false is not None:
        known_false = list(known_false)
    try:
        settings = (comparison, _frozen(known_true), _frozen(known_false))
        hash(settings)
    except TypeError:
        return encode(table, comparison, known_true=known_true, known_false=known_false)
    # Running several estimators on one table encodes it once (estimators never
    # change an encoding); the entry goes when the table does.
    entry = _ENCODED.get(id(table))
    if entry is None or entry[0]() is not table:
        key = id(table)
        entry = (weakref.ref(table, lambda _ref: _ENCODED.pop(key, None)), {})
        _ENCODED[key] = entry
    if settings not in entry[1]:
        entry[1].clear()
        entry[1][settings] = encode(
            table, comparison, known_true=known_true, known_false=known_false
        )
    return entry[1][settings]


_ENCODED: dict[int, tuple[weakref.ref[ClaimTable], dict[Hashable, Encoded]]] = {}


def _frozen(known: KnownTrue | KnownFalse | None) -> Hashable:
    if known is None:
        return None
    if isinstance(known, Mapping):
        return tuple(sorted(known.items(), key=repr))
    return tuple(sorted((tuple(k) for k in known), key=repr))


def vote(
    table: ClaimTable,
    *,
    comparison: ValueComparison | None = None,
    known_true: KnownTrue | None = None,
    known_false: KnownFalse | None = None,
    source_groups: Mapping[str, str] | None = None,
) -> TruthEstimate:
    """Majority vote in which dependent sources count once; pure Python, no numpy.

    Sources with identical claims on two or more items count as one, and so do the
    sources ``source_groups`` maps to one group name (same outlet, same author). A group
    split between values gives each the share of its members that claimed it. A source's
    trust is the mean vote share of the values it claimed.

    Args:
        table: the claims.
        comparison: how values are parsed and compared (default :func:`text`).
        known_true: values the analyst knows to be true, ``{(object, attribute): value}``
            or ``(object, attribute, value)`` triples; chosen outright.
        known_false: ``(object, attribute, value)`` triples never chosen.
        source_groups: source -> group name, for dependence known in advance.

    Returns:
        The estimate; ``confidence`` is the winning value's share of the votes.

    Notes:
        O(c log c) for c claims (the sort in encoding).

    Examples:
        >>> from reconcile.truth import ClaimTable, TruthClaim
        >>> rows = [("a", "x"), ("b", "x"), ("c", "y"), ("d", "y"), ("e", "y")]
        >>> table = ClaimTable([TruthClaim(s, "o", "colour", v) for s, v in rows])
        >>> vote(table).value_of("o", "colour")
        'y'
        >>> wire = {"c": "wire", "d": "wire", "e": "wire"}
        >>> vote(table, source_groups=wire).value_of("o", "colour")
        'x'
    """
    enc = _encode(table, comparison, known_true, known_false)
    return run_vote(enc, source_groups=source_groups)


def truthfinder(
    table: ClaimTable,
    *,
    comparison: ValueComparison | None = None,
    known_true: KnownTrue | None = None,
    known_false: KnownFalse | None = None,
    max_iter: int = 100,
    tol: float = 1e-6,
    initial_trust: float = 0.9,
    rho: float = 0.5,
    gamma: float = 0.3,
    base_sim: float = 0.5,
) -> TruthEstimate:
    """TruthFinder (Yin, Han and Yu, KDD 2007).

    A value's confidence is the sigmoid of the trust scores ``-ln(1 - t)`` of the sources
    claiming it, plus ``rho`` times the support of similar values of the same item
    (similarity from the comparison, minus ``base_sim``: dissimilar values count
    against); a source's trust is the mean confidence of its claims. Stops when the
    cosine between successive trust vectors is within ``tol`` of 1.

    Raises:
        ConvergenceError: not converged within ``max_iter`` iterations.

    Notes:
        O(iterations * (c + p)) for c claims and p = sum of k**2 over items of k values.

    Examples:
        >>> from reconcile.truth import ClaimTable, TruthClaim, numbers
        >>> rows = [("a", 100), ("b", 101), ("c", 140)]
        >>> table = ClaimTable([TruthClaim(s, "city", "pop", v) for s, v in rows])
        >>> truthfinder(table, comparison=numbers(rel_tol=0.02)).value_of("city", "pop")
        '100'
    """
    _prepare("truthfinder", max_iter, tol)
    from reconcile.truth._arrays import Arrays  # noqa: PLC0415 - numpy only on use
    from reconcile.truth._iterative import run_truthfinder  # noqa: PLC0415 - numpy only on use

    enc = _encode(table, comparison, known_true, known_false)
    scores, trust, iterations = run_truthfinder(
        Arrays(enc),
        max_iter=max_iter,
        tol=tol,
        initial_trust=initial_trust,
        rho=rho,
        gamma=gamma,
        base_sim=base_sim,
    )
    return build_estimate(
        enc,
        Method.TRUTHFINDER,
        scores=scores.tolist(),
        trust=trust.tolist(),
        iterations=iterations,
    )


def _investment(
    table: ClaimTable,
    *,
    method: Method,
    comparison: ValueComparison | None,
    known_true: KnownTrue | None,
    known_false: KnownFalse | None,
    max_iter: int,
    tol: float,
    exponent: float | None,
) -> TruthEstimate:
    _prepare("investment", max_iter, tol)
    from reconcile.truth._arrays import Arrays  # noqa: PLC0415 - numpy only on use
    from reconcile.truth._iterative import run_investment  # noqa: PLC0415 - numpy only on use

    enc = _encode(table, comparison, known_true, known_false)
    scores, trust, iterations = run_investment(
        Arrays(enc),
        max_iter=max_iter,
        tol=tol,
        pooled=method is Method.POOLED_INVESTMENT,
        exponent=exponent,
    )
    return build_estimate(
        enc, method, scores=scores.tolist(), trust=trust.tolist(), iterations=iterations
    )


def investment(
    table: ClaimTable,
    *,
    comparison: ValueComparison | None = None,
    known_true: KnownTrue | None = None,
    known_false: KnownFalse | None = None,
    max_iter: int = 5000,
    tol: float = 1e-4,
    exponent: float = 1.2,
) -> TruthEstimate:
    """Investment (Pasternack and Roth, COLING 2010).

    Each source invests its trust evenly in its claims; a value's belief is the
    invested total raised to ``exponent``; each source earns back belief in proportion
    to its stake. ``confidence`` is the value's share of the item's belief.

    Raises:
        ConvergenceError: the largest trust change is above ``tol`` after ``max_iter``.

    Notes:
        O(iterations * c) for c claims.

    Examples:
        >>> from reconcile.truth import ClaimTable, TruthClaim
        >>> rows = [("a", "o1", "x"), ("b", "o1", "x"), ("c", "o1", "y"),
        ...         ("a", "o2", "p"), ("c", "o2", "q")]
        >>> estimate = investment(ClaimTable([TruthClaim(s, o, "k", v) for s, o, v in rows]))
        >>> estimate.value_of("o2", "k")
        'p'
    """
    return _investment(
        table,
        method=Method.INVESTMENT,
        comparison=comparison,
        known_true=known_true,
        known_false=known_false,
        max_iter=max_iter,
        tol=tol,
        exponent=exponent,
    )


def pooled_investment(
    table: ClaimTable,
    *,
    comparison: ValueComparison | None = None,
    known_true: KnownTrue | None = None,
    known_false: KnownFalse | None = None,
    max_iter: int = 5000,
    tol: float = 1e-4,
    exponent: float = 1.4,
) -> TruthEstimate:
    """PooledInvestment (Pasternack and Roth, COLING 2010).

    As :func:`investment`, but the belief of the values of one item is pooled: each
    gets the item's invested total in proportion to ``invested ** exponent``.

    Raises:
        ConvergenceError: the largest trust change is above ``tol`` after ``max_iter``.

    Notes:
        O(iterations * c) for c claims.

    Examples:
        >>> from reconcile.truth import ClaimTable, TruthClaim
        >>> rows = [("a", "x"), ("b", "x"), ("c", "y")]
        >>> table = ClaimTable([TruthClaim(s, "o", "k", v) for s, v in rows])
        >>> pooled_investment(table).value_of("o", "k")
        'x'
    """
    return _investment(
        table,
        method=Method.POOLED_INVESTMENT,
        comparison=comparison,
        known_true=known_true,
        known_false=known_false,
        max_iter=max_iter,
        tol=tol,
        exponent=exponent,
    )


def _without_copies(
    enc: Encoded, identical: list[list[int]] | None = None
) -> tuple[Encoded, list[list[int]]]:
    """Drop the claims of all but the first of each group of identical sources.

    ``identical`` is :func:`identical_sources` of ``enc``, when the caller has it.
    """
    if identical is None:
        identical = identical_sources(enc)
    drop = {s for group in identical for s in group[1:]}
    if not drop:
        return enc, identical
    keep = [i for i, s in enumerate(enc.claim_source) if s not in drop]
    reduced = attrs.evolve(
        enc,
        claim_source=[enc.claim_source[i] for i in keep],
        claim_value=[enc.claim_value[i] for i in keep],
        claim_weight=[enc.claim_weight[i] for i in keep],
        claim_low=[enc.claim_low[i] for i in keep],
        claim_high=[enc.claim_high[i] for i in keep],
    )
    return reduced, identical


def accu(
    table: ClaimTable,
    *,
    comparison: ValueComparison | None = None,
    known_true: KnownTrue | None = None,
    known_false: KnownFalse | None = None,
    source_groups: Mapping[str, str] | None = None,
    max_iter: int = 2000,
    tol: float = 1e-4,
    detect_copies: bool = True,
    n_false: int = 100,
    copy_rate: float = 0.8,
    copy_prior: float = 0.2,
    copy_threshold: float = 0.5,
    min_shared_false: float = 2.0,
    similarity: float = 0.5,
) -> TruthEstimate:
    """Accu with copy detection (Dong, Berti-Equille and Srivastava, VLDB 2009).

    Sources have an accuracy A; a value's vote count is the sum of ``ln(n A / (1 - A))``
    over its sources (``n = n_false`` false values per item), and its probability the
    softmax over the item's values (unclaimed false values included). Between every two
    sources that claim on common items, the values they share, and above all the false
    values they share, give the probability that one copies the other; a source's vote
    for a value is discounted by ``1 - copy_rate * P(copies s')`` for every more
    accurate source s' giving the same value. Sources with identical claims on two or
    more items are merged before estimation (a perfect copier changes nothing) and share
    one trust; the members of one group in ``source_groups`` give each value once (the
    member with most claims first), and a member left without claims shares its trust.

    Args:
        table: the claims.
        comparison: how values are parsed and compared (default :func:`text`).
        known_true: values known to be true (probability 1 throughout).
        known_false: values known to be false (probability 0 throughout).
        source_groups: source -> group name, for dependence known in advance.
        max_iter: iterations before :class:`~reconcile.errors.ConvergenceError`.
        tol: stop when no accuracy moves by more than this.
        detect_copies: False for plain Accu without dependence.
        n_false: the number of false values of an item, the model's ``n``.
        copy_rate: the share of its values a copier copies, ``c``.
        copy_prior: the prior probability that two sources depend.
        copy_threshold: report pairs whose probability of dependence reaches this.
        min_shared_false: pairs sharing fewer (expected) false values are independent.
        similarity: AccuSim's rho: the share of a supporting value's vote count that a
            value also receives, where the comparison grades similarity (author lists,
            times or numbers with a tolerance); 0 for plain Accu.

    Returns:
        The estimate; ``confidence`` is P(value true); trust is the accuracy; copy
        groups are the connected groups of dependent pairs, with their evidence.

    Raises:
        ConvergenceError: not converged within ``max_iter`` iterations.

    Notes:
        O(iterations * (c + q)) for c claims and q pairs of claims on one item
        (dense products over sources instead when q is above twenty million).

    Examples:
        >>> from reconcile.truth import ClaimTable, TruthClaim
        >>> good = [(g, f"o{i}", "wrong" if i == n else "t")
        ...         for n, g in enumerate(["g0", "g1", "g2", "g3"]) for i in range(10)]
        >>> copied = [(s, f"o{i}", "f" if i < 6 else "t") for s in "xyz" for i in range(10)
        ...           if (s, i) not in {("y", 9), ("z", 8)}]
        >>> table = ClaimTable([TruthClaim(s, o, "k", v) for s, o, v in good + copied])
        >>> vote(table).value_of("o0", "k")
        'f'
        >>> estimate = accu(table)
        >>> estimate.value_of("o0", "k"), [g.sources for g in estimate.copy_groups]
        ('t', [('x', 'y', 'z')])
    """
    _prepare("accu", max_iter, tol)
    from reconcile.truth._accu import copy_groups, run_accu  # noqa: PLC0415 - numpy only on use
    from reconcile.truth._arrays import (  # noqa: PLC0415 - numpy only on use
        Arrays,
        identical_source_groups,
    )

    if not 0 <= similarity <= 1:
        raise InvalidInput(
            f"'similarity' must be between 0 and 1 (got {similarity!r})", field="similarity"
        )
    full = _encode(table, comparison, known_true, known_false)
    full_arrays = Arrays(full)
    enc, identical = _without_copies(full, identical_source_groups(full_arrays))
    share: dict[int, int] = {}
    if source_groups:
        enc, share = _merge_groups(enc, source_groups)
    # Most tables have no identical sources: their arrays are the full table's.
    arr = full_arrays if enc is full else Arrays(enc)
    prob, accuracy, iterations, edges = run_accu(
        arr,
        max_iter=max_iter,
        tol=tol,
        detect_copies=detect_copies,
        n_false=n_false,
        copy_rate=copy_rate,
        copy_prior=copy_prior,
        copy_threshold=copy_threshold,
        min_shared_false=min_shared_false,
        similarity=similarity,
    )
    trust = accuracy.tolist()
    for s, like in share.items():
        trust[s] = trust[like]
    for group in identical:
        for s in group[1:]:
            trust[s] = trust[group[0]]
    chosen = arr.argmax_values(prob)
    detected = copy_groups(arr, edges, chosen)
    merged = identical_copy_groups(full, identical, [int(v) for v in chosen])
    return build_estimate(
        full,
        Method.ACCU,
        scores=prob.tolist(),
        trust=trust,
        iterations=iterations,
        copy_groups=_combine(detected, merged),
        counts=full_arrays.counts(),
    )


def _merge_groups(enc: Encoded, source_groups: Mapping[str, str]) -> tuple[Encoded, dict[int, int]]:
    """Let each known group give each value once.

    Members are taken in order of claim count (most first, then name); a member's claim
    is dropped when an earlier member of its group already gave that value. Returns the
    reduced encoding and, for members left without claims, the member whose trust they
    share.
    """
    counts: dict[int, int] = {}
    for s in enc.claim_source:
        counts[s] = counts.get(s, 0) + 1
    by_group: dict[str, list[int]] = {}
    for s, name in enumerate(enc.sources):
        label = source_groups.get(name)
        if label is not None and counts.get(s):
            by_group.setdefault(label, []).append(s)
    rank: dict[int, tuple[str, int]] = {}
    for label, members in by_group.items():
        for position, s in enumerate(sorted(members, key=lambda s: (-counts[s], s))):
            rank[s] = (label, position)
    given: dict[tuple[str, int], int] = {}
    for c in sorted(
        (c for c, s in enumerate(enc.claim_source) if s in rank),
        key=lambda c: rank[enc.claim_source[c]][1],
    ):
        key = (rank[enc.claim_source[c]][0], enc.claim_value[c])
        given.setdefault(key, c)
    kept = [
        c
        for c, s in enumerate(enc.claim_source)
        if s not in rank or given[(rank[s][0], enc.claim_value[c])] == c
    ]
    reduced = attrs.evolve(
        enc,
        claim_source=[enc.claim_source[i] for i in kept],
        claim_value=[enc.claim_value[i] for i in kept],
        claim_weight=[enc.claim_weight[i] for i in kept],
        claim_low=[enc.claim_low[i] for i in kept],
        claim_high=[enc.claim_high[i] for i in kept],
    )
    left = {reduced.claim_source[i] for i in range(len(kept))}
    first = {
        label: min(members, key=lambda s: (-counts[s], s)) for label, members in by_group.items()
    }
    share = {s: first[label] for s, (label, _) in rank.items() if s not in left}
    return reduced, share


def _combine(detected: list[CopyGroup], identical: list[CopyGroup]) -> list[CopyGroup]:
    """Fold identical-claim groups into the detected groups that hold their first member."""
    out: list[CopyGroup] = list(detected)
    for group in identical:
        for i, other in enumerate(out):
            if group.sources[0] in other.sources:
                members = tuple(sorted(set(other.sources) | set(group.sources)))
                out[i] = CopyGroup(
                    members,
                    other.probability,
                    other.shared_items,
                    other.shared_false,
                    f"{other.evidence}; {', '.join(group.sources)} have identical claims",
                )
                break
        else:
            out.append(group)
    return out


def crh(
    table: ClaimTable,
    *,
    comparison: ValueComparison | None = None,
    known_true: KnownTrue | None = None,
    known_false: KnownFalse | None = None,
    max_iter: int = 100,
    tol: float = 1e-4,
    max_loss: float = 1.0,
) -> TruthEstimate:
    """CRH (Li, Li, Gao, Su, Zhao, Fan and Han, SIGMOD 2014).

    Alternates truths and source weights: with numeric comparisons (numbers, times) the
    truth is the weighted median of the claims, a hedged claim ``low..high`` counting as
    any point inside it; otherwise the weighted vote. A source's weight is
    ``-log(its loss / total loss)``; numeric losses are distances over the item's robust
    spread (1.4826 MAD, at least 1% of the median), capped at ``max_loss`` so junk
    values (a population of 1e12) cannot break the estimate. Times are minutes after
    midnight and their medians do not wrap around midnight.

    Raises:
        ConvergenceError: the largest weight change is above ``tol`` after ``max_iter``.

    Notes:
        O(iterations * c log c) for c claims (one sort per weighted median pass).

    Examples:
        >>> from reconcile.truth import ClaimTable, TruthClaim, numbers
        >>> rows = [("a", 478403), ("b", 478403), ("c", 4.8e12), ("d", 480000)]
        >>> table = ClaimTable([TruthClaim(s, "cleveland", "pop", v) for s, v in rows])
        >>> crh(table, comparison=numbers(rel_tol=0.01)).value_of("cleveland", "pop")
        '478403'
    """
    _prepare("crh", max_iter, tol)
    from reconcile.truth._arrays import Arrays  # noqa: PLC0415 - numpy only on use
    from reconcile.truth._crh import run_crh  # noqa: PLC0415 - numpy only on use

    enc = _encode(table, comparison, known_true, known_false)
    scores, weights, iterations, overrides = run_crh(
        Arrays(enc), max_iter=max_iter, tol=tol, max_loss=max_loss
    )
    return build_estimate(
        enc,
        Method.CRH,
        scores=scores.tolist(),
        trust=weights.tolist(),
        iterations=iterations,
        overrides=overrides,
    )


def _needs_numpy(method: str) -> None:
    # The iterative estimators vectorize with numpy, an optional extra.
    if importlib.util.find_spec("numpy") is None:
        raise MissingDependency(
            f"the {method} estimator needs numpy: pip install 'reconcile[truth]'",
            field="method",
        )


def estimate_truth(
    table: ClaimTable,
    *,
    method: str | Method = Method.ACCU,
    comparison: ValueComparison | None = None,
    known_true: KnownTrue | None = None,
    known_false: KnownFalse | None = None,
    source_groups: Mapping[str, str] | None = None,
    max_iter: int | None = None,
    tol: float | None = None,
) -> TruthEstimate:
    """Estimate the true value of every item, and the trust of every source.

    One door to all estimators: ``method`` names one (:class:`Method` or its value);
    ``max_iter`` and ``tol`` default to the method's own defaults. ``source_groups`` is
    used by the dependence-aware methods (vote and Accu) and ignored by the others.

    Raises:
        InvalidInput: an unknown method, or bad settings.
        ConvergenceError: an iterative method did not converge.

    Examples:
        >>> from reconcile.truth import ClaimTable, TruthClaim
        >>> table = ClaimTable([TruthClaim("a", "o", "k", "x"), TruthClaim("b", "o", "k", "y")])
        >>> item = estimate_truth(table, method="vote").items[0]
        >>> item.value, item.tie, item.tied
        ('x', True, ('x', 'y'))
    """
    return estimate_table(
        table,
        method=method,
        comparison=comparison,
        known_true=known_true,
        known_false=known_false,
        source_groups=source_groups,
        max_iter=max_iter,
        tol=tol,
    )


def estimate_table(
    table: ClaimTable | ClaimColumns,
    *,
    method: str | Method = Method.ACCU,
    comparison: ValueComparison | None = None,
    known_true: KnownTrue | None = None,
    known_false: KnownFalse | None = None,
    source_groups: Mapping[str, str] | None = None,
    max_iter: int | None = None,
    tol: float | None = None,
) -> TruthEstimate:
    """:func:`estimate_truth` of a table or of the columns of one (internal).

    The command hands its table over as :class:`ClaimColumns` when it read a plain
    file: the estimate is the one of ``columns.table()``, encoded without the claims.
    """
    try:
        chosen = method if isinstance(method, Method) else Method(method)
    except ValueError:
        names = ", ".join(m.value for m in Method)
        raise InvalidInput(
            f"unknown method {method!r} (expected one of {names})", field="method"
        ) from None
    functions: dict[Method, Callable[..., TruthEstimate]] = {
        Method.VOTE: vote,
        Method.TRUTHFINDER: truthfinder,
        Method.INVESTMENT: investment,
        Method.POOLED_INVESTMENT: pooled_investment,
        Method.ACCU: accu,
        Method.CRH: crh,
    }
    # The estimators take a ClaimTable; columns reach only their encoding step.
    if chosen is Method.VOTE:
        return functions[chosen](
            table,
            comparison=comparison,
            known_true=known_true,
            known_false=known_false,
            source_groups=source_groups,
        )
    max_iter = max_iter if max_iter is not None else _DEFAULT_MAX_ITER[chosen]
    tol = tol if tol is not None else _DEFAULT_TOL[chosen]
    if chosen is Method.ACCU:
        return functions[chosen](
            table,
            comparison=comparison,
            known_true=known_true,
            known_false=known_false,
            source_groups=source_groups,
            max_iter=max_iter,
            tol=tol,
        )
    return functions[chosen](
        table,
        comparison=comparison,
        known_true=known_true,
        known_false=known_false,
        max_iter=max_iter,
        tol=tol,
    )


#: The default iteration limits and tolerances of the iterative methods.
_DEFAULT_MAX_ITER = {
    Method.TRUTHFINDER: 100,
    Method.INVESTMENT: 5000,
    Method.POOLED_INVESTMENT: 5000,
    Method.ACCU: 2000,
    Method.CRH: 100,
}
_DEFAULT_TOL = {
    Method.TRUTHFINDER: 1e-6,
    Method.INVESTMENT: 1e-4,
    Method.POOLED_INVESTMENT: 1e-4,
    Method.ACCU: 1e-4,
    Method.CRH: 1e-4,
}
