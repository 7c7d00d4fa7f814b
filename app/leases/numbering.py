"""Document numbers from a town-configurable pattern, e.g. ``NS/{year}/{n:04d}``.

Placeholders: ``{year}`` (the year the number is given), ``{n}`` (the running
number within that year, any format spec such as ``{n:04d}``) and
``{series}`` (this installation's series code).

The next number is the highest number already given under the pattern in that
year, plus one: there is no counter row, so nothing to merge between
installations. Two installations that number offline (the office PC and a
field laptop) would both give the same next number; an office that numbers on
more than one installation gives each its own series code (setting
``leases.series.<installation id>``) and puts ``{series}`` in the pattern,
e.g. ``NS/{year}/{series}{n:04d}`` → ``NS/2026/T0042`` and ``NS/2026/N0007``.
Numbers of tombstoned rows count too, so a number is never given twice.
"""
from __future__ import annotations

import re
import string

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..errors import ValidationError

ALLOWED = {"year", "n", "series"}


def _parts(pattern: str, field: str):
    try:
        return list(string.Formatter().parse(pattern))
    except ValueError:
        raise ValidationError("Vzor čísla má neuzavřenou složenou závorku.", field=field) from None


def validate_pattern(pattern: str, field: str = "number_pattern") -> str:
    pattern = (pattern or "").strip()
    if not pattern:
        raise ValidationError("Vyplňte vzor čísla, např. NS/{year}/{n:04d}.", field=field)
    names = [name for _, name, _, _ in _parts(pattern, field) if name is not None]
    unknown = sorted({n for n in names if n not in ALLOWED})
    if unknown:
        raise ValidationError(
            f"Neznámý zástupný symbol {{{unknown[0]}}}; "
            "povolené jsou {year}, {n} a {series}.",
            field=field)
    if names.count("n") != 1:
        raise ValidationError("Vzor musí obsahovat pořadové číslo {n} právě jednou, "
                              "např. NS/{year}/{n:04d}.", field=field)
    try:
        format_number(pattern, 2026, 1, "A")
    except (ValueError, TypeError):
        raise ValidationError("Vzor čísla nelze použít (zkontrolujte formát, např. {n:04d}).",
                              field=field) from None
    if len(format_number(pattern, 2026, 9999, "ABCD")) > 40:
        raise ValidationError("Číslo podle vzoru by bylo delší než 40 znaků.", field=field)
    return pattern


def format_number(pattern: str, year: int, n: int, series: str = "") -> str:
    return pattern.format(year=year, n=n, series=series)


def _regex(pattern: str, year: int, series: str) -> tuple[re.Pattern, str]:
    """A regex matching numbers of ``year`` and ``series``, and the literal
    text before ``{n}`` (for a LIKE prefix)."""
    out, prefix, seen_n = [], [], False
    for literal, name, spec, conv in string.Formatter().parse(pattern):
        out.append(re.escape(literal))
        if not seen_n:
            prefix.append(literal)
        if name is None:
            continue
        if name == "n":
            out.append(r"(?P<n>\d+)")
            seen_n = True
            continue
        text = format(year if name == "year" else series, spec or "")
        out.append(re.escape(text))
        if not seen_n:
            prefix.append(text)
    return re.compile("".join(out) + r"\Z"), "".join(prefix)


def next_number(session: Session, column, pattern: str, year: int, series: str = "") -> str:
    """The next free number under ``pattern`` for ``year`` (``column`` is the
    mapped column holding the numbers, e.g. ``Lease.number``)."""
    regex, prefix = _regex(pattern, year, series)
    like = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    highest = 0
    for value in session.scalars(select(column).where(column.like(like, escape="\\"))):
        m = regex.match(value or "")
        if m:
            highest = max(highest, int(m["n"]))
    return format_number(pattern, year, highest + 1, series)
