"""Plain-text articles: bytes → str with the encoding detected, refusing what is not text."""

from __future__ import annotations

import codecs
import re
import unicodedata

from charset_normalizer import from_bytes

from storyweave.errors import BadInput

_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f]")
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def decode_text(data: bytes, source: str, declared: str | None = None) -> tuple[str, str]:
    """Return (text, encoding). UTF-8 is tried first because it is by far the most common and
    a strict decode is a reliable test; then the encoding the document declares (a web page's
    charset), if it decodes strictly; everything else goes to charset-normalizer."""
    if not data.strip():
        raise BadInput(source, "empty file")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _checked(data.decode(encoding, errors="replace"), encoding, source)
    try:
        return _checked(data.decode("utf-8"), "utf-8", source)
    except UnicodeDecodeError:
        pass
    if declared:
        try:
            return _checked(data.decode(declared), declared, source)
        except (LookupError, UnicodeDecodeError):
            pass  # a charset that does not exist or does not fit: the page lied, detect instead
    encoding = _likeliest_encoding(data[:200_000])
    if encoding is None:
        raise BadInput(source, "binary or undecodable content (no text encoding fits)")
    return _checked(data.decode(encoding, errors="replace"), encoding, source)


_WIDE_ENCODINGS = ("utf_16", "utf_32")


def _spaced_like_text(text: str) -> bool:
    """Whether `text` has the spaces or punctuation any written language puts between its words and
    sentences (one in 40 characters at least; Chinese and Japanese punctuate with 。，、)."""
    marks = sum(1 for character in text if character.isspace() or unicodedata.category(character).startswith("P"))
    return marks >= max(1, len(text) // 40)


def guess_encoding(sample: bytes, complete: bool = True) -> str | None:
    """The encoding of a file from its first bytes (for readers that stream the rest): a BOM,
    then strict UTF-8 (a character cut at the end of an incomplete sample is fine), then the
    likeliest code page; None for binary content."""
    for bom, encoding in _BOMS:
        if sample.startswith(bom):
            return encoding
    try:
        codecs.getincrementaldecoder("utf-8")().decode(sample, final=complete)
        return "utf-8"
    except UnicodeDecodeError:
        return _likeliest_encoding(sample[:200_000])


# when charset-normalizer scores several code pages the same (a French latin-1 text reads as
# cleanly in cp1250 as in cp1252 by its measures), the one far more text is written in wins
_COMMON_FIRST = ("utf_8", "cp1252", "latin_1", "iso8859_15", "cp1251", "koi8_r", "cp1250", "iso8859_2", "gb18030", "big5", "shift_jis", "euc_jp", "euc_kr", "cp1256", "cp1253", "cp1254", "cp1255")


def _likeliest_encoding(data: bytes) -> str | None:
    matches = [m for m in from_bytes(data) if m.encoding]
    if not matches:
        return None
    best = min((m.chaos, -m.coherence) for m in matches)
    tied = [m.encoding for m in matches if (m.chaos, -m.coherence) == best]
    encoding = min(tied, key=lambda e: (_COMMON_FIRST.index(e) if e in _COMMON_FIRST else len(_COMMON_FIRST), e))
    if encoding.startswith(_WIDE_ENCODINGS) and not _spaced_like_text(data.decode(encoding, errors="replace")):
        # any even run of bytes decodes as UTF-16 without a BOM: ten bytes of a binary read as five CJK characters
        return None
    return encoding


def _checked(text: str, encoding: str, source: str) -> tuple[str, str]:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\x00" in text:
        raise BadInput(source, "binary content (NUL bytes)")
    controls = len(_CONTROL.findall(text, 0, 20_000))
    if controls > max(8, len(text[:20_000]) // 100):
        raise BadInput(source, f"binary content ({controls} control characters)")
    if not text.strip():
        raise BadInput(source, "empty file (only white space)")
    return text, encoding
