"""Geometry of a story's timeline chart, computed here and drawn as SVG by a template.

Two shapes of the same chart: across (wide screens) — events on a date axis, sized by how many
articles report them, labelled, stacked in lanes so no two markers or labels overlap; and down
(phones) — the date axis runs down the screen, so labels keep a readable size. Undated events
sit apart at the end of the axis."""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass
from typing import Any

MIN_R, MAX_R = 9.0, 24.0
CHAR_W = 6.7  # average width of a 13px sans-serif character, for fitting labels
MAX_TICKS = 6

# across
WIDTH = 960
PAD_X = 48
UNDATED_ZONE = 150
LANE_HEIGHT = 54
AXIS_GAP = 36
TOP = 22
BOTTOM = 46
GAP = 10.0
LABEL_CHARS = 46

# down
NARROW_WIDTH = 360
AXIS_X = 74
ROW_MIN = 44.0
PX_PER_DAY = 12.0
NARROW_LABEL_CHARS = 36


@dataclass(frozen=True)
class Point:
    number: int
    event: str
    title: str
    date: str | None
    date_from: str
    articles: int
    sources: int
    x: float
    y: float
    r: float
    label: str
    label_x: float
    anchor: str  # "start" | "end"


@dataclass(frozen=True)
class Tick:
    x: float
    y: float
    label: str


@dataclass(frozen=True)
class Chart:
    width: int
    height: int
    axis: tuple[float, float, float, float]  # x1, y1, x2, y2
    undated_rule: tuple[float, float, float, float] | None
    undated_label: tuple[float, float] | None
    points: list[Point]
    ticks: list[Tick]
    tick_anchor: str = "middle"


def _day(text: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text[:10]) if text else None
    except ValueError:
        return None


def radius(articles: int) -> float:
    return min(MAX_R, MIN_R + 3.2 * math.sqrt(max(articles, 1) - 1))


def shorten(text: str, chars: int) -> str:
    text = " ".join(text.split())
    if len(text) <= chars:
        return text
    cut = text[: chars - 1].rsplit(" ", 1)[0] if " " in text[: chars - 1] else text[: chars - 1]
    return cut.rstrip(",;:") + "…"


def _tick_days(first: dt.date, last: dt.date, count: int) -> list[dt.date]:
    span = (last - first).days
    if span == 0:
        return [first]
    step = max(1, math.ceil(span / (count - 1)))
    days = [first + dt.timedelta(days=i) for i in range(0, span, step)]
    if len(days) > 1 and (last - days[-1]).days < step * 0.6:
        days.pop()
    return [*days, last]


def _tick_label(day: dt.date, first: dt.date, last: dt.date) -> str:
    with_year = first.year != last.year or day in (first, last)
    return day.strftime("%d %b %Y" if with_year else "%d %b").lstrip("0")


def _entries(timeline: list[dict[str, Any]]) -> tuple[list[tuple[dict[str, Any], dt.date]], list[dict[str, Any]]]:
    dated, undated = [], []
    for entry in timeline:
        day = _day(entry.get("date"))
        if day is None:
            undated.append(entry)
        else:
            dated.append((entry, day))
    dated.sort(key=lambda item: item[1])  # stable: the timeline's own order breaks ties
    return dated, undated


def _point(number: int, entry: dict[str, Any], x: float, y: float, r: float, label: str, label_x: float, anchor: str) -> Point:
    return Point(number, entry["event"], entry.get("title", ""), entry.get("date"), entry.get("date_from", "none"),
                 entry.get("articles", 0), entry.get("sources", 0), round(x, 1), round(y, 1), round(r, 1), label,
                 round(label_x, 1), anchor)


def across(timeline: list[dict[str, Any]]) -> Chart:
    """The wide chart: time runs left to right."""
    dated, undated = _entries(timeline)
    axis_start = PAD_X
    axis_end = WIDTH - PAD_X - (UNDATED_ZONE if undated else 0)
    days = [day for _, day in dated]
    first, last = (days[0], days[-1]) if days else (None, None)

    def x_of(day: dt.date) -> float:
        if first is None or last is None or first == last:
            return (axis_start + axis_end) / 2
        return axis_start + (day - first).days / (last - first).days * (axis_end - axis_start)

    undated_x = axis_end + 36
    placed = [(entry, x_of(day)) for entry, day in dated]
    spread = (WIDTH - 16 - undated_x) / max(len(undated), 1)
    placed += [(entry, undated_x + spread * (index + 0.25)) for index, entry in enumerate(undated)]

    lanes: list[float] = []  # the right edge of what is drawn last in each lane
    shapes = []
    for entry, x in placed:
        r = radius(entry.get("articles", 1))
        label = shorten(entry.get("title", ""), LABEL_CHARS)
        width = len(label) * CHAR_W
        if x + r + 6 + width <= WIDTH - 8:
            left, right, label_x, anchor = x - r, x + r + 6 + width, x + r + 6, "start"
        else:
            left, right, label_x, anchor = x - r - 6 - width, x + r, x - r - 6, "end"
        lane = next((i for i, edge in enumerate(lanes) if edge + GAP <= left), len(lanes))
        if lane == len(lanes):
            lanes.append(0.0)
        lanes[lane] = right
        shapes.append((entry, x, r, label, label_x, anchor, lane))
    axis_y = TOP + MAX_R + (max(len(lanes), 1) - 1) * LANE_HEIGHT + AXIS_GAP
    points = [
        _point(number, entry, x, axis_y - AXIS_GAP - lane * LANE_HEIGHT, r, label, label_x, anchor)
        for number, (entry, x, r, label, label_x, anchor, lane) in enumerate(shapes, 1)
    ]
    ticks = [Tick(x_of(day), axis_y + 24, _tick_label(day, first, last)) for day in _tick_days(first, last, MAX_TICKS)] if first and last else []
    height = axis_y + BOTTOM
    return Chart(
        WIDTH, int(height), (axis_start, axis_y, axis_end, axis_y),
        (undated_x - 18, 8, undated_x - 18, axis_y + 6) if undated else None,
        ((undated_x + WIDTH - 16) / 2, axis_y + 24) if undated else None,
        points, ticks,
    )


def down(timeline: list[dict[str, Any]]) -> Chart:
    """The narrow chart: time runs down; gaps in time stay visible, markers never overlap."""
    dated, undated = _entries(timeline)
    top = 24.0
    first = dated[0][1] if dated else None
    ys: list[float] = []
    for _, day in dated:
        wanted = top + (day - first).days * PX_PER_DAY if first else top
        ys.append(max(wanted, (ys[-1] + ROW_MIN) if ys else top))
    axis_end = (ys[-1] if ys else top) + 18
    rows = [(entry, y) for (entry, _), y in zip(dated, ys)]
    undated_top = axis_end + 34 if undated else axis_end
    rows += [(entry, undated_top + 20 + index * ROW_MIN) for index, entry in enumerate(undated)]
    points = []
    for number, (entry, y) in enumerate(rows, 1):
        r = radius(entry.get("articles", 1))
        label = shorten(entry.get("title", ""), NARROW_LABEL_CHARS)
        points.append(_point(number, entry, AXIS_X, y, r, label, AXIS_X + MAX_R + 8, "start"))
    ticks = [Tick(AXIS_X - MAX_R - 6, y + 4, day.strftime("%d %b").lstrip("0")) for (_, day), y in zip(dated, ys)]
    height = (rows[-1][1] if rows else top) + 30
    return Chart(
        NARROW_WIDTH, int(height), (AXIS_X, top - 12, AXIS_X, axis_end),
        (8, undated_top, NARROW_WIDTH - 8, undated_top) if undated else None,
        (AXIS_X - MAX_R - 6, undated_top + 18) if undated else None,
        points, ticks, "end",
    )
