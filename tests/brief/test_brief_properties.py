"""Whatever the text — markup, stray quote marks, numbers in odd places — a brief only cites what
its articles say: summary sentences, quotes, variants and additions are found verbatim."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from storyweave.brief import build_brief, source_article
from storyweave.clean import clean_document
from storyweave.extract import analyse
from storyweave.model import RawDocument

SENTENCES = [
    "The council of Brenmoor approved a new budget of $4.2 million on Tuesday.",
    '"We have done what we promised," mayor Lena Holt said after the vote.',
    "About 1,200 residents attended the meeting, according to the town clerk.",
    "Critics said <b>the plan</b> ignores the [old harbour](http://x.example).",
    "Thousands of residents signed a petition against the new car park.",
    "Holt said the town would not raise taxes this year.",
    "Some 40 people protested outside the town hall before the vote began.",
    '"This is a bad deal for Brenmoor," said resident Piet Lorn, 61.',
    "The budget includes 12 new teachers and a repaired bridge over the Ostra.",
    "A second vote is scheduled for March 3, 2025, the clerk said.",
]


def _article(index: int, lines: list[str], outlet: str) -> dict:
    text = f"Brenmoor budget report {index}\n" + "\n".join(lines) + f"\n{outlet}\n"
    raw = RawDocument(input=f"{index}.txt", source=f"{index}.txt", text=text)
    article = analyse(raw, clean_document(raw))
    return {
        "id": article.id, "title": article.title, "title_from": article.title_from, "body": article.body, "outlet": outlet,
        "lang": article.lang, "published": article.published, "occurred": article.occurred, "duplicate_of": None,
        "quotes": [{"text": q.text, "speaker": q.speaker, "direct": q.direct} for q in article.quotes],
        "figures": [{"value": f.value, "approx": f.approx, "unit": f.unit, "counts": f.counts, "verb": f.verb, "sentence": f.sentence}
                    for f in article.figures],
        "dates": [{"text": d.text, "date": d.day.iso(), "sentence": d.sentence} for d in article.dates],
        "entities": [{"text": m.text, "kind": m.kind, "canonical": m.canonical} for m in article.entities],
    }


@settings(max_examples=25, deadline=None)
@given(st.lists(st.lists(st.sampled_from(SENTENCES), min_size=2, max_size=7), min_size=1, max_size=4))
def test_everything_a_brief_cites_is_in_the_cited_article(articles_lines):
    records = [_article(i, lines, ["Kestrel Times", "NPA", "Harbor Ledger", "Daily Meridian"][i]) for i, lines in enumerate(articles_lines)]
    articles = [source_article(r) for r in {r["id"]: r for r in records}.values()]
    text = {a.id: a.text for a in articles}
    brief = build_brief(articles)
    assert brief.articles == len(articles) and 1 <= brief.independent_sources <= len(articles)
    for item in brief.summary:
        assert all(item.sentence in text[s] for s in item.sources)
    for entry in brief.quotes:
        for carrier in entry.carriers:
            assert (entry.text if carrier.verbatim else carrier.variant) in text[carrier.article]
    for addition in brief.additions:
        assert all(s in text[addition.article] for s in addition.sentences)
    for disagreement in brief.disagreements:
        assert all(any(v.sentence in text[s] for s in v.sources) for v in disagreement.variants)
