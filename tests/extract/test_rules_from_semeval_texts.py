"""Rules from what the SemEval-2022 Task 8 texts showed, checked on sentences of our own: a club named by its town
of two words and a plural ("Los Angeles Clippers"), as one of one word is ("Pittsburgh Penguins"); a French day in
May is a date, not a count of anything; a Chinese day of the week after a foreign name is no part of it."""

from __future__ import annotations

import pytest

from storyweave.extract.figures import extract_figures
from tests.extraction import found, named_in_characters


@pytest.mark.parametrize(("sentence", "club"), [
    ("The Los Angeles Clippers beat Sacramento on Sunday night.", "Los Angeles Clippers"),
    ("Kansas City Chiefs coach Dan Morrow said the team was tired.", "Kansas City Chiefs"),
    ("New York Knicks guard Eli Brandt scored 40 points.", "New York Knicks"),
])
def test_a_club_named_by_a_town_of_two_words_and_a_plural_is_a_body(sentence, club):
    assert (club, "org") in found(sentence, "en")


@pytest.mark.parametrize("sentence", [
    "The New York Times reported the trade on Monday.",
    "Victoria Adams met the mayor of Lyon.",
])
def test_a_plural_after_a_town_that_is_a_name_or_a_newspaper_stays_what_it_was(sentence):
    kinds = dict(found(sentence, "en"))
    assert kinds.get("Victoria Adams", "person") == "person" and kinds.get("New York Times", "org") == "org"


@pytest.mark.parametrize("sentence", [
    "La piscine rouvrira à partir du 11 mai, a annoncé la mairie.",
    "La première réunion aura lieu le 25 mai dans la salle des fêtes.",
])
def test_a_french_day_in_may_is_no_figure(sentence):
    from storyweave.clean.datetext import find_dates

    assert extract_figures([sentence], {found_date.text for found_date in find_dates(sentence)}, "fr") == []


@pytest.mark.parametrize(("sentence", "person"), [
    ("国防部长马克·埃斯珀周二表示，美国将部署750名士兵。", "马克·埃斯珀"),
    ("教练彼得·霍尔星期三在记者会上说，球队已经准备好了。", "彼得·霍尔"),
])
def test_a_chinese_day_of_the_week_after_a_foreign_name_is_no_part_of_it(sentence, person):
    assert [text for text, kind, _ in named_in_characters([sentence]) if kind == "person"] == [person]


def test_a_title_case_headline_names_only_what_the_body_or_the_gazetteers_know():
    from tests.extraction import article_names

    names = article_names(
        "In Tense Standoff With Iran, Harlow Has Only Hard Choices\n"
        "OSLO (AP) - Prime Minister Greta Harlow weighed her response on Wednesday after protesters stormed the "
        "Norwegian embassy in Tehran. Harlow blamed Iran for the attack.")

    assert {(text, kind) for text, kind, _ in names} >= {("Iran", "place"), ("Harlow", "person"), ("Greta Harlow", "person")}
    assert not {text for text, _, _ in names} & {"Tense Standoff", "Tense Standoff With Iran", "Hard Choices", "Only Hard Choices"}


def test_a_title_case_headline_is_no_name_of_a_body():
    from tests.extraction import article_names

    names = article_names(
        "Ferry Strike Enters Third Week As Talks With Union Stall\n"
        "Talks between the ferry operator Nordlinje and the seamen's union broke down again on Monday, the union said.")

    assert {(text, kind) for text, kind, _ in names} == {("Nordlinje", "org")}
