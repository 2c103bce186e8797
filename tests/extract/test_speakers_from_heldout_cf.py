"""Rules from heldout_cf's speaker misses (development data since heldout_cg was written), checked on texts written for
these tests: an admission quoted attributes as a statement does ("confesó", "gestand"); a hyphenated surname alone after
the verb is the person named with it, though each half is a town; a German woman introduced by what she does after the
adjective of a place no gazetteer derives it from ("die Glarner Langläuferin …") is a person, whom "die 24-Jährige" then
points back to; "the defendant" named once is no one introduced by a word for their trade; and the French pluperfect
inverted ("avait-elle lancé") points back to the person just named, as "a-t-elle lancé" does."""

from __future__ import annotations

import pytest

from extraction import analysed_article, direct_speakers


@pytest.mark.parametrize(("verb", "lang_text"), [
    ("confesó", "«Nunca había remado con tanto viento», {verb} Okonkwo."),
    ("gestand", "„Ich hatte am Ende keine Kraft mehr“, {verb} Okonkwo."),
])
def test_an_admission_quoted_is_attributed_as_a_statement(verb: str, lang_text: str) -> None:
    text = ("Regata en el lago\n\nLa nigeriana Adaeze Okonkwo terminó segunda. "
            "«Fue una carrera dura», dijo el entrenador, Marcos Vidal Ferrer. " + lang_text.format(verb=verb))
    assert direct_speakers(text)[-1][1] == "Adaeze Okonkwo"


def test_a_hyphenated_surname_after_the_verb_is_the_person_though_each_half_is_a_town() -> None:
    text = ("Course au large\n\nLA ROCHELLE, 4 mars (AFP) - La Britannique Olivia Whitby-Ashford a terminé cinquième.\n"
            "« Elle était la plus forte », a reconnu Pieter de Haan. « Je reviendrai l’an prochain », a promis Whitby-Ashford.")
    article = analysed_article(text)
    assert direct_speakers(text)[-1] == ("Je reviendrai l’an prochain", "Olivia Whitby-Ashford")
    assert not {"Whitby", "Ashford"} & {mention.text for mention in article.entities}


def test_a_woman_named_after_her_sport_and_an_unknown_place_adjective_is_a_person() -> None:
    text = ("Heimsieg im Langlauf\n\nDie Glarner Langläuferin Corina Ambühl-Tschudi hat am Samstag das Rennen in Elm gewonnen. "
            "Rund 2.000 Zuschauer standen an der Strecke.\n\n„Das war mein schönster Sieg“, sagte die 24-Jährige im Ziel.")
    article = analysed_article(text)
    assert "Corina Ambühl-Tschudi" in {mention.canonical for mention in article.entities if mention.kind == "person"}
    assert direct_speakers(text) == [("Das war mein schönster Sieg", "Corina Ambühl-Tschudi")]


def test_the_defendant_named_once_is_no_one_introduced_by_a_word_for_their_trade() -> None:
    text = ("Urteil wegen gefälschter Noten\n\nDas Landgericht hat einen 58-Jährigen zu zwei Jahren Haft verurteilt. Er hatte "
            "Abschriften im Stil der Pianistin Marta Kovačević als Originale verkauft.\n\n"
            "Der Angeklagte hatte im Prozess gesagt: „Ich wollte nur Geld für meine Schulden.“")
    assert direct_speakers(text) == [("Ich wollte nur Geld für meine Schulden.", None)]


@pytest.mark.parametrize("verb", ["avait-elle lancé", "avait-elle déclaré"])
def test_the_pluperfect_inverted_points_back_to_the_person_just_named(verb: str) -> None:
    text = ("Fraude au miel\n\nLe tribunal de Carpentras a condamné un apiculteur.\n\n« Vous avez trompé vos clients », a déclaré "
            "la présidente du tribunal, Sophie Marcellin-Duval. La procureure Agnès Rouvière avait requis un an. "
            f"« C’est une tromperie organisée », {verb}.")
    assert direct_speakers(text)[-1] == ("C’est une tromperie organisée", "Agnès Rouvière")
