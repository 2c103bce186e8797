"""Villages no gazetteer of cities lists, read from geonames' towns of 1,000 people or more in the
countries whose news is written in the article's language, where a preposition of where puts them
(from heldout_bn's misses: "commercianti di Norcia", "partite da Gubbio"); checked on new sentences."""

from __future__ import annotations

import pytest

from extraction import found, names


@pytest.mark.parametrize(("sentence", "lang", "town"), [
    ("Le indagini erano partite da Bagnoregio e poi si erano spostate.", "it", "Bagnoregio"),
    ("Tre commercianti di Alberobello sono stati multati.", "it", "Alberobello"),
    ("La navette part depuis Étretat chaque matin.", "fr", "Étretat"),
    ("Un pêcheur de Cancale a témoigné, comme une restauratrice venue d’Étretat.", "fr", "Étretat"),
    ("El autobús salió desde Frigiliana a las seis.", "es", "Frigiliana"),
    ("Der Zug hielt vor Bacharach an.", "de", "Bacharach"),
    ("The ferry left from Padstow on Monday.", "en", "Padstow"),
])
def test_a_village_of_the_articles_own_countries_after_a_preposition_of_where_is_a_place(sentence, lang, town) -> None:
    assert (town, "place") in found(sentence, lang)


@pytest.mark.parametrize(("sentence", "lang", "word"), [
    # a portfolio after its office, and a body's name, are no village, whatever town has the name
    ("La consejera de Salud pidió calma a los vecinos.", "es", "Salud"),
    ("Según la Secretaría de Salud, 14 personas han muerto.", "es", "Salud"),
    # a given name after "at" is someone's: only "from" a place is a given name a town
    ("The reporter pointed a finger at Hunter during the hearing.", "en", "Hunter"),
])
def test_a_portfolio_or_a_given_name_after_a_preposition_is_no_village(sentence, lang, word) -> None:
    assert (word, "place") not in found(sentence, lang)


def test_a_village_of_another_languages_country_is_not_read_so() -> None:
    # Padstow is English; an Italian article's "di Padstow" is no village of Italy's, and no rule names it
    assert ("Padstow", "place") not in found("Il sindaco ha incontrato un ceramista di Padstow.", "it")


@pytest.mark.parametrize(("text", "noun"), [
    ("Radfahrer schwer verletzt bei Zusammenstoß. Der Zusammenstoß ereignete sich am Morgen.", "Zusammenstoß"),
    ("Zwei Tote bei Massenschlägerei in der Innenstadt. Die Massenschlägerei begann gegen Mitternacht.", "Massenschlägerei"),
    ("Die Kassen stehen vor einer Rentenreform. Die Koalition streitet nach Rentenreform und Wahl weiter.", "Rentenreform"),
])
def test_a_german_noun_after_a_preposition_is_no_place_when_the_article_writes_it_after_an_article(text, noun) -> None:
    # German drops the article after "bei", "in" and "nach" ("bei Unfall", "in Lebensgefahr"): a word the article
    # writes after an article elsewhere is a noun, not a village no gazetteer knows
    assert (noun, "place") not in {(canonical, kind) for _, kind, canonical in names(text, "de")}


def test_a_german_village_no_gazetteer_knows_stays_a_place_after_a_preposition() -> None:
    assert ("Hinterwiesbach", "place") in {(canonical, kind) for _, kind, canonical in names(
        "Großbrand in Hinterwiesbach. Die Feuerwehr war mit 80 Kräften im Einsatz.", "de")}
