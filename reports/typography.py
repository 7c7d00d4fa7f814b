"""Czech typography for printed text: non-breaking spaces where Czech rules
forbid a line break (ČSN 01 6910): after a one-letter preposition or
conjunction (v, k, s, z, o, u, a, i), inside dates (1. 7. 2026), amounts
(12 345 Kč), phone numbers (+420 499 803 111), "§ 2254", "č. 12", "odst. 2"."""
from __future__ import annotations

import re

NBSP = "\u00a0"

_ONE_LETTER = re.compile(r"(?<![\w.])([AaIiKkOoSsUuVvZz]) +(?=\S)")
_DATE = re.compile(r"\b(\d{1,2})\. +(\d{1,2})\. +(\d{4})\b")
_DATE_SHORT = re.compile(r"\b(\d{1,2})\. +(\d{1,2})\.(?=\s)")
_DIGIT_GROUP = re.compile(r"(\d) (?=\d{3}(?!\d))")
_UNIT = re.compile(r"(\d) +(Kč|m²|m2|%|Sb\.|let|dní|dnů|měsíců|měsíce|osob)")
_ABBREV = re.compile(r"(§|č\.|odst\.|písm\.|nar\.|tel\.|st\. p\.|p\. č\.) +(?=\S)")
_PHONE = re.compile(r"(\+\d{3}) +(?=\d)")


def czech_nbsp(text: str) -> str:
    """``text`` with the non-breaking spaces Czech typesetting requires (works
    on plain text and on ReportLab mini-markup: tags hold no such spaces)."""
    if not text:
        return text
    out = _DATE.sub(lambda m: f"{m[1]}.{NBSP}{m[2]}.{NBSP}{m[3]}", text)
    out = _DATE_SHORT.sub(lambda m: f"{m[1]}.{NBSP}{m[2]}.", out)
    out = _PHONE.sub(lambda m: m[1] + NBSP, out)
    # digit groups: repeat, the groups overlap (1 234 567)
    prev = None
    while prev != out:
        prev, out = out, _DIGIT_GROUP.sub(lambda m: m[1] + NBSP, out)
    out = _UNIT.sub(lambda m: f"{m[1]}{NBSP}{m[2]}", out)
    out = _ABBREV.sub(lambda m: m[1] + NBSP, out)
    # twice: "a v domě" has two one-letter words in a row
    for _ in range(2):
        out = _ONE_LETTER.sub(lambda m: m[1] + NBSP, out)
    return out
