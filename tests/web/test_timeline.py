"""Timeline geometry: dates map to positions in order, markers and labels never overlap,
undated events sit apart at the end, and the narrow shape keeps every event in its own row."""

from __future__ import annotations

from storyweave.web.timeline import CHAR_W, WIDTH, across, down, radius, shorten


def entry(event: str, date: str | None, articles: int = 1, title: str = "An event") -> dict:
    return {"event": event, "title": title, "date": date, "date_from": "event" if date else "none", "articles": articles, "sources": 1}


def extent(point) -> tuple[float, float]:
    width = len(point.label) * CHAR_W
    if point.anchor == "start":
        return point.x - point.r, point.label_x + width
    return point.label_x - width, point.x + point.r


def test_dates_run_left_to_right_in_proportion() -> None:
    chart = across([entry("e1", "2024-01-01"), entry("e2", "2024-01-11"), entry("e3", "2024-01-31")])
    x1, x2, x3 = (p.x for p in chart.points)
    assert x1 < x2 < x3
    assert abs((x2 - x1) / (x3 - x1) - 1 / 3) < 0.01
    assert chart.ticks[0].label == "1 Jan 2024" and chart.ticks[-1].label == "31 Jan 2024"


def test_crowded_events_take_lanes_and_never_overlap() -> None:
    timeline = [entry(f"e{i}", f"2024-03-{1 + i:02d}", articles=i + 1, title=f"Event number {i} with a long headline") for i in range(8)]
    chart = across(timeline)
    assert len({p.y for p in chart.points}) > 1
    for a in chart.points:
        for b in chart.points:
            if a is not b and a.y == b.y:
                (a_left, a_right), (b_left, b_right) = extent(a), extent(b)
                assert a_right <= b_left or b_right <= a_left, (a.event, b.event)
    assert all(0 <= extent(p)[0] and extent(p)[1] <= WIDTH for p in chart.points)


def test_undated_events_come_last_beyond_the_axis() -> None:
    chart = across([entry("e1", None), entry("e2", "2024-05-01"), entry("e3", "2024-05-09")])
    assert [p.event for p in chart.points] == ["e2", "e3", "e1"]
    assert chart.undated_rule is not None
    assert chart.points[2].x > chart.undated_rule[0] > chart.axis[2]


def test_one_day_and_no_dates_still_draw() -> None:
    single = across([entry("e1", "2024-05-01"), entry("e2", "2024-05-01")])
    assert single.points[0].x == single.points[1].x and single.points[0].y != single.points[1].y
    assert [t.label for t in single.ticks] == ["1 May 2024"]
    assert [p.event for p in across([entry("e1", None)]).points] == ["e1"]
    assert across([]).points == []


def test_down_keeps_order_gaps_and_rows() -> None:
    chart = down([entry("e1", "2024-01-01"), entry("e2", "2024-01-02"), entry("e3", "2024-03-01"), entry("e4", None)])
    ys = [p.y for p in chart.points]
    assert ys == sorted(ys) and len(set(ys)) == 4
    assert ys[1] - ys[0] >= 44  # a day apart still gets its own row
    assert ys[2] - ys[1] > ys[1] - ys[0]  # two months apart shows as a longer gap


def test_marker_size_grows_with_articles_and_is_bounded() -> None:
    assert radius(1) < radius(5) < radius(30) == radius(1000)


def test_shorten_cuts_at_a_word() -> None:
    assert shorten("Portvale dock strike ends after 17 days", 20) == "Portvale dock…"
    assert shorten("Short", 20) == "Short"
