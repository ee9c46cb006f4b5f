"""Input checks every run makes before normalizing: duplicate ids and rejected documents.

- Documents: a document id used by two *different* documents rejects them all; the
  same document given twice is kept once and its repeat rejected, so nothing is dropped
  without a word.
- Claims: different claims sharing an id are all rejected (which is right cannot be
  known, so the result does not depend on input order); a claim repeated word for word
  is kept once and its repeats rejected; a claim whose document was rejected is
  rejected.

The checks are plain functions over batches, so a distributed run can apply them to
the few claims that need them (:mod:`reconcile.distributed`).

Examples:
    >>> from reconcile.values import Label
    >>> a = Claim(id="c1", document="d", subject="s", attribute="a", value=Label("x"))
    >>> b = Claim(id="c1", document="d", subject="s", attribute="a", value=Label("y"))
    >>> checked = check_claims([a, b], check_documents([Document("d")]))
    >>> checked.kept, [r.error for r in checked.rejected]
    ((), ['DuplicateId', 'DuplicateId'])
"""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Iterable, Sequence
from operator import attrgetter
from typing import Final

import attrs

from reconcile.errors import DuplicateId, InvalidInput
from reconcile.model import Claim, Document, ItemKind, Rejection

__all__ = ["CheckedClaims", "CheckedDocuments", "check_claims", "check_documents"]


@attrs.frozen
class CheckedDocuments:
    """The documents kept, the ids of the rejected ones, and the rejections."""

    kept: dict[str, Document]
    rejected_ids: frozenset[str]
    rejected: tuple[Rejection, ...]
    errors: tuple[InvalidInput, ...]


def check_documents(documents: Sequence[Document]) -> CheckedDocuments:
    """Reject every document whose id is used by two different documents."""
    rejected: list[Rejection] = []
    errors: list[InvalidInput] = []
    counts = Counter(d.id for d in documents)
    variants: dict[str, set[str]] = {}
    for doc in documents:
        variants.setdefault(doc.id, set()).add(repr(doc))
    kept: dict[str, Document] = {}
    for doc in sorted(documents, key=lambda d: (d.id, repr(d))):
        if len(variants[doc.id]) > 1:
            error = DuplicateId(
                f"document id {doc.id!r} is used by {counts[doc.id]} different documents",
                field="id",
                document=doc.id,
            )
            errors.append(error)
            rejected.append(Rejection.from_error(doc.id, ItemKind.DOCUMENT, error))
            continue
        if doc.id in kept:
            # the same document given twice: kept once, and the repeat said so
            error = DuplicateId(
                f"document {doc.id!r} is repeated word for word", field="id", document=doc.id
            )
            errors.append(error)
            rejected.append(Rejection.from_error(doc.id, ItemKind.DOCUMENT, error))
            continue
        kept[doc.id] = doc
    return CheckedDocuments(
        kept, frozenset(counts) - frozenset(kept), tuple(rejected), tuple(errors)
    )


@attrs.frozen
class CheckedClaims:
    """Of the claims fetched for a check: those kept, and the rejections."""

    kept: tuple[Claim, ...]
    rejected: tuple[Rejection, ...]
    errors: tuple[InvalidInput, ...]


#: A claim's id, by a compiled getter: a sort and a grouping call it once per claim each.
_claim_id: Final = attrgetter("id")


def check_claims(claims: Iterable[Claim], documents: CheckedDocuments) -> CheckedClaims:
    """Check claims that share an id or whose document was rejected.

    ``claims`` must hold *every* claim with each id it holds. Different claims with one
    id are all rejected (which is right cannot be known); a claim repeated word for word
    is kept once; a claim whose document was rejected is rejected.
    """
    rejected: list[Rejection] = []
    errors: list[InvalidInput] = []

    def reject(item: str, error: InvalidInput) -> None:
        errors.append(error)
        rejected.append(Rejection.from_error(item, ItemKind.CLAIM, error))

    ordered = sorted(claims, key=_claim_id)
    if not documents.rejected_ids and len(set(map(_claim_id, ordered))) == len(ordered):
        # No id shared and no document rejected (a run's usual input): every claim is kept,
        # in id order, told by compiled calls instead of a group per id in Python.
        return CheckedClaims(tuple(ordered), (), ())
    kept: list[Claim] = []
    # A stable sort groups each id's claims in their given order, with no list per id.
    for claim_id, members in itertools.groupby(ordered, key=_claim_id):
        group = list(members)
        if len(group) > 1 and len({repr(c) for c in group}) > 1:
            for _ in group:
                reject(
                    claim_id,
                    DuplicateId(
                        f"claim id {claim_id!r} is used by {len(group)} different claims",
                        field="id",
                    ),
                )
            continue
        for _ in group[1:]:
            reject(
                claim_id, DuplicateId(f"claim {claim_id!r} is repeated word for word", field="id")
            )
        claim = group[0]
        if claim.document in documents.rejected_ids:
            reject(
                claim_id,
                InvalidInput(
                    f"its document {claim.document!r} was rejected",
                    field="document",
                    document=claim.document,
                ),
            )
            continue
        kept.append(claim)
    return CheckedClaims(tuple(kept), tuple(rejected), tuple(errors))
