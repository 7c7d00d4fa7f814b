"""Generated RÚIAN address files in exactly ČÚZK's format (one CSV per
municipality, windows-1250, ``;``, ČÚZK's header) and the zip around them.
The demo imports them; tests use them (the machines have no internet, and
the real file must not be needed to test)."""
from __future__ import annotations

import csv
import io
import random
import zipfile
from dataclasses import dataclass, field

from ..addresses.ruian_file import COLUMNS


@dataclass
class Municipality:
    code: int
    name: str
    postcode: str                     # "54101"
    parts: list[str]
    streets: dict[str, str] = field(default_factory=dict)   # street -> its town part


# The demo's ORP (Trutnov): the town and a few of its municipalities.
TRUTNOV_ORP = [
    Municipality(579025, "Trutnov", "54101", [
        "Horní Předměstí", "Střední Předměstí", "Dolní Předměstí", "Poříčí", "Voletiny",
        "Bohuslavice", "Babí", "Starý Rokytník"]),
    Municipality(579432, "Úpice", "54232", ["Úpice", "Radeč", "Zlatá Olešnice"],
                 {"Palackého": "Úpice", "Komenského": "Úpice", "Nábřeží pplk. Sochora": "Úpice",
                  "Havlíčkova": "Úpice", "Bratří Čapků": "Úpice", "Radečská": "Radeč"}),
    Municipality(579742, "Žacléř", "54201", ["Žacléř", "Bobr", "Prkenný Důl"],
                 {"Rýchorské náměstí": "Žacléř", "Jiráskova": "Žacléř", "Nádražní": "Žacléř",
                  "Slovany": "Žacléř"}),
    Municipality(579459, "Svoboda nad Úpou", "54224", ["Svoboda nad Úpou", "Maršov III"],
                 {"Horská": "Svoboda nad Úpou", "Náměstí": "Svoboda nad Úpou",
                  "Pražská": "Svoboda nad Úpou"}),
    Municipality(579301, "Malé Svatoňovice", "54234", ["Malé Svatoňovice", "Strážkovice"]),
]


def points(m: Municipality, rng: random.Random, numbers: dict[str, set[str]] | None = None,
           per_street: tuple[int, int] = (6, 30)) -> list[dict]:
    """Address points of one municipality as CSV column dicts. ``numbers`` names
    house numbers ("512/12a") that must exist on a street; other numbers are
    invented around them. Villages without streets get numbered town parts."""
    rows: list[dict] = []
    adm = (m.code % 100_000) * 100_000
    used: set[int] = set()
    streets = dict(m.streets)
    for street, wanted in (numbers or {}).items():
        streets.setdefault(street, m.parts[hash_part(street, len(m.parts))])
    for street, part in sorted(streets.items()):
        wanted = sorted((numbers or {}).get(street, set()))
        extra = [f"{n}/{i + 1}" for i, n in enumerate(
            rng.sample(range(1, 3000), rng.randint(*per_street)))]
        for text in wanted + extra:
            no, _, orient = text.partition("/")
            if not no.isdigit() or int(no) in used:
                continue
            used.add(int(no))
            adm += 1
            rows.append(_row(m, adm, part, street, int(no), orient))
    for part in m.parts:               # parts without streets: č. p. within the part
        if part in streets.values():
            continue
        for no in rng.sample(range(1, 200), rng.randint(*per_street)):
            if no + 5000 in used:
                continue
            used.add(no + 5000)
            adm += 1
            rows.append(_row(m, adm, part, None, no, ""))
    return rows


def hash_part(street: str, n: int) -> int:
    """A fixed town part per street (stable across runs, unlike hash())."""
    return sum(street.encode("utf-8")) % n


def _row(m: Municipality, adm: int, part: str, street: str | None, no: int,
         orient: str) -> dict:
    digits = "".join(c for c in orient if c.isdigit())
    sign = "".join(c for c in orient if c.isalpha())
    part_code = m.code * 10 + hash_part(part, 97)
    return {
        "Kód ADM": str(adm), "Kód obce": str(m.code), "Název obce": m.name,
        "Kód MOMC": "", "Název MOMC": "", "Kód obvodu Prahy": "", "Název obvodu Prahy": "",
        "Kód části obce": str(part_code), "Název části obce": part,
        "Kód ulice": str(700_000 + hash_part(street, 9973)) if street else "",
        "Název ulice": street or "", "Typ SO": "č.p.", "Číslo domovní": str(no),
        "Číslo orientační": digits, "Znak čísla orientačního": sign, "PSČ": m.postcode,
        "Souřadnice Y": f"{640000 + adm % 9000}.{adm % 100:02d}",
        "Souřadnice X": f"{1010000 + adm % 7000}.{adm % 97:02d}",
        "Platí Od": "2023-07-01T00:00:00",
    }


def csv_bytes(rows: list[dict]) -> bytes:
    """One municipality's file as ČÚZK writes it (windows-1250, ``;``, CRLF)."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(COLUMNS)
    writer.writerows([[r[c] for c in COLUMNS] for r in rows])
    return out.getvalue().encode("cp1250")


def file_name(m: Municipality) -> str:
    return f"20231231_OB_{m.code}_ADR.csv"      # ČÚZK's naming


def zip_bytes(files: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in files.items():
            zf.writestr(f"20231231_OB_ADR_csv/{name}", data)
    return buf.getvalue()
