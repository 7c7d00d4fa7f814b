"""Which column holds which field: guessed from the header, confirmed by the
person, remembered per file shape (the same header next month maps itself)."""
from __future__ import annotations

import hashlib
import json
from pathlib import Path

from sqlalchemy.orm import Session

from .. import settings
from ..czech_text import fold
from ..errors import ValidationError
from .fields import Kind
from ..i18n import _

SETTING_PREFIX = "import.mapping."


def signature(kind: Kind, headers: list[str]) -> str:
    """The file shape: kind and the folded column names, in order."""
    text = kind.key + "|" + "|".join(fold(h) for h in headers)
    return hashlib.sha256(text.encode()).hexdigest()[:24]


def setting_key(kind: Kind, headers: list[str]) -> str:
    return SETTING_PREFIX + signature(kind, headers)


def remembered(session: Session, kind: Kind, headers: list[str]) -> dict[str, str] | None:
    value = settings.get(session, setting_key(kind, headers))
    return dict(value) if isinstance(value, dict) else None


def remember(session: Session, actor, kind: Kind, headers: list[str],
             mapping: dict[str, str | None]) -> None:
    settings.put(session, actor, setting_key(kind, headers),
                 {k: v for k, v in mapping.items() if v})


def guess(kind: Kind, headers: list[str]) -> dict[str, str | None]:
    """Exact column names first, then the usual other names; a column goes to
    one field only."""
    by_fold: dict[str, str] = {}
    for h in headers:
        if h and fold(h) not in by_fold:
            by_fold[fold(h)] = h
    out: dict[str, str | None] = {f.key: None for f in kind.fields}
    taken: set[str] = set()
    for names in (lambda f: (fold(f.label),), lambda f: f.guesses):
        for f in kind.fields:
            if out[f.key]:
                continue
            hit = next((by_fold[n] for n in names(f) if n in by_fold
                        and by_fold[n] not in taken), None)
            if hit:
                out[f.key] = hit
                taken.add(hit)
    _prefer_one_name_column(out)
    return out


def _prefer_one_name_column(out: dict[str, str | None]) -> None:
    """Separate Jméno and Příjmení columns beat a guessed combined one."""
    if out.get("given_name") and out.get("surname"):
        out["full_name"] = out["full_name_reversed"] = None


def load_mapping(path: str | Path) -> dict[str, str | None]:
    """A mapping file for the CLI: {"field": "column name", …} (JSON)."""
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except OSError as exc:
        raise ValidationError(_("Soubor s mapováním {name} nelze číst: {strerror}.").format(name=path.name, strerror=exc.strerror),
                              field="map") from None
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise ValidationError(_("Soubor s mapováním {name} není platný JSON (např. {{\"full_name\": "
                                "\"Jméno a příjmení\"}}).").format(name=path.name), field="map") from None
    if not isinstance(data, dict) or not all(isinstance(v, (str, type(None)))
                                             for v in data.values()):
        raise ValidationError(_("Soubor s mapováním {name} musí být objekt „pole: název sloupce“.").format(name=path.name), field="map")
    return data


def check(kind: Kind, headers: list[str], mapping: dict[str, str | None]) -> dict[str, int]:
    """The column index of each mapped field; refuses unknown fields, missing
    columns, a column mapped twice and a missing required field."""
    labels = {f.key: _(f.label) for f in kind.fields}      # in the person's language
    errors: dict[str, str] = {}
    index: dict[str, int] = {}
    used: dict[str, str] = {}
    positions = {h: i for i, h in reversed(list(enumerate(headers))) if h}
    for key, column in mapping.items():
        if not column:
            continue
        if key not in labels:
            errors[key] = _("Pole „{key}“ import {lower} nezná.").format(key=key, lower=_(kind.label).lower())
        elif column not in positions:
            errors[key] = _("Sloupec „{column}“ v souboru není.").format(column=column)
        elif column in used:
            errors[key] = (_("Sloupec „{column}“ je přiřazen dvakrát (k polím „{v3}“ a „{v5}“); "
                             "každý sloupec může plnit jen jedno pole.").format(column=column, v3=labels[used[column]], v5=labels[key]))
        else:
            used[column] = key
            index[key] = positions[column]
    for group in kind.required:
        if not any(k in index for k in group):
            names = _(" nebo ").join(f"„{labels[k]}“" for k in group)
            errors["map_" + group[0]] = _("Přiřaďte sloupec pro pole {names}.").format(names=names)
    if "given_name" in index and "surname" not in index and not (
            {"full_name", "full_name_reversed"} & index.keys()):
        errors["surname"] = _("Ke sloupci se jménem přiřaďte i sloupec s příjmením.")
    if errors:
        raise ValidationError.from_errors(errors)
    return index
