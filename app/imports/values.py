"""Cell values as offices type them: names in one column with titles, dates
as text or Excel serial numbers, amounts with "Kč" and spaces, yes/no words
and enumeration labels in Czech. Every parser raises ValueError with a short
Czech reason; the row check puts it next to the row number."""
from __future__ import annotations

import datetime as dt
import enum
import re
from decimal import Decimal, InvalidOperation

from ..czech_text import fold
from ..labels import label
from ..leases.arrears import parse_amount as _amount
from ..i18n import _

_DATE_CZ = re.compile(r"^(\d{1,2})\s*\.\s*(\d{1,2})\s*\.\s*(\d{2}|\d{4})$")
_DATE_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T][\d:.]+)?$")
_EXCEL_EPOCH = dt.date(1899, 12, 30)      # serial 1 = 1. 1. 1900 (with Excel's 1900 leap day)
TITLES = {"bc.", "bca.", "ing.", "ing. arch.", "mgr.", "mga.", "mudr.", "mddr.", "mvdr.",
          "phdr.", "rndr.", "judr.", "paeddr.", "phmr.", "thdr.", "doc.", "prof.", "dis.",
          "ph.d.", "phd.", "csc.", "drsc.", "mba", "ll.m.", "th.d."}
_AFTER = {"ph.d.", "phd.", "csc.", "drsc.", "dis.", "mba", "ll.m.", "th.d."}


def text(value) -> str | None:
    if value is None:
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)       # a phone number or a house number typed as a number
    cleaned = " ".join(str(value).split())
    return cleaned or None


def parse_date(value, *, today: dt.date | None = None) -> dt.date:
    """3.1.1985, 3. 1. 1985, 3.1.85, 1985-01-03, a date cell or an Excel serial."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return _serial(value)
    raw = text(value) or ""
    if raw.isdigit() and 4 <= len(raw) <= 5:
        return _serial(int(raw))
    try:
        if m := _DATE_CZ.match(raw):
            year = int(m[3])
            if len(m[3]) == 2:       # 3.1.85: the century that is not in the future
                now = (today or dt.date.today()).year
                year += 2000 if 2000 + year <= now else 1900
            return dt.date(year, int(m[2]), int(m[1]))
        if m := _DATE_ISO.match(raw):
            return dt.date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        raise ValueError(_("„{raw}“ není platné datum").format(raw=raw)) from None
    raise ValueError(_("„{raw}“ není datum (např. 3. 1. 1985)").format(raw=raw))


def _serial(number: float) -> dt.date:
    if not 1 <= number < 80000:
        raise ValueError(_("„{number}“ není datum").format(number=number))
    return _EXCEL_EPOCH + dt.timedelta(days=int(number))


def parse_amount(value) -> int:
    """'12 345,50 Kč', '12.345,50', 8500 → haléře."""
    try:
        return _amount(value)
    except ValueError:
        raise ValueError(_("„{text}“ není částka v Kč").format(text=text(value))) from None


def parse_int(value) -> int:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if float(value).is_integer():
            return int(value)
    raw = (text(value) or "").replace(" ", "")
    if raw.isdigit():
        return int(raw)
    raise ValueError(_("„{text}“ není celé číslo").format(text=text(value)))


def parse_decimal(value) -> Decimal:
    raw = (text(value) or "").replace(" ", "").replace(",", ".").replace("m²", "")
    raw = raw.replace("m2", "")
    try:
        return Decimal(str(value)) if isinstance(value, (int, float)) else Decimal(raw)
    except InvalidOperation:
        raise ValueError(_("„{text}“ není číslo").format(text=text(value))) from None


_YES = {"ano", "a", "x", "1", "true", "yes", "ano ✓", "✓"}
_NO = {"ne", "n", "0", "false", "no", "-", ""}


def parse_bool(value) -> bool:
    if isinstance(value, bool):
        return value
    raw = fold(text(value) or "")
    if raw in _YES:
        return True
    if raw in _NO:
        return False
    raise ValueError(_("„{text}“ není ano/ne").format(text=text(value)))


def parse_enum(value, cls: type[enum.Enum]):
    """By the Czech label ("sociální") or the stored value ("social")."""
    raw = fold(text(value) or "")
    for member in cls:
        if raw in (fold(label(member)), fold(str(member.value)), fold(member.name)):
            return member
    choices = ", ".join(label(m) for m in cls)
    raise ValueError(_("„{text}“ neznám (možnosti: {choices})")
                     .format(text=text(value), choices=choices))


def split_name(value, *, surname_first: bool = False) -> tuple[str | None, str, str, str | None]:
    """(title before, given name, surname, title after) from one cell:
    'Mgr. Jana Nováková', 'Novák Jan' (surname_first), 'Novák, Jan', 'Jan Novák, Ph.D.'."""
    raw = text(value) or ""
    after = []
    if "," in raw:
        head, _sep, tail = raw.partition(",")
        tail_words = tail.strip()
        if tail_words and all(w.lower() in _AFTER for w in tail_words.split()):
            after.append(tail_words)
            raw = head
        elif tail_words:               # "Novák, Jan": surname first
            raw, surname_first = f"{head.strip()} {tail_words}", True
    words = raw.split()
    before = []
    while words and words[0].lower() in TITLES:
        before.append(words.pop(0))
    while words and words[-1].lower() in _AFTER:
        after.insert(0, words.pop())
    if len(words) < 2:
        raise ValueError(_("„{text}“ není jméno a příjmení").format(text=text(value) or ""))
    if surname_first:
        surname, given = words[0], " ".join(words[1:])
    else:
        given, surname = " ".join(words[:-1]), words[-1]
    return (" ".join(before) or None, given, surname, " ".join(after) or None)


# czech-on-purpose: Czech address notation (č. p.) in a pattern
_ADDRESS = re.compile(
    r"^(?P<street>.*?\D)\s*(?:č\.\s*p\.\s*)?(?P<no>\d+[a-zA-Z]?(?:\s*/\s*\d+[a-zA-Z]?)?)"
    r"\s*(?:,\s*(?:(?P<psc>\d{3}\s?\d{2})\s*)?(?P<city>[^\d,][^,]*?)?)?\s*$")


def split_address(value) -> dict[str, str | None]:
    """'Lipová 12/3, 541 01 Trutnov' → street, house_number, postcode, city; a text
    that does not look like that stays whole in the street."""
    raw = text(value) or ""
    m = _ADDRESS.match(raw)
    if not m:
        return {"street": raw or None, "house_number": None, "postcode": None, "city": None}
    psc = m["psc"]
    return {"street": m["street"].strip(" ,") or None,
            "house_number": m["no"].replace(" ", ""),
            "postcode": f"{psc.replace(' ', '')[:3]} {psc.replace(' ', '')[3:]}" if psc else None,
            "city": (m["city"] or "").strip() or None}
