"""Publication, mentioned and occurrence dates, through the real clean → analyse path.

2024-01-31 was a Wednesday, 2024-01-30 a Tuesday. The articles are invented."""

from __future__ import annotations

import datetime as dt

import pytest

from storyweave.clean import clean_document
from storyweave.clean.datetext import find_dates
from storyweave.extract import analyse
from storyweave.model import Article, Day, RawDocument

assert dt.date(2024, 1, 31).strftime("%A") == "Wednesday"


def analysed(text: str) -> Article:
    raw = RawDocument(input="x.txt", source="/in/x.txt", text=text)
    return analyse(raw, clean_document(raw))


def test_header_date_is_the_publication_date() -> None:
    result = analysed(
        "Council approves new tram line\n"
        "Published: 09:30, January 31, 2024\n"
        "The city council of Ellery approved a new tram line for the eastern districts, its chairman said.\n"
        "Construction is expected to take three years."
    )

    assert result.published == "2024-01-31T09:30:00"
    assert result.published_from == "header"


def test_said_on_tuesday_in_a_wednesday_article_is_the_day_before() -> None:
    result = analysed(
        "Council approves new tram line\n"
        "Published: January 31, 2024\n"
        "The city council of Ellery approved a new tram line on Tuesday, its chairman said.\n"
        "Construction is expected to take three years."
    )

    assert result.published == "2024-01-31"
    assert result.occurred == "2024-01-30"
    assert "on Tuesday" in (result.occurred_evidence or "")
    weekday = [d for d in result.dates if d.kind == "weekday"]
    assert [(d.text, d.day) for d in weekday] == [("on Tuesday", Day(2024, 1, 30))]


def test_weekday_of_the_publication_day_itself_is_that_day() -> None:
    result = analysed(
        "Council approves new tram line\n"
        "Published: January 31, 2024\n"
        "The city council of Ellery said on Wednesday it had approved a new tram line.\n"
        "Construction is expected to take three years."
    )

    assert result.occurred == "2024-01-31"


@pytest.mark.parametrize(
    ("weekday", "expected"),
    [("Monday", "2024-01-29"), ("Sunday", "2024-01-28"), ("Thursday", "2024-01-25")],
)
def test_past_weekday_resolves_to_the_most_recent_such_day(weekday: str, expected: str) -> None:
    result = analysed(
        "Council approves new tram line\n"
        "Published: January 31, 2024\n"
        f"The city council of Ellery approved a new tram line on {weekday}, its chairman said.\n"
        "Construction is expected to take three years."
    )

    assert result.occurred == expected


def test_dateline_without_year_takes_it_from_the_dates_in_the_text() -> None:
    result = analysed(
        "Talks on water rights resume\n"
        "GENEVA, Jan. 30 (Xinhua) -- Delegations from the two river states resumed talks on water rights, "
        "the first round since the dispute flared on October 7, 2023.\n"
        "The mediators said progress was slow."
    )

    assert result.published == "2024-01-30"
    assert result.published_from == "inferred"
    assert result.outlet == "Xinhua"


def test_text_without_dates_has_no_dates() -> None:
    result = analysed(
        "Council approves new tram line\n"
        "The city council of Ellery approved a new tram line for the eastern districts, its chairman said.\n"
        "Construction is expected to take three years and to cost less than the old bus depot."
    )

    assert result.published is None
    assert result.published_from == "none"
    assert result.occurred is None
    assert result.occurred_evidence is None
    assert result.dates == []


def test_weekday_without_any_base_date_stays_unresolved() -> None:
    result = analysed(
        "Council approves new tram line\n"
        "The city council of Ellery approved a new tram line on Wednesday, its chairman said.\n"
        "Construction is expected to take three years and to cost less than the old bus depot."
    )

    assert result.published is None
    assert result.published_from == "none"
    assert result.occurred is None
    assert all(d.kind != "weekday" for d in result.dates)


def test_background_date_introduced_by_since_is_not_the_occurrence() -> None:
    # no publication date, so only the "since" rule can keep the old date from being the occurrence
    result = analysed(
        "Ostrin ferry back in service\n"
        "The ferry to Ostrin Island, out of service since October 7, 2023, carried passengers again.\n"
        "The operator thanked islanders for their patience."
    )

    assert any(d.day == Day(2023, 10, 7) and d.in_lead for d in result.dates)
    assert result.occurred != "2023-10-07"
    assert result.occurred is None


def test_the_same_lead_date_without_since_is_the_occurrence() -> None:
    result = analysed(
        "Ostrin ferry back in service\n"
        "The ferry to Ostrin Island carried passengers again on October 7, 2023, after a month of repairs.\n"
        "The operator thanked islanders for their patience."
    )

    assert result.occurred == "2023-10-07"


OBITUARY = (
    "Singer Mara Ostlund dies at 85\n"
    "Mara Ostlund, whose ballads filled the dance halls of Varnholm, died on Thursday at her home.\n"
    "Ostlund was born in Varnholm on April 22, 1923, the youngest of six children.\n"
    "{later}"
)


def test_an_undated_leads_date_decades_before_a_year_the_article_names_is_not_the_occurrence() -> None:
    result = analysed(OBITUARY.format(later="Her last album, released in 2006, went gold."))

    assert any(d.day == Day(1923, 4, 22) and d.in_lead for d in result.dates)
    assert result.occurred is None


@pytest.mark.parametrize("later", [
    "Her last album went gold.",  # no other year: nothing says the date is history
    "Her last album, released in 1930, went gold.",  # other years, but none a decade later
])
def test_an_undated_leads_old_date_is_the_occurrence_when_no_year_named_is_a_decade_later(later: str) -> None:
    assert analysed(OBITUARY.format(later=later)).occurred == "1923-04-22"


def test_background_date_is_skipped_and_the_reported_day_is_the_occurrence() -> None:
    result = analysed(
        "Fishing ban stays in place\n"
        "Published: January 31, 2024\n"
        "The fishing ban in the bay, in force since October 7, 2023, will stay until the summer, the ministry said on Tuesday.\n"
        "Fishermen protested outside the ministry."
    )

    assert result.occurred == "2024-01-30"


# find_dates --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("GENEVA, Jan. 30 (Xinhua) --", [("Jan. 30", Day(None, 1, 30))]),
        ("The vote took place on 30 January 2024 in the old hall.", [("30 January 2024", Day(2024, 1, 30))]),
        ("Filed 2024-01-31 by the harbour office.", [("2024-01-31", Day(2024, 1, 31))]),
        ("May 03 , 2013", [("May 03 , 2013", Day(2013, 5, 3))]),
        ("From March 3, 2022 to 5 April 2022.", [("March 3, 2022", Day(2022, 3, 3)), ("5 April 2022", Day(2022, 4, 5))]),
        ("le 12 février 2024 à Lyon", [("12 février 2024", Day(2024, 2, 12))]),
        # an older year where nothing else can be read: after a comma, or at the clause's end
        ("She was born on April 22, 1923, in Varnholm.", [("April 22, 1923", Day(1923, 4, 22))]),
        ("She was born on April 22 , 1923 .", [("April 22 , 1923", Day(1923, 4, 22))]),
        ("The bridge opened on 3 March 1911.", [("3 March 1911", Day(1911, 3, 3))]),
        ("el 5 de mayo de 1862, en Puebla", [("5 de mayo de 1862", Day(1862, 5, 5))]),
        # French, Romanian and Dutch write May in lower case after its day
        ("La piscine rouvrira à partir du 11 mai, a dit la mairie.", [("11 mai", Day(None, 5, 11))]),
        ("Le lundi 4 mai 2026, le conseil a voté.", [("4 mai 2026", Day(2026, 5, 4))]),
        ("De gemeenteraad vergadert op 3 mei.", [("3 mei", Day(None, 5, 3))]),
        # ... not a count that follows a date
        ("On 3 March 1500 troops crossed the river.", [("3 March", Day(None, 3, 3))]),
        ("On March 3 1200 people marched.", [("March 3", Day(None, 3, 3))]),
    ],
)
def test_find_dates_reads_common_formats(text: str, expected: list[tuple[str, Day]]) -> None:
    assert [(found.text, found.day) for found in find_dates(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "you may 3 times ask for a refund",
        "Non è mai successo 12 volte, mai 3 anni di fila.",  # (Italian's "never" before a number)
        "no digits here at all",
        "the 31 February 2024 is not a day",
        "in 2024-13-01 the month is impossible",
        "between 1999 and 2024 prices doubled",
    ],
)
def test_find_dates_finds_nothing_where_there_is_no_date(text: str) -> None:
    assert find_dates(text) == []


def test_find_dates_positions_point_at_the_text() -> None:
    text = "It opened on 30 January 2024 and closed on 2024-02-02."
    for found in find_dates(text):
        assert text[found.start : found.end].strip() == found.text


def test_lower_case_march_as_a_verb_is_not_a_date() -> None:
    assert find_dates("Protesters plan to march 5 kilometres to the square.") == []


def test_a_leap_day_without_a_year_far_from_any_leap_year_keeps_its_year_unknown() -> None:
    raw = RawDocument("fair.txt", "fair.txt", "Leap day fair returns\nPublished: March 3, 2022\n"
                      "The fair last held on February 29 drew thousands to the square on Saturday, organisers said.")
    article = analyse(raw, clean_document(raw))
    leap = next(d for d in article.dates if d.text.startswith("February 29"))
    assert leap.day == Day(None, 2, 29) and leap.kind == "no-year"


# what is still to happen does not date the occurrence ---------------------------------------------


def test_a_day_the_speaker_hopes_for_is_not_the_occurrence() -> None:
    result = analysed(
        "Dock talks near a deal\n"
        "Published: January 31, 2024\n"
        "Union leaders in Harlow said on Tuesday they hoped to sign the deal on Friday, ending the strike.\n"
        "Ships were still waiting outside the harbour."
    )

    assert result.occurred == "2024-01-30"
    # the Friday is kept as a mention, and resolved forward: it has not happened yet
    assert [(d.text, d.day) for d in result.dates if d.text == "on Friday"] == [("on Friday", Day(2024, 2, 2))]


def test_a_future_meeting_day_is_not_the_weekday_of_the_occurrence() -> None:
    # no date anywhere: the lead's weekday is all that places the article, and "will meet" is no past day
    result = analysed(
        "Ministers to meet\n"
        "Ministers from the three coastal provinces will meet on Friday to agree on flood defences.\n"
        "Officials expect a joint statement afterwards."
    )

    assert result.occurred_weekday is None


def test_a_past_day_before_a_future_one_is_the_weekday_of_the_occurrence() -> None:
    result = analysed(
        "Ministers meet\n"
        "Ministers from the three coastal provinces met on Tuesday and will meet again on Friday.\n"
        "Officials expect a joint statement afterwards."
    )

    assert result.occurred_weekday == "Tuesday"


def test_a_stated_date_still_to_come_is_not_the_occurrence() -> None:
    result = analysed(
        "Comedian to host the awards again\n"
        "Published: August 2, 2013\n"
        "She will host the ceremony for a second time on the March 2 broadcast, the academy said.\n"
        "The academy announced the choice on its website."
    )

    assert result.occurred != "2014-03-02" and result.occurred != "--03-02"
    assert "March 2" in [d.text for d in result.dates]  # still a mentioned date


def test_a_download_note_is_not_the_day_of_the_occurrence() -> None:
    result = analysed(
        "Director in talks for the sequel\n"
        "Posted 1 year, 160 days ago [downloaded on 2 October 2013]\n"
        "The director is in negotiations with the studio to return for the sequel.\n"
    )

    assert result.occurred is None


@pytest.mark.parametrize(
    ("text", "published", "place"),
    [
        # a town in title case, a full date with its year, then the dash: a dateline, not a sentence
        ("Ellerbrook, 3 marzo 2027 - Paura ma nessun ferito al porto di Ellerbrook, dove una gru è caduta.", "2027-03-03", "Ellerbrook"),
        ("Valcorte, 14 octobre 2026 (Agence Mosane) — Le groupe Corvel rachète la fonderie de Valcorte.", "2026-10-14", "Valcorte"),
        ("Huarapa, 23 de octubre de 2016 (Andes Press).– Nueve personas murieron en la carretera de Huarapa.", "2016-10-23", "Huarapa"),
    ],
)
def test_a_title_case_dateline_with_a_full_date_dates_the_article(text: str, published: str, place: str) -> None:
    article = analysed(text)
    assert article.published == published and article.published_from == "dateline"
    assert article.dateline.place == place


def test_a_full_date_closed_by_a_full_stop_opens_the_report() -> None:
    article = analysed("3 de marzo de 2027. Arranca en la Audiencia Nacional el juicio contra el fundador de Pagoclaro.")
    assert article.published == "2027-03-03"


def test_a_place_with_its_province_in_brackets_over_the_report_dates_it() -> None:
    article = analysed("Valdoro (Teramo), 23 ottobre 2019\n\nScossa di magnitudo 4.1 a Valdoro, danni al campanile. Nessun ferito.")
    assert article.published == "2019-10-23"


@pytest.mark.parametrize("opening", ["The wolf that escaped on Tuesday from the Ellery zoo", "Le loup qui s'était échappé mardi du zoo d'Ellery",
                                     "Der Wolf, der am Dienstag aus dem Zoo entkommen war,"])
def test_a_day_in_a_relative_clause_of_the_subject_is_background_to_the_main_clauses_day(opening: str) -> None:
    verb = {"T": "was caught on Saturday", "L": "a été capturé samedi", "D": "wurde am Samstag eingefangen"}[opening[0]]
    article = analysed(f"Published: March 6, 2027\n\nWolf caught\n\n{opening} {verb} in a forest near the town. It was unhurt.")
    assert article.occurred == "2027-03-06"  # (a Saturday; the escape was on Tuesday 2 March)


def test_the_minister_said_that_on_a_day_is_no_relative_clause() -> None:
    article = analysed("Published: March 6, 2027\n\nBridge closed\n\nThe minister said that on Tuesday the bridge was closed after "
                       "engineers found cracks, and on Saturday it stayed shut.")
    assert article.occurred == "2027-03-02"


def test_last_night_is_the_day_before_publication() -> None:
    article = analysed("Published: March 6, 2027\n\nFire at the mill\n\nA fire destroyed the old mill in Ellery last night, "
                       "firefighters said. Nobody was hurt.")
    assert article.occurred == "2027-03-05"
