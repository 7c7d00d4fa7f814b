"""``folded(expr)``: app.czech_text.fold in SQL, for searches that filter in the
statement (the Smlouvy list) and must match what Python's fold matched.

SQLite's lower() knows only ASCII, so on SQLite the statement calls our own
``kmb_fold`` (registered on every connection by app/db.py: the same Python
function). PostgreSQL cannot call Python: there one translate() maps every
Latin letter with a diacritic (Czech, Slovak, Polish, Hungarian, Vietnamese …)
to what fold makes of it, replace() handles the few that fold to two letters
(ß → ss), and lower() the rest.
"""
from __future__ import annotations

import unicodedata

from sqlalchemy import String
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.functions import FunctionElement

from .czech_text import fold

# Latin-1 Supplement, Latin Extended-A and -B, Latin Extended Additional
_RANGES = ((0x00C0, 0x0250), (0x1E00, 0x1F00))


def _table() -> tuple[str, str, list[tuple[str, str]]]:
    src, dst, pairs = [], [], []
    for lo, hi in _RANGES:
        for code in range(lo, hi):
            ch = chr(code)
            if not unicodedata.category(ch).startswith("L"):
                continue
            f = fold(ch)
            if f == ch or not f:
                continue
            if len(f) == 1:
                src.append(ch)
                dst.append(f)
            else:
                pairs.append((ch, f))
    return "".join(src), "".join(dst), pairs


FROM, TO, PAIRS = _table()


class folded(FunctionElement):      # noqa: N801 – reads as a SQL function
    type = String()
    inherit_cache = True
    name = "kmb_fold"


@compiles(folded)
def _folded_sqlite(element, compiler, **kw):
    return f"kmb_fold({compiler.process(element.clauses, **kw)})"


@compiles(folded, "postgresql")
def _folded_pg(element, compiler, **kw):
    expr = compiler.process(element.clauses, **kw)
    for ch, f in PAIRS:
        expr = f"replace({expr}, '{ch}', '{f}')"
    return f"lower(translate({expr}, '{FROM}', '{TO}'))"


def fold_or_none(text):
    """kmb_fold on SQLite: NULL stays NULL, as lower() keeps it."""
    return None if text is None else fold(text)
