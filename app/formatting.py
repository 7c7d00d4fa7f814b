"""Czech formats for dates and money, shared by the CLI, the UI and reports."""
from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal, InvalidOperation

from .errors import ValidationError
from .i18n import _, language

NBSP = "\u00a0"


def format_date(value: dt.date | dt.datetime | None) -> str:
    """``d. M. yyyy`` – 3. 1. 2027."""
    if value is None:
        return ""
    return f"{value.day}. {value.month}. {value.year}"


def format_datetime(value: dt.datetime | None) -> str:
    """Stored datetimes are naive UTC; people read local time."""
    if value is None:
        return ""
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.UTC)
    value = value.astimezone()
    return f"{format_date(value)} {value.hour}:{value.minute:02d}"


def month_names(lang: str | None = None) -> list[str]:
    """The twelve month names, stand-alone ("leden" … / "January" …), from the
    locale data of Babel (CLDR), not a table of our own."""
    from babel.dates import get_month_names      # loaded when a month is shown
    names = get_month_names("wide", context="stand-alone", locale=lang or language())
    return [names[m] for m in range(1, 13)]


def format_month(value: dt.date, lang: str | None = None) -> str:
    """"říjen 2026" in Czech, "October 2026" in English."""
    return f"{month_names(lang)[value.month - 1]} {value.year}"


# czech-on-purpose: money in Kč, the project's one money format in both languages
def format_money(hal: int | None, *, nbsp: bool = True) -> str:
    """Haléře as Czech money: 12 345 Kč, 12 345,50 Kč."""
    if hal is None:
        return ""
    sep = NBSP if nbsp else " "
    sign = "−" if hal < 0 else ""
    crowns, cents = divmod(abs(hal), 100)
    groups = f"{crowns:,}".replace(",", sep)
    body = f"{groups},{cents:02d}" if cents else groups
    return f"{sign}{body}{sep}Kč"


def format_area(value) -> str:
    """Floor area with a decimal comma: 48,1 m² (the unit is left to the caller)."""
    if value is None:
        return ""
    text = f"{Decimal(value):.2f}".rstrip("0").rstrip(".")
    return text.replace(".", ",")


_DATE_CZ = re.compile(r"^\s*(\d{1,2})\s*\.\s*(\d{1,2})\s*\.\s*(\d{4})\s*$")
_DATE_ISO = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})\s*$")


def parse_date(text: str, field: str | None = None) -> dt.date:
    m = _DATE_CZ.match(text or "")
    try:
        if m:
            return dt.date(int(m[3]), int(m[2]), int(m[1]))
        m = _DATE_ISO.match(text or "")
        if m:
            return dt.date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        raise ValidationError(_("„{text}“ není platné datum.")
            .format(text=text), field=field) from None
    raise ValidationError(_("Datum „{text}“ zadejte jako den. měsíc. rok, např. 3. 1. 2027.")
        .format(text=text),
                          field=field)


def looks_like_date(text: str) -> bool:
    return bool(_DATE_CZ.match(text or "") or _DATE_ISO.match(text or ""))


# czech-on-purpose: reads Czech money input (“1 200 Kč”)
def parse_money(text: str, field: str | None = None) -> int:
    """'12 345,50 Kč' → 1234550 haléřů."""
    cleaned = (text or "").replace("Kč", "").replace(NBSP, "").replace(" ", "").replace(",", ".")
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        raise ValidationError(_("„{text}“ není částka v Kč.")
            .format(text=text), field=field) from None
    return int((value * 100).to_integral_value())


# czech-on-purpose: the naming of floors in documents (ui/labels.py names them on screen)
def format_floor(floor: int | None) -> str:
    """One naming of floors everywhere (documents, protocols, lists): přízemí,
    1. patro, 2. patro …, suterén (flat.floor: 0 is the ground floor)."""
    if floor is None:
        return ""
    if floor == 0:
        return "přízemí"
    if floor < 0:
        return "suterén" if floor == -1 else f"{-floor}. podzemní podlaží"
    return f"{floor}. patro"


# czech-on-purpose: the naming of floors in documents (ui/labels.py names them on screen)
def floor_location(floor: int | None) -> str:
    """The same in a sentence: v přízemí, v 1. patře, ve 2. patře, v suterénu."""
    if floor is None:
        return ""
    if floor == 0:
        return "v přízemí"
    if floor == -1:
        return "v suterénu"
    if floor < 0:
        return f"v {-floor}. podzemním podlaží"
    prep = "ve" if floor in (2, 3, 4) or 12 <= floor <= 14 else "v"
    return f"{prep} {floor}. patře"
