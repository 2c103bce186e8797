"""Rules from the misses of heldout_bu.jsonl (development data since heldout_bv was written), checked on sentences
of our own: German rescue and cleaning services named with their region, a councillor's portfolio named like a body,
a firm known by its seat, a canton named with the word for it."""

from __future__ import annotations

import pytest

from tests.extraction import article_names, found


@pytest.mark.parametrize(("sentence", "body"), [
    ("Die Bergrettung Vorarlberg meldete am Sonntag drei Einsätze.", "Bergrettung Vorarlberg"),
    ("Nach dem Fest räumte die Stadtreinigung Bremen bis Mittwoch auf.", "Stadtreinigung Bremen"),
    ("Die Bergwacht Bayern brachte die Wanderer ins Tal.", "Bergwacht Bayern"),
])
def test_a_german_rescue_or_cleaning_service_named_with_its_region_is_a_body(sentence, body):
    assert (body, "org") in found(sentence, "de")


def test_the_same_service_named_alone_is_no_name():
    assert not {name for name, kind in found("Die Bergrettung kam, die Stadtreinigung räumte auf.", "de") if kind == "org"}


@pytest.mark.parametrize(("sentence", "lang"), [
    ("L'assessore comunale alla Protezione civile, Marta Zorzut, ha chiuso il molo.", "it"),
    ("L'assessora regionale alla Protezione civile, Marta Zorzut, ha chiuso il molo.", "it"),
])
def test_a_councillors_portfolio_named_like_a_body_is_no_body(sentence, lang):
    names = found(sentence, lang)
    assert ("Marta Zorzut", "person") in names
    assert not any(kind == "org" for _, kind in names)


def test_civil_protection_named_alone_stays_a_body():
    assert ("Protezione civile", "org") in found("La Protezione civile ha chiuso il molo per la bora.", "it")


@pytest.mark.parametrize(("sentence", "lang", "body"), [
    ("Su empresa, Embutidos Valle del Jerte, con sede en Plasencia, facturó 3 millones.", "es", "Embutidos Valle del Jerte"),
    ("Die Spedition, Huber Transporte, mit Sitz in Wels, stellte 40 Fahrer ein.", "de", "Huber Transporte"),
])
def test_a_name_with_a_seat_is_a_body(sentence, lang, body):
    assert (body, "org") in found(sentence, lang)


def test_a_canton_no_gazetteer_knows_is_named_by_its_name():
    text = ("Felssturz sperrt Bahnstrecke\n\nGurtnellen (sda) - Ein Felssturz hat am Samstag die Bahnstrecke verschüttet. "
            "Der Kanton Uri kündigte an, dass er 3 Messstationen einrichten werde.")
    assert ("Kanton Uri", "place", "Uri") in article_names(text)


def test_a_rescue_that_is_an_act_is_no_body():
    assert not found("Die Rettung des Deals ist schwer, die Errettung der Weltwirtschaft auch.", "de")
