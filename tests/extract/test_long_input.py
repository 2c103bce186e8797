"""A page without punctuation is one enormous "sentence": evidence kept from it must stay small."""

from __future__ import annotations

from storyweave.clean import clean_document
from storyweave.clean.sentences import SENTENCE_MAX, WINDOW_REACH
from storyweave.extract import analyse
from storyweave.model import RawDocument


def test_evidence_from_an_unpunctuated_page_is_a_window_not_the_page():
    chunk = 'the harbour board said on Tuesday that 1,200 workers "will stay home" in Kestrelport '
    text = "Harbour page\n" + chunk * 3_000  # ~250 KB on one line
    article = analyse(RawDocument("page.txt", "page.txt", text), clean_document(RawDocument("page.txt", "page.txt", text)))
    assert article.figures and article.quotes
    limit = 2 * WINDOW_REACH + 40
    assert all(len(f.sentence) <= limit for f in article.figures)
    assert all(len(d.sentence) <= max(SENTENCE_MAX, limit) for d in article.dates)
    assert all(len(q.text) < 2_000 for q in article.quotes)
