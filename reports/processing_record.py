"""Záznam o činnostech zpracování (čl. 30 odst. 1 GDPR): plain data in, PDF out.
The content comes from the installation's own configuration (app/privacy/
processing.py), so the document says what the application really does."""
from __future__ import annotations

from dataclasses import dataclass

from .base import Document, OfficeInfo


@dataclass(frozen=True)
class Category:
    name: str            # "Osoba", "Sociální šetření" …
    data: str            # what is kept, in words
    special: str         # special-category fields, "" if none


@dataclass(frozen=True)
class RoleLine:
    role: str
    access: str


@dataclass(frozen=True)
class Recipient:
    name: str
    kind: str
    extent: str          # scope and whether special-category data goes there


@dataclass(frozen=True)
class ProcessingRecord:
    office: OfficeInfo
    made_on: str                       # d. M. yyyy
    controller: str
    purposes: tuple[str, ...]
    legal_bases: tuple[str, ...]
    subjects: tuple[str, ...]
    categories: tuple[Category, ...]
    roles: tuple[RoleLine, ...]
    recipients: tuple[Recipient, ...]
    retention: tuple[tuple[str, str], ...]
    measures: tuple[str, ...]
    transfers: str


def render(data: ProcessingRecord) -> bytes:
    doc = Document(data.office, "Záznam o činnostech zpracování", f"ke dni {data.made_on}")
    doc.title("Záznam o činnostech zpracování",
              "podle čl. 30 odst. 1 nařízení (EU) 2016/679 (GDPR) – agenda kontaktního místa "
              "pro bydlení")
    doc.fields([("Správce", data.controller), ("Stav ke dni", data.made_on),
                ("Zdroj údajů", "nastavení aplikace KMB Desk této instalace")])
    doc.heading("1. Účely zpracování")
    for p in data.purposes:
        doc.paragraph(f"• {p}")
    doc.heading("2. Právní základ")
    for b in data.legal_bases:
        doc.paragraph(f"• {b}")
    doc.heading("3. Kategorie subjektů údajů")
    for s in data.subjects:
        doc.paragraph(f"• {s}")
    doc.heading("4. Kategorie osobních údajů")
    doc.table(["Záznam", "Údaje", "Zvláštní kategorie (čl. 9)"],
              [(c.name, c.data, c.special or "—") for c in data.categories],
              widths=[0.2, 0.5, 0.3])
    doc.heading("5. Kdo má k údajům přístup (role)")
    doc.table(["Role", "Oprávnění"], [(r.role, r.access) for r in data.roles],
              widths=[0.22, 0.78])
    doc.heading("6. Příjemci (spárované instalace)")
    if data.recipients:
        doc.table(["Příjemce", "Druh", "Rozsah předávání"],
                  [(r.name, r.kind, r.extent) for r in data.recipients],
                  widths=[0.3, 0.2, 0.5])
    else:
        doc.paragraph("Údaje se nikomu nepředávají (žádná spárovaná instalace).")
    doc.paragraph(f"Předání do třetích zemí: {data.transfers}")
    doc.heading("7. Lhůty pro výmaz (skartační lhůty)")
    doc.table(["Záznamy", "Lhůta"], list(data.retention), widths=[0.6, 0.4])
    doc.heading("8. Technická a organizační opatření (čl. 32)")
    for m in data.measures:
        doc.paragraph(f"• {m}")
    doc.signatures([("pověřenec pro ochranu osobních údajů", ""), ("vedoucí KMB", "")],
                   place_date=f"Dne {data.made_on}")
    return doc.render()
