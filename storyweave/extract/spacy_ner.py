"""People, places and organisations from an installed spaCy pipeline's named entities (the setting
`entity_model`), named canonically by the same step as the built-in rules' names.

spaCy is imported here only, and only when the setting names a pipeline: the default path never
loads it. Labels (OntoNotes, as English pipelines write them, and PER/LOC/ORG of WikiNER ones):

- PERSON, PER → person
- GPE, LOC, FAC → place (countries, cities, regions, and named sites such as airports or bridges)
- NORP → place only when it is a demonym the gazetteer maps to a country ("Israeli" → Israel),
  as the rules read demonyms; other groups ("Republicans", "Muslims") are left out
- ORG → organisation
- anything else (MISC, DATE, MONEY, …) is left out: dates and figures have their own extractors.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from storyweave.errors import ConfigError
from storyweave.extract.entities import Candidate, canonical_mentions, demonym_place
from storyweave.model import Mention

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Span

SETTING = "entity_model"
_KINDS = {"PERSON": "person", "PER": "person", "GPE": "place", "LOC": "place", "FAC": "place", "ORG": "org"}
_GROUP_LABEL = "NORP"
_NO_MODEL = "or leave the setting empty for the built-in rules"


@lru_cache(maxsize=4)
def load_pipeline(name: str) -> Language:
    """The pipeline an installed package or a folder holds, loaded once per process (forked
    workers inherit it); ConfigError, one line, when it cannot find entities."""
    try:
        import spacy
    except ImportError:
        raise ConfigError(f"setting {SETTING}: spaCy is not installed (pip install spacy, {_NO_MODEL})") from None
    if not spacy.util.is_package(name) and not Path(name).exists():
        raise ConfigError(f"setting {SETTING}: no spaCy pipeline {name!r} is installed (pip install it, {_NO_MODEL})")
    try:
        nlp = spacy.load(name)
    except Exception as exc:  # noqa: BLE001 — a broken package or folder fails in many ways; each is one line
        reason = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise ConfigError(f"setting {SETTING}: cannot load the spaCy pipeline {name!r} ({reason})") from None
    if not any("doc.ents" in nlp.get_pipe_meta(pipe).assigns for pipe in nlp.pipe_names):
        raise ConfigError(
            f"setting {SETTING}: the spaCy pipeline {name!r} finds no entities (it has no 'ner' or 'entity_ruler' "
            f"component, only: {', '.join(nlp.pipe_names) or 'none'}; {_NO_MODEL})"
        )
    return nlp


def spacy_entities(nlp: Language, sentences: list[str], lang: str | None) -> list[Mention]:
    """The entities the pipeline finds in each sentence, in order, with their canonical names."""
    found = [candidate for doc in nlp.pipe(sentences) for ent in doc.ents if (candidate := _candidate(ent, lang))]
    return canonical_mentions(found, lang)


def _candidate(ent: Span, lang: str | None) -> Candidate | None:
    text = ent.text.strip()
    if text[:4].lower() == "the " and len(text) > 4:
        # "the United Nations", a sentence's "The Washington Post": the rules leave the article out too
        # ("Hague" is The Hague in the gazetteer)
        text = text[4:]
    kind = "place" if ent.label_ == _GROUP_LABEL and demonym_place(text, lang) else _KINDS.get(ent.label_)
    if not kind or not text:
        return None
    return text, kind, True, ""  # the pipeline's label is sure; no words around it to weigh
