"""Sentence splitting good enough for news prose, fast enough for thousands of articles a second.

pysbd is more careful but costs milliseconds per article; news sentences end in few ways, and
the abbreviations that fool a naive splitter are a short, known list."""

from __future__ import annotations

import re

# titles written before a name with a dot: "Rep. Ana Ruiz", "Sgt. Paul Lee"
TITLE_ABBREVIATIONS = frozenset({
    "mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "sgt", "capt", "gov", "sen", "rep", "rev", "insp", "supt", "cllr", "cmdr", "cpl",
})
_ABBREVIATIONS = {
    *TITLE_ABBREVIATIONS, "st", "jr", "sr", "no",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "vs", "etc", "inc", "ltd", "co",
    "corp", "dept", "est", "approx", "fig", "u.s", "u.k", "u.n", "e.g", "i.e", "a.m", "p.m", "ft", "mt", "ave", "pres",
    # the other languages' titles and units that a capital or a number follows: "la Sra. Ruiz", "il dott. Rossi", "ca. 300",
    # "Nr. 5" (not "art", "on" or "me", which end English sentences, nor "mio", which ends Italian ones)
    "sra", "sres", "srta", "dña", "ud", "uds", "avda", "dott", "dott.ssa", "avv", "sig", "sig.ra", "geom", "mons", "ca",
    "mrd", "nr", "bzw", "tsd", "jh", "chr", "aprox", "pág", "núm", "mme", "mlle",
}
# German sports clubs' initials ("Fußball-Club", "Sportverein"), which an ordinal may open: "1. FC Magdeburg", "1. FSV Mainz 05"
GERMAN_CLUB_INITIALS = frozenset({"FC", "FSV", "SC", "SV", "FFC", "VfB", "VfL", "TSV", "TSG", "SpVgg", "BV", "SG"})
# what a German ordinal's full stop stands before, which ends no sentence: "am 3. Oktober", "der 1. FC Köln", "im 17.
# Jahrhundert", "zum 2. Mal" (a number that ends an English sentence, "He was 25. His …", stays an end)
_AFTER_ORDINALS = {
    "januar", "jänner", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november",
    "dezember", "jahrhundert", "jahrhunderts", "jahrestag", "geburtstag", "todestag", "lebensjahr", "weltkrieg", "mal",
    "platz", "runde", "klasse", "stock", "spieltag", "bundesliga", "liga", "etappe", "stelle",
} | {initials.lower() for initials in GERMAN_CLUB_INITIALS}
# initials of three letters or more, each with its dot ("P.E.I.", "U.A.E."): a name's, which a capitalised
# word goes on more often than a new sentence opens after it, unless that sentence opens with one of these
_DOTTED_INITIALS = re.compile(r"(?:[a-z]\.){2,}[a-z]")
_OPENERS_AFTER_INITIALS = {"the", "a", "an", "he", "she", "it", "they", "we", "i", "this", "that", "these", "those", "there",
                           "in", "on", "at", "but", "and", "his", "her", "its", "their", "our", "as", "after", "when", "if"}
# a sentence's closing mark (one character), then what separates it from the next sentence. The mark is
# matched, not looked behind for: a look-behind is tried at every character of the text, the mark only where it stands
_BOUNDARY = re.compile(r"[.!?…](?:[\"”’»)]+)?\s+(?=[\"“‘«(]?[A-ZÀ-ÖØ-ÞА-ЯЁ0-9])|[。！？]")


def split_sentences(text: str) -> list[str]:
    """Sentences of `text`, each stripped; line breaks always end a sentence."""
    sentences: list[str] = []
    for line in text.split("\n"):
        line = line.strip()
        if not line:
            continue
        start = 0
        for match in _BOUNDARY.finditer(line):
            after_mark = match.start() + 1
            candidate = line[start:after_mark].rstrip()
            last_word = candidate.rsplit(None, 1)[-1] if candidate else ""
            stem = last_word.rstrip(".").lstrip("(\"“").lower()
            # "Jan. 30", "Mr. Kim", "U.S. officials", initials like "J. Smith" do not end a sentence
            if stem in _ABBREVIATIONS or (len(stem) == 1 and stem.isalpha()):
                continue
            if _DOTTED_INITIALS.fullmatch(stem) and line[match.end() :].split(None, 1)[0].strip("\"“‘«(").lower() not in _OPENERS_AFTER_INITIALS:
                continue  # "the P.E.I. Potato Board said"
            if stem.isdigit() and len(stem) <= 2 and line[match.end() :].split(None, 1)[0].strip(",.;:").lower() in _AFTER_ORDINALS:
                continue
            if stem == "mio" and (words := candidate.split()[-2:]) and len(words) == 2 and words[0][:1].isdigit():
                continue  # "2,4 Mio. Euro" (Italian "il mio." ends a sentence)
            if candidate:
                sentences.append(line[start : match.end()].strip())
            start = match.end()
        tail = line[start:].strip()
        if tail:
            sentences.append(tail)
    return sentences


SENTENCE_MAX = 1_000
WINDOW_REACH = 300


def sentence_around(sentence: str, start: int, end: int) -> str:
    """The sentence a finding came from, kept as evidence; a "sentence" longer than any real one
    (a page without punctuation) is cut to a window around the finding, so evidence stays small."""
    if len(sentence) <= SENTENCE_MAX:
        return sentence
    return sentence[max(0, start - WINDOW_REACH) : end + WINDOW_REACH].strip()
