"""What a page or a record states about itself (fields of a RawDocument) outranks what cleaning
and extraction would infer from the text: date, outlet, language."""

from __future__ import annotations

import pytest

from storyweave.clean import clean_document
from storyweave.clean.fields import field_date, field_language
from storyweave.extract import analyse
from storyweave.model import RawDocument

TEXT = (
    "Ferry service to Ostrin resumes\n"
    "Published: June 2, 2023\n"
    "The ferry to Ostrin Island ran again on Friday after a week of repairs to its landing ramp, the harbour office said.\n"
    "Passengers waited in long queues for the first crossing.\n"
    "Ostrin Evening Post"
)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-03-12", "2024-03-12"),
        (" 2024-03-12T08:45:00+01:00 ", "2024-03-12T08:45:00"),
        ("2024-03-12T08:45:00Z", "2024-03-12T08:45:00"),
        ("Tue, 12 Mar 2024 08:45:00 GMT", "2024-03-12T08:45:00"),
        ("12 March 2024", "2024-03-12"),
        ("2024-02-30", None),
        ("yesterday", None),
        ("", None),
    ],
)
def test_stated_date(value: str, expected: str | None) -> None:
    assert field_date(value) == expected


@pytest.mark.parametrize(("value", "expected"), [("en", "en"), ("de-AT", "de"), ("pt_BR", "pt"), ("FR", "fr"), ("english", None), ("", None)])
def test_stated_language(value: str, expected: str | None) -> None:
    assert field_language(value) == expected


def test_stated_fields_outrank_the_text() -> None:
    from_text = analyse(raw := RawDocument("ferry.txt", "ferry.txt", TEXT), clean_document(raw))
    assert (from_text.published, from_text.outlet, from_text.lang) == ("2023-06-02", "Ostrin Evening Post", "en")

    stated = RawDocument("ferry.txt", "ferry.txt", TEXT, fields={"date": "2023-06-03T07:10:00+02:00", "outlet": "Harbour Radio", "lang": "en-GB"})
    article = analyse(stated, clean_document(stated))
    assert (article.published, article.published_from) == ("2023-06-03T07:10:00", "header")
    assert article.outlet == "Harbour Radio"
    assert (article.lang, article.lang_score) == ("en", 1.0)
    # the header line is still taken out of the body
    assert "Published" not in article.body


def test_a_stated_date_that_cannot_be_read_leaves_the_text_to_tell() -> None:
    raw = RawDocument("ferry.txt", "ferry.txt", TEXT, fields={"date": "sometime last week"})
    article = analyse(raw, clean_document(raw))
    assert (article.published, article.published_from) == ("2023-06-02", "header")
