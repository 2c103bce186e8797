"""How two sets of dates relate: the same occurrence day, too far apart, or nothing to compare."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import lru_cache

from storyweave.model import Day


@dataclass(frozen=True)
class DateRelation:
    kind: str  # "same" | "close" | "conflict" | "unknown"
    days: int | None
    detail: str
    occurrence: bool = False  # decided by stated occurrence dates, not publication dates


@lru_cache(maxsize=1 << 16)
def _days_apart(first_iso: str, second_iso: str) -> int:
    """Days between two ISO days, either written "--MM-DD" when its year is unknown (then measured
    as days of the year). Kept: grouping asks the same few thousand pairs at every score."""
    first, second = Day.from_iso(first_iso), Day.from_iso(second_iso)
    if first.year and second.year:
        first_date, second_date = first.to_date(), second.to_date()
        if first_date and second_date:
            return abs((first_date - second_date).days)
    return abs(first.days_of_year_to(second))  # (one of them has no year)


def relate(
    occurred: str | None,
    published: str | None,
    group_occurred: set[str],
    group_published: set[str],
    occurrence_window: int,
    published_window: int,
) -> DateRelation:
    """Occurrence dates stated by the texts decide first; publication dates only bound the gap."""
    if occurred and group_occurred:
        distance, closest = min((_days_apart(occurred, o), o) for o in group_occurred)
        if distance <= occurrence_window:
            return DateRelation("same", distance, f"same occurrence date {occurred}" + (f" ~ {closest}" if closest != occurred else ""), True)
        return DateRelation("conflict", distance, f"occurrence dates {occurred} vs {closest} are {distance} days apart", True)
    mine_all = [d for d in (occurred, published) if d]
    theirs = group_occurred | group_published
    full_mine = [d for d in mine_all if not d.startswith("--")]
    full_theirs = [d for d in theirs if not d.startswith("--")]
    if full_mine and full_theirs:
        distance = min(_days_apart(a, b) for a in full_mine for b in full_theirs)
        if distance > published_window:
            return DateRelation("conflict", distance, f"published {distance} days apart")
        return DateRelation("close", distance, f"published within {distance} days")
    if mine_all and theirs:
        # a day without its year ("March 3" in a dateline), measured in the nearest year, tells a gap of weeks
        # (a pay deal reported on March 31, an event whose strike was on March 3) but never that two days are one:
        # the years may differ
        distance = min(_days_apart(a, b) for a in mine_all for b in theirs)
        if distance > published_window:
            return DateRelation("conflict", distance, f"days of the year {distance} days apart")
        if distance > SAME_DAYS_WITHOUT_YEAR:
            return DateRelation("close", distance, f"days of the year {distance} days apart")
    return DateRelation("unknown", None, "no dates to compare")


SAME_DAYS_WITHOUT_YEAR = 3  # days of the year this close say nothing: the same day of another year is as close


def _nearest(partial: Day, anchors: list[dt.date]) -> str | None:
    best = None
    for anchor in anchors:
        for year in (anchor.year - 1, anchor.year, anchor.year + 1):
            try:
                candidate = dt.date(year, partial.month, partial.day)
            except ValueError:
                continue
            if best is None or abs((candidate - anchor).days) < abs((best - anchor).days):
                best = candidate
    return best.isoformat() if best else None


def event_date(occurred: list[str], published: list[str]) -> str | None:
    """The day of the occurrence: the occurrence date most members state (earliest on a tie);
    a stated day without a year takes the year from the members' full dates; failing both,
    the earliest publication day. No member date at all leaves the event undated."""
    full = [o for o in occurred if not o.startswith("--")]
    if full:
        counts: dict[str, int] = {}
        for day in full:
            counts[day] = counts.get(day, 0) + 1
        return min(counts, key=lambda d: (-counts[d], d))
    anchors = [dt.date.fromisoformat(p) for p in published if not p.startswith("--")]
    partial = [Day.from_iso(o) for o in occurred if o.startswith("--")]
    if partial and anchors:
        return _nearest(partial[0], anchors)
    return min(anchors).isoformat() if anchors else None


def complete_year(partial: str, anchor: str) -> str | None:
    """A "--MM-DD" day placed in the year nearest to a full date of the same event."""
    return _nearest(Day.from_iso(partial), [dt.date.fromisoformat(anchor)])
