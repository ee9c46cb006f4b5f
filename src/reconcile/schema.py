"""The versioned record schema: values, claims and documents to and from JSON-ready dicts.

Records are plain dicts of JSON types. Reading validates every field and raises a
:class:`~reconcile.errors.SchemaError` or :class:`~reconcile.errors.InvalidValue` that
names the field (``value.low``); callers add the file and line. Writing gives the same
dict for the same object, with unbounded ends as ``null``.

A value is an object with a ``kind`` and its ``text``:

=========  ==============================================================================
kind       fields
=========  ==============================================================================
quantity   ``hedge`` (exact, about, at_least, more_than, at_most, less_than, range,
           vague), ``point``, ``low``, ``high`` (``null`` = unbounded). On input give
           ``point`` and ``hedge``, or ``low`` and ``high``, or a vague ``text``.
date       ``value`` (``2024-01-27``, ``2024-01``, ``2023-SU``, ``2023-late``,
           ``2023-10-07..``), ``start``, ``end``, ``granularity``. On input give
           ``value``, or ``start``/``end``.
vote       ``body``, ``motion``, ``result`` (passed, rejected), ``votes_for``,
           ``votes_against``, ``abstentions``, ``unanimous``, ``binding``.
label      ``value``.
=========  ==============================================================================

Examples:
    >>> from reconcile.values import Quantity, Hedge
    >>> record = value_to_record(Quantity.hedged(25, Hedge.AT_LEAST))
    >>> record
    {'kind': 'quantity', 'text': 'at least 25', 'hedge': 'at_least', 'point': 25, 'low': 25, 'high': None}
    >>> value_from_record(record) == Quantity.hedged(25, Hedge.AT_LEAST)
    True
"""  # noqa: E501

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Callable, Mapping
from typing import Any, Final

import attrs

from reconcile.errors import InvalidInput, InvalidValue, SchemaError
from reconcile.model import (
    MAX_NAME_LENGTH,
    Claim,
    Document,
    Evidence,
    Modality,
    Rejection,
    _blank_to_none,
    checked_claim,
    normalize_attribute,
    value_kind,
)
from reconcile.values import (
    DateSpan,
    Granularity,
    Hedge,
    Label,
    Quantity,
    Value,
    VoteOutcome,
    VoteResult,
)

__all__ = [
    "CLAIM_FIELDS",
    "CLAIM_RECORD_FIELDS",
    "DOCUMENT_FIELDS",
    "SCHEMA_VERSION",
    "VALUE_FIELDS",
    "check_text",
    "claim_from_record",
    "claim_reader",
    "claim_to_record",
    "document_from_record",
    "document_to_record",
    "rejection_to_record",
    "value_from_record",
    "value_to_record",
]

#: The version of the claim, document and result schema. Minor versions add fields.
SCHEMA_VERSION: Final = "1.2"

#: The fields of a claim record, in the order a record lists them; every writer of
#: claims (JSON Lines, Parquet, the result's claim columns) takes them from here.
CLAIM_RECORD_FIELDS: Final = (
    "id",
    "document",
    "subject",
    "attribute",
    "value",
    "as_of",
    "place",
    "attribution",
    "modality",
    "quote",
    "span",
    "event",
)
#: The fields a claim record may have (``type`` is ``"claim"`` when given).
CLAIM_FIELDS: Final = frozenset({"type", *CLAIM_RECORD_FIELDS})
#: The fields a document record may have (``type`` is ``"document"``).
DOCUMENT_FIELDS: Final = frozenset(
    {"type", "id", "outlet", "author", "published", "url", "title", "origin", "metadata"}
)
#: The fields a value record of each kind may have.
VALUE_FIELDS: Final = {
    "quantity": frozenset({"kind", "text", "hedge", "point", "low", "high", "unit"}),
    "date": frozenset({"kind", "text", "value", "start", "end", "granularity"}),
    "vote": frozenset(
        {
            "kind",
            "text",
            "body",
            "motion",
            "result",
            "votes_for",
            "votes_against",
            "abstentions",
            "unanimous",
            "binding",
        }
    ),
    "label": frozenset({"kind", "text", "value"}),
}


_SURROGATE: Final = re.compile("[\ud800-\udfff]")


#: The fields an article record of a corpus file (JSON Lines) may hold its text in, in
#: the order they are looked for: "text", or a crawl's "content" or "body".
ARTICLE_TEXT_KEYS: Final = ("text", "content", "body")


def check_text(record: Any, prefix: str = "") -> None:
    r"""Refuse strings no UTF-8 file can hold: lone surrogates (``"\ud800"`` in JSON).

    Raises:
        SchemaError: naming the first field (keys and values, at any depth) that has one.

    Examples:
        >>> check_text({"metadata": {"desk": "x\ud800"}})
        Traceback (most recent call last):
        ...
        reconcile.errors.SchemaError: field 'metadata.desk': lone surrogate U+D800 is not text
    """
    if isinstance(record, str):
        if not record.isascii() and (found := _SURROGATE.search(record)):
            raise SchemaError(
                f"lone surrogate U+{ord(found.group()):04X} is not text",
                field=prefix.rstrip(".") or None,
            )
    elif isinstance(record, Mapping):
        for key, value in record.items():
            check_text(key, prefix)
            check_text(value, f"{prefix}{key}.")
    elif isinstance(record, list | tuple):
        for index, value in enumerate(record):
            check_text(value, f"{prefix.rstrip('.')}[{index}].")


def _number_out(x: float | None) -> float | int | None:
    if x is None or math.isinf(x):
        return None
    return int(x) if x == int(x) and abs(x) < 2**53 else x


def _check_fields(record: Mapping[str, Any], allowed: frozenset[str], prefix: str = "") -> None:
    if not isinstance(record, Mapping):
        raise SchemaError(
            f"expected an object (got {type(record).__name__})", field=prefix.rstrip(".") or None
        )
    unknown = sorted(set(record) - allowed)
    if unknown:
        raise SchemaError(
            f"unknown field; expected one of {', '.join(sorted(allowed))}",
            field=prefix + unknown[0],
        )


def _get(
    record: Mapping[str, Any], name: str, types: type | tuple[type, ...], prefix: str = ""
) -> Any:
    value = record.get(name)
    if value is None:
        return None
    is_bool = isinstance(value, bool)
    wants_bool = types is bool or (isinstance(types, tuple) and bool in types)
    if not isinstance(value, types) or (is_bool and not wants_bool):
        names = (
            types.__name__ if isinstance(types, type) else " or ".join(t.__name__ for t in types)
        )
        raise SchemaError(f"must be {names} (got {value!r})", field=prefix + name)
    return value


def _text(record: Mapping[str, Any], name: str) -> Any:
    # _get for a text field, with the usual case (text or nothing) decided first: read a
    # dozen times a claim, a million claims a run.
    value = record.get(name)
    if value is None or type(value) is str:
        return value
    return _get(record, name, str)


def _required(record: Mapping[str, Any], name: str, prefix: str = "") -> str:
    value = record.get(name)
    if type(value) is not str:
        value = _get(record, name, str, prefix)
    if value is None or not value.strip():
        raise SchemaError("is required and must be a non-empty string", field=prefix + name)
    return str(value)


def _number(record: Mapping[str, Any], name: str, prefix: str) -> float | None:
    value = _get(record, name, (int, float), prefix)
    if value is None:
        return None
    try:
        number = float(value)
    except OverflowError:
        raise InvalidValue(
            f"is too large for a number ({len(str(abs(value)))} digits)", field=prefix + name
        ) from None
    if not math.isfinite(number):
        raise InvalidValue(f"must be finite (got {value!r})", field=prefix + name)
    return number


def _date(text: Any, field: str) -> dt.date:
    if not isinstance(text, str):
        raise SchemaError(f"must be an ISO date string (got {text!r})", field=field)
    try:
        return dt.date.fromisoformat(text)
    except ValueError as exc:
        raise InvalidValue(f"{text!r} is not a valid date ({exc})", field=field) from None


def _located(error: InvalidInput, prefix: str) -> InvalidInput:
    field = prefix + error.field if error.field else prefix.rstrip(".")
    return type(error)(error.message, field=field)


def value_to_record(value: Value) -> dict[str, Any]:
    """A value as a JSON-ready dict (see the module table)."""
    kind = value_kind(value)
    if isinstance(value, Quantity):
        record: dict[str, Any] = {
            "kind": kind,
            "text": str(value),
            "hedge": value.hedge.value,
            "point": _number_out(value.point),
            "low": _number_out(value.low),
            "high": _number_out(value.high),
        }
        if value.unit:
            record["unit"] = value.unit  # schema 1.1; absent for plain counts
        return record
    if isinstance(value, DateSpan):
        return {
            "kind": kind,
            "text": value.text or str(value),
            "value": value.value,
            "start": value.start.isoformat() if value.start else None,
            "end": value.end.isoformat() if value.end else None,
            "granularity": value.granularity.value,
        }
    if isinstance(value, VoteOutcome):
        return {
            "kind": kind,
            "text": str(value),
            "body": value.body,
            "motion": value.motion,
            "result": value.result.value if value.result else None,
            "votes_for": value.votes_for,
            "votes_against": value.votes_against,
            "abstentions": value.abstentions,
            "unanimous": value.unanimous,
            "binding": value.binding,
        }
    return {"kind": kind, "text": str(value), "value": value.value}


def value_from_record(record: Mapping[str, Any], *, prefix: str = "value.") -> Value:
    """Read a value record; errors name the field under ``prefix``.

    Examples:
        >>> value_from_record({"kind": "date", "value": "2023-late"}).text
        'late 2023'
        >>> value_from_record({"kind": "quantity", "low": 30, "high": 25})
        Traceback (most recent call last):
        ...
        reconcile.errors.InvalidValue: field 'value.low': 'low' must be <= 'high' (got low=30, high=25)
    """  # noqa: E501
    if not isinstance(record, Mapping):
        raise SchemaError(
            f"must be an object with a 'kind' (got {record!r})", field=prefix.rstrip(".")
        )
    kind = record.get("kind")
    if kind not in VALUE_FIELDS:
        raise SchemaError(
            f"must be one of {', '.join(sorted(VALUE_FIELDS))} (got {kind!r})",
            field=prefix + "kind",
        )
    _check_fields(record, VALUE_FIELDS[kind], prefix)
    text = _get(record, "text", str, prefix) or ""
    try:
        if kind == "quantity":
            return _quantity(record, text, prefix)
        if kind == "date":
            return _date_value(record, text, prefix)
        if kind == "vote":
            return _vote(record, text, prefix)
        return Label(_required(record, "value", prefix), text)
    except InvalidInput as error:
        if error.field is not None and error.field.startswith(prefix):
            raise
        raise _located(error, prefix) from None


def _quantity(record: Mapping[str, Any], text: str, prefix: str) -> Quantity:
    hedge_name = _get(record, "hedge", str, prefix)
    try:
        hedge = Hedge(hedge_name) if hedge_name else None
    except ValueError:
        choices = ", ".join(h.value for h in Hedge)
        raise SchemaError(
            f"must be one of {choices} (got {hedge_name!r})", field=prefix + "hedge"
        ) from None
    point = _number(record, "point", prefix)
    low = _number(record, "low", prefix)
    high_given = "high" in record and record["high"] is not None
    high = _number(record, "high", prefix) if high_given else None
    unit = _get(record, "unit", str, prefix) or ""
    if hedge is Hedge.VAGUE and low is None:
        return attrs.evolve(Quantity.vague(text), unit=unit)
    if low is not None:
        upper = high if high is not None else math.inf
        return Quantity(low, upper, hedge or Hedge.RANGE, point, text, unit)
    if point is None:
        raise SchemaError("a quantity needs 'point' or 'low'", field=prefix + "point")
    return attrs.evolve(Quantity.hedged(point, hedge or Hedge.EXACT, text=text), unit=unit)


def _date_value(record: Mapping[str, Any], text: str, prefix: str) -> DateSpan:
    value = _get(record, "value", str, prefix)
    if value:
        return DateSpan.parse(value, text=text)
    start = record.get("start")
    end = record.get("end")
    if start is None and end is None:
        raise SchemaError("a date needs 'value', or 'start' and/or 'end'", field=prefix + "value")
    first = _date(start, prefix + "start") if start is not None else None
    last = _date(end, prefix + "end") if end is not None else None
    granularity = _get(record, "granularity", str, prefix)
    try:
        grain = Granularity(granularity) if granularity else Granularity.SPAN
    except ValueError:
        raise SchemaError(
            f"unknown granularity {granularity!r}", field=prefix + "granularity"
        ) from None
    return DateSpan(first, last, grain, text or f"{start or ''}..{end or ''}")


def _count(record: Mapping[str, Any], name: str, prefix: str) -> int | None:
    value = _get(record, name, int, prefix)
    return int(value) if value is not None else None


def _vote(record: Mapping[str, Any], text: str, prefix: str) -> VoteOutcome:
    result_name = _get(record, "result", str, prefix)
    try:
        result = VoteResult(result_name) if result_name else None
    except ValueError:
        raise SchemaError(
            f"must be passed or rejected (got {result_name!r})", field=prefix + "result"
        ) from None
    return VoteOutcome(
        body=_get(record, "body", str, prefix),
        motion=_get(record, "motion", str, prefix),
        result=result,
        votes_for=_count(record, "votes_for", prefix),
        votes_against=_count(record, "votes_against", prefix),
        abstentions=_count(record, "abstentions", prefix),
        unanimous=_get(record, "unanimous", bool, prefix),
        binding=_get(record, "binding", bool, prefix),
        text=text,
    )


def claim_to_record(claim: Claim, *, value: dict[str, Any] | None = None) -> dict[str, Any]:
    """A claim as a JSON-ready dict in the input schema.

    ``value`` is the value's record when the caller has it already (a value shared by
    many claims is made into a record once); else it is made here.

    Examples:
        >>> from reconcile.values import Label
        >>> claim_to_record(Claim(id="c", document="d", subject="s", attribute="a",
        ...                       value=Label("x")))["span"] is None
        True
    """
    evidence = claim.evidence
    return {
        "id": claim.id,
        "document": claim.document,
        "subject": claim.subject,
        "attribute": claim.attribute,
        "value": value_to_record(claim.value) if value is None else value,
        "as_of": claim.as_of.value if claim.as_of else None,
        "place": claim.place,
        "attribution": claim.attribution,
        "modality": claim.modality.value,
        "quote": evidence.quote if evidence else None,
        "span": list(evidence.span) if evidence and evidence.span else None,
        **({"event": claim.event} if claim.event else {}),  # schema 1.1
    }


def claim_from_record(record: Mapping[str, Any]) -> Claim:
    """Read a claim record; errors name the field.

    Examples:
        >>> claim_from_record({"id": "c1", "document": "d", "subject": "US troops",
        ...                    "attribute": "deployed", "value": {"kind": "quantity", "point": 9},
        ...                    "colour": "red"})
        Traceback (most recent call last):
        ...
        reconcile.errors.SchemaError: field 'colour': unknown field; expected one of as_of, attribute, attribution, document, event, id, modality, place, quote, span, subject, type, value
    """  # noqa: E501
    return _claim(record, check=True, value_of=value_from_record, name=_plain)


def _plain(text: str) -> str:
    return text


def _claim(
    record: Mapping[str, Any],
    *,
    check: bool,
    value_of: Callable[[Mapping[str, Any]], Value],
    name: Callable[[str], str],
) -> Claim:
    _check_fields(record, CLAIM_FIELDS)
    if check:
        check_text(record)
    if record.get("type", "claim") != "claim":
        raise SchemaError(f"must be 'claim' (got {record.get('type')!r})", field="type")
    claim_id = _required(record, "id")
    value = value_of(record.get("value"))  # type: ignore[arg-type]
    as_of_raw = _text(record, "as_of")
    try:
        as_of = DateSpan.parse(as_of_raw) if as_of_raw else None
    except InvalidInput as error:
        raise type(error)(error.message, field="as_of") from None
    modality_name = _text(record, "modality") or "asserted"
    try:
        modality = Modality(modality_name)
    except ValueError:
        choices = ", ".join(m.value for m in Modality)
        raise SchemaError(
            f"must be one of {choices} (got {modality_name!r})", field="modality"
        ) from None
    quote = _text(record, "quote")
    span = record.get("span")
    evidence = None
    if span is not None:
        if (
            not isinstance(span, list | tuple)
            or len(span) != 2
            or not all(isinstance(x, int) and not isinstance(x, bool) for x in span)
        ):
            raise SchemaError(f"must be [start, end] (got {span!r})", field="span")
        if quote is None:
            raise SchemaError("a span needs its quote", field="quote")
        evidence = Evidence(quote, span[0], span[1])
    elif quote is not None:
        evidence = Evidence(quote)
    return Claim(
        id=claim_id,
        document=name(_required(record, "document")),
        subject=name(_required(record, "subject")),
        attribute=_required(record, "attribute"),
        value=value,
        as_of=as_of,
        place=_optional_name(record, "place", name),
        attribution=_optional_name(record, "attribution", name),
        modality=modality,
        evidence=evidence,
        event=_text(record, "event"),
    )


def _optional_name(record: Mapping[str, Any], field: str, name: Callable[[str], str]) -> Any:
    text = _text(record, field)
    return None if text is None else name(text)


#: At most this many distinct value records are remembered by one :func:`claim_reader`.
_MEMO_LIMIT: Final = 1 << 20
_MEMO_TYPES: Final = frozenset({str, int, float, bool, type(None)})
_MODALITY_OF: Final = {m.value: m for m in Modality}
_MISSING: Final = object()


def _value_key(record: Any) -> tuple[tuple[str, type, Any], ...] | None:
    # Equal keys must give equal values: the type tells 1 from 1.0 and True (True == 1).
    if not isinstance(record, dict):
        return None
    key = []
    for field, value in record.items():
        kind = type(value)
        if kind not in _MEMO_TYPES:
            return None
        key.append((field, kind, value))
    return tuple(key)


def _text_key() -> Callable[[Any], bytes | None]:
    """A value record's memo key as its JSON text, when orjson (the ``fast`` extra) is here.

    A decoded record's text, written by a compiled encoder, is one object to hash and
    compare, where :func:`_value_key`'s tuple of triples is seven, their values fresh from
    the decoder against the remembered ones scattered in memory: at a million claims the
    memo's lookups cost about a second. Equal texts are equal records, types and all
    (``1``, ``1.0`` and ``true`` are written apart, as are -0.0 and 0.0, and any two
    strings or floats); only NaN and the infinities are written as ``null``, so a text with
    ``null`` in it is no key (nor a record orjson cannot write: an integer beyond 64
    bits, a lone surrogate), and the caller keys it by :func:`_value_key`.
    """
    try:
        # Optional: orjson is the `fast` extra, and `import reconcile` never needs it.
        from orjson import dumps  # noqa: PLC0415
    except ImportError:
        return lambda record: None

    def key(record: Any) -> bytes | None:
        if type(record) is not dict:
            return None
        try:
            text = dumps(record)
        except TypeError:  # orjson's JSONEncodeError
            return None
        return None if b"null" in text else text

    return key


def claim_reader() -> Callable[..., Claim]:
    """A :func:`claim_from_record` for one file: the same claims and errors, less work.

    Claims of one question repeat the same value record, document, subject and place, so
    each distinct value record is read once (values are immutable, so sharing one is
    safe) and repeated names share one string; a record whose text is known clean
    (``text_checked=True``, see :func:`check_text`) skips the walk over its strings.
    Errors are never remembered: a bad record raises afresh each time.

    Examples:
        >>> read = claim_reader()
        >>> record = {"id": "c1", "document": "d", "subject": "s", "attribute": "a",
        ...           "value": {"kind": "quantity", "point": 9}}
        >>> a, b = read(record), read({**record, "id": "c2"})
        >>> a.value is b.value, read(record) == claim_from_record(record)
        (True, True)
    """
    return claim_readers()[0]


def claim_readers() -> tuple[Callable[..., Claim], Callable[[Any], Claim | None]]:
    """:func:`claim_reader`, and a reader of the lines msgspec decodes, sharing its memos.

    The second reads a :class:`reconcile._lines.ClaimLine` (the ``fast`` extra): the
    claim the first gives for orjson's record of the same line, or ``None`` where it
    cannot tell (see :mod:`reconcile._lines`); the caller then reads orjson's record
    with the first. It needs orjson (the value record is decoded by it).
    """
    values: dict[tuple[tuple[str, type, Any], ...], Value] = {}
    # The fast path's memo, by each record's JSON text (see _text_key).
    by_text: dict[bytes, Value] = {}
    text_key = _text_key()
    names: dict[str, str] = {}

    def value_of(record: Mapping[str, Any]) -> Value:
        key = _value_key(record)
        if key is None:
            return value_from_record(record)
        value = values.get(key)
        if value is None:
            value = value_from_record(record)
            if len(values) < _MEMO_LIMIT:
                values[key] = value
        return value

    def name(text: str) -> str:
        return names.setdefault(text, text)

    share = names.setdefault

    # What Claim's converters make of each distinct text, worked out once: a name
    # collapsed (or None), an attribute normalized; and each distinct time scope read
    # once. Bounded like the values, and shared as they are (strings and dates are
    # immutable).
    collapsed: dict[str, str | None] = {}
    attributes: dict[str, str] = {}
    scopes: dict[str, DateSpan | None] = {}

    def collapse(text: str) -> str | None:
        found = collapsed.get(text, _MISSING)
        if found is _MISSING:
            found = _blank_to_none(name(text))
            if len(collapsed) < _MEMO_LIMIT:
                collapsed[text] = found
        return found  # type: ignore[return-value]

    def named_plainly(claim_id: str, document: str, subject: str, attribute: str) -> str | None:
        """The normalized attribute of a claim whose names pass the checks, else ``None``.

        Blank (empty or white space only) names are refused, as :func:`_claim` refuses
        them (strip() strips what isspace() finds), and so is an overlong subject or an
        attribute that normalizes to nothing; each distinct attribute is normalized once.
        """
        if (
            not claim_id
            or claim_id.isspace()
            or not document
            or document.isspace()
            or not subject
            or subject.isspace()
            or attribute.isspace()
            or len(subject) > MAX_NAME_LENGTH
        ):
            return None
        normalized = attributes.get(attribute)
        if normalized is None:
            normalized = normalize_attribute(attribute)
            if not normalized:
                return None
            if len(attributes) < _MEMO_LIMIT:
                attributes[attribute] = normalized
        return normalized

    def fast(record: dict[str, Any]) -> Claim | None:
        """The claim of a plain record whose fields hold no surprise, else ``None``.

        The checks of :func:`_claim` and of :class:`Claim`, in the same order, on the
        usual case only (strings where strings are wanted, a known modality, no span or
        a span of two integers): a record any check would refuse, or which the checks
        would read otherwise, gives ``None``, and :func:`_claim` then reads it (and
        raises its error). The claim is then built without a second round of checks.
        """
        if not CLAIM_FIELDS.issuperset(record):
            return None
        get = record.get
        if get("type", "claim") != "claim":
            return None
        claim_id = get("id")
        document = get("document")
        subject = get("subject")
        attribute = get("attribute")
        if (
            type(claim_id) is not str
            or type(document) is not str
            or type(subject) is not str
            or type(attribute) is not str
        ):
            return None
        normalized = named_plainly(claim_id, document, subject, attribute)
        if normalized is None:
            return None
        raw: Any = get("value")
        key = text_key(raw)
        value = by_text.get(key) if key is not None else None
        try:
            if value is None:
                if key is None:
                    value = value_of(raw)
                else:
                    # Remembered by its text only: the tuple key of value_of as well
                    # would cost memory for nothing the fast path looks up.
                    value = value_from_record(raw)
                    if len(by_text) < _MEMO_LIMIT:
                        by_text[key] = value
            as_of_raw = get("as_of")
            as_of = None
            if as_of_raw is not None:
                if type(as_of_raw) is not str:
                    return None
                if as_of_raw:
                    as_of = scopes.get(as_of_raw)
                    if as_of is None:
                        as_of = DateSpan.parse(as_of_raw)
                        if len(scopes) < _MEMO_LIMIT:
                            scopes[as_of_raw] = as_of
            modality_name = get("modality")
            if modality_name is not None and type(modality_name) is not str:
                return None
            modality = _MODALITY_OF.get(modality_name or "asserted")
            if modality is None:
                return None
            quote = get("quote")
            if quote is not None and type(quote) is not str:
                return None
            span = get("span")
            evidence = None
            if span is not None:
                if (
                    type(span) is not list
                    or len(span) != 2
                    or type(span[0]) is not int
                    or type(span[1]) is not int
                    or quote is None
                ):
                    return None
                evidence = Evidence(quote, span[0], span[1])
            elif quote is not None:
                evidence = Evidence(quote)
        except InvalidInput:
            return None
        place_raw = get("place")
        attribution_raw = get("attribution")
        event = get("event")
        if (
            (place_raw is not None and type(place_raw) is not str)
            or (attribution_raw is not None and type(attribution_raw) is not str)
            or (event is not None and type(event) is not str)
        ):
            return None
        place = None if place_raw is None else collapse(place_raw)
        if place is not None and len(place) > MAX_NAME_LENGTH:
            return None
        return checked_claim(
            claim_id,
            # name(), without a Python call per name (two a claim).
            share(document, document),
            share(subject, subject),
            normalized,
            value,
            as_of,
            place,
            None if attribution_raw is None else collapse(attribution_raw),
            modality,
            evidence,
            None if event is None else _blank_to_none(event),
        )

    def read(record: Mapping[str, Any], *, text_checked: bool = False) -> Claim:
        # Records as a file gives them (a plain dict, its text known clean) take the
        # fast path; whatever it declines, _claim reads with every check and error.
        if text_checked and type(record) is dict:
            claim = fast(record)
            if claim is not None:
                return claim
        return _claim(record, check=not text_checked, value_of=value_of, name=name)

    # The line reader's memo of values, by the value record's text as the line has it:
    # equal texts decode to equal records.
    by_raw: dict[bytes, Value] = {}
    loads = _orjson_loads()

    def line_claim(line: Any) -> Claim | None:
        """``fast`` of orjson's record of the line msgspec decoded as ``line``, or None.

        The checks of ``fast`` in its order, less those the decoder made (the fields'
        types, no unknown field); msgspec reads the line as orjson does (see
        :mod:`reconcile._lines`) but for an integer beyond 64 bits, which orjson reads
        as a float: a span of one is declined.
        """
        if line.type != "claim" or loads is None:
            return None
        claim_id = line.id
        document = line.document
        subject = line.subject
        attribute = line.attribute
        normalized = named_plainly(claim_id, document, subject, attribute)
        if normalized is None:
            return None
        raw = bytes(line.value)
        value = by_raw.get(raw)
        try:
            if value is None:
                try:
                    record = loads(raw)
                except ValueError:  # orjson refuses it: so it would the line
                    return None
                value = value_from_record(record)
                if len(by_raw) < _MEMO_LIMIT:
                    by_raw[raw] = value
            as_of_raw = line.as_of
            as_of = None
            if as_of_raw:
                as_of = scopes.get(as_of_raw)
                if as_of is None:
                    as_of = DateSpan.parse(as_of_raw)
                    if len(scopes) < _MEMO_LIMIT:
                        scopes[as_of_raw] = as_of
            modality = _MODALITY_OF.get(line.modality or "asserted")
            if modality is None:
                return None
            quote = line.quote
            span = line.span
            evidence = None
            if span is not None:
                start, end = span
                if (
                    quote is None
                    or not _ORJSON_INTS[0] <= start <= _ORJSON_INTS[1]
                    or not _ORJSON_INTS[0] <= end <= _ORJSON_INTS[1]
                ):
                    return None
                evidence = Evidence(quote, start, end)
            elif quote is not None:
                evidence = Evidence(quote)
        except InvalidInput:
            return None
        place_raw = line.place
        place = None if place_raw is None else collapse(place_raw)
        if place is not None and len(place) > MAX_NAME_LENGTH:
            return None
        attribution_raw = line.attribution
        event = line.event
        return checked_claim(
            claim_id,
            share(document, document),
            share(subject, subject),
            normalized,
            value,
            as_of,
            place,
            None if attribution_raw is None else collapse(attribution_raw),
            modality,
            evidence,
            None if event is None else _blank_to_none(event),
        )

    return read, line_claim


#: The integers orjson reads as integers (beyond them, as floats).
_ORJSON_INTS: Final = (-(2**63), 2**64 - 1)


def _orjson_loads() -> Callable[[bytes], Any] | None:
    try:
        # Optional: orjson is the `fast` extra, and `import reconcile` never needs it.
        from orjson import loads  # noqa: PLC0415
    except ImportError:
        return None
    return loads


def document_to_record(document: Document) -> dict[str, Any]:
    """A document as a JSON-ready dict."""
    return {
        "id": document.id,
        "outlet": document.outlet,
        "author": document.author,
        "published": document.published.isoformat() if document.published else None,
        "url": document.url,
        "title": document.title,
        "origin": document.origin,
        "metadata": dict(document.metadata),
    }


def document_from_record(record: Mapping[str, Any]) -> Document:
    """Read a document record; errors name the field.

    Examples:
        >>> document_from_record({"type": "document", "id": "d1", "published": "2024-02-30"})
        Traceback (most recent call last):
        ...
        reconcile.errors.InvalidValue: field 'published': '2024-02-30' is not a valid date (day is out of range for month)
    """  # noqa: E501
    _check_fields(record, DOCUMENT_FIELDS)
    check_text(record)
    published_raw = record.get("published")
    metadata = record.get("metadata") or {}
    if not isinstance(metadata, Mapping):
        raise SchemaError(f"must be an object (got {metadata!r})", field="metadata")
    return Document(
        id=_required(record, "id"),
        outlet=_get(record, "outlet", str),
        author=_get(record, "author", str),
        published=_date(published_raw, "published") if published_raw is not None else None,
        url=_get(record, "url", str),
        title=_get(record, "title", str),
        origin=_get(record, "origin", str),
        metadata=tuple((str(k), str(v)) for k, v in metadata.items()),
    )


def rejection_to_record(rejection: Rejection) -> dict[str, Any]:
    """A rejection as a JSON-ready dict."""
    return {
        "item": rejection.item,
        "kind": rejection.kind.value,
        "reason": rejection.reason,
        "error": rejection.error,
        "path": rejection.path,
        "line": rejection.line,
        "field": rejection.field,
    }
