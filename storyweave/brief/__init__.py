"""Per-event briefs. For now: a representative headline and a verbatim lead summary."""

from __future__ import annotations

from storyweave.clean import split_sentences

SUMMARY_SENTENCES = 2


def title_and_summary(member_ids: list[str], texts: dict[str, tuple[str, str, str]], centrality: dict[str, float]) -> tuple[str, str]:
    """The most central member's headline (a real headline preferred over a first sentence) and
    the opening sentences of the most central member, verbatim, so nothing is put in a source's mouth.

    `texts` maps article id → (title, title_from, body)."""
    ranked = sorted(member_ids, key=lambda i: (-centrality.get(i, 0.0), i))
    headline = next((i for i in ranked if texts[i][1] in {"line", "field"}), ranked[0])
    summary = " ".join(split_sentences(texts[ranked[0]][2])[:SUMMARY_SENTENCES])
    return texts[headline][0], summary
