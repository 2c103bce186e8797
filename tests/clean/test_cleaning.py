"""Cleaning: page noise removed and recorded, metadata lifted out of the text.

The articles are invented for these tests (places, people and outlets are fictional)."""

from __future__ import annotations

import pytest

from storyweave.clean import clean_document, find_repeated_lines
from storyweave.model import CleanDocument, RawDocument

TITLE = "Harbour cranes fall silent as dockworkers walk out in Port Ellery"
PARA_1 = (
    "Dockworkers at the port of Ellery stopped work on Tuesday morning, leaving eleven container ships "
    "waiting offshore, union officials said."
)
PARA_2 = "The union is demanding a new shift schedule and better safety rules after an accident last month."
PARA_3 = "A spokesperson for the port authority said talks would resume on Thursday."


def clean(text: str, repeated: frozenset[str] = frozenset()) -> CleanDocument:
    return clean_document(RawDocument(input="x.txt", source="/in/x.txt", text=text), repeated=repeated)


def article(*middle: str) -> str:
    return "\n".join([TITLE, PARA_1, *middle, PARA_2, PARA_3])


# page noise --------------------------------------------------------------------------------------

NOISE = [
    ("27.2 C", "weather widget"),
    ("- Advertisement -", "advertisement"),
    ("Must read", "navigation"),
    ("Latest article", "navigation"),
    ("More articles", "navigation"),
    ("Please enter your comment!", "comment prompt"),
    ("Please enter your name here", "comment prompt"),
    ("+ There are no comments", "comment prompt"),
    ("Add yours", "comment prompt"),
    ("%d bloggers like this:", "sharing widget"),
    ("READ MORE: Port Ellery opens its new northern quay", "promo link"),
    ("ALSO READ: How the ferry timetable changed this winter", "promo link"),
    ("ua en ru", "language switcher"),
    ("Striking workers gather at the main gate of the port (photo: Getty Images)", "photo caption"),
    ("Police watch the picket line near the ferry terminal (PHOTO / AP)", "photo caption"),
]

# the same kinds of noise on pages in other languages
NOISE_IN_OTHER_LANGUAGES = [
    ("LIRE AUSSI : À Brest, les dockers votent la grève", "promo link"),
    ("LEGGI ANCHE: Livorno, nuovi orari per i traghetti", "promo link"),
    ("LEA TAMBIÉN: El puerto de Vigo amplía su terminal", "promo link"),
    ("MÁS INFORMACIÓN: Cómo reclamar un retraso del ferri", "promo link"),
    ("Lesen Sie auch: Fährverkehr auf der Elbe eingestellt", "promo link"),
    ("- Pubblicità -", "advertisement"),
    ("- Werbung -", "advertisement"),
    ("Foto: Jens Brandt/dpa", "photo caption"),
    ("Foto: Archivio ANSA", "photo caption"),
]


@pytest.mark.parametrize(("line", "reason"), NOISE + NOISE_IN_OTHER_LANGUAGES, ids=[line for line, _ in NOISE + NOISE_IN_OTHER_LANGUAGES])
def test_noise_line_is_removed_and_recorded_with_its_reason(line: str, reason: str) -> None:
    result = clean(article(line))

    assert line not in result.body
    assert result.body == "\n".join([PARA_1, PARA_2, PARA_3])
    assert [(r.text, r.reason) for r in result.removed] == [(line, reason)]


@pytest.mark.parametrize(("line", "reason"), NOISE, ids=[line for line, _ in NOISE])
def test_noise_line_above_the_headline_does_not_become_the_title(line: str, reason: str) -> None:
    result = clean(line + "\n" + article())

    assert result.title == TITLE
    assert (line, reason) in [(r.text, r.reason) for r in result.removed]


def test_all_the_noise_of_one_scraped_page_at_once() -> None:
    lines = [line for line, _ in NOISE]
    result = clean("\n".join([lines[0], lines[12], TITLE, *lines[1:6], PARA_1, *lines[6:12], PARA_2, lines[13], PARA_3, lines[14]]))

    assert result.title == TITLE
    assert result.body == "\n".join([PARA_1, PARA_2, PARA_3])
    assert sorted((r.text, r.reason) for r in result.removed) == sorted(NOISE)


def test_article_text_is_kept_as_it_is() -> None:
    result = clean(article())

    assert result.title == TITLE
    assert result.title_from == "line"
    assert result.body == "\n".join([PARA_1, PARA_2, PARA_3])
    assert result.removed == ()
    assert result.outlet is None
    assert result.header_published is None


# header, title, byline, dateline, outlet ------------------------------------------------------------


def test_header_line_becomes_the_publication_datetime_and_leaves_the_body() -> None:
    header = "Published: 12:13, January 31, 2024 | Updated: 12:28, January 31, 2024"

    result = clean("\n".join([TITLE, header, PARA_1, PARA_2]))

    assert result.header_published == "2024-01-31T12:13:00"
    assert result.header_kind == "header"
    assert "Published" not in result.body and "12:28" not in result.body
    assert (header, "header") in [(r.text, r.reason) for r in result.removed]
    assert result.title == TITLE


def test_title_is_the_first_substantive_line_and_a_repeat_of_it_is_dropped() -> None:
    result = clean("\n".join(["- Advertisement -", "", TITLE, PARA_1, TITLE, PARA_2]))

    assert result.title == TITLE
    assert result.title_from == "line"
    assert TITLE not in result.body
    assert result.body == "\n".join([PARA_1, PARA_2])
    assert (TITLE, "repeated title") in [(r.text, r.reason) for r in result.removed]


def test_agency_byline_names_the_outlet() -> None:
    result = clean("\n".join([TITLE, "By Reuters", PARA_1, PARA_2]))

    assert result.outlet == "Reuters"
    assert "By Reuters" not in result.body
    assert ("By Reuters", "byline") in [(r.text, r.reason) for r in result.removed]


def test_dateline_is_parsed_and_stripped_and_its_agency_is_the_outlet() -> None:
    text = "\n".join([
        "Wind farm plan approved for the northern coast",
        "BERLIN, March 3 (Reuters) -- Regulators approved a plan for forty offshore turbines off the northern "
        "coast on Monday, the energy ministry said.",
        "The turbines are to be built by a consortium of three regional utilities.",
    ])

    result = clean(text)

    assert result.dateline is not None
    assert result.dateline.place == "BERLIN"
    assert result.dateline.day is not None
    assert (result.dateline.day.year, result.dateline.day.month, result.dateline.day.day) == (None, 3, 3)
    assert result.dateline.agency == "Reuters"
    assert result.outlet == "Reuters"
    assert result.body.startswith("Regulators approved a plan")
    assert "BERLIN" not in result.body and "(Reuters)" not in result.body
    assert result.header_published is None  # a dateline without a year is not a publication date


def test_trailing_outlet_name_becomes_the_outlet() -> None:
    result = clean("\n".join([TITLE, PARA_1, PARA_2, "The Daily Planet"]))

    assert result.outlet == "The Daily Planet"
    assert result.body == "\n".join([PARA_1, PARA_2])
    assert ("The Daily Planet", "outlet name") in [(r.text, r.reason) for r in result.removed]


def test_agency_cited_in_the_text_is_not_the_outlet() -> None:
    cited = (
        "The mayor of Ellery denied on Monday that the eastern library branch would close, according to Reuters, "
        "which had reported the plan last week."
    )

    result = clean("\n".join(["Mayor denies closing library branch", cited, PARA_3]))

    assert result.outlet is None
    assert cited in result.body


def test_leading_date_becomes_the_publication_date_and_leaves_the_paragraph() -> None:
    text = "\n".join([
        "Bakery cooperative opens second shop",
        "March 05, 2025: The bakery cooperative in Dunmore opened its second shop on the harbour road, "
        "selling bread made with local flour.",
        "Its members said the first shop had sold out every morning since January.",
    ])

    result = clean(text)

    assert result.header_published == "2025-03-05"
    assert result.header_kind == "dateline"
    assert result.body.startswith("The bakery cooperative in Dunmore opened")
    assert "March 05" not in result.body


def test_article_opening_with_a_long_paragraph_takes_its_title_from_the_first_sentence() -> None:
    first = (
        "The bakery cooperative in the small town of Dunmore opened a second shop on the harbour road on Wednesday, "
        "selling bread baked from flour milled at the old water mill."
    )
    text = first + " Its members said the first shop had sold out most mornings.\nThe cooperative now employs fourteen people."

    result = clean(text)

    assert result.title_from == "first-sentence"
    assert result.title.startswith("The bakery cooperative in the small town of Dunmore")
    assert first.startswith(result.title.rstrip("…"))
    assert result.body.startswith(first)  # the paragraph stays in the body



def test_a_headline_run_into_its_body_with_two_spaces_is_its_own_line() -> None:
    # exports that join a page's title and text (or its cut excerpts) with two spaces and no mark
    text = ("Vendedores ambulantes sin apoyos en Villa Serena  VILLA SERENA.- El bloque de vendedores pidió ayuda. "
            "El alcalde  dijo que no.")

    result = clean(text)

    assert result.title == "Vendedores ambulantes sin apoyos en Villa Serena"
    assert result.body.startswith("VILLA SERENA.- El bloque") or result.body.startswith("El bloque")
    assert "El alcalde dijo que no." in result.body  # (two spaces before a lower-case word are only collapsed)


# repeated lines across articles --------------------------------------------------------------------

FOOTER = "Follow the Kestrel Courier for more local coverage every weekday"
UNRELATED = [
    "Ferry service resumes after storm\nThe ferry to Ostrin Island ran again on Friday.\nRepairs to the ramp took a week.",
    "School choir wins regional prize\nThe Dunmore school choir won first place at the regional festival.\nThe choir has forty members.",
    "Road works close harbour bridge\nThe harbour bridge will close for resurfacing next month.\nDrivers should use the ring road.",
    "Orchard harvest earlier than usual\nApple growers near Wellbrook began picking two weeks early.\nA warm spring is to blame.",
]


def test_footer_shared_by_unrelated_articles_is_found_and_cleaned_away() -> None:
    texts = [f"{body}\n{FOOTER}" for body in UNRELATED]

    repeated = find_repeated_lines(texts, min_docs=3)

    assert repeated == frozenset({FOOTER.lower()})
    result = clean(texts[0], repeated)
    assert FOOTER not in result.body
    assert (FOOTER, "repeated across articles") in [(r.text, r.reason) for r in result.removed]
    assert result.body == "The ferry to Ostrin Island ran again on Friday.\nRepairs to the ramp took a week."


def test_footer_needs_enough_articles() -> None:
    texts = [f"{body}\n{FOOTER}" for body in UNRELATED[:2]]

    assert find_repeated_lines(texts, min_docs=3) == frozenset()


def test_lines_shared_by_copies_of_one_wire_story_are_not_boilerplate() -> None:
    wire = "\n".join([
        "Quake shakes coastal town of Maridell",
        "A moderate earthquake shook the coastal town of Maridell early on Sunday, damaging several old houses.",
        "No injuries were reported, the regional civil protection office said.",
        "The tremor was felt as far as the capital.",
        "Aftershocks continued through the morning.",
    ])
    copies = [
        wire,
        wire.replace("early on Sunday", "on Sunday morning"),
        wire + "\nMore details will follow.",
        "Earthquake damages old houses in Maridell\n" + wire.split("\n", 1)[1],
    ]

    repeated = find_repeated_lines(copies, min_docs=3)

    assert repeated == frozenset()
    result = clean(copies[2], repeated)
    assert "No injuries were reported, the regional civil protection office said." in result.body
    assert "The tremor was felt as far as the capital." in result.body


@pytest.mark.parametrize(
    "line",
    [
        "Updated figures released by the ministry on Wednesday showed 300 people were killed.",
        "Posted guards stood at every gate of the Varn refinery through the night.",
        "Date palms along the Seruh river were flattened by the storm, farmers said.",
        "Más información sobre el plan se publicará el lunes, según el ayuntamiento.",
        "Voir aussi les quais du port, où 40 bateaux attendent depuis mardi.",
    ],
)
def test_prose_that_starts_like_a_header_is_kept(line: str) -> None:
    cleaned = clean(article(line))
    assert line in cleaned.body
    assert all(r.text != line for r in cleaned.removed)


@pytest.mark.parametrize("line", ["Posted on 3 May 2021", "Updated: 14:32, March 12, 2025", "Published 12.03.2025"])
def test_real_header_lines_are_metadata(line: str) -> None:
    cleaned = clean(article(line))
    assert line not in cleaned.body


@pytest.mark.parametrize(
    ("byline", "outlet"),
    [
        ("By Ellery Courier staff", "Ellery Courier"),
        ("By Harbour Ledger business desk", "Harbour Ledger"),
        ("By Reuters staff", "Reuters"),
        ("By Mara Tolvenen", None),  # a person's byline is metadata, not the outlet
    ],
)
def test_a_staff_or_desk_byline_names_the_whole_outlet(byline: str, outlet: str | None) -> None:
    result = clean("\n".join([TITLE, byline, PARA_1, PARA_2]))

    assert result.outlet == outlet
    assert (byline, "byline") in [(r.text, r.reason) for r in result.removed]
    assert byline not in result.body


@pytest.mark.parametrize(
    ("lines", "outlet"),
    [
        (["ELLERY COURIER | Business", TITLE], "Ellery Courier"),
        (["ELLERY GAZETTE - your city, your news", TITLE], "Ellery Gazette"),
        (["ELLERY VALLEY HERALD", TITLE], "Ellery Valley Herald"),
        (["es | en", "Crónica del Sur - Internacional", TITLE], "Crónica del Sur"),
        ([TITLE, "Ellerbote Nordland – Wirtschaft"], "Ellerbote Nordland"),
        (["ELLERY TODAY 24 - News of the hour", TITLE], "Ellery Today 24"),
    ],
)
def test_a_masthead_names_the_outlet_and_is_not_the_title(lines: list[str], outlet: str) -> None:
    result = clean("\n".join([*lines, PARA_1, PARA_2]))

    assert result.outlet == outlet
    assert result.title == TITLE
    assert result.body == "\n".join([PARA_1, PARA_2])
    assert "masthead" in [r.reason for r in result.removed]


@pytest.mark.parametrize(
    ("line", "outlet", "published"),
    [
        ("Ellery Courier · Published 3 March 2027, 07:15 CET", "Ellery Courier", "2027-03-03T07:15:00"),
        ("Ellery Valley Herald | Tuesday, March 2, 2027", "Ellery Valley Herald", "2027-03-02"),
        ("ELLERY GAZETTE – Updated: 04.03.2027", "Ellery Gazette", "2027-03-04"),
    ],
)
def test_a_masthead_beside_the_date_gives_both_the_outlet_and_the_date(line: str, outlet: str, published: str) -> None:
    result = clean("\n".join([line, TITLE, PARA_1, PARA_2]))

    assert result.outlet == outlet
    assert result.header_published == published
    assert result.title == TITLE
    assert result.body == "\n".join([PARA_1, PARA_2])


@pytest.mark.parametrize(
    ("line", "published"),
    [
        # a reading time, the time of day, a section, a Chinese page's credited source beside the date
        ("ELLERY COURIER  |  Business  |  3 March 2027 · 4 min read", "2027-03-03"),
        ("18. März 2027 · 11:02 Uhr · Lesezeit 3 Min.", "2027-03-18"),
        ("2027-03-03 08:15\u3000来源：东岭财经网", "2027-03-03"),
        ("Mer & Littoral  |  Publié le 09/03/2027 à 06h30", "2027-03-09"),
        ("Ellery Valley Post — venerdì 5 marzo 2027", "2027-03-05"),
    ],
)
def test_a_page_top_strip_gives_its_date(line: str, published: str) -> None:
    result = clean("\n".join([line, TITLE, PARA_1, PARA_2]))

    assert result.header_published == published
    assert result.title == TITLE
    assert line not in result.body


def test_a_strip_under_a_language_switcher_spaced_out_is_still_the_pages_date() -> None:
    # (two spaces part a switcher's codes, not texts run together)
    result = clean("\n".join(["DE  FR  IT  EN", "Regionen | Ellery | 03.03.2027, 16:30", TITLE, PARA_1, PARA_2]))

    assert result.header_published == "2027-03-03"
    assert result.title == TITLE


def test_a_strip_with_an_update_beside_the_date_is_dated_by_the_first() -> None:
    result = clean("\n".join(["Culture  |  6 mars 2027 18 h 20  |  Mis à jour le 7 mars 2027 7 h 05", TITLE, PARA_1, PARA_2]))

    assert result.header_published == "2027-03-06"


def test_a_capitalised_headline_further_down_is_not_a_masthead() -> None:
    result = clean("\n".join([TITLE, PARA_1, "ELLERY HARBOUR REVIEW", PARA_2]))

    assert result.outlet is None
    assert "masthead" not in [r.reason for r in result.removed]


def test_a_date_and_weather_strip_is_a_header_not_the_title() -> None:
    result = clean("\n".join(["ELLERY VALLEY HERALD", "Sunday, August 10, 2025 | 18.4 C Ellery", TITLE, PARA_1, PARA_2]))

    assert result.title == TITLE
    assert result.header_published == "2025-08-10"
    assert ("Sunday, August 10, 2025 | 18.4 C Ellery", "header") in [(r.text, r.reason) for r in result.removed]


# datelines in the languages we read, and prose without spaces ------------------------------------


@pytest.mark.parametrize(
    ("line", "place", "month", "day", "agency"),
    [
        ("VALMORÉ, 14 février (AFP) - Les dockers du port ont cessé le travail mardi.", "VALMORÉ", 2, 14, "AFP"),
        ("SANTA LUCÍA DEL MONTE, Perú, 2 nov (EFE) - Las lluvias cortaron tres carreteras.", "SANTA LUCÍA DEL MONTE, Perú", 11, 2, "EFE"),
        ("PORTOVERDE, 9 luglio (ANSA) - Il consiglio comunale ha approvato il bilancio.", "PORTOVERDE", 7, 9, "ANSA"),
        ("GRÜNFELD, 3. Mai (dpa) - Die Fähre nach Osterby fällt bis Freitag aus.", "GRÜNFELD", 5, 3, "dpa"),
        ("ÖSTERHAVN (sda) - Die Bergbahn bleibt wegen Sturm geschlossen.", "ÖSTERHAVN", None, None, "sda"),
        ("RÍO CLARO (Varnia), 3 de marzo de 2025 -- (EFE) Las lluvias cortaron la ruta.", "RÍO CLARO (Varnia)", 3, 3, None),
        ("VALDEMAR, 20 nov. (EFE).- Los embalses de la cuenca bajan otra vez.", "VALDEMAR", 11, 20, "EFE"),  # Spanish wires' ".-"
        ("Lindenau (dpa) - Die Stadt kauft 300 Wohnungen zurück.", "Lindenau", None, None, "dpa"),  # title case, a known agency
    ],
)
def test_datelines_written_day_first_or_with_accented_capitals_are_read(line, place, month, day, agency) -> None:
    doc = clean(f"Harbour news\n{line}\nThe second paragraph says more about it, as reports do.")
    assert doc.dateline is not None and doc.dateline.place == place and doc.dateline.agency == agency
    assert (doc.dateline.day.month, doc.dateline.day.day) == (month, day) if month else doc.dateline.day is None
    assert doc.outlet == agency or agency is None
    assert not doc.body.startswith(line.split(" ")[0])


def test_a_title_case_name_before_an_unknown_bracket_is_not_a_dateline() -> None:
    doc = clean("Harbour news\nNordwind (Tochter) - so heißt die neue Fähre der Reederei.\nMore follows here.")
    assert doc.dateline is None


def test_a_sentence_that_opens_with_a_number_and_a_noun_is_not_a_dateline() -> None:
    doc = clean("Harbour news\nLAKESIDE, 22 boats - all of them small - were moored in the bay overnight.\nMore follows here.")
    assert doc.dateline is None


def test_a_chinese_or_japanese_paragraph_ending_in_a_quote_mark_is_prose_not_a_caption() -> None:
    text = "\n".join([
        "河港市暴雨　千人撤離",
        "河港市昨日下午暴雨成災，市政府表示已有一千多人撤離。",
        "市長陳國明在現場說：「我們會盡快恢復供電。」",
        "氣象部門預測，明天仍有大雨。",
    ])
    doc = clean(text)
    assert "陳國明" in doc.body
    assert not any(line.text.startswith("市長") for line in doc.removed)


def test_a_byline_under_the_story_names_the_outlet_and_leaves_the_body() -> None:
    footed = clean("\n".join([TITLE, PARA_1, PARA_2, PARA_3, "By Harbour Courier staff", "Please enter your comment!"]))
    assert footed.outlet == "Harbour Courier"
    assert "By Harbour Courier" not in footed.body
