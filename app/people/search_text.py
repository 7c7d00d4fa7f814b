"""A person search's text as tokens and bind values (``people.search``).

No SQLAlchemy here: ``kmb list persons`` on a database file runs the search's
statement through the bare driver (app/cli/fast_persons.py) with these values."""
from __future__ import annotations

import datetime as dt
import re

from ..czech_text import fold
from ..formatting import looks_like_date, parse_date

_RC = re.compile(r"^\d{6}/?\d{0,4}$")
_YEAR = re.compile(r"^(19|20)\d{2}$")
_HIGH = "\uffff"

_SPACED_DATE = re.compile(r"\b(\d{1,2})\.\s*(\d{1,2})\.\s*(\d{4})\b")


def _tokens(text: str) -> tuple[list[tuple[str, object, object]], list[str]]:
    """(kind, low, high) of the non-name tokens, and the folded name tokens."""
    conds, names = [], []
    # "3. 1. 1985" is how Czech dates are written: keep it one token
    text = _SPACED_DATE.sub(lambda m: f"{m[1]}.{m[2]}.{m[3]}", text or "")
    for raw in text.split():
        if _RC.match(raw):
            digits = raw.replace("/", "")
            conds.append(("rc", digits, digits + _HIGH))
        elif looks_like_date(raw):
            day = parse_date(raw)
            conds.append(("date", day, day))
        elif _YEAR.match(raw):
            year = int(raw)
            conds.append(("year", dt.date(year, 1, 1), dt.date(year, 12, 31)))
        else:
            token = fold(raw).strip(".,;")
            if token:
                names.append(token)
    return conds, names


def _driver_first(names: list[str]) -> list[str]:
    """The names with the most selective (longest) token first: it leads."""
    driver = max(names, key=len)
    rest = list(names)
    rest.remove(driver)
    return [driver, *rest]


def _values(conds: list, names: list[str]) -> dict:
    values = {}
    for i, (_kind, low, high) in enumerate(conds):
        values[f"c{i}"], values[f"c{i}_end"] = low, high
    for i, token in enumerate(_driver_first(names) if names else ()):
        values[f"n{i}"], values[f"n{i}_end"] = token, token + _HIGH
    return values
