"""Read TempEval-3 TimeML files: the raw text, the document creation time and the gold TIMEX3."""

from __future__ import annotations

import datetime as dt
import html
import re
from pathlib import Path

import attrs

_TAG = re.compile(r"<(/?)(\w+)([^>]*)>")
_ATTR = re.compile(r'(\w+)="([^"]*)"')


@attrs.frozen
class Timex:
    start: int
    end: int
    text: str
    type: str
    value: str


@attrs.frozen
class TimeMLDoc:
    name: str
    dct: dt.date
    text: str
    timexes: tuple[Timex, ...]


def read_tml(path: Path) -> TimeMLDoc:
    raw = path.read_text(encoding="utf-8")
    dct_match = re.search(r'<DCT>.*?value="(\d{4}-\d{2}-\d{2})', raw, re.S)
    assert dct_match is not None, path
    dct = dt.date.fromisoformat(dct_match.group(1))
    body = raw.split("<TEXT>", 1)[1].split("</TEXT>", 1)[0]
    out: list[str] = []
    length = 0
    timexes: list[Timex] = []
    open_timex: tuple[int, dict[str, str]] | None = None
    pos = 0
    for m in _TAG.finditer(body):
        chunk = html.unescape(body[pos : m.start()])
        out.append(chunk)
        length += len(chunk)
        pos = m.end()
        closing, name = m.group(1), m.group(2)
        if name != "TIMEX3":
            continue
        if not closing:
            open_timex = (length, dict(_ATTR.findall(m.group(3))))
        elif open_timex is not None:
            start, attrs_ = open_timex
            timexes.append(
                Timex(start, length, "", attrs_.get("type", ""), attrs_.get("value", ""))
            )
            open_timex = None
    chunk = html.unescape(body[pos:])
    out.append(chunk)
    text = "".join(out)
    timexes = [attrs.evolve(t, text=text[t.start : t.end]) for t in timexes]
    return TimeMLDoc(path.stem, dct, text, tuple(timexes))
