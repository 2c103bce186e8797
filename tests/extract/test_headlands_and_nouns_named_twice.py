"""Headlands, nouns that one mention shows to be nouns, and quarrels "between" two people (from heldout_bo's
misses, "near Taiaroa Head", "Fälle bei Wildvögeln", and a real article's "la crisis entre Abidal y Messi");
checked on new sentences."""

from __future__ import annotations

import pytest

from extraction import found, named_in_characters, names


@pytest.mark.parametrize(("sentence", "headland"), [
    ("The albatross colony near Ruapuke Head has grown to 60 pairs.", "Ruapuke Head"),
    ("Coastguards searched the cliffs at Beachy Head on Sunday.", "Beachy Head"),
])
def test_an_unknown_word_and_head_name_a_headland(sentence, headland) -> None:
    assert (headland, "place") in found(sentence, "en")


@pytest.mark.parametrize(("sentence", "absent"), [
    ("Australia won after Travis Head scored a century.", "Travis Head"),  # a given name: the batsman
    ("Department Head Mary Jones said the budget was cut.", "Department Head"),  # a body's head
])
def test_a_person_or_a_bodys_head_is_no_headland(sentence, absent) -> None:
    assert (absent, "place") not in found(sentence, "en")


def test_a_german_noun_the_grammar_shows_once_is_no_town_where_it_reads_like_one() -> None:
    # "zwischen Zugvögeln und Hausenten": two words no gazetteer knows are nouns, so "bei Zugvögeln" is one too
    text = ("Eine Sprecherin erklärte, dass seit Oktober 9 Fälle bei Zugvögeln nachgewiesen worden seien. "
            "Die Behörde will jeden Kontakt zwischen Zugvögeln und Hausenten verhindern.")
    assert not {entity for entity in names(text, "de") if entity[0] == "Zugvögeln"}


@pytest.mark.parametrize(("sentence", "lang"), [
    ("La crisis que estalló entre Ibarguren y Larrañeta dividió al vestuario.", "es"),
    ("The rift between Okafor and Brandt widened after the vote.", "en"),
])
def test_two_names_a_quarrel_is_between_are_no_route(sentence, lang) -> None:
    assert not {name for name, kind in found(sentence, lang) if kind == "place" and name in {"Ibarguren", "Larrañeta", "Okafor", "Brandt"}}


@pytest.mark.parametrize(("sentence", "region"), [
    # (no word around says where: the gazetteer has to know them)
    ("Officials said Yobe and Borno were hit hardest.", "Borno"),
    ("Officials said Sindh and Balochistan reported more cases.", "Balochistan"),
    ("Mines on the Copperbelt produced less copper this year.", "Copperbelt"),
    ("Police in Cebu and Negros Oriental made arrests.", "Negros Oriental"),
])
def test_the_provinces_and_states_of_nigeria_pakistan_zambia_and_the_philippines_are_places(sentence, region) -> None:
    assert (region, "place") in found(sentence, "en")


@pytest.mark.parametrize(("sentence", "word"), [
    ("The Western allies met on Friday.", "Western"),  # Zambia's and Ghana's regions named by the compass
    ("Rivers burst their banks after the storm.", "Rivers"),  # Nigeria's state named by a word
])
def test_a_region_named_by_a_word_or_the_compass_is_not_read_as_one(sentence, word) -> None:
    assert (word, "place") not in found(sentence, "en")


@pytest.mark.parametrize(("sentence", "lang", "ends"), [
    ("La nouvelle ligne relie Vennezeille à Bourmottes en 25 minutes.", "fr", {"Vennezeille", "Bourmottes"}),
    ("The new bridge will link Karrawatta with Pindimar next year.", "en", {"Karrawatta", "Pindimar"}),
    ("La cabinovia collega Valsorda a Pratomaggiore in otto minuti.", "it", {"Valsorda", "Pratomaggiore"}),
    ("Die neue Buslinie verbindet Tannweiler mit Oberkessach.", "de", {"Tannweiler", "Oberkessach"}),
])
def test_the_ends_a_line_or_a_bridge_links_are_places(sentence, lang, ends) -> None:
    assert {name for name, kind in found(sentence, lang) if kind == "place"} >= ends


def test_a_person_a_report_links_to_another_is_no_place() -> None:
    assert ("Mario", "place") not in found("The report linked Mario to Ferrante.", "en")


def test_provinces_a_chinese_verb_runs_across_are_places_not_a_ministry() -> None:
    # "公园横跨吉林省和黑龙江省": no body ends with a province's 省 in Chinese
    assert named_in_characters(["公园横跨吉林省和黑龙江省，面积逾1万平方公里。"]) == [
        ("吉林省", "place", "Jilin"), ("黑龙江省", "place", "Heilongjiang")]
