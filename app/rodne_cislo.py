"""Rodné číslo (Czech birth number): the one place that validates it.

Rules (zákon 133/2000 Sb. §13 and its history):
- YYMMDD/XXXX (10 digits) since 1954, the whole number divisible by 11;
  numbers issued until 1985 may have remainder 10 of the first nine digits
  with check digit 0;
- YYMMDD/XXX (9 digits) only for people born before 1954, without check digit;
- women: month + 50; since 2004 the month may also carry + 20 (men) or
  + 70 (women) when a day's numbers run out.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from .errors import ValidationError
from .i18n import _

_SHAPE = re.compile(r"^\s*(\d{6})\s*/?\s*(\d{3,4})\s*$")


@dataclass(frozen=True)
class BirthNumber:
    digits: str          # normalised, no slash
    birth_date: dt.date
    female: bool

    @property
    def formatted(self) -> str:
        return f"{self.digits[:6]}/{self.digits[6:]}"


def parse(text: str, *, today: dt.date | None = None) -> BirthNumber:
    """Validate ``text``; raise ValidationError with a Czech reason."""
    m = _SHAPE.match(text or "")
    if not m:
        raise ValidationError(
            _("Rodné číslo má tvar RRMMDD/XXXX (9 nebo 10 číslic)."), field="birth_number")
    head, tail = m.groups()
    digits = head + tail
    yy, mm, dd = int(head[:2]), int(head[2:4]), int(head[4:6])

    if len(digits) == 9:
        if yy >= 54:
            raise ValidationError(
                _("Devítimístné rodné číslo mají jen lidé narození před rokem 1954."),
                field="birth_number")
        year = 1900 + yy
    else:
        year = 1900 + yy if yy >= 54 else 2000 + yy
        _check_mod11(digits, year)

    female = False
    if mm > 70:
        female, mm, extended = True, mm - 70, True
    elif mm > 50:
        female, mm, extended = True, mm - 50, False
    elif mm > 20:
        mm, extended = mm - 20, True
    else:
        extended = False
    if extended and year < 2004:
        raise ValidationError(
            _("Měsíc zvýšený o 20 nebo 70 se používá až od roku 2004."), field="birth_number")
    try:
        born = dt.date(year, mm, dd)
    except ValueError:
        raise ValidationError(_("Rodné číslo neobsahuje platné datum narození."),
                              field="birth_number") from None
    if born > (today or dt.date.today()):
        raise ValidationError(_("Datum narození v rodném čísle je v budoucnosti."),
                              field="birth_number")
    return BirthNumber(digits, born, female)


def _check_mod11(digits: str, year: int) -> None:
    if int(digits) % 11 == 0:
        return
    # Until 1985 a remainder of 10 was written as check digit 0.
    if year < 1986 and int(digits[:9]) % 11 == 10 and digits[9] == "0":
        return
    raise ValidationError(
        _("Rodné číslo nemá správnou kontrolní číslici (není dělitelné 11) – zkontrolujte překlep."),
        field="birth_number")


def is_valid(text: str) -> bool:
    try:
        parse(text)
        return True
    except ValidationError:
        return False


def make(born: dt.date, female: bool, serial: int, *, extended: bool = False) -> str:
    """Build a valid 10-digit number (for demo data and tests only).

    ``serial`` is the 3-digit order within the day; the check digit is
    computed. Raises ValueError when the serial gives remainder 10 (callers
    try the next serial)."""
    if born.year < 1954:
        raise ValueError("use a 9-digit number before 1954")
    month = born.month + (50 if female else 0) + (20 if extended else 0)
    head = f"{born.year % 100:02d}{month:02d}{born.day:02d}{serial:03d}"
    check = int(head) % 11
    if check == 10:
        raise ValueError("remainder 10")
    # the number must be divisible by 11: choose the check digit accordingly
    for d in range(10):
        if int(head + str(d)) % 11 == 0:
            return head + str(d)
    raise ValueError("no check digit")  # pragma: no cover
