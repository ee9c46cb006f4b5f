"""Pictures as inline SVG, written by hand: no script, no font, nothing fetched.

Two pictures: the timeline of an evolving figure (each report's value against the day
it was reported, hedges as vertical ranges, one colour per source) and the claim graph
of a question (one box per competing figure, a dot per claim, the relations between
figures as labelled lines). Both stay readable at a hundred sources: past
:data:`MAX_LEGEND` sources the colours follow the figure's status instead of the source,
and every dot names its source and quote in a tooltip (an SVG ``<title>``).
"""

from __future__ import annotations

import datetime as dt
import html
import math
from collections.abc import Sequence
from typing import Final

from reconcile.report._model import STATUS_WORDS, QuestionReport, Quote
from reconcile.values import format_number
from reconcile.verdicts import Status

__all__ = ["MAX_LEGEND", "graph_svg", "timeline_svg"]

#: Past this many sources a picture colours by status, not by source.
MAX_LEGEND = 10

_PALETTE = (
    "#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e",
    "#17becf", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22",
)  # fmt: skip
STATUS_COLOURS = {
    Status.CONTESTED: "#c0392b",
    Status.CONFIRMED: "#1e8449",
    Status.SINGLE_SOURCE: "#b9770e",
    Status.SUPERSEDED: "#7f8c8d",
}
_LINK_COLOURS = {"contradicts": "#c0392b", "updates": "#2471a3", "refines": "#7f8c8d"}


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def _ticks(low: float, high: float, count: int = 5) -> list[float]:
    if high <= low:
        return [low]
    raw = (high - low) / count
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)
    first = math.ceil(low / step) * step
    return [first + i * step for i in range(int((high - first) / step) + 1)]


def _short(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "\u2026"


#: How far (in pixels) the first and last days sit inside the frame: the dots of one day
#: fan out up to this far either side.
_INSET: Final = 14.0


def _fan(nth: int, count: int) -> float:
    """The sideways offset of the ``nth`` of ``count`` reports of one day.

    Reports of one day sit side by side, centred on the day, at most 8 pixels apart and
    far enough within the inset that a whole mark (5 pixels across its centre) stays
    inside the frame, so that none hides another.

    Examples:
        >>> [_fan(n, 3) for n in range(3)]
        [-8.0, 0.0, 8.0]
        >>> _fan(0, 1)
        0.0
    """
    if count < 2:
        return 0.0
    step = min(8.0, 2 * (_INSET - 5) / (count - 1))
    return (nth - (count - 1) / 2) * step


def timeline_svg(question: QuestionReport, *, key: str = "t") -> str:
    """The timeline of a question's numeric reports, as an inline ``<svg>`` element.

    Args:
        question: the question; its ``timeline`` points are drawn.
        key: a prefix for element ids, unique within the page.
    """
    points = question.timeline
    if not points:
        return ""
    sources = sorted({p.source for p in points})
    by_source = len(sources) <= MAX_LEGEND
    colour = {s: _PALETTE[i % len(_PALETTE)] for i, s in enumerate(sources)}
    legend_width = 170 if by_source else 0
    width, height = 560 + legend_width, 280
    left, right, top, bottom = 64, 20 + legend_width, 22, 44
    first = min(p.reported for p in points).toordinal()
    last = max(p.reported for p in points).toordinal()
    if last == first:
        first, last = first - 1, last + 1
    finite = [v for p in points for v in (p.low, p.best, p.high) if math.isfinite(v)]
    y_low, y_high = min(finite), max(finite)
    pad = (y_high - y_low) * 0.08 or max(1.0, abs(y_high) * 0.1)
    y_low, y_high = max(0.0, y_low - pad) if y_low >= 0 else y_low - pad, y_high + pad
    plot_w, plot_h = width - left - right, height - top - bottom

    # Days map inside the frame, with room for the dots of one day to fan out.
    inset = _INSET

    def x_of(day: dt.date) -> float:
        return left + inset + (day.toordinal() - first) / (last - first) * (plot_w - 2 * inset)

    def y_of(v: float) -> float:
        v = min(v, y_high)
        return top + plot_h - (v - y_low) / (y_high - y_low) * plot_h

    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="timeline" viewBox="0 0 {width} {height}"'
        f' width="{width}" height="{height}" role="img" aria-labelledby="{key}-title">',
        f'<title id="{key}-title">{_e(question.title)}: value reported over time</title>',
        f'<rect x="{left}" y="{top}" width="{plot_w}" height="{plot_h}" fill="#fbfbfb"'
        ' stroke="#ccc"/>',
    ]
    for tick in _ticks(y_low, y_high):
        y = y_of(tick)
        out.append(
            f'<line x1="{left}" x2="{left + plot_w}" y1="{y:.1f}" y2="{y:.1f}" stroke="#eee"/>'
            f'<text x="{left - 6}" y="{y + 4:.1f}" text-anchor="end" class="tick">'
            f"{_e(format_number(round(tick, 6)))}</text>"
        )
    span = last - first
    step = max(1, math.ceil(span / 6))
    for ordinal in range(first, last + 1, step):
        day = dt.date.fromordinal(ordinal)
        x = x_of(day)
        out.append(
            f'<line x1="{x:.1f}" x2="{x:.1f}" y1="{top + plot_h}" y2="{top + plot_h + 4}"'
            f' stroke="#888"/><text x="{x:.1f}" y="{top + plot_h + 17}" text-anchor="middle"'
            f' class="tick">{day.isoformat()}</text>'
        )
    out.append(
        f'<text x="{left + plot_w / 2:.1f}" y="{height - 6}" text-anchor="middle"'
        ' class="axis">reported on</text>'
    )
    if by_source:
        for source in sources:
            mine = [p for p in points if p.source == source]
            if len(mine) > 1:
                path = " ".join(f"{x_of(p.reported):.1f},{y_of(p.best):.1f}" for p in mine)
                out.append(
                    f'<polyline points="{path}" fill="none" stroke="{colour[source]}"'
                    ' stroke-opacity="0.5"/>'
                )
    seen: dict[dt.date, int] = {}
    per_day: dict[dt.date, int] = {}
    for p in points:
        per_day[p.reported] = per_day.get(p.reported, 0) + 1
    for p in points:
        nth = seen[p.reported] = seen.get(p.reported, -1) + 1
        x = x_of(p.reported) + _fan(nth, per_day[p.reported])
        fill = colour[p.source] if by_source else STATUS_COLOURS[p.status]
        tip = f"{p.source}, {p.reported.isoformat()}: {p.value} ({STATUS_WORDS[p.status]})"
        out.append(f"<g><title>{_e(tip)}</title>")
        if p.high > p.low:
            y1, y2 = y_of(p.low), y_of(p.high)
            out.append(
                f'<line x1="{x:.1f}" x2="{x:.1f}" y1="{y1:.1f}" y2="{y2:.1f}" stroke="{fill}"'
                ' stroke-width="3" stroke-opacity="0.45"/>'
            )
            if math.isinf(p.high):
                out.append(
                    f'<path d="M{x - 4:.1f},{y2 + 6:.1f} L{x:.1f},{y2:.1f} L{x + 4:.1f},'
                    f'{y2 + 6:.1f}" fill="none" stroke="{fill}"/>'
                )
        shape = "rect" if p.status is Status.SUPERSEDED else "circle"
        y = y_of(p.best)
        if shape == "circle":
            # A white rim keeps overlapping dots apart.
            out.append(
                f'<circle cx="{x:.1f}" cy="{y:.1f}" r="4" fill="{fill}" stroke="white"'
                ' stroke-width="1"/>'
            )
        else:
            out.append(
                f'<rect x="{x - 3.5:.1f}" y="{y - 3.5:.1f}" width="7" height="7"'
                f' fill="white" stroke="{fill}" stroke-width="2"/>'
            )
        out.append("</g>")
    lx = width - legend_width + 8
    if by_source:
        for i, source in enumerate(sources):
            y = top + 10 + i * 18
            out.append(
                f'<circle cx="{lx}" cy="{y}" r="5" fill="{colour[source]}"/>'
                f'<text x="{lx + 10}" y="{y + 4}" class="legend">{_e(_short(source, 22))}'
                "</text>"
            )
    else:
        out.append(
            f'<text x="{left}" y="{top - 6}" class="legend">{len(sources)} sources,'
            " coloured by status (squares: replaced figures); point at a dot for its source"
            "</text>"
        )
    out.append("</svg>")
    return "".join(out)


def _box_height(claims: int, per_row: int) -> int:
    return 62 + math.ceil(claims / per_row) * 11


def graph_svg(question: QuestionReport, *, key: str = "g") -> str:
    """The claim graph of one question, as an inline ``<svg>`` element.

    Args:
        question: the question; its figures and the links between them are drawn.
        key: a prefix for element ids, unique within the page.
    """
    figures = question.figures
    if not figures:
        return ""
    columns = min(len(figures), 3)
    box_w, gap_x, gap_y, per_row = 210, 90, 56, 17
    heights = [_box_height(len(f.quotes), per_row) for f in figures]
    rows = math.ceil(len(figures) / columns)
    row_h = [max(heights[r * columns : (r + 1) * columns]) for r in range(rows)]
    width = columns * box_w + (columns - 1) * gap_x + 20
    # Room above the first row for links that arc over the boxes between their ends.
    arc_room = 40 if columns > 2 else 0
    height = sum(row_h) + (rows - 1) * gap_y + 20 + arc_room
    # Many links: a key instead of a label on each line, which would pile up.
    labelled = len(question.links) <= 6
    if not labelled:
        height += 22
    where: dict[str, tuple[float, float, float]] = {}
    for i, f in enumerate(figures):
        row, col = divmod(i, columns)
        x = 10.0 + col * (box_w + gap_x)
        y = 10.0 + arc_room + sum(row_h[:row]) + row * gap_y
        where[f.cluster] = (x, y, heights[i])
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="graph" viewBox="0 0 {width} {height}"'
        f' width="{width}" height="{height}" role="img" aria-labelledby="{key}-title">',
        f'<title id="{key}-title">{_e(question.title)}: competing figures and how they'
        " relate</title>",
        f'<defs><marker id="{key}-arrow" viewBox="0 0 10 10" refX="10" refY="5"'
        ' markerWidth="7" markerHeight="7" orient="auto-start-reverse">'
        '<path d="M0,0 L10,5 L0,10 z" fill="#2471a3"/></marker></defs>',
    ]
    if not labelled:
        key_y = height - 8
        out.append(
            f'<line x1="10" x2="40" y1="{key_y - 4}" y2="{key_y - 4}" stroke="#c0392b"'
            ' stroke-width="2" stroke-dasharray="6 4"/>'
            f'<text x="46" y="{key_y}">contradicts</text>'
            f'<line x1="130" x2="160" y1="{key_y - 4}" y2="{key_y - 4}" stroke="#2471a3"'
            f' stroke-width="2" marker-end="url(#{key}-arrow)"/>'
            f'<text x="166" y="{key_y}">updates (to the later figure)</text>'
        )
    for link in question.links:
        if link.a not in where or link.b not in where:
            continue
        ax, ay, ah = where[link.a]
        bx, by, bh = where[link.b]
        x1, y1, x2, y2 = ax + box_w / 2, ay + ah / 2, bx + box_w / 2, by + bh / 2
        label_y = (y1 + y2) / 2 - 6
        if ay == by and abs(ax - bx) > box_w + gap_x:
            # Same row, boxes between: arc over them from the top edges.
            lift = ay - min(arc_room, 12 + abs(ax - bx) / 30)
            y1 = y2 = ay
            shape = f'<path d="M{x1:.1f},{y1:.1f} Q{(x1 + x2) / 2:.1f},{2 * lift - ay:.1f} '
            shape += f'{x2:.1f},{y2:.1f}" fill="none"'
            label_y = lift - 3
        else:
            if ay == by:  # neighbours in a row: from the facing edges
                x1, x2 = (ax + box_w, bx) if ax < bx else (ax, bx + box_w)
            shape = f'<line x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}"'
        stroke = _LINK_COLOURS.get(link.kind, "#555")
        dash = ' stroke-dasharray="6 4"' if link.kind == "contradicts" else ""
        arrow = f' marker-end="url(#{key}-arrow)"' if link.kind == "updates" else ""
        out.append(
            f"<g><title>{_e(f'{link.kind}: {link.reason}')}</title>"
            f'{shape} stroke="{stroke}" stroke-width="2"{dash}{arrow}'
            f' stroke-opacity="{1 if labelled else 0.55}"/>'
            + (
                f'<text x="{(x1 + x2) / 2:.1f}" y="{label_y:.1f}" text-anchor="middle"'
                f' class="link" fill="{stroke}">{_e(link.kind)}</text>'
                if labelled
                else ""
            )
            + "</g>"
        )
    for f in figures:
        x, y, h = where[f.cluster]
        stroke = STATUS_COLOURS[f.status]
        sources = f.independent_sources
        out.append(
            f"<g><title>{_e(f'{f.value}: {f.reason}')}</title>"
            f'<rect x="{x}" y="{y}" width="{box_w}" height="{h}" rx="6" fill="white"'
            f' stroke="{stroke}" stroke-width="2"/>'
            f'<text x="{x + 10}" y="{y + 20}" class="value">{_e(_short(f.value, 26))}</text>'
            f'<text x="{x + 10}" y="{y + 37}" class="meta" fill="{stroke}">'
            f"{_e(STATUS_WORDS[f.status])}</text>"
            f'<text x="{x + 10}" y="{y + 52}" class="meta">{len(f.quotes)} claim'
            f"{'s' * (len(f.quotes) != 1)}, {sources} independent source"
            f"{'s' * (sources != 1)}</text></g>"
        )
        out.extend(_dots(f.quotes, x + 14, y + 64, per_row, stroke))
    out.append("</svg>")
    return "".join(out)


def _dots(quotes: Sequence[Quote], x: float, y: float, per_row: int, fill: str) -> list[str]:
    out = []
    for i, quote in enumerate(quotes):
        row, col = divmod(i, per_row)
        tip = f"{quote.source}: {quote.text}"
        out.append(
            f'<circle cx="{x + col * 11:.1f}" cy="{y + row * 11:.1f}" r="4" fill="{fill}"'
            f' fill-opacity="0.8"><title>{_e(_short(tip, 300))}</title></circle>'
        )
    return out
