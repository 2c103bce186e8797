"""Reading saved web pages: main text without the page's furniture, the metadata the page states,
encodings, and one-line reasons for pages that hold no article.

The pages under fixtures/ are original, written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from storyweave.clean import clean_document
from storyweave.errors import BadInput
from storyweave.extract import analyse
from storyweave.ingest import ReadOptions, read_inputs
from storyweave.ingest.html import declared_encoding, document_from_html
from storyweave.model import RawDocument

PAGES = Path(__file__).parent / "pages"
OPTIONS = ReadOptions()


def _page(name: str) -> RawDocument:
    (item,) = read_inputs([PAGES / name], OPTIONS)
    assert isinstance(item, RawDocument), item
    return item


def _bad(path: Path) -> BadInput:
    (item,) = read_inputs([path], OPTIONS)
    assert isinstance(item, BadInput), item
    return item


def test_main_text_leaves_navigation_ads_comments_and_footer_behind() -> None:
    page = _page("harbour_crane.html")
    assert page.input == "harbour_crane.html"
    assert "A container crane at Port Velden's eastern terminal collapsed" in page.text
    assert "delays of two to three days" in page.text  # the last paragraph, after an advertisement
    for furniture in ["Subscribe", "Advertisement", "Save 40%", "Related", "expansion approved",
                      "Comments (3)", "I said this years ago", "Please enter your comment", "All rights reserved", "Privacy"]:
        assert furniture not in page.text, furniture


def test_the_metadata_the_page_states_becomes_fields() -> None:
    fields = _page("harbour_crane.html").fields
    assert fields["title"] == "Crane collapse halts work at Port Velden"
    assert fields["author"] == "Mira Holst"
    assert fields["outlet"] == "The Velden Courier"
    assert fields["date"] == "2024-03-12"
    # the canonical link, tracking parameters gone
    assert fields["url"] == "https://www.veldencourier.example/news/2024/03/12/crane-collapse-port-velden"


def test_json_ld_metadata_and_a_declared_windows_1252_charset() -> None:
    page = _page("crane_second_report.html")
    assert page.encoding == "cp1252"
    assert "Port Velden’s eastern terminal" in page.text
    assert "“until every crane there has been checked by an independent engineer”" in page.text
    assert page.fields["outlet"] == "Northshore Daily"
    assert page.fields["author"] == "Tomas Brekke"
    assert page.fields["date"] == "2024-03-12"
    assert "cookies" not in page.text and "Share on" not in page.text and "morning briefing" not in page.text


def test_cleaning_and_extraction_use_the_stated_title_outlet_and_date() -> None:
    raw = _page("harbour_crane.html")
    article = analyse(raw, clean_document(raw))
    assert (article.title, article.title_from) == ("Crane collapse halts work at Port Velden", "field")
    assert not article.body.startswith("Crane collapse halts work")  # the headline is not body text twice
    assert article.outlet == "The Velden Courier"
    assert (article.published, article.published_from) == ("2024-03-12", "header")
    assert article.lang == "en"
    # "early on Tuesday" resolves against the stated date, Tuesday 12 March 2024
    assert article.occurred == "2024-03-12"


def test_a_page_without_stated_metadata_falls_back_to_its_text() -> None:
    raw = _page("library_reopens.htm")
    assert "date" not in raw.fields and "url" not in raw.fields
    article = analyse(raw, clean_document(raw))
    assert article.outlet == "Dunmore Weekly"
    assert article.published_from != "header"
    assert article.dateline is not None and article.dateline.place == "DUNMORE"


def test_the_url_a_page_was_fetched_from_is_kept_when_it_names_no_canonical_one() -> None:
    markup = b"<html><head><title>Ferry back</title></head><body><article><p>" + b"The Ostrin ferry ran again on Friday after a week of repairs to its ramp. " * 4 + b"</p></article></body></html>"
    page = document_from_html(markup, "record-7", "feed.xml entry 7", "https://ferries.example/ostrin-back", OPTIONS)
    assert isinstance(page, RawDocument)
    assert (page.input, page.source, page.fields["url"]) == ("record-7", "feed.xml entry 7", "https://ferries.example/ostrin-back")


def test_malformed_markup_still_gives_its_text() -> None:
    markup = (
        "<html><body><div><p>The Lahn footbridge in Wellbrook was closed on Monday after inspectors found cracks in two steel supports."
        "<p>Town engineer Paula Brandt said nobody should cross it <b>until the survey <i>is finished</b></i>."
        "<table><td>stray cell</div></span></body><p>Repairs could take months, she told the council on Monday evening."
    ).encode()
    page = document_from_html(markup, "broken.html", "broken.html", None, OPTIONS)
    assert isinstance(page, RawDocument)
    assert "closed on Monday after inspectors found cracks" in page.text
    assert "Repairs could take months" in page.text


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "empty file"),
        (b"  \n\t ", "empty file"),
        (bytes(range(256)) * 20, "binary"),
        (b"\x89PNG\r\n\x1a\n" + bytes(3000), "binary"),
        ("Just a line of text saved with the wrong suffix.".encode(), "not HTML"),
        (b"<html><head><title>Home</title></head><body><nav><a href='/'>Home</a></nav></body></html>", "no article text"),
        (b"<<<<>>>><</>></</<!--", "no article text"),
    ],
    ids=["empty", "white-space", "binary", "png", "plain-text", "navigation-only", "tag-soup"],
)
def test_pages_without_an_article_are_one_line_naming_the_file(tmp_path: Path, content: bytes, reason: str) -> None:
    path = tmp_path / "page.html"
    path.write_bytes(content)
    bad = _bad(path)
    assert bad.source == str(path)
    assert reason in bad.reason and "\n" not in str(bad)


def test_a_page_over_the_size_limit_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "huge.htm"
    path.write_bytes(b"<html><body><p>" + b"word " * 400 + b"</p></body></html>")
    (item,) = read_inputs([path], ReadOptions(max_file_bytes=1000))
    assert isinstance(item, BadInput) and "too large" in item.reason and "max_file_bytes" in item.reason
    too_big = document_from_html(path.read_bytes(), "huge.htm", "feed entry 3", None, ReadOptions(max_file_bytes=1000))
    assert isinstance(too_big, BadInput) and too_big.source == "feed entry 3" and "too large" in too_big.reason


def test_html_files_in_a_folder_are_read_next_to_text_files_and_other_files_skipped(tmp_path: Path) -> None:
    folder = tmp_path / "saved"
    (folder / "pages").mkdir(parents=True)
    (folder / "pages" / "crane.html").write_bytes((PAGES / "harbour_crane.html").read_bytes())
    (folder / "pages" / "library.HTM").write_bytes((PAGES / "library_reopens.htm").read_bytes())
    (folder / "note.txt").write_text("The Ostrin ferry ran again on Friday after a week of repairs to its landing ramp.\n")
    (folder / "pages" / "style.css").write_text("body { color: red }")
    items = list(read_inputs([folder], OPTIONS))
    docs = [item.input for item in items if isinstance(item, RawDocument)]
    assert docs == ["note.txt", "pages/crane.html", "pages/library.HTM"]
    assert [type(item).__name__ for item in items if not isinstance(item, RawDocument)] == ["Skipped"]


@pytest.mark.parametrize(
    ("data", "content_type", "expected"),
    [
        (b'<html><head><meta charset="koi8-r">', None, "koi8-r"),
        (b"<html><head><meta http-equiv='Content-Type' content='text/html; charset=Shift_JIS'>", None, "shift_jis"),
        (b'<meta charset="koi8-r">', "text/html; charset=windows-1251", "cp1251"),  # the server's header wins
        (b'<meta charset="iso-8859-1">', None, "cp1252"),  # what browsers decode latin-1 labels as
        (b'<meta charset="no-such-charset">', None, None),
        (b"<html><body>no declaration</body></html>", None, None),
    ],
)
def test_declared_encoding(data: bytes, content_type: str | None, expected: str | None) -> None:
    assert declared_encoding(data, content_type) == expected


def test_a_declared_encoding_decodes_what_is_not_utf8() -> None:
    text = "Городской совет утвердил бюджет на ремонт старого моста через реку. " * 3
    markup = f'<html><head><meta charset="koi8-r"><title>Мост</title></head><body><article><p>{text}</p></article></body></html>'
    page = document_from_html(markup.encode("koi8_r"), "most.html", "most.html", None, OPTIONS)
    assert isinstance(page, RawDocument)
    assert page.encoding == "koi8-r" and "Городской совет утвердил бюджет" in page.text


def test_dates_the_text_mentions_are_not_taken_for_the_publication_date() -> None:
    markup = (b"<html><head><title>Market hall</title></head><body><article><p>On 5 March 2023 the council of Dunmore voted to "
              b"rebuild the old market hall in the centre of town.</p><p>The plan, first agreed on 12 January 2021, will take two "
              b"years to finish.</p></article></body></html>")
    page = document_from_html(markup, "hall.html", "hall.html", None, OPTIONS)
    assert isinstance(page, RawDocument) and "date" not in page.fields
