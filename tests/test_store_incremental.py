"""Incremental ingest into SQLite: nothing stored twice, stable ids, new articles join stored events.

The events, places and people below are invented for these tests."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from consistency import without_seen

from storyweave.pipeline import IngestReport, ingest
from storyweave.settings import Settings
from storyweave.store import Store

STRIKE_COURIER = """Dockworkers halt Port Ellery as crane dispute boils over
Published: January 31, 2024
Dockworkers at Port Ellery walked off the job on Tuesday, halting all container traffic after talks over crane safety rules collapsed, union leader Mara Tolvenen said.
"We will not climb those cranes again until the brakes are fixed," Tolvenen told reporters at the main gate.
Eleven container ships were left waiting offshore, according to the Port Ellery Authority, which called the walkout unlawful.
The strike is the first at the port in nine years.
"""

STRIKE_LEDGER = """Port Ellery strike leaves eleven ships stranded
Published: January 31, 2024
Harbour traffic at Port Ellery came to a stop on Tuesday when dockworkers began a strike over the safety of the port's ageing cranes.
Union leader Mara Tolvenen said members would not return "until the brakes are fixed".
The Port Ellery Authority said eleven container ships were anchored offshore waiting to unload and described the walkout as unlawful.
Shipping agents warned of delays for fruit and timber cargoes.
"""

ORCHARD = """Wellbrook orchards start apple harvest two weeks early
Published: September 4, 2024
Apple growers in the Wellbrook valley began picking on Monday, two weeks earlier than usual, after an unusually warm spring and dry summer.
The Wellbrook Growers Cooperative said the crop of russet apples looked small but sweet.
"The trees flowered in March, which we have never seen before," said grower Ilse Marrow, who farms forty hectares near the river.
Pickers from neighbouring villages have been hired for six weeks.
"""

STRIKE_LATE = """Ellery dock strike enters its first day
Published: January 30, 2024
Container handling at Port Ellery stopped on Tuesday as dockworkers struck over brakes on the port's cranes, union leader Mara Tolvenen said.
"We will not climb those cranes again until the brakes are fixed," she said. The Port Ellery Authority said eleven ships were waiting offshore.
The authority called the walkout unlawful and asked the labour court to intervene.
"""

MUSEUM = """Dunmore museum reopens after roof repairs
Published: May 14, 2024
The Dunmore Museum of Clocks reopened to visitors on Monday after eight months of repairs to its leaking copper roof.
Curator Benedikt Aalto said the collection of two hundred tower clocks had been stored in a school gym during the works.
Entry will be free for the first week.
"""


def write(folder: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return folder


@pytest.fixture
def news(tmp_path: Path) -> Path:
    return write(tmp_path / "news", {
        "strike/courier.txt": STRIKE_COURIER,
        "strike/ledger.txt": STRIKE_LEDGER,
        "orchard.txt": ORCHARD,
    })


def run(paths: list[Path], db: Path) -> tuple[IngestReport, dict[str, Any]]:
    with Store(db) as store:
        report = ingest(paths, store, Settings())
        return report, without_seen(store.export())


def event_of(export: dict[str, Any]) -> dict[str, str]:
    return {a["input"]: a["event"] for a in export["articles"]}


def test_first_ingest_groups_the_two_strike_reports_together(news: Path, tmp_path: Path) -> None:
    report, export = run([news], tmp_path / "db.sqlite")

    assert len(report.added) == 3
    assert report.already_stored == [] and report.errors == []
    events = event_of(export)
    assert events["strike/courier.txt"] == events["strike/ledger.txt"]
    assert events["orchard.txt"] != events["strike/courier.txt"]
    assert report.new_events == 2
    strike = next(e for e in export["events"] if e["id"] == events["strike/courier.txt"])
    assert strike["date"] == "2024-01-30"


def test_ingesting_the_same_folder_twice_stores_nothing_new(news: Path, tmp_path: Path) -> None:
    db = tmp_path / "db.sqlite"
    first_report, first = run([news], db)

    second_report, second = run([news], db)

    assert second_report.added == []
    assert second_report.new_events == 0 and second_report.new_stories == 0
    assert sorted(second_report.already_stored) == ["orchard.txt", "strike/courier.txt", "strike/ledger.txt"]
    with Store(db, create=False) as store:
        assert store.article_count() == 3
    assert second == first


def test_same_text_with_other_white_space_under_another_name_is_already_stored(news: Path, tmp_path: Path) -> None:
    db = tmp_path / "db.sqlite"
    run([news], db)
    again = write(tmp_path / "again", {"copy-of-orchard.txt": ORCHARD.replace("\n", "\n\n").replace(" ", "  ")})

    report, export = run([again], db)

    assert report.added == []
    assert report.already_stored == ["copy-of-orchard.txt"]
    assert len(export["articles"]) == 3


def test_two_fresh_databases_get_the_same_ids_and_groups(news: Path, tmp_path: Path) -> None:
    _, one = run([news], tmp_path / "one.sqlite")
    _, two = run([news], tmp_path / "two.sqlite")

    assert [a["id"] for a in one["articles"]] == [a["id"] for a in two["articles"]]
    assert [e["id"] for e in one["events"]] == [e["id"] for e in two["events"]]
    assert [s["id"] for s in one["stories"]] == [s["id"] for s in two["stories"]]
    assert event_of(one) == event_of(two)
    assert one == two


def test_ids_do_not_depend_on_where_the_folder_lives(news: Path, tmp_path: Path) -> None:
    moved = write(tmp_path / "elsewhere" / "copy", {
        "strike/courier.txt": STRIKE_COURIER,
        "strike/ledger.txt": STRIKE_LEDGER,
        "orchard.txt": ORCHARD,
    })

    _, one = run([news], tmp_path / "one.sqlite")
    _, two = run([moved], tmp_path / "two.sqlite")

    assert one == two


def test_added_report_of_the_same_occurrence_joins_the_stored_event(news: Path, tmp_path: Path) -> None:
    db = tmp_path / "db.sqlite"
    _, before = run([news], db)
    later = write(tmp_path / "later", {"strike-wire.txt": STRIKE_LATE})

    report, after = run([later], db)

    assert len(report.added) == 1
    assert report.new_events == 0
    events_before, events_after = event_of(before), event_of(after)
    # what was stored keeps its event
    for name, event_id in events_before.items():
        assert events_after[name] == event_id
    assert events_after["strike-wire.txt"] == events_before["strike/courier.txt"]
    strike = next(e for e in after["events"] if e["id"] == events_before["strike/courier.txt"])
    assert len(strike["articles"]) == 3
    assert report.added[0] in strike["articles"]
    assert {e["id"] for e in after["events"]} == {e["id"] for e in before["events"]}


def test_added_report_of_an_unrelated_occurrence_opens_a_new_event(news: Path, tmp_path: Path) -> None:
    db = tmp_path / "db.sqlite"
    _, before = run([news], db)
    other = write(tmp_path / "other", {"museum.txt": MUSEUM})

    report, after = run([other], db)

    assert report.new_events == 1
    events_before, events_after = event_of(before), event_of(after)
    assert events_after["museum.txt"] not in set(events_before.values())
    for name, event_id in events_before.items():
        assert events_after[name] == event_id
    museum = next(e for e in after["events"] if e["id"] == events_after["museum.txt"])
    assert museum["articles"] == report.added
    assert museum["date"] == "2024-05-13"  # "on Monday" in a piece dated Tuesday 14 May


def test_adding_in_two_steps_groups_like_adding_at_once(news: Path, tmp_path: Path) -> None:
    later = write(tmp_path / "later", {"strike-wire.txt": STRIKE_LATE})
    db = tmp_path / "steps.sqlite"
    run([news], db)
    _, steps = run([later], db)
    _, at_once = run([news, later], tmp_path / "once.sqlite")

    def partition(export: dict[str, Any]) -> set[frozenset[str]]:
        groups: dict[str, set[str]] = {}
        for name, event_id in event_of(export).items():
            groups.setdefault(event_id, set()).add(name)
        return {frozenset(g) for g in groups.values()}

    assert partition(steps) == partition(at_once)


def test_every_article_has_a_reason_with_a_score_and_evidence(news: Path, tmp_path: Path) -> None:
    db = tmp_path / "db.sqlite"
    run([news], db)
    later = write(tmp_path / "later", {"strike-wire.txt": STRIKE_LATE, "museum.txt": MUSEUM})
    _, export = run([later], db)

    reasons: dict[str, dict[str, Any]] = {}
    for event in export["events"]:
        for reason in event["reasons"]:
            assert reason["article"] not in reasons, "an article has two reasons"
            assert reason["article"] in event["articles"], "a reason sits under another event"
            reasons[reason["article"]] = reason
    assert set(reasons) == {a["id"] for a in export["articles"]}
    for reason in reasons.values():
        assert isinstance(reason["score"], (int, float)) and not isinstance(reason["score"], bool)
        assert 0.0 <= reason["score"]
        assert isinstance(reason["evidence"], list) and reason["evidence"]
        assert all(isinstance(item, str) and item.strip() for item in reason["evidence"])
    # a join carries a positive score and checkable evidence, not only "opened a new event"
    joined = reasons[next(a["id"] for a in export["articles"] if a["input"] == "strike-wire.txt")]
    assert joined["score"] > 0
    assert any("Tolvenen" in item or "tolvenen" in item for item in joined["evidence"])


def _enough_for_the_workers(tmp_path: Path, template: str, first_count: int) -> Path:
    """A folder of PARALLEL_FROM + 5 short articles: large enough to use the worker processes."""
    from storyweave.pipeline import PARALLEL_FROM

    folder = tmp_path / "many"
    folder.mkdir()
    for index in range(PARALLEL_FROM + 5):
        (folder / f"{index:04d}.txt").write_text(template.format(index=index, count=index + first_count), encoding="utf-8")
    return folder


def test_progress_is_reported_for_each_stage(tmp_path):
    """Long work shows a progress bar: the pipeline reports (stage, done, total) as it goes."""
    from storyweave.pipeline import PARALLEL_FROM

    folder = _enough_for_the_workers(
        tmp_path, "Harbour report {index}\nThe harbour authority of Kestrelport counted {count} ships on pier {index}.\n", 100)
    seen: dict[str, list[tuple[int, int]]] = {}
    with Store(tmp_path / "p.db") as store:
        report = ingest([folder], store, Settings(), lambda stage, done, total: seen.setdefault(stage, []).append((done, total)))
    assert len(report.added) == PARALLEL_FROM + 5
    for stage in ("analyse", "group"):
        assert seen[stage][-1] == (PARALLEL_FROM + 5, PARALLEL_FROM + 5)
        assert [done for done, _ in seen[stage]] == sorted(done for done, _ in seen[stage])


def test_same_groups_and_ids_whatever_the_order_of_the_paths(tmp_path):
    """Run with worker processes (over PARALLEL_FROM documents), folders given in both orders."""
    from storyweave.pipeline import PARALLEL_FROM

    towns = ["Varnholm", "Kestrelport", "Brunsee", "Aldmoor", "Tessingen", "Ravik", "Ollendorf"]
    first, second = tmp_path / "first", tmp_path / "second"
    for folder in (first, second):
        folder.mkdir()
    for index in range(PARALLEL_FROM + 10):
        town = towns[index % len(towns)]
        folder = first if index % 2 else second
        (folder / f"{index:04d}.txt").write_text(
            f"Storm damage in {town}\nA storm tore roofs off {index % 5 + 2} houses in {town} on Monday, "
            f"the mayor of {town} said, and {index + 40} families spent the night in the {town} sports hall.\n",
            encoding="utf-8",
        )
    exports = []
    for name, order in (("ab", [first, second]), ("ba", [second, first])):
        with Store(tmp_path / f"{name}.db") as store:
            ingest(order, store, Settings())
            data = store.export()
        exports.append(sorted((a["id"], a["event"], a["input"]) for a in data["articles"]))
    assert exports[0] == exports[1]


def test_a_run_sets_its_long_lived_state_aside_from_the_cycle_collector_and_gives_it_back(tmp_path):
    """The events grouped so far (after each batch) are left out of the cycle collector's walks
    while the run lasts; when it ends, the collector walks them again and is enabled as it was,
    for a process that lives on. (The tables are loaded, and set aside, in the process the
    workers fork from: tests/extract/test_warm_up.py.)"""
    import gc

    from storyweave.pipeline import PARALLEL_FROM

    folder = _enough_for_the_workers(
        tmp_path, "Ferry report {index}\nThe ferry company of Kestrelport carried {count} passengers to island {index}.\n", 300)
    set_aside: dict[str, list[int]] = {}
    with Store(tmp_path / "p.db") as store:
        report = ingest([folder], store, Settings(group_batch_size=50),
                        lambda stage, done, total: set_aside.setdefault(f"{stage} {done}", []).append(gc.get_freeze_count()))
    assert len(report.added) == PARALLEL_FROM + 5
    # progress is reported as every 50th article is grouped, the last of a batch: the next batch
    # reports after the first was set aside too
    assert set_aside["group 100"][0] > set_aside["group 50"][0]
    assert gc.get_freeze_count() == 0 and gc.isenabled()
