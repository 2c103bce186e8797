"""Plain-text articles: bytes → str with the encoding detected, refusing what is not text."""

from __future__ import annotations

import codecs

from charset_normalizer import from_bytes

from storyweave.errors import BadInput

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def decode_text(data: bytes, source: str) -> tuple[str, str]:
    """Return (text, encoding). UTF-8 is tried first because it is by far the most common and
    a strict decode is a reliable test; everything else goes to charset-normalizer."""
    if not data.strip():
        raise BadInput(source, "empty file")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _checked(data.decode(encoding, errors="replace"), encoding, source)
    try:
        return _checked(data.decode("utf-8"), "utf-8", source)
    except UnicodeDecodeError:
        pass
    best = from_bytes(data[:200_000]).best()
    if best is None or best.encoding is None:
        raise BadInput(source, "binary or undecodable content (no text encoding fits)")
    return _checked(data.decode(best.encoding, errors="replace"), best.encoding, source)


def _checked(text: str, encoding: str, source: str) -> tuple[str, str]:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\x00" in text:
        raise BadInput(source, "binary content (NUL bytes)")
    controls = sum(1 for ch in text[:20_000] if ord(ch) < 32 and ch not in "\n\t\f\v")
    if controls > max(8, len(text[:20_000]) // 100):
        raise BadInput(source, f"binary content ({controls} control characters)")
    if not text.strip():
        raise BadInput(source, "empty file (only white space)")
    return text, encoding
