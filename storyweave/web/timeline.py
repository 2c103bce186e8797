"""Geometry of a story's timeline chart, computed here and drawn as SVG by a template.

Events sit on a date axis (undated ones in a zone of their own at the right end), sized by how
many articles report them, stacked in lanes so that no two markers overlap."""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass
from typing import Any

WIDTH = 960
PAD_X = 48
UNDATED_ZONE = 130
LANE_HEIGHT = 52
AXIS_GAP = 34  # from the lowest lane to the axis
TOP = 26
BOTTOM = 46  # room for tick labels under the axis
MIN_R, MAX_R = 9.0, 24.0
GAP = 6.0
MAX_TICKS = 6


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


@dataclass(frozen=True)
class Tick:
    x: float
    label: str


@dataclass(frozen=True)
class Chart:
    width: int
    height: int
    axis_y: float
    axis_start: float
    axis_end: float
    undated_x: float | None  # left edge of the undated zone, when there are undated events
    points: list[Point]
    ticks: list[Tick]


def _day(text: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text[:10]) if text else None
    except ValueError:
        return None


def radius(articles: int) -> float:
    return min(MAX_R, MIN_R + 3.2 * math.sqrt(max(articles, 1) - 1))


def _ticks(first: dt.date, last: dt.date, x_of) -> list[Tick]:
    span = (last - first).days
    if span == 0:
        return [Tick(x_of(first), first.strftime("%d %b %Y"))]
    step = max(1, math.ceil(span / (MAX_TICKS - 1)))
    days = [first + dt.timedelta(days=i) for i in range(0, span, step)]
    if (last - days[-1]).days < step / 2 and len(days) > 1:
        days.pop()
    days.append(last)
    with_year = first.year != last.year
    ticks = []
    for day in days:
        label = day.strftime("%d %b %Y" if with_year or day in (first, last) else "%d %b")
        ticks.append(Tick(x_of(day), label.lstrip("0")))
    return ticks


def layout(timeline: list[dict[str, Any]]) -> Chart:
    """Place each timeline entry ({"event", "title", "date", "date_from", "articles", "sources"})."""
    dated = [(entry, _day(entry.get("date"))) for entry in timeline]
    days = [day for _, day in dated if day]
    has_undated = any(day is None for _, day in dated)
    axis_start = PAD_X
    axis_end = WIDTH - PAD_X - (UNDATED_ZONE if has_undated else 0)
    first, last = (min(days), max(days)) if days else (None, None)

    def x_of(day: dt.date) -> float:
        if first is None or last is None or first == last:
            return (axis_start + axis_end) / 2
        return axis_start + (day - first).days / (last - first).days * (axis_end - axis_start)

    undated_x = axis_end + 40 if has_undated else None
    undated = [entry for entry, day in dated if day is None]
    placed: list[tuple[dict[str, Any], float, float]] = []
    for entry, day in dated:
        if day is not None:
            placed.append((entry, x_of(day), radius(entry.get("articles", 1))))
    for index, entry in enumerate(undated):
        assert undated_x is not None
        spread = (WIDTH - PAD_X - undated_x) / max(len(undated), 1)
        placed.append((entry, undated_x + spread * (index + 0.5), radius(entry.get("articles", 1))))

    lanes: list[float] = []  # right edge of the last marker in each lane
    lane_of = []
    for _, x, r in placed:
        lane = next((i for i, edge in enumerate(lanes) if edge + GAP <= x - r), len(lanes))
        if lane == len(lanes):
            lanes.append(0.0)
        lanes[lane] = x + r
        lane_of.append(lane)
    lane_count = max(len(lanes), 1)
    axis_y = TOP + MAX_R + (lane_count - 1) * LANE_HEIGHT + AXIS_GAP
    points = [
        Point(number, entry["event"], entry.get("title", ""), entry.get("date"), entry.get("date_from", "none"),
              entry.get("articles", 0), entry.get("sources", 0), round(x, 1), round(axis_y - AXIS_GAP - lane * LANE_HEIGHT, 1), round(r, 1))
        for number, ((entry, x, r), lane) in enumerate(zip(placed, lane_of), 1)
    ]
    ticks = _ticks(first, last, x_of) if first and last else []
    return Chart(WIDTH, int(axis_y + BOTTOM), axis_y, axis_start, axis_end, undated_x, points, ticks)
