"""Reading ČÚZK's open address export: one CSV per municipality (windows-1250,
``;``, a header with exactly the columns below), alone or in the zip ČÚZK
publishes. Plain parsing, no database: a bad file is refused with its name and
row number before anything is stored."""
# czech-on-purpose: the columns and number kinds of ČÚZK's RÚIAN address file (a Czech data format)
from __future__ import annotations

import csv
import datetime as dt
import io
import zipfile
from collections.abc import Iterator
from pathlib import Path

from ..czech_text import fold
from ..errors import ValidationError
from ..i18n import _

COLUMNS = ("Kód ADM", "Kód obce", "Název obce", "Kód MOMC", "Název MOMC", "Kód obvodu Prahy",
           "Název obvodu Prahy", "Kód části obce", "Název části obce", "Kód ulice",
           "Název ulice", "Typ SO", "Číslo domovní", "Číslo orientační",
           "Znak čísla orientačního", "PSČ", "Souřadnice Y", "Souřadnice X", "Platí Od")
ENCODING = "cp1250"
BUILDING_KINDS = ("č.p.", "č.ev.")


def sources(path: str | Path) -> list[tuple[str, bytes]]:
    """(name, bytes) of each CSV in ``path``: a single CSV or a zip of them."""
    path = Path(path)
    if not path.is_file():
        raise ValidationError(_("Soubor {path} neexistuje.").format(path=path), field="path")
    data = path.read_bytes()
    if not zipfile.is_zipfile(io.BytesIO(data)):
        return [(path.name, data)]
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            names = sorted(n for n in zf.namelist() if n.lower().endswith(".csv"))
            if not names:
                raise ValidationError(_("V archivu {name} není žádný soubor CSV.").format(name=path.name),
                                      field="path")
            return [(Path(n).name, zf.read(n)) for n in names]
    except (zipfile.BadZipFile, RuntimeError) as exc:   # damaged or encrypted member
        raise ValidationError(_("Archiv {name} nelze přečíst ({exc}).").format(name=path.name, exc=exc), field="path") from exc


def _int(value: str, name: str, row: int, column: str, required: bool = True) -> int | None:
    value = value.strip()
    if not value:
        if required:
            raise ValidationError(_("{name}, řádek {row}: chybí hodnota ve sloupci „{column}“.").format(name=name, row=row, column=column))
        return None
    try:
        return int(value)
    except ValueError:
        raise ValidationError(_("{name}, řádek {row}: ve sloupci „{column}“ má být číslo, je tam "
                                "„{value}“.").format(name=name, row=row, column=column, value=value)) from None


def _float(value: str) -> float | None:
    value = value.strip().replace(",", ".")
    try:
        return float(value) if value else None
    except ValueError:
        return None          # coordinates are not used; a bad one is not worth a refusal


def _date(value: str) -> dt.date | None:
    value = value.strip()[:10]
    try:
        return dt.date.fromisoformat(value) if value else None
    except ValueError:
        return None


def street_label(street: str | None, town_part: str) -> str:
    """What the street field holds: the street, or the town part in villages
    without streets (as Czech addresses are written)."""
    return street or town_part


def house_number(kind: str, house_no: int, orientation_no: int | None,
                 sign: str | None) -> str:
    """"512/12a" (č. p./č. o.), "512", or "ev. 7" for a registration number."""
    text = f"ev. {house_no}" if kind == "č.ev." else str(house_no)
    if orientation_no:
        text += f"/{orientation_no}{sign or ''}"
    return text


def rows(name: str, data: bytes) -> Iterator[dict]:
    """The address points of one CSV as column dicts of models.RuianAddress."""
    if not data.isascii():
        try:
            data.decode("utf-8")
        except UnicodeDecodeError:
            pass             # not UTF-8: what windows-1250 text with diacritics looks like
        else:            # UTF-8 (a re-saved file) would decode into wrong letters: Ăˇ for á
            raise ValidationError(_("{name} je v kódování UTF-8, výpis ČÚZK je ve windows-1250. "
                                    "Použijte původní soubor ČÚZK, neupravujte ho.").format(name=name))
    try:
        text = data.decode(ENCODING)
    except UnicodeDecodeError as exc:
        line = data[:exc.start].count(b"\n") + 1
        raise ValidationError(_("{name} není v kódování windows-1250, jak ho vydává ČÚZK (řádek "
                                "{line}). Stáhněte soubor znovu, neupravujte ho.").format(name=name, line=line)) from None
    reader = csv.reader(io.StringIO(text.lstrip("\ufeff")), delimiter=";")
    header = next(reader, None)
    if header is None:
        raise ValidationError(_("{name} je prázdný.").format(name=name))
    header = [h.strip() for h in header]
    if tuple(header) != COLUMNS:
        missing = [c for c in COLUMNS if c not in header]
        what = (_("chybí sloupce {columns}").format(columns=", ".join(missing)) if missing
                else _("sloupce nejsou v pořadí ČÚZK"))
        raise ValidationError(_("{name} není výpis adresních míst RÚIAN: {what}.").format(name=name, what=what))
    for n, rec in enumerate(reader, start=2):
        if not any(v.strip() for v in rec):
            continue
        if len(rec) != len(COLUMNS):
            raise ValidationError(_("{name}, řádek {n}: {len} hodnot místo {len2}.").format(name=name, n=n, len=len(rec), len2=len(COLUMNS)))
        v = dict(zip(COLUMNS, rec))
        kind = v["Typ SO"].strip()
        if kind not in BUILDING_KINDS:
            raise ValidationError(_("{name}, řádek {n}: neznámý typ stavebního objektu „{kind}“ "
                                    "(má být č.p. nebo č.ev.).").format(name=name, n=n, kind=kind))
        town_part = v["Název části obce"].strip()
        street = v["Název ulice"].strip() or None
        postcode = v["PSČ"].strip()
        if not (len(postcode) == 5 and postcode.isdigit()):
            raise ValidationError(_("{name}, řádek {n}: PSČ „{postcode}“ nemá pět číslic.").format(name=name, n=n, postcode=postcode))
        label = street_label(street, town_part)
        yield dict(
            code=_int(v["Kód ADM"], name, n, "Kód ADM"),
            municipality_code=_int(v["Kód obce"], name, n, "Kód obce"),
            municipality=v["Název obce"].strip(),
            momc_code=_int(v["Kód MOMC"], name, n, "Kód MOMC", False),
            momc=v["Název MOMC"].strip() or None,
            prague_district_code=_int(v["Kód obvodu Prahy"], name, n, "Kód obvodu Prahy", False),
            prague_district=v["Název obvodu Prahy"].strip() or None,
            town_part_code=_int(v["Kód části obce"], name, n, "Kód části obce"),
            town_part=town_part,
            street_code=_int(v["Kód ulice"], name, n, "Kód ulice", False),
            street=street, building_kind=kind,
            house_no=_int(v["Číslo domovní"], name, n, "Číslo domovní"),
            orientation_no=_int(v["Číslo orientační"], name, n, "Číslo orientační", False),
            orientation_sign=v["Znak čísla orientačního"].strip() or None,
            postcode=postcode, y=_float(v["Souřadnice Y"]), x=_float(v["Souřadnice X"]),
            valid_from=_date(v["Platí Od"]),
            street_label=label, street_search=fold(label)[:150])
