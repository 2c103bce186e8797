"""Framing: the words different outlets use for the same referent, as data without a verdict.

Three mechanisms, all general:
- labels: how each outlet names an actor the event's sources share ("Hamas militants",
  "the terrorist group Hamas"): a named entity next to a noun from the vocabulary news uses to
  label actors, with that noun's own modifier ("radical Islamists");
- wording: two outlets' sentences that report the same thing, aligned word by word; where they
  differ only in the words before a shared noun phrase ("the occupied West Bank" / "the
  Palestinian West Bank" / "the West Bank"), the shared phrase is the referent and each outlet's
  version a term;
- qualifiers: the word each outlet puts in front of a noun that names an actor or an act
  ("massive offensive" / "major offensive", "undocumented immigrants" / "unauthorized
  immigrants"), the noun being the referent."""

from __future__ import annotations

import difflib
import re
from collections import defaultdict
from dataclasses import dataclass

from storyweave.brief.figures import is_number_word
from storyweave.brief.sources import SourceArticle
from storyweave.brief.words import STOP_WORDS, content_words, sentences, similar_pairs

ALIGNED = 0.25  # sentence overlap at which two outlets' sentences report the same thing
MAX_MODIFIER_WORDS = 3
MAX_SENTENCES = 30  # per article: the lead and body of a news report, not a long feature's every line
MAX_ARTICLES = 12  # sentence pairs grow with the square: the earliest originals of a large event speak for it
LABELS = {
    "militant", "militants", "terrorist", "terrorists", "fighter", "fighters", "gunman", "gunmen", "insurgent", "insurgents",
    "rebel", "rebels", "extremist", "extremists", "islamist", "islamists", "jihadist", "jihadists", "militia", "militias",
    "group", "movement", "organisation", "organization", "regime", "government", "administration", "authorities", "forces",
    "troops", "army", "soldiers", "occupiers", "protesters", "demonstrators", "rioters", "activists", "mob", "separatists",
    "settlers", "migrants", "immigrants", "refugees", "aliens", "faction", "cell",
}
# what an occurrence is called ("massive offensive" / "military operation"): lower-case heads a
# framing difference can stand in front of; any other lower-case word is too often a verb or filler
EVENT_NOUNS = {
    "offensive", "operation", "attack", "attacks", "assault", "invasion", "incursion", "raid", "raids", "strike", "strikes",
    "war", "conflict", "violence", "clashes", "protest", "protests", "riot", "riots", "uprising", "crackdown", "killing",
    "killings", "massacre", "bombing", "bombardment", "occupation", "territory", "territories", "settlement", "settlements",
    "crisis", "deal", "agreement", "ceasefire", "truce", "reform", "tax", "cuts", "ban", "policy", "plan", "regime",
}
_CALENDAR = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april",
    "may", "june", "july", "august", "september", "october", "november", "december", "today", "yesterday", "tomorrow",
}
_TOKEN = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*|[^\w\s]")


@dataclass(frozen=True)
class Term:
    term: str
    outlets: list[str]
    articles: list[str]


@dataclass(frozen=True)
class Framing:
    referent: str
    terms: list[Term]


def framing(originals: list[SourceArticle]) -> list[Framing]:
    """Compared across original texts (copies and translations left out: their wording is not a
    choice), also between two reports of one outlet, whose writers chose their words each."""
    uses: dict[str, dict[str, list[SourceArticle]]] = defaultdict(lambda: defaultdict(list))
    spelled: dict[str, str] = {}  # "Union leader" and "union leader" are one term
    for referent, term, article in _labels(originals) + _wording(originals) + _qualified(originals):
        term = spelled.setdefault(term.lower(), term)
        if article not in uses[referent][term]:
            uses[referent][term].append(article)
    found = []
    for referent, terms in uses.items():
        if len(terms) < 2 or len({a.id for articles in terms.values() for a in articles}) < 2:
            continue
        found.append(Framing(referent, [
            Term(term, sorted({a.outlet or "outlet unknown" for a in articles}), [a.id for a in articles])
            for term, articles in sorted(terms.items(), key=lambda item: item[0].lower())
        ]))
    return sorted(found, key=lambda f: f.referent.lower())


def _labels(originals: list[SourceArticle]) -> list[tuple[str, str, SourceArticle]]:
    shared: dict[str, set[str]] = defaultdict(set)
    names: dict[tuple[str, ...], str] = {}
    for article in originals:
        for mention in article.entities:
            # groups, not people: a person's title ("union leader") is a role, not a frame
            if mention.kind in {"org", "other"} and len(mention.text) > 2:
                shared[mention.canonical].add(article.id)
                names[tuple(t.lower() for t in _TOKEN.findall(mention.text))] = mention.canonical
    names = {name: canonical for name, canonical in names.items() if len(shared[canonical]) >= 2}
    if not names:
        return []
    longest = max(len(name) for name in names)
    labelled = []
    for article in originals:
        tokens = _TOKEN.findall(article.text)
        lower = [t.lower() for t in tokens]
        for i, word in enumerate(lower):
            if word not in LABELS:
                continue
            for size in range(longest, 0, -1):
                before, after = tuple(lower[max(0, i - size) : i]), tuple(lower[i + 1 : i + 1 + size])
                if len(before) == size and before in names:  # "Hamas militants"
                    labelled.append((names[before], " ".join(tokens[i - size : i + 1]), article))
                    break
                if len(after) == size and after in names:  # "(the radical) group Hamas"
                    start = i - 1 if i > 0 and _describing(tokens[i - 1]) else i
                    labelled.append((names[after], " ".join(tokens[start : i + 1 + size]), article))
                    break
    return labelled


# what an actor or an act is called, where the word in front is a choice: "massive offensive" /
# "military operation", "radical Islamists" / "Hamas militants" (bland heads such as "group" or
# "plan" take too many plain modifiers to be told apart)
FRAMED_NOUNS = (LABELS | EVENT_NOUNS) - {
    "group", "government", "administration", "authorities", "deal", "agreement", "plan", "policy", "tax", "cuts", "ban",
    "reform", "territory", "territories", "settlement", "settlements", "leader", "cell", "faction", "ceasefire", "truce",
}


def _qualified(originals: list[SourceArticle]) -> list[tuple[str, str, SourceArticle]]:
    """Framed nouns with the describing word in front of them, referent the noun itself."""
    found = []
    for article in originals:
        tokens = _TOKEN.findall(article.text)
        for i in range(1, len(tokens)):
            noun, modifier = tokens[i], tokens[i - 1]
            before = tokens[i - 2] if i > 1 else ""
            if (
                noun.lower() not in FRAMED_NOUNS or not noun.islower()  # "Israel Defense Forces" is a name
                or not _describing(modifier) or len(modifier) < 3 or modifier.lower() in FRAMED_NOUNS
                or modifier.lower().endswith("ing")  # "deporting migrants": a verb and its object
                or before.lower() in _VERB_BEFORE or (modifier[:1].isupper() and before[:1].isupper())
            ):
                continue
            found.append((_singular(noun.lower()), f"{modifier} {noun}", article))
    return found


# words after which the next word is a verb ("to withdraw forces", "could face protests")
_VERB_BEFORE = {"to", "could", "would", "will", "can", "may", "might", "should", "must", "not", "or", "and", "did", "does", "do"}


def _singular(noun: str) -> str:
    return noun[:-1] if noun.endswith("s") and noun[:-1] in FRAMED_NOUNS else noun


def _describing(token: str) -> bool:
    return token[:1].isalpha() and token.lower() not in STOP_WORDS and not is_number_word(token)


def _wording(originals: list[SourceArticle]) -> list[tuple[str, str, SourceArticle]]:
    aligned = [
        (article, sentence, content_words(sentence))
        for article in originals[:MAX_ARTICLES]
        for sentence in sentences(article.body)[:MAX_SENTENCES]
    ]
    found = []
    for i, j in similar_pairs([words for _, _, words in aligned], ALIGNED):
        (a, sentence_a, _), (b, sentence_b, _) = aligned[i], aligned[j]
        if a.id == b.id or a.lang != b.lang:
            continue
        for referent, term_a, term_b in _substitutions(sentence_a, sentence_b):
            found += [(referent, term_a, a), (referent, term_b, b)]
    return found


def _substitutions(a: str, b: str) -> list[tuple[str, str, str]]:
    """(shared phrase, a's version, b's version) where only the describing words in front of a
    shared name or label differ, and what comes before them is shared up to a function word
    ("in the occupied West Bank" / "in the Palestinian West Bank"): a noun phrase's modifiers."""
    tokens_a, tokens_b = _TOKEN.findall(a), _TOKEN.findall(b)
    lower_a, lower_b = [t.lower() for t in tokens_a], [t.lower() for t in tokens_b]
    opcodes = difflib.SequenceMatcher(None, lower_a, lower_b, autojunk=False).get_opcodes()
    found = []
    for index, (tag, a0, a1, b0, b1) in enumerate(opcodes):
        if tag == "equal" or index + 1 >= len(opcodes) or opcodes[index + 1][0] != "equal":
            continue
        changed_a, changed_b = tokens_a[a0:a1], tokens_b[b0:b1]
        if max(len(changed_a), len(changed_b)) > MAX_MODIFIER_WORDS or not _modifier(changed_a + changed_b):
            continue
        # a capitalised difference alone is part of a name or a title ("House Intelligence", "Mr Flynn")
        if not any(t[:1].islower() for t in changed_a + changed_b):
            continue
        if index == 0 or opcodes[index - 1][0] != "equal" or lower_a[a0 - 1] not in STOP_WORDS:
            continue
        _, h0, h1, _, _ = opcodes[index + 1]
        head = _head(tokens_a[h0:h1])
        if not head or head[0].lower() in _CALENDAR:
            continue
        referent = " ".join(head)
        found.append((referent, " ".join(changed_a + head), " ".join(changed_b + head)))
    return found


def _modifier(changed: list[str]) -> bool:
    """Words that describe: no numbers, punctuation or function words."""
    return bool(changed) and all(_describing(t) for t in changed)


def _head(shared: list[str]) -> list[str]:
    """The noun phrase the modifiers stand in front of: a run of capitalised words, or one content word."""
    if not shared or not shared[0][:1].isalpha():
        return []
    if shared[0][:1].isupper():
        run = [t for t in shared[:4]]
        end = next((i for i, t in enumerate(run) if not t[:1].isupper()), len(run))
        return [] if run[end - 1].endswith(("'s", "’s")) else run[:end]
    return [shared[0]] if shared[0].lower() in LABELS | EVENT_NOUNS else []
