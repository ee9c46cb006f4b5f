r"""Claim lines of a JSON Lines file decoded by msgspec into typed structs (``fast`` extra).

Imported only by :func:`claim_line_decoder`'s caller when msgspec and orjson are both
installed: ``import reconcile`` never needs them. A line decoded here is read by
:func:`reconcile.schema.claim_readers`'s line reader, which gives the claim that orjson's
record of the same line gives through the fast path of
:func:`reconcile.schema.claim_reader`, or declines; whatever it declines (and whatever
does not decode here: a document, an unknown field, a field of another type) is read as
before, from orjson's record. A compiled decoder that checks the types of the fields as
it reads them leaves the reader only the checks of their contents: at a million claims,
about 3 against 5.7 microseconds a line, decoding included.

Where the two decoders read a line alike: the JSON grammar (control characters, escapes,
numbers, white space, a byte-order mark, trailing text are refused by both), a key given
twice (the last one counts in both), and strings. Where they differ, the line reader
declines: an integer beyond 64 bits in ``span`` (exact here, a float in orjson), any
line with a ``\u`` escape (the reader then walks its strings for lone surrogates), and a
line that gives ``value`` or ``span`` twice (the first, unread here, may hold a number
orjson refuses). The
value record is kept as its JSON text (:class:`msgspec.Raw`) and decoded by orjson, so
it is the record orjson gives.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

import msgspec


class ClaimLine(msgspec.Struct, forbid_unknown_fields=True, gc=False):
    """A claim record of a JSON Lines file, each field of the type the fast path reads.

    The fields of :data:`reconcile.schema.CLAIM_FIELDS`, no other; the value as its text.
    """

    id: str
    document: str
    subject: str
    attribute: str
    value: msgspec.Raw
    type: str = "claim"
    as_of: str | None = None
    place: str | None = None
    attribution: str | None = None
    modality: str | None = None
    quote: str | None = None
    span: tuple[int, int] | None = None
    event: str | None = None


#: What a line's decoder raises for a line that is no :class:`ClaimLine`.
DECODE_ERROR: Final = msgspec.MsgspecError


def claim_line_decoder() -> Callable[[str], ClaimLine]:
    """The decoder of one line into a :class:`ClaimLine`; raises :data:`DECODE_ERROR`.

    Examples:
        >>> line = claim_line_decoder()('{"id": "c1", "document": "d", "subject": "s",'
        ...     ' "attribute": "a", "value": {"kind": "quantity", "point": 9}}')
        >>> line.id, bytes(line.value)
        ('c1', b'{"kind": "quantity", "point": 9}')
    """
    decode = msgspec.json.Decoder(ClaimLine).decode

    def decode_line(line: str) -> ClaimLine:
        # A key given twice hides its first value from the typed fields, but orjson
        # still reads it (a number beyond a float's range there refuses the whole line):
        # a line naming "value" or "span" twice is left to orjson's record
        if line.count('"value"') > 1 or line.count('"span"') > 1:
            raise msgspec.DecodeError("a value or span given twice: read as orjson reads it")
        return decode(line)

    return decode_line
