"""Generated RÚIAN files for tests (app/demo/ruian.py writes ČÚZK's exact format)."""
from __future__ import annotations

import random
from pathlib import Path

from app.demo.ruian import TRUTNOV_ORP, Municipality, csv_bytes, file_name, points, zip_bytes

TOWN = Municipality(579025, "Trutnov", "54101", ["Horní Předměstí", "Poříčí", "Babí"],
                    {"Horská": "Horní Předměstí", "Hornická": "Poříčí",
                     "Náchodská": "Horní Předměstí", "Úpická": "Poříčí"})
# a house number the tests pick
HORSKA = {"Horská": {"512/12a", "514/14"}}


def town_rows(seed: int = 7) -> list[dict]:
    return points(TOWN, random.Random(seed), HORSKA, per_street=(4, 8))


def town_csv(folder: Path, seed: int = 7) -> Path:
    path = folder / file_name(TOWN)
    path.write_bytes(csv_bytes(town_rows(seed)))
    return path


def orp_zip(folder: Path) -> Path:
    rng = random.Random(3)
    files = {file_name(m): csv_bytes(points(m, rng, HORSKA if m.code == TOWN.code else None))
             for m in TRUTNOV_ORP}
    path = folder / "20231231_OB_ADR_csv.zip"
    path.write_bytes(zip_bytes(files))
    return path
