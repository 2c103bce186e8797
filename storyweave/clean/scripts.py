"""Which writing system a text uses, where the stages need to know: Chinese and Japanese write no
spaces, so words are not counted, names not bounded and quotes not measured as in other scripts."""

from __future__ import annotations

import re

# kana, and the unified Han ideographs (extension A and the main block)
CJK_CHARACTERS = "\u3040-\u30ff\u3400-\u9fff"
CJK = re.compile(f"[{CJK_CHARACTERS}]")


def has_cjk(text: str) -> bool:
    return bool(CJK.search(text))
