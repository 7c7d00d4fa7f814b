"""Czech text helpers: diacritics-free folding for search and a collation key
that orders like a Czech phone book (Č after C, CH after H, Ř after R …).

Kept in Python so that the key can be stored in an indexed column and any
database (SQLite without ICU, PostgreSQL) orders by it with plain binary
comparison.
"""
# czech-on-purpose: Czech grammar (declension, sex-specific forms)
from __future__ import annotations

import unicodedata

# Letters in Czech alphabetical order. Letters on one line share a primary
# weight and differ only at the secondary level (accent): a < á, e < é < ě.
_ALPHABET = [
    "aá", "b", "c", "č", "dď", "eéě", "f", "g", "h", "ch", "ií", "j", "k", "l",
    "m", "nň", "oó", "p", "q", "r", "ř", "s", "š", "tť", "uúů", "v", "w", "x",
    "yý", "z", "ž",
]
_PRIMARY: dict[str, tuple[int, int]] = {}
for _p, _group in enumerate(_ALPHABET, start=20):
    if _group == "ch":
        _PRIMARY["ch"] = (_p, 0)
        continue
    for _s, _ch in enumerate(_group):
        _PRIMARY[_ch] = (_p, _s)
_DIGIT_BASE = 5  # digits sort before letters
# ligatures written as their letters (a name typed with the U+FB01 "fi" ligature is filed under "fi")
LIGATURES = str.maketrans({c: unicodedata.normalize("NFKC", c) for c in map(chr, (
    *range(0xFB00, 0xFB07), 0x132, 0x133, *range(0x1C4, 0x1CD)))})


def fold(text: str | None) -> str:
    """Lower-case, without diacritics, single spaces: "Šťastný " → "stastny"."""
    if not text:
        return ""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(stripped.split())


def _weights(ch: str) -> tuple[int, int]:
    if ch in _PRIMARY:
        return _PRIMARY[ch]
    if ch.isdigit():
        return (_DIGIT_BASE, int(ch) if ch in "0123456789" else 0)
    if ch.isspace() or not ch.isalnum():
        return (1, 0)                       # separators sort first
    base = fold(ch)
    if base and base[0] in _PRIMARY:        # foreign letters: ä → a (accented)
        return (_PRIMARY[base[0]][0], 9)
    return (200 + (ord(ch) % 50000), 0)     # anything else after the alphabet


def sort_key(text: str | None) -> str:
    """A string whose binary order is Czech collation order of ``text``.

    Three levels as in ICU: letters (CH is one letter after H), then accents
    (a before á), then case (lower before upper).
    """
    if not text:
        return ""
    text = unicodedata.normalize("NFC", " ".join(text.split())).translate(LIGATURES)
    lower = text.lower()
    if len(lower) == len(text):
        cased = text
    else:
        # a letter whose lower case is longer ("İ" → "i" + a combining dot): each
        # letter lowered alone, its case kept, marks the lowering adds dropped
        pairs = [(low, ch) for ch in text for low in ch.lower()
                 if not (unicodedata.combining(low) and low != ch)]
        lower, cased = "".join(p for p, _ in pairs), "".join(c for _, c in pairs)
    primary, secondary, tertiary = [], [], []
    i = 0
    while i < len(lower):
        if lower[i] == "c" and i + 1 < len(lower) and lower[i + 1] == "h":
            p, s = _PRIMARY["ch"]
            upper = cased[i].isupper()
            i += 2
        else:
            p, s = _weights(lower[i])
            upper = cased[i].isupper()
            i += 1
        primary.append(chr(0x20 + p))
        secondary.append(chr(0x21 + s))
        tertiary.append("\x22" if upper else "\x21")
    return "".join(primary) + "\x01" + "".join(secondary) + "\x01" + "".join(tertiary)


def person_sort_key(surname: str, given_name: str) -> str:
    return sort_key(f"{surname} {given_name}")


def points_change(delta: float) -> str:
    """A change of a share in percentage points, "−8 p. b." (procentní body,
    not "b. b."), with a real minus sign."""
    return f"{delta:+.0f}\u00a0p.\u00a0b.".replace("-", "−")
