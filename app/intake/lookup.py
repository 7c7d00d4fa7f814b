"""The intake's person lookup: app.people.search, plus a birth date typed
the Czech way with spaces ("novák 3. 1. 1985"), which the plain search splits
into three words."""
from __future__ import annotations

import re

from ..db import Database
from ..errors import ValidationError
from ..people.search import PersonRow, search_persons
from ..security import Actor

_SPACED_DATE = re.compile(r"\b(\d{1,2})\s*\.\s*(\d{1,2})\s*\.\s*(\d{4})\b")


def normalise(text: str) -> str:
    """"novák 3. 1. 1985" → "novák 3.1.1985" (one token the search reads as a date)."""
    return _SPACED_DATE.sub(lambda m: f"{m[1]}.{m[2]}.{m[3]}", text or "")


def find_persons(db: Database, actor: Actor, text: str, limit: int = 50) -> list[PersonRow]:
    try:
        return search_persons(db, actor, normalise(text), limit=limit)
    except ValidationError:     # an impossible date (31. 2. 1985) is nobody's birthday
        return []
