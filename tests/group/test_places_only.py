"""Names of places alone say where, not who or what: when all an article shares with an event is
places, the entity similarity counts for less. People and places are invented."""

from __future__ import annotations

import dataclasses

import orjson
import pytest

from storyweave.clean import clean_document
from storyweave.extract import analyse
from storyweave.group.events import ENTITY_WEIGHT, PLACES_ONLY_FACTOR, EventGrouper
from storyweave.group.features import ArticleFeatures, _hash, article_features, STORED_DIGITS, features_from_json, features_json, normalised
from storyweave.model import RawDocument
from storyweave.settings import Settings


def features_of(text: str) -> ArticleFeatures:
    raw = RawDocument("report.txt", "report.txt", text)
    return article_features(analyse(raw, clean_document(raw)))


def test_the_keys_only_places_give_are_marked() -> None:
    features = features_of(
        "Police in Paris said on Monday that Marta Velloni, a jeweller, was robbed in her shop in France. "
        "Velloni told reporters the robbers had guns."
    )
    names = {features.entity_names[h] for h in features.places}
    assert {"paris", "france"} <= names
    assert not names & {"marta velloni", "velloni"}


def test_a_place_that_is_also_a_persons_surname_is_not_a_place_only_key() -> None:
    features = features_of(
        "Anna Paris, the mayor, said on Monday that the bridge in Paris would reopen. "
        "Anna Paris told reporters the repairs had cost less than planned."
    )
    assert _hash("paris") in features.entities
    assert _hash("paris") not in features.places


def test_the_place_keys_are_stored_with_the_features() -> None:
    features = features_of("Police in Paris said on Monday that a jeweller in France was robbed.")
    assert features.places
    assert features_from_json(orjson.loads(features_json(features))).places == features.places


def test_the_features_are_made_as_they_are_stored() -> None:
    """Grouping in the run that analysed an article and in a resumed one (which reads the stored
    features back) compares the same numbers: the weights are made rounded, as stored."""
    features = features_of("The mayor of Paris, Anne Hidalgo, said the mayor would open the new bridge on Monday. "
                           "Hidalgo said the bridge, the third bridge this year, cost 12 million euros.")
    weights = [*features.terms.values(), *features.entities.values()]
    assert any(w != int(w) for w in weights)
    assert all(w == round(w, STORED_DIGITS) for w in weights)
    assert features_from_json(orjson.loads(features_json(features))) == features


@pytest.mark.parametrize("only_places", [True, False])
def test_sharing_only_places_counts_for_less(only_places: bool) -> None:
    grouper = EventGrouper(Settings())
    words = normalised({1: 1.0, 2: 1.0})
    shared = {101: 1.0, 102: 1.0}  # the event's and the article's entities: the same two keys
    blank = ArticleFeatures(terms={}, entities={}, entity_names={101: "lyonne", 102: "varnholm"}, quote_shingles={},
                            figures={}, occurred=None, published="2024-03-05")
    event_id = grouper.assign("a", words, normalised(shared), blank).event_id
    state = grouper.events_[event_id]
    article = dataclasses.replace(blank, places=frozenset(shared) if only_places else frozenset({101}))

    score, evidence, _ = grouper._score(words, normalised(shared), article, state)
    plain = grouper._score(words, normalised(shared), dataclasses.replace(blank, places=frozenset()), state)[0]

    # the entity similarity is 1.0 here, so the score drops by the factor's share of the entity weight
    assert score == pytest.approx(plain - ENTITY_WEIGHT * (1 - PLACES_ONLY_FACTOR) if only_places else plain)
    assert any("places only" in line for line in evidence) == only_places
