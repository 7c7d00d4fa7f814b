"""Záznam ze sociálního šetření: the social worker's record of a household
visit, in the order of the standardised record (vyhláška 332/2013 Sb.).
Plain data in (display strings, already formatted), PDF bytes out."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

from .base import Document, OfficeInfo, esc
from .protocol import draft_banner, id_box, labelled, mark, right, sign, text_or_none

TITLE = "Záznam ze sociálního šetření"


@dataclass(frozen=True)
class AssessmentDoc:
    reference: str                      # shown in the footer, e.g. "záznam 0193ab12, verze 2"
    client_name: str
    client_birth: str
    client_address: str
    household_name: str
    worker_name: str
    state_label: str
    is_draft: bool
    version: int
    version_note: str | None            # "Opravuje verzi 1 uzavřenou dne 3. 10. 2026."
    visit_date: str
    visit_place: str | None
    present_persons: str | None
    consent_line: str                   # "Klient(ka) udělil(a) souhlas … dne 3. 11. 2026."
    client_declaration: str | None
    members: Sequence[tuple[str, str, str]] = ()        # name, relation, born
    household_description: str | None = None
    ethos: str | None = None
    housing_situation: str | None = None
    housing_condition: str | None = None
    incomes: Sequence[tuple[str, str, str, str]] = ()   # member, kind, monthly, note
    income_total: str = ""
    income_note: str | None = None
    debts: Sequence[tuple[str, str, str, str]] = ()     # creditor, amount, status, note
    debt_total: str = ""
    debts_note: str | None = None
    sensitive_included: bool = True
    health: str | None = None
    disability: str | None = None
    risks: str | None = None
    needs: str | None = None
    # the words agree with the worker's sex (chosen in app/ from the name)
    worker_title: str = "Sociální pracovník"
    worker_of: str = "sociálního pracovníka"
    worker_did: str = "provedl(a)"
    client_title: str = "Klient(ka)"
    conclusion: str | None = None
    recommendation: str | None = None
    steps: Sequence[tuple[str, str, str]] = ()          # what, who, by when
    place_date: str = ""                                # "V Trutnově dne 27. 11. 2026"
    signatures: Sequence[tuple[str, str]] = field(default_factory=tuple)  # caption, name


def render_assessment(office: OfficeInfo, d: AssessmentDoc) -> bytes:
    doc = Document(office, TITLE, d.reference)
    sub = "šetření sociální situace domácnosti"
    if d.version > 1:
        sub += f" · verze {d.version}"
    doc.title(TITLE, sub)
    if d.is_draft:
        draft_banner(doc, "KONCEPT – záznam není uzavřen a může se ještě změnit.")
    id_box(doc, [(d.client_title, d.client_name), ("Datum narození", d.client_birth),
                 ("Trvalé bydliště", d.client_address), ("Domácnost", d.household_name),
                 ("Datum návštěvy", d.visit_date), ("Místo návštěvy", d.visit_place),
                 (d.worker_title, d.worker_name), ("Stav záznamu", d.state_label)])
    if d.version_note:
        doc.paragraph(d.version_note, "small")

    doc.heading("1. Souhlas se zpracováním osobních údajů a prohlášení klienta")
    doc.paragraph(d.consent_line)
    labelled(doc, "Prohlášení klienta", d.client_declaration)

    doc.heading("2. Návštěva")
    doc.fields([("Datum", d.visit_date), ("Místo", d.visit_place),
                ("Přítomné osoby", d.present_persons), (f"Šetření {d.worker_did}", d.worker_name)])

    doc.heading("3. Domácnost a vztahy")
    if d.members:
        doc.table(["Člen domácnosti", "Vztah", "Datum narození"], d.members,
                  [0.45, 0.33, 0.22])
    text_or_none(doc, d.household_description)

    doc.heading("4. Bytová situace a stav bydlení")
    doc.fields([("Kategorie ETHOS", d.ethos)])
    labelled(doc, "Současná bytová situace", d.housing_situation)
    labelled(doc, "Stav a vybavení bydlení", d.housing_condition)

    doc.heading("5. Příjmy a dávky")
    if d.incomes:
        rows = [(who, kind, right(doc, amount), note) for who, kind, amount, note in d.incomes]
        rows.append(_bold(doc, ("Celkem měsíčně", "", d.income_total, "")))
        doc.table(["Člen domácnosti", "Druh příjmu", "Měsíčně", "Poznámka"], rows,
                  [0.27, 0.27, 0.16, 0.30], align_right=(2,))
    else:
        doc.paragraph("Příjmy nejsou uvedeny.", "small")
    text_or_none(doc, d.income_note, "")

    doc.heading("6. Dluhy a exekuce")
    if d.debts:
        rows = [(who, right(doc, amount), how, note) for who, amount, how, note in d.debts]
        rows.append(_bold(doc, ("Celkem", d.debt_total, "", "")))
        doc.table(["Věřitel", "Výše", "Řešení", "Poznámka"], rows,
                  [0.30, 0.16, 0.26, 0.28], align_right=(1,))
    else:
        doc.paragraph("Dluhy nejsou uvedeny.", "small")
    text_or_none(doc, d.debts_note, "")

    doc.heading("7. Zdravotní stav a zdravotní postižení")
    if d.sensitive_included:
        doc.paragraph("Zvláštní kategorie osobních údajů – nakládejte s výtiskem důvěrně.",
                      "small")
        labelled(doc, "Zdravotní stav", d.health)
        labelled(doc, "Zdravotní postižení, příspěvek na péči", d.disability)
    else:
        doc.paragraph("Údaje o zdraví jsou zvláštní kategorií osobních údajů; v tomto výtisku "
                      "nejsou uvedeny.", "small")

    doc.heading("8. Rizika a potřeby")
    labelled(doc, "Rizika", d.risks)
    labelled(doc, "Potřeby domácnosti", d.needs)

    doc.heading(f"9. Závěr {d.worker_of} a doporučení")
    labelled(doc, "Závěr", d.conclusion)
    labelled(doc, "Doporučení", d.recommendation)

    closing = mark(doc)
    doc.heading("10. Dohodnuté další kroky")
    if d.steps:
        doc.table(["Co se udělá", "Kdo", "Termín"], d.steps, [0.58, 0.26, 0.16])
    else:
        doc.paragraph("Další kroky nebyly dohodnuty.", "small")

    sign(doc, d.signatures, d.place_date, closing)
    return doc.render()


def _bold(doc: Document, cells) -> list:
    right = ParagraphStyle("cellbr", parent=doc.s["cellb"], alignment=2)
    return [Paragraph(esc(c), right if c and any(ch.isdigit() for ch in c) else doc.s["cellb"])
            for c in cells]
