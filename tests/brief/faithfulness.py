"""Checks that an event brief says nothing its sources do not: every cited sentence and quote is
in the articles cited for it, and nothing is "agreed" without two independent sources. Used over
the seeds, the demo corpus and NewsWCL50; returns how many claims of each kind were checked."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from storyweave.brief import SourceArticle
from storyweave.brief.figures import describe
from storyweave.pipeline import event_sources, export_database
from storyweave.store import Store

ROLES = {"base", "copy", "translation", "independent"}
CONTRACT_KEYS = {"title", "articles", "independent_sources", "lineage", "summary", "agreements", "disagreements", "quotes",
                 "additions", "framing"}


def _independence(brief: dict, outlets: dict[str, str | None]) -> dict[str, str]:
    """Re-derived from the lineage as the contract states it: a copy or translation speaks for its
    original, one outlet is one source."""
    keys = {}
    for entry in brief["lineage"]:
        root = entry["copy_of"] or entry["article"]
        outlet = (outlets.get(root) or "").strip().lower()
        keys[entry["article"]] = f"outlet:{outlet}" if outlet else f"article:{root}"
    return keys


def check_database(db: Path) -> Counter[str]:
    data = export_database(db)
    with Store(db, create=False) as store:
        sources = event_sources(store)
    return check_export(data, {a.id: a for articles in sources.values() for a in articles})


def check_export(data: dict, articles: dict[str, SourceArticle]) -> Counter[str]:
    checked: Counter[str] = Counter()
    outlets = {a.id: a.outlet for a in articles.values()}
    for event in data["events"]:
        brief = event["brief"]
        assert set(brief) >= CONTRACT_KEYS, event["id"]
        members = set(event["articles"])
        text = {i: articles[i].text for i in members}
        assert brief["articles"] == len(members)
        assert {e["article"] for e in brief["lineage"]} == members
        assert all(e["role"] in ROLES for e in brief["lineage"])
        keys = _independence(brief, outlets)
        originals = {e["article"] for e in brief["lineage"] if e["role"] in {"base", "independent"}}
        assert brief["independent_sources"] == len({keys[i] for i in originals}) <= len(members)
        checked["events"] += 1

        assert len(brief["summary"]) <= 5
        for item in brief["summary"]:
            assert item["sources"] and set(item["sources"]) <= members
            for source in item["sources"]:
                assert item["sentence"] in text[source], (event["id"], source, item["sentence"])
            checked["summary sentences"] += 1

        for quote in brief["quotes"]:
            verbatim = [c for c in quote["carriers"] if c["verbatim"]]
            assert verbatim and quote["earliest"] in {c["article"] for c in verbatim}
            for carrier in verbatim:
                assert quote["text"] in text[carrier["article"]], (event["id"], carrier["article"], quote["text"])
            for carrier in quote["carriers"]:
                if not carrier["verbatim"]:
                    assert carrier["variant"] and carrier["variant"] in text[carrier["article"]]
            checked["quotes"] += 1
            checked["quote carriers"] += len(quote["carriers"])

        for agreement in brief["agreements"]:
            sources = agreement["sources"]
            assert set(sources) <= members
            assert len({keys[i] for i in sources}) >= 2, (event["id"], agreement)
            if agreement["kind"] == "quote":
                ledger = next(q for q in brief["quotes"] if q["text"] == agreement["text"])
                assert set(sources) <= {c["article"] for c in ledger["carriers"]}
            elif agreement["kind"] == "figure":
                values = {f.value for s in sources for f in articles[s].figures if describe(f) == agreement["text"]}
                assert values, agreement
                for source in sources:
                    assert any(f.value in values for f in articles[source].figures), (event["id"], source, agreement)
            elif agreement["kind"] == "date":
                day = agreement["text"].split()[0]  # "2023-10-07 (October 7, 2023 / Oct 7, 2023)"
                for source in sources:
                    assert any(d.date[-5:] == day[-5:] for d in articles[source].dates), (event["id"], source, agreement)
            checked[f"agreements ({agreement['kind']})"] += 1

        for disagreement in brief["disagreements"]:
            assert len(disagreement["variants"]) >= 2
            for variant in disagreement["variants"]:
                assert set(variant["sources"]) <= members
                assert any(variant["sentence"] in text[s] for s in variant["sources"]), (event["id"], variant)
                checked["disagreement variants"] += 1

        for addition in brief["additions"]:
            assert addition["article"] in originals
            for sentence in addition["sentences"]:
                assert sentence in text[addition["article"]]
                checked["addition sentences"] += 1

        for framing in brief["framing"]:
            assert len(framing["terms"]) >= 2
            for term in framing["terms"]:
                assert set(term["articles"]) <= members
            checked["framing referents"] += 1

    for article in data["articles"]:
        for figure in article["figures"]:
            assert figure["sentence"] in articles[article["id"]].text, (article["id"], figure["sentence"])
            checked["figure sentences"] += 1

    events = {e["id"]: e for e in data["events"]}
    for story in data["stories"]:
        timeline = story["timeline"]
        assert [t["event"] for t in timeline] != [] and {t["event"] for t in timeline} == set(story["events"])
        dated = [t["date"] for t in timeline if t["date"]]
        assert dated == sorted(dated)
        assert all(t["date"] is None for t in timeline[len(dated) :])
        for entry in timeline:
            assert entry["articles"] == len(events[entry["event"]]["articles"])
            assert (entry["date"] is None) == (entry["date_from"] == "none")
        checked["timeline entries"] += len(timeline)
    return checked
