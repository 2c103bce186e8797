"""Per-event briefs (summary with citations, lineage, agreement, disagreement, quotes, additions,
framing), story timelines, and the readable report of them."""

from __future__ import annotations

from storyweave.brief.event import Brief, build_brief
from storyweave.brief.sources import SourceArticle, source_article
from storyweave.brief.timeline import EventFacts, TimelineEntry, timeline
from storyweave.clean import split_sentences

__all__ = ["Brief", "EventFacts", "SourceArticle", "TimelineEntry", "build_brief", "source_article", "timeline", "title_and_summary"]

SUMMARY_SENTENCES = 2


def title_and_summary(member_ids: list[str], texts: dict[str, tuple[str, str, str]], centrality: dict[str, float]) -> tuple[str, str]:
    """The most central member's headline (a real headline preferred over a first sentence) and
    the opening sentences of the most central member, verbatim, so nothing is put in a source's mouth.

    `texts` maps article id → (title, title_from, body)."""
    ranked = sorted(member_ids, key=lambda i: (-centrality.get(i, 0.0), i))
    headline = next((i for i in ranked if texts[i][1] in {"line", "field"}), ranked[0])
    summary = " ".join(split_sentences(texts[ranked[0]][2])[:SUMMARY_SENTENCES])
    return texts[headline][0], summary
