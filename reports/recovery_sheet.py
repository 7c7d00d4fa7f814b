"""The recovery-key sheet for the office safe: one A4 page with the key in
readable groups, which database it opens and what to do with it. Printed once
(at ``kmb init``, the first start, and after an account is blocked and the
database gets a new key); the key is never stored anywhere else."""
from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.platypus import Paragraph, Table, TableStyle

from .base import FONT, FONT_BOLD, RULE, SHADE, Document, OfficeInfo, esc


@dataclass(frozen=True)
class RecoverySheet:
    office: OfficeInfo
    installation_name: str
    installation_id: str
    database_file: str
    issued_on: str                 # d. M. yyyy
    issued_by: str
    reason: str                    # "založení databáze", "zablokování účtu …"
    recovery_key: str              # groups of five, joined by "-"


def _key_table(doc: Document, key: str) -> Table:
    """Four groups per line, numbered lines: easy to read aloud and to check."""
    groups = key.split("-")
    rows = []
    for i in range(0, len(groups), 4):
        chunk = groups[i:i + 4] + [""] * (4 - len(groups[i:i + 4]))
        rows.append([f"{i // 4 + 1}."] + chunk)
    width = doc.width
    table = Table(rows, colWidths=[width * 0.08] + [width * 0.23] * 4, hAlign="LEFT")
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (0, -1), FONT, 10),
        ("TEXTCOLOR", (0, 0), (0, -1), colors.HexColor("#5f6f7c")),
        ("FONT", (1, 0), (-1, -1), FONT_BOLD, 17),
        ("LEADING", (1, 0), (-1, -1), 22),
        ("ALIGN", (1, 0), (-1, -1), "CENTER"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("BACKGROUND", (0, 0), (-1, -1), SHADE),
        ("BOX", (0, 0), (-1, -1), 0.8, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 7), ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
    ]))
    return table


def render_recovery_sheet(data: RecoverySheet) -> bytes:
    doc = Document(data.office, "Klíč pro obnovu databáze", data.installation_id)
    doc.title("Klíč pro obnovu databáze",
              "Přísně důvěrné – uložte do trezoru úřadu. Nekopírujte, nefoťte, neposílejte "
              "e-mailem.")
    doc.fields([
        ("Instalace", data.installation_name),
        ("Identifikátor instalace", data.installation_id),
        ("Soubor databáze", data.database_file),
        ("Vydáno", data.issued_on),
        ("Vydal(a)", data.issued_by),
        ("Důvod", data.reason),
    ])
    doc.heading("Klíč")
    doc.flowable(_key_table(doc, data.recovery_key))
    doc.spacer(2)
    doc.paragraph("Klíč tvoří skupiny velkých písmen A–Z a číslic 2–7 (nula, jednička, osmička "
                  "a devítka se v něm nevyskytují). Pomlčky a mezery při opisování nevadí; "
                  "překlep aplikace pozná podle kontrolního součtu.", "small")
    doc.heading("K čemu klíč slouží")
    doc.paragraph("Databáze KMB Desk je zašifrovaná. Běžně ji odemyká heslo každého uživatele; "
                  "tento klíč ji otevře i tehdy, když se heslo zapomene, když se ztratí soubor "
                  "klíčů (kmb.sqlite.keys) nebo když je potřeba obnovit zálohu. Kdo má klíč "
                  "a kopii databáze, přečte všechny údaje o klientech – proto patří do trezoru.")
    doc.heading("Co dělat")
    steps = [
        "Uložte list do trezoru úřadu (obálka s podpisem přes přelepku). Žádnou další kopii "
        "nepořizujte a klíč nikam neukládejte v počítači.",
        "Zapomenuté heslo: v přihlašovacím okně zvolte „Zapomenuté heslo…“, zadejte uživatelské "
        "jméno, tento klíč a nové heslo. Z příkazové řádky: kmb password reset --user JMÉNO "
        "(klíč se zadá z klávesnice). Změna se zapíše do auditu.",
        "Obnova ze zálohy bez hesla: kmb backup restore ZÁLOHA.kmbbak --recovery-key-file "
        "SOUBOR (soubor s klíčem po obnově bezpečně smažte).",
        "Po zablokování účtu dostane databáze nový klíč a vytiskne se nový list. Starý list "
        "pak otevře už jen starší zálohy; uchovejte ho u nich, nebo ho skartujte spolu s nimi.",
        "Ztráta nebo podezření na zneužití listu: oznamte to vedoucí KMB a správci; "
        "zablokováním a odblokováním účtu vznikne nový klíč.",
    ]
    for i, text in enumerate(steps, 1):
        doc.flowable(Paragraph(f"<b>{i}.</b> {esc(text)}", doc.s["body"]))
    doc.spacer(2)
    doc.signatures([("uložil(a) do trezoru", ""), ("převzal(a) / ověřil(a)", "")],
                   place_date="Dne ....................")
    return doc.render()
