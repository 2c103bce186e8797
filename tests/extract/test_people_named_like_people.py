"""A name the rules guessed was a person's stays one only when it is named like someone (a given
name or a surname Faker's lists know), is quoted, or a credit line gives it."""

from __future__ import annotations

import pytest

from storyweave.clean import clean_document
from storyweave.extract import analyse
from storyweave.extract.people import leading_words_peeled, people_checked, personal_names
from storyweave.model import Mention, Quote, RawDocument


def _person(name: str) -> Mention:
    return Mention(name, "person", name)


def _kinds(entities: list[Mention]) -> dict[str, str]:
    return {mention.canonical: mention.kind for mention in entities}


def test_the_lists_hold_given_names_and_surnames_of_many_countries_folded():
    names = personal_names()
    assert {"maria", "jose", "wolfgang", "siobhan", "rossi", "muller", "taro"} <= names
    assert "metropole" not in names and "chiefs" not in names


@pytest.mark.parametrize("name", ["Colts Beat Chiefs", "Tragischer Unfall", "Straż Pożarna", "Nantes Métropole"])
def test_a_guessed_person_named_like_no_one_becomes_another_kind_of_name(name):
    assert _kinds(people_checked([_person(name)], [], "en", set())) == {name: "other"}


@pytest.mark.parametrize("name", ["Maria Rossi", "Jan-Philipp Kessler", "Anna Kinnaird", "Rhys Müller", "J. Okonkwo-Tarr"])
def test_a_given_name_a_surname_or_an_initial_keeps_a_person(name):
    assert _kinds(people_checked([_person(name)], [], "en", set())) == {name: "person"}


def test_a_person_named_like_no_one_stays_a_person_when_quoted_or_credited():
    quoted, credited, neither = _person("Teuila Fa'asavalu"), _person("Morag Kinnaird"), _person("Harbour Lights")
    entities = [quoted, credited, neither, Mention("Fa'asavalu", "person", "Teuila Fa'asavalu")]

    checked = people_checked(entities, [Quote("We will not sign", "Teuila Fa'asavalu", True)], "en", {"Morag Kinnaird"})

    assert [m.kind for m in checked] == ["person", "person", "other", "person"]


def test_every_mention_of_a_doubtful_name_changes_with_it():
    entities = [_person("Harbour Lights"), Mention("Lights", "person", "Harbour Lights")]

    assert [m.kind for m in people_checked(entities, [], "en", set())] == ["other", "other"]


@pytest.mark.parametrize(("name", "lang"), [("Вадим Ковальчук", "ru"), ("Ξενοφών Ζολώτας", "el"), ("Tanaka Ichirou", "ja")])
def test_names_in_other_scripts_and_in_japanese_or_chinese_articles_are_left_alone(name, lang):
    assert _kinds(people_checked([_person(name)], [], lang, set())) == {name: "person"}


def test_one_word_names_and_other_kinds_are_left_alone():
    entities = [_person("Chiefs"), Mention("Harbour Lights", "org", "Harbour Lights")]

    assert people_checked(entities, [], "en", set()) == entities


def test_analyse_keeps_quoted_people_and_drops_headline_words_from_people():
    text = (
        "Harbour fees rise again\n\nLORIENT, March 3 - Nantes Métropole voted on Tuesday to raise harbour fees by 4%.\n\n"
        "\"We cannot keep the quays open for nothing,\" said Teuila Fa'asavalu, who chairs the port board.\n\n"
        "Fishermen's leader Maria Rossi called the decision unfair."
    )
    raw = RawDocument("a.txt", "a.txt", text)

    article = analyse(raw, clean_document(raw))

    kinds = _kinds(article.entities)
    assert kinds["Nantes Métropole"] == "other"
    assert kinds["Teuila Fa'asavalu"] == "person" and kinds["Maria Rossi"] == "person"
    assert [q.speaker for q in article.quotes] == ["Teuila Fa'asavalu"]


@pytest.mark.parametrize(("name", "person"), [("Moderator Maik Meuser", "Maik Meuser"), ("State Antony Blinken", "Antony Blinken"),
                                             ("Opernfan Brigitte Vossen", "Brigitte Vossen")])
def test_a_first_word_that_is_no_ones_name_before_a_given_name_is_peeled_off(name, person):
    entities = [_person(name), Mention(name.split()[-1], "person", name)]

    assert leading_words_peeled(entities, "en") == [_person(person), Mention(name.split()[-1], "person", person)]


@pytest.mark.parametrize("name", ["Maria Anna Rossi", "Altstadt von Cochem", "Doctors Nova Scotia", "Harbour Lights"])
def test_names_without_a_peelable_first_word_stay_whole(name):
    assert leading_words_peeled([_person(name)], "en") == [_person(name)]


def test_a_quote_goes_to_the_peeled_name():
    text = ("Storm warning for the coast\n\nGALWAY, Jan 4 - Winds of up to 130 km/h are expected on Friday.\n\n"
            "Forecaster Hannah Clegg said that more storms were likely before the weekend.")
    raw = RawDocument("a.txt", "a.txt", text)

    article = analyse(raw, clean_document(raw))

    assert "Hannah Clegg" in _kinds(article.entities)
    assert [q.speaker for q in article.quotes] == ["Hannah Clegg"]
