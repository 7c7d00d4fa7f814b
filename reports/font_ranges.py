"""The Unicode ranges kept in the printed documents' fonts (resources/fonts/
KMBSans*.ttf, cut by tools/subset-fonts); a test checks that every Czech
letter and every symbol the documents print is among them."""
from __future__ import annotations

RANGES: list[tuple[int, int]] = [
    (0x0020, 0x007E),   # Basic Latin
    (0x00A0, 0x024F),   # Latin-1, Latin Extended-A (ě š č ř ž ů ť ď ň) and -B
    (0x02B0, 0x036F),   # spacing modifiers (ˇ ˘ ˝) and combining accents
    (0x0370, 0x052F),   # Greek, Cyrillic (names of foreign clients)
    (0x1E00, 0x1EFF),   # Latin Extended Additional (Vietnamese names)
    (0x2000, 0x206F),   # general punctuation („ “ – — … ‰)
    (0x20A0, 0x20CF),   # currency (€)
    (0x2100, 0x22FF),   # letterlike (№ ™), number forms, arrows (→), maths (− ≤ ≥ ≈)
    (0x2500, 0x27BF),   # box drawing, shapes, symbols (⚠ ☐), dingbats (✓ ✗)
]


def covered(char: str) -> bool:
    code = ord(char)
    return any(lo <= code <= hi for lo, hi in RANGES)
