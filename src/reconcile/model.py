"""Documents and the claims they make: the data every later stage reads.

A :class:`Document` is one report by one outlet (and perhaps one author). A :class:`Claim`
is one statement in it: *subject* (what it is about), *attribute* (which property),
*value* (a :mod:`reconcile.values` value that keeps its uncertainty), *time scope*
(``as_of``: when the figure held; the document's publication date when not given),
*place*, *attribution* ("according to Central Command"), *modality* (asserted, reported,
denied, planned) and *evidence* (the quote and its character span in the document).

Examples:
    >>> from reconcile.values import Quantity, Hedge
    >>> doc = Document("ap-1", outlet="Associated Press", published=dt.date(2021, 3, 23))
    >>> claim = Claim(
    ...     id="c1", document="ap-1", subject="US troops in Iraq", attribute="Troop count",
    ...     value=Quantity.hedged(2500, Hedge.ABOUT), evidence=Evidence("about 2,500", 10, 21))
    >>> claim.attribute
    'troop_count'
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
import re
import unicodedata
from collections.abc import Iterable
from typing import Final
from urllib.parse import urlsplit

import attrs

from reconcile.errors import InvalidClaim, InvalidDocument, ReconcileError
from reconcile.values import DateSpan, Label, Quantity, Value, VoteOutcome

__all__ = [
    "MAX_NAME_LENGTH",
    "Claim",
    "Document",
    "Evidence",
    "ItemKind",
    "Modality",
    "Rejection",
    "normalize_attribute",
    "value_kind",
]


#: The longest subject or place, in characters. A longer "name" is no name a reader
#: states, and name matching grows with the square of a name's words, so it is rejected.
MAX_NAME_LENGTH: Final = 300


def _check_name(field: str, value: str | None) -> None:
    if value is not None and len(value) > MAX_NAME_LENGTH:
        raise InvalidClaim(
            f"{field!r} is {len(value):,} characters, above the limit of {MAX_NAME_LENGTH}",
            field=field,
        )


def _check_id(kind: type[InvalidClaim | InvalidDocument], field: str, value: str) -> None:
    if not isinstance(value, str) or not value.strip():
        raise kind(f"{field!r} must be a non-empty string (got {value!r})", field=field)


def _blank_to_none(value: str | None) -> str | None:
    if value is None:
        return None
    text = " ".join(value.split())
    return text or None


_ARCHIVED: Final = re.compile(r"^\w+://web\.archive\.org/web/[^/]+/(.+)$", re.IGNORECASE)


def _sorted_pairs(pairs: Iterable[tuple[str, str]]) -> tuple[tuple[str, str], ...]:
    return tuple(sorted((str(k), str(v)) for k, v in pairs))


@attrs.frozen
class Document:
    """One report: who published it, when, where to find it.

    Attributes:
        id: unique within a run; for a folder of files, the file's path relative to it.
        outlet: the publisher ("Associated Press").
        author: the byline, when there is one.
        published: the publication date; relative dates in the text resolve against it.
        url: where it was found.
        title: the headline.
        origin: the outlet whose text this reprints (a wire agency, an original site);
            a reprint is not independent of its origin.
        metadata: any further ``(key, value)`` pairs, sorted by key.

    Examples:
        >>> Document("")
        Traceback (most recent call last):
        ...
        reconcile.errors.InvalidDocument: field 'id': 'id' must be a non-empty string (got '')
    """

    id: str
    outlet: str | None = attrs.field(default=None, converter=_blank_to_none)
    author: str | None = attrs.field(default=None, converter=_blank_to_none)
    published: dt.date | None = None
    url: str | None = attrs.field(default=None, converter=_blank_to_none)
    title: str | None = attrs.field(default=None, converter=_blank_to_none)
    origin: str | None = attrs.field(default=None, converter=_blank_to_none)
    metadata: tuple[tuple[str, str], ...] = attrs.field(default=(), converter=_sorted_pairs)

    def __attrs_post_init__(self) -> None:
        _check_id(InvalidDocument, "id", self.id)
        if self.published is not None and not isinstance(self.published, dt.date):
            raise InvalidDocument(
                f"'published' must be a date (got {self.published!r})", field="published"
            )

    @property
    def site(self) -> str | None:
        """The website the document's URL points to, without ``www.``; ``None`` without a URL.

        An archived copy (``web.archive.org/web/<time>/<original>``) names the original
        site, which is the one that published it.

        Examples:
            >>> Document("d", url="https://www.example.com/a/b").site
            'example.com'
            >>> Document("d", url="http://web.archive.org/web/2015/http://www.wral.com/x").site
            'wral.com'
        """
        if not self.url:
            return None
        match = _ARCHIVED.match(self.url)
        url = match.group(1) if match else self.url
        host = urlsplit(url if "//" in url else f"//{url}").hostname or ""
        host = host.removeprefix("www.")
        return host or None

    @property
    def source_name(self) -> str:
        """The outlet, else the website, else the author, else the document id."""
        return self.outlet or self.site or self.author or self.id


class Modality(enum.Enum):
    """How the claim is put: as fact, as hearsay, as a denial, as a plan."""

    #: Stated as fact by the document itself.
    ASSERTED = "asserted"
    #: Attributed to someone else ("officials said").
    REPORTED = "reported"
    #: Stated as false ("denied that", "not").
    DENIED = "denied"
    #: About the future ("will begin", "plans to").
    PLANNED = "planned"
    #: Possible, not stated ("could", "may have").
    POSSIBLE = "possible"


@attrs.frozen
class Evidence:
    """The words a claim rests on: the quote and its span in the document text.

    ``start`` and ``end`` are character offsets into the document body, ``end``
    exclusive, so ``text[start:end] == quote``.

    Examples:
        >>> Evidence("killing three", 5, 10)
        Traceback (most recent call last):
        ...
        reconcile.errors.InvalidClaim: field 'span': span [5, 10] is 5 characters long but the quote has 13
    """  # noqa: E501

    quote: str
    start: int | None = None
    end: int | None = None

    def __attrs_post_init__(self) -> None:
        if (self.start is None) != (self.end is None):
            raise InvalidClaim("a span needs both a start and an end", field="span")
        if self.start is not None and self.end is not None:
            if isinstance(self.start, bool) or isinstance(self.end, bool):
                raise InvalidClaim("span offsets must be integers", field="span")
            if not 0 <= self.start <= self.end:
                raise InvalidClaim(
                    f"span must satisfy 0 <= start <= end (got [{self.start}, {self.end}])",
                    field="span",
                )
            if self.end - self.start != len(self.quote):
                raise InvalidClaim(
                    f"span [{self.start}, {self.end}] is {self.end - self.start} characters "
                    f"long but the quote has {len(self.quote)}",
                    field="span",
                )

    @property
    def span(self) -> tuple[int, int] | None:
        """``(start, end)`` or ``None`` when the quote has no known position."""
        if self.start is None or self.end is None:
            return None
        return (self.start, self.end)


_NON_WORD: Final = re.compile(r"[^0-9a-z]+")


@functools.lru_cache(maxsize=4096)
def normalize_attribute(name: str) -> str:
    """Attribute names compare as lower-case ASCII words joined by underscores.

    Examples:
        >>> normalize_attribute("  Troops deployed ")
        'troops_deployed'
        >>> normalize_attribute("Killed (confirmed)")
        'killed_confirmed'
    """
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return _NON_WORD.sub("_", ascii_name.casefold()).strip("_")


def _attribute(value: str) -> str:
    if not isinstance(value, str):
        raise InvalidClaim(f"'attribute' must be a string (got {value!r})", field="attribute")
    return normalize_attribute(value)


@attrs.frozen
class Claim:
    """One statement a document makes about one attribute of one subject.

    Attributes:
        id: unique within a run.
        document: the id of the :class:`Document` that makes the claim.
        subject: what the claim is about, as the text names it ("US troops in Iraq").
        attribute: which property; normalized by :func:`normalize_attribute`.
        value: the value, with its uncertainty.
        as_of: when the value held; ``None`` means the document's publication date.
        place: where, when the text says so.
        attribution: whom the document cites for it ("according to the Pentagon").
        modality: how it is put.
        evidence: the quote and span, when known.
        event: the event the claim is about ("Kerman blasts, 2024-01-03"), when the
            extractor bound it to one; claims of one event are compared with each other
            whatever their places or subjects' wording.

    Examples:
        >>> from reconcile.values import Label
        >>> Claim(id="c1", document="d", subject=" ", attribute="status", value=Label("x"))
        Traceback (most recent call last):
        ...
        reconcile.errors.InvalidClaim: field 'subject': 'subject' must be a non-empty string (got ' ')
    """  # noqa: E501

    id: str
    document: str
    subject: str
    attribute: str = attrs.field(converter=_attribute)
    value: Value
    as_of: DateSpan | None = None
    place: str | None = attrs.field(default=None, converter=_blank_to_none)
    attribution: str | None = attrs.field(default=None, converter=_blank_to_none)
    modality: Modality = Modality.ASSERTED
    evidence: Evidence | None = None
    event: str | None = attrs.field(default=None, converter=_blank_to_none)

    def __attrs_post_init__(self) -> None:
        _check_id(InvalidClaim, "id", self.id)
        _check_id(InvalidClaim, "document", self.document)
        _check_id(InvalidClaim, "subject", self.subject)
        _check_name("subject", self.subject)
        _check_name("place", self.place)
        if not self.attribute:
            raise InvalidClaim("'attribute' must name a property", field="attribute")
        if not isinstance(self.value, (Quantity, DateSpan, VoteOutcome, Label)):
            raise InvalidClaim(
                f"claim {self.id!r}: 'value' must be a Quantity, DateSpan, VoteOutcome or Label "
                f"(got {type(self.value).__name__} {self.value!r}); wrap a figure as "
                "Quantity.exact(25) or Quantity.hedged(25, 'about')",
                field="value",
                document=self.document,
            )
        if self.as_of is not None and not isinstance(self.as_of, DateSpan):
            raise InvalidClaim(
                f"claim {self.id!r}: 'as_of' must be a DateSpan or None "
                f"(got {type(self.as_of).__name__} {self.as_of!r})",
                field="as_of",
                document=self.document,
            )

    @property
    def kind(self) -> str:
        """The value's kind: ``quantity``, ``date``, ``vote`` or ``label``."""
        return value_kind(self.value)


# The slot setters of Claim, in field order. Setting a frozen slot through its descriptor
# is what the attrs-generated __init__ does itself (object.__setattr__), without the
# converters and checks around it.
_CLAIM_SETTERS: Final = tuple(getattr(Claim, f.name).__set__ for f in attrs.fields(Claim))


def checked_claim(  # noqa: PLR0917 (one argument per field, in field order)
    id: str,
    document: str,
    subject: str,
    attribute: str,
    value: Value,
    as_of: DateSpan | None,
    place: str | None,
    attribution: str | None,
    modality: Modality,
    evidence: Evidence | None,
    event: str | None,
) -> Claim:
    """The :class:`Claim` of fields that are already what its converters and checks give.

    For a reader that has checked every field itself, a million times a run: ``attribute``
    normalized (:func:`normalize_attribute`) and not empty; ``place``, ``attribution`` and
    ``event`` white space collapsed, ``None`` for blank; ``id``, ``document`` and
    ``subject`` non-blank strings; ``subject`` and ``place`` at most
    :data:`MAX_NAME_LENGTH` characters; ``value`` and ``as_of`` of their types. The claim
    is equal to ``Claim(...)`` of the same fields, without the converter and check calls
    (two thirds of its cost). Anything unchecked must go through ``Claim(...)``.
    """
    claim: Claim = object.__new__(Claim)
    (
        set_id,
        set_document,
        set_subject,
        set_attribute,
        set_value,
        set_as_of,
        set_place,
        set_attribution,
        set_modality,
        set_evidence,
        set_event,
    ) = _CLAIM_SETTERS
    set_id(claim, id)
    set_document(claim, document)
    set_subject(claim, subject)
    set_attribute(claim, attribute)
    set_value(claim, value)
    set_as_of(claim, as_of)
    set_place(claim, place)
    set_attribution(claim, attribution)
    set_modality(claim, modality)
    set_evidence(claim, evidence)
    set_event(claim, event)
    return claim


def value_kind(value: Value) -> str:
    """The schema name of a value's kind.

    Examples:
        >>> from reconcile.values import Label
        >>> value_kind(Label("x"))
        'label'
    """
    if isinstance(value, Quantity):
        return "quantity"
    if isinstance(value, DateSpan):
        return "date"
    if isinstance(value, VoteOutcome):
        return "vote"
    if isinstance(value, Label):
        return "label"
    raise InvalidClaim(f"unsupported value type {type(value).__name__}", field="value")


class ItemKind(enum.Enum):
    """What an input item was."""

    #: A claim record.
    CLAIM = "claim"
    #: A document, article or metadata record.
    DOCUMENT = "document"


def _writable(text: str | None) -> str | None:
    r"""``text`` with lone surrogates (from bad JSON or an undecodable file name) escaped.

    A rejection names what was wrong with the input, so it must itself be writable.

    Examples:
        >>> _writable("id \udcff")
        'id \\udcff'
    """
    if text is None or text.isascii():
        return text
    return text.encode("utf-8", "backslashreplace").decode("utf-8")


def _writable_text(text: str) -> str:
    return _writable(text) or ""


@attrs.frozen
class Rejection:
    """An input item that was not kept, and why: nothing is dropped silently.

    Attributes:
        item: the item's id where it had one, else a description ("line 7").
        kind: claim or document.
        reason: the error message, naming the field.
        error: the name of the :mod:`reconcile.errors` class that said so.
        path: the file it came from.
        line: the line (or CSV row) in that file.
        field: the offending field.

    Examples:
        >>> from reconcile.errors import InvalidValue
        >>> err = InvalidValue("bad", path="a.jsonl", line=3, field="value.low")
        >>> Rejection.from_error("c9", ItemKind.CLAIM, err).reason
        "a.jsonl, line 3, field 'value.low': bad"
    """

    item: str = attrs.field(converter=_writable_text)
    kind: ItemKind
    reason: str = attrs.field(converter=_writable_text)
    error: str = "InvalidInput"
    path: str | None = attrs.field(default=None, converter=_writable)
    line: int | None = None
    field: str | None = attrs.field(default=None, converter=_writable)

    @classmethod
    def from_error(cls, item: str, kind: ItemKind, error: ReconcileError) -> Rejection:
        """Record a rejection from the error that caused it."""
        return cls(
            item=item,
            kind=kind,
            reason=str(error),
            error=type(error).__name__,
            path=error.path,
            line=error.line,
            field=error.field,
        )
