"""Generated files for the import tests: a messy "pořadník" as a town keeps it
in Excel, and big or broken files. Only generated names."""
from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from app import rodne_cislo

HEADER = ["Pořadí", "Jméno a příjmení", "Datum narození", "Rodné číslo", "Adresa",
          "Telefon", "Počet osob", "Datum podání", "Příjem domácnosti", "Poznámka"]
RC_NOVAK = rodne_cislo.make(dt.date(1985, 1, 3), False, 123)

# (cells, what the import should make of it); lines are the sheet's row numbers
MESSY_ROWS = [
    # 5: a date cell, a valid rodné číslo, amount with Kč and spaces
    [1, "Jan Novák", dt.datetime(1985, 1, 3), RC_NOVAK, "Lipová 12, 541 01 Trutnov",
     "603 123 456", 3, "3.1.2024", "18 500 Kč", None],
    # 6: titles, date as text with spaces, filing date as an Excel serial
    [2, "Mgr. Jana Svobodová", "3. 1. 1990", None, "Horská 5/17, 541 02 Trutnov",
     None, "1", 45000, None, "matka samoživitelka"],
    # 7: the applicant already in the records (found by name and birth date)
    [3, "Eva Stará", "12.6.1950", None, "Náměstí 1, Trutnov", None, 1, "1. 2. 2024",
     "9 800,50", None],
    [None] * 10,                                   # 8: an empty row
    # 9: a rodné číslo with a wrong checksum
    [4, "Pavel Dvořák", "1. 1. 1980", "800101/1235", None, None, 2, "5.3.2024", None, None],
    # 10: an impossible date
    [5, "Lucie Malá", "31. 2. 1992", None, None, None, 2, "6.3.2024", None, None],
    # 11: only a first name
    [6, "Karel", "1.1.1970", None, None, None, 1, "7.3.2024", None, None],
    # 12: the same applicant as row 5 again
    [7, "Jan Novák", "3.1.1985", RC_NOVAK, None, None, 3, "3.1.2024", None, "duplicitně"],
    # 13: amount that is no amount
    [8, "Tomáš Černý", "20. 10. 1975", None, None, "777 000 111", 4, "8. 3. 2024",
     "hodně", None],
    # 14: fine, surname with diacritics, two-digit year
    [9, "Zdeňka Říhová", "5.5.88", None, "Pražská 20, 541 01 Trutnov", None, 2,
     "9.3.2024", "21 000", None],
]
MESSY_GOOD = 4            # rows 5, 6, 7, 14
MESSY_BAD_LINES = [9, 10, 11, 12, 13]


def messy_poradnik(path: Path) -> Path:
    from openpyxl import Workbook
    wb = Workbook()
    ws = wb.active
    ws.title = "Pořadník 2026"
    ws.append(["Pořadník žadatelů o obecní byt – stav k 30. 9. 2026"])
    ws.merge_cells("A1:J1")
    ws.append([])
    ws.append(["Žadatel", None, None, None, None, "Kontakt", "Žádost"])
    ws.merge_cells("A3:E3")
    ws.merge_cells("G3:J3")
    ws.append(HEADER)
    for row in MESSY_ROWS:
        ws.append(row)
    ws.append([])
    ws.append(["Celkem žadatelů: 9"])
    ws.append([None, "Zpracovala: Marie Dvořáková, 1. 10. 2026"])
    wb.save(path)
    return path


def big_persons_csv(path: Path, rows: int, *, encoding: str = "cp1250") -> Path:
    """``rows`` generated persons in a cp1250 CSV with ``;`` (as Czech Excel saves)."""
    rnd = random.Random(17)
    given = ["Jan", "Petr", "Jana", "Eva", "Tomáš", "Lucie", "Jiří", "Zdeňka", "Karel", "Marie"]
    sur = ["Novák", "Svoboda", "Dvořák", "Černý", "Procházka", "Kučera", "Veselý", "Horák",
           "Němec", "Pokorný", "Marek", "Růžička", "Šťastný", "Žák", "Beneš"]
    lines = ["Příjmení;Jméno;Datum narození;Adresa;Telefon"]
    for i in range(rows):
        born = dt.date(1930, 1, 1) + dt.timedelta(days=rnd.randrange(30000))
        lines.append(f"{rnd.choice(sur)}{i};{rnd.choice(given)};{born.day}. {born.month}. "
                     f"{born.year};Lipová {i % 300 + 1}, 541 01 Trutnov;"
                     f"603 {i % 1000:03d} {i % 997:03d}")
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode(encoding))
    return path
