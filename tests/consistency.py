"""What every export must satisfy, however the database got there (interrupted runs, versions)."""

from __future__ import annotations


def check_consistent(data: dict) -> None:
    articles = {a["id"]: a for a in data["articles"]}
    assert len(articles) == len(data["articles"]), "an article is stored twice"
    events = {e["id"]: e for e in data["events"]}
    assert sorted(i for e in data["events"] for i in e["articles"]) == sorted(articles)
    assert all(e["articles"] for e in data["events"]) and all(articles[i]["event"] == e["id"] for e in data["events"] for i in e["articles"])
    stories = {s["id"]: s for s in data["stories"]}
    assert all(events[e]["story"] == s["id"] for s in data["stories"] for e in s["events"])
    assert {e["story"] for e in data["events"]} == set(stories) and all(s["events"] for s in data["stories"])


def without_seen(data: dict) -> dict:
    """The export minus `versions[].seen`, the wall-clock time of ingest: what two runs of the
    same input must agree on."""
    for article in data["articles"]:
        for version in article["versions"]:
            version.pop("seen")
    return data
