"""argparse's own strings (usage:, options:, its error messages) in Czech.

argparse looks its strings up through the module-level ``_`` / ``ngettext`` it
imported from gettext; ``install("cs")`` points them to this table, any other
language back to gettext (English, argparse's source language). Keys are the
exact msgids of Python 3.11–3.13's argparse.
"""
# czech-on-purpose: argparse's own strings in Czech, installed only when the language is Czech
from __future__ import annotations

import argparse
import gettext

CS = {
    "usage: ": "použití: ",
    "options": "volby",
    "positional arguments": "argumenty",
    "show this help message and exit": "vypsat tuto nápovědu a skončit",
    "%(prog)s: error: %(message)s\n": "%(prog)s: chyba: %(message)s\n",
    "argument %(argument_name)s: %(message)s": "argument %(argument_name)s: %(message)s",
    "the following arguments are required: %s": "chybí povinné argumenty: %s",
    "unrecognized arguments: %s": "neznámé argumenty: %s",
    "invalid choice: %(value)r (choose from %(choices)s)":
        "neplatná volba: %(value)r (vyberte z %(choices)s)",
    "invalid %(type)s value: %(value)r": "neplatná hodnota (%(type)s): %(value)r",
    "expected one argument": "volba potřebuje hodnotu",
    "expected at least one argument": "volba potřebuje aspoň jednu hodnotu",
    "expected at most one argument": "volba má nejvýš jednu hodnotu",
    "ambiguous option: %(option)s could match %(matches)s":
        "nejednoznačná volba: %(option)s může znamenat %(matches)s",
    "not allowed with argument %s": "nelze spolu s argumentem %s",
    "one of the arguments %s is required": "je potřeba jeden z argumentů %s",
    "ignored explicit argument %r": "hodnota %r se u této volby nezadává",
    "unknown parser %(parser_name)r (choices: %(choices)s)":
        "neznámý příkaz %(parser_name)r (možnosti: %(choices)s)",
    "can't open '%(filename)s': %(error)s": "nelze otevřít „%(filename)s“: %(error)s",
    "unexpected option string: %s": "nečekaná volba: %s",
}
# ngettext: (singular msgid) → (one, two to four, five and more)
CS_PLURAL = {
    "expected %s argument": ("volba potřebuje %s hodnotu", "volba potřebuje %s hodnoty",
                             "volba potřebuje %s hodnot"),
    "ambiguous option: %(option)s could match %(matches)s":
        ("nejednoznačná volba: %(option)s může znamenat %(matches)s",) * 3,
}


def _cs(message: str) -> str:
    return CS.get(message, message)


def _cs_plural(singular: str, plural: str, n: int) -> str:
    forms = CS_PLURAL.get(singular)
    if forms is None:
        return gettext.ngettext(singular, plural, n)
    return forms[0] if n == 1 else forms[1] if 2 <= n <= 4 else forms[2]


def install(lang: str) -> None:
    if lang == "cs":
        argparse._, argparse.ngettext = _cs, _cs_plural
    else:
        argparse._, argparse.ngettext = gettext.gettext, gettext.ngettext
