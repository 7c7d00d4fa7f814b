"""Czech identifiers of a landlord: IČO (8 digits, mod-11 check digit) and a
bank account number ``[předčíslí-]číslo/kód banky`` (the ČNB's weighted
mod-11 rule for both the prefix and the number). Pure functions: the services
call them and turn a refusal into a message at the field."""
from __future__ import annotations

import re

from ..i18n import _

ICO_WEIGHTS = (8, 7, 6, 5, 4, 3, 2)
PREFIX_WEIGHTS = (10, 5, 8, 4, 2, 1)
NUMBER_WEIGHTS = (6, 3, 7, 9, 10, 5, 8, 4, 2, 1)
_ACCOUNT = re.compile(r"^(?:(\d{1,6})-)?(\d{2,10})/(\d{4})$")


def ico_check_digit(first7: str) -> int:
    rest = sum(int(d) * w for d, w in zip(first7, ICO_WEIGHTS)) % 11
    return {0: 1, 1: 0}.get(rest, 11 - rest)


def normalise_ico(text: str | None) -> str | None:
    """The IČO as 8 digits, None when empty; ValueError with a Czech reason."""
    digits = re.sub(r"\s", "", text or "")
    if not digits:
        return None
    if not digits.isdigit() or len(digits) != 8:
        raise ValueError(_("IČO má 8 číslic (např. 00064581)."))
    if ico_check_digit(digits[:7]) != int(digits[7]):
        raise ValueError(_("IČO nemá správnou kontrolní číslici – opište ho znovu "
                           "z obchodního rejstříku nebo ze smlouvy."))
    return digits


def _weighted_ok(digits: str, weights: tuple[int, ...]) -> bool:
    padded = digits.rjust(len(weights), "0")
    return sum(int(d) * w for d, w in zip(padded, weights)) % 11 == 0


def normalise_account(text: str | None) -> str | None:
    """A Czech account number as ``19-2000145399/0800`` (no leading zeros),
    None when empty; ValueError with a Czech reason."""
    raw = re.sub(r"\s", "", text or "")
    if not raw:
        return None
    m = _ACCOUNT.match(raw)
    if not m:
        raise ValueError(_("Číslo účtu zapište jako předčíslí-číslo/kód banky, "
                           "např. 19-2000145399/0800 nebo 2000145399/0800."))
    prefix, number, bank = m.groups()
    if prefix and not _weighted_ok(prefix, PREFIX_WEIGHTS):
        raise ValueError(_("Předčíslí účtu nemá správný kontrolní součet – zkontrolujte ho."))
    if sum(1 for d in number if d != "0") < 2 or not _weighted_ok(number, NUMBER_WEIGHTS):
        raise ValueError(_("Číslo účtu nemá správný kontrolní součet – zkontrolujte ho."))
    prefix = (prefix or "").lstrip("0")
    return f"{prefix + '-' if prefix else ''}{number.lstrip('0')}/{bank}"
