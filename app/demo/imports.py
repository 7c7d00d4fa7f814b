"""A list to try the import with (issue 17.1): the property department's own
waiting list as a town keeps it in Excel — a title row, a merged group row,
names in one column with titles, dates typed three ways and as date cells,
amounts with "Kč", an empty row, notes under the table and a few mistakes.
Written beside the demo database (``ukázky/``); Nastavení → Import a export
reads it. Only generated names."""
from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from .. import rodne_cislo
from .names import FEMALE_GIVEN, MALE_GIVEN, SURNAMES, TOWN

SAMPLE_NAME = "pořadník-odbor-majetku.xlsx"
HEADER = ["Poř. č.", "Jméno a příjmení", "Datum narození", "Rodné číslo", "Adresa",
          "Telefon", "Počet osob", "Datum podání", "Příjem domácnosti", "Poznámka"]


def _birth_number(rng: random.Random, born: dt.date, female: bool) -> str | None:
    if born.year < 1954:
        return None
    for serial in range(rng.randrange(1, 900), 1000):
        try:
            return rodne_cislo.make(born, female, serial)
        except ValueError:
            continue
    return None


def _row(rng: random.Random, n: int, today: dt.date) -> list:
    female = rng.random() < 0.6
    given = rng.choice(FEMALE_GIVEN if female else MALE_GIVEN)
    surname = rng.choice(SURNAMES)[1 if female else 0]
    born = dt.date(rng.randrange(1950, 2004), rng.randrange(1, 13), rng.randrange(1, 29))
    filed = today - dt.timedelta(days=rng.randrange(30, 900))
    title = "Mgr. " if rng.random() < 0.08 else ""
    birth = rng.choice([dt.datetime.combine(born, dt.time()), f"{born.day}.{born.month}."
                        f"{born.year}", f"{born.day}. {born.month}. {born.year}"])
    rc = _birth_number(rng, born, female) if rng.random() < 0.5 else None
    return [n, f"{title}{given} {surname}", birth,
            f"{rc[:6]}/{rc[6:]}" if rc else None,
            f"{rng.choice(TOWN['streets'])} {rng.randrange(1, 120)}, "
            f"{rng.choice(TOWN['postcodes'])} {TOWN['city']}",
            f"7{rng.randrange(10, 99)} {rng.randrange(100, 999)} {rng.randrange(100, 999)}"
            if rng.random() < 0.7 else None,
            rng.choice([1, 1, 2, 2, 3, 4, "2"]),
            rng.choice([filed.strftime("%d.%m.%Y"), f"{filed.day}. {filed.month}. {filed.year}"]),
            f"{rng.randrange(9, 45)} {rng.randrange(0, 999):03d} Kč" if rng.random() < 0.6
            else None,
            rng.choice([None, None, "žádost doplněna", "bydlí u rodičů", "výpověď z nájmu"])]


def write_sample(folder: Path, today: dt.date, seed: int = 17) -> Path:
    """The sample workbook in ``folder/ukázky``; its path."""
    from openpyxl import Workbook
    rng = random.Random(seed)
    wb = Workbook()
    ws = wb.active
    ws.title = "Pořadník"
    ws.append([f"Pořadník žadatelů o obecní byt – odbor majetku, stav k "
               f"{today.day}. {today.month}. {today.year}"])
    ws.merge_cells("A1:J1")
    ws.append([])
    ws.append(["Žadatel", None, None, None, None, "Kontakt", "Žádost"])
    ws.merge_cells("A3:E3")
    ws.merge_cells("G3:J3")
    ws.append(HEADER)
    rows = [_row(rng, n, today) for n in range(1, 25)]
    rows[7][2] = "31. 2. 1988"                 # mistakes a person finds in the preview
    rows[15][8] = "dle dohody"
    rows.insert(12, [None] * 10)
    for row in rows:
        ws.append(row)
    ws.append([])
    ws.append([f"Celkem žadatelů: {len(rows) - 1}"])
    ws.append([None, "Zpracovala: referentka odboru majetku"])
    target = folder / "ukázky"
    target.mkdir(parents=True, exist_ok=True)
    path = target / SAMPLE_NAME
    wb.save(path)
    return path
