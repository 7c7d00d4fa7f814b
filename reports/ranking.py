"""Pořadník žadatelů – návrh na přidělení bytu: the council's ranking list
with every applicant's points criterion by criterion, the individual
adjustment apart with its justification, and every exclusion with its reason.

Takes plain, already formatted data (``RankingDoc``) and returns PDF bytes.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Sequence

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table, TableStyle
from reportlab.platypus.flowables import HRFlowable

from .base import RULE, SHADE, Document, OfficeInfo, esc


@dataclass(frozen=True)
class BreakdownLine:
    label: str
    detail: str
    points: str


@dataclass(frozen=True)
class RankingDocRow:
    rank: int
    household: str
    about: str                    # applicant, persons, application number and date
    cells: Sequence[str]          # points per criterion, in the order of ``criteria``
    individual: str               # "" when none
    total: str
    lines: Sequence[BreakdownLine] = ()
    individual_text: str = ""     # points with the written justification
    notes: Sequence[str] = ()     # to assess individually, tie-break


@dataclass(frozen=True)
class ExcludedDocRow:
    household: str
    about: str
    reasons: Sequence[str]


@dataclass(frozen=True)
class RankingDoc:
    title: str
    subtitle: str
    flat_fields: Sequence[tuple[str, str]]
    rules_fields: Sequence[tuple[str, str]]
    criteria: Sequence[tuple[str, str]]          # (short column heading, full label)
    rows: Sequence[RankingDocRow]
    excluded: Sequence[ExcludedDocRow]
    signatures: Sequence[tuple[str, str]] = ()
    place_date: str = ""
    reference: str = ""
    decision_fields: Sequence[tuple[str, str]] = field(default_factory=tuple)
    other_category: str = ""      # summary of applications for another flat category


def render_ranking(office: OfficeInfo, doc_data: RankingDoc) -> bytes:
    d = Document(office, doc_data.title, doc_data.reference)
    d.title(doc_data.title, doc_data.subtitle)
    d.fields(list(doc_data.flat_fields) + list(doc_data.rules_fields), columns=2)
    if doc_data.decision_fields:
        d.heading("Rozhodnutí, se kterým je pořadí zmrazeno")
        d.fields(doc_data.decision_fields, columns=2)

    d.heading(f"Pořadí žadatelů ({len(doc_data.rows)})")
    if doc_data.rows:
        _summary(d, doc_data)
        legend = " · ".join(f"<b>{esc(short)}</b> {esc(full)}" for short, full in doc_data.criteria)
        d.paragraph(legend + " · <b>Ind.</b> individuální posouzení", "small", markup=True)
    else:
        d.paragraph("Žádná platná žádost tento byt podle pravidel nesplňuje.")

    for i, row in enumerate(doc_data.rows):
        d.flowable(_breakdown(d, row, "Rozpis bodů" if i == 0 else None))
    if doc_data.excluded:
        d.heading(f"Vyřazené žádosti ({len(doc_data.excluded)})")
        d.table(["Domácnost", "Žádost", "Důvod vyřazení"],
                [[r.household, r.about, "\n".join(f"• {x}" for x in r.reasons)]
                 for r in doc_data.excluded],
                widths=[0.22, 0.2, 0.58])
    if doc_data.other_category:
        d.paragraph(doc_data.other_category, "small")
    if doc_data.signatures:
        d.signatures(doc_data.signatures, doc_data.place_date)
    return d.render()


def _right(d: Document, bold: bool = False) -> ParagraphStyle:
    return ParagraphStyle("num", parent=d.s["cellb" if bold else "cell"], alignment=TA_RIGHT)


def _summary(d: Document, data: RankingDoc) -> None:
    n = len(data.criteria)
    fixed = 0.055 + 0.3 + 0.065 + 0.085
    each = (1 - fixed) / max(n, 1)
    num, numb = _right(d), _right(d, True)
    header = ([Paragraph("Poř.", d.s["cellb"]), Paragraph("Domácnost", d.s["cellb"])]
              + [Paragraph(esc(c[0]), numb) for c in data.criteria]
              + [Paragraph("Ind.", numb), Paragraph("Celkem", numb)])
    rows = [header]
    for r in data.rows:
        who = Paragraph(f"<b>{esc(r.household)}</b><br/><font size='7'>{esc(r.about)}</font>",
                        d.s["cell"])
        rows.append([Paragraph(f"{r.rank}.", d.s["cell"]), who,
                     *[Paragraph(esc(c), num) for c in r.cells],
                     Paragraph(esc(r.individual), num), Paragraph(f"<b>{esc(r.total)}</b>", num)])
    widths = [d.width * w for w in [0.055, 0.3] + [each] * n + [0.065, 0.085]]
    t = Table(rows, colWidths=widths, repeatRows=1, hAlign="LEFT")
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), SHADE),
                           ("LINEBELOW", (0, 0), (-1, 0), 0.6, RULE),
                           ("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE),
                           ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("LEFTPADDING", (0, 0), (-1, -1), 2.5),
                           ("RIGHTPADDING", (0, 0), (-1, -1), 2.5)]))
    d.flowable(t)
    d.spacer(2)


def _breakdown(d: Document, row: RankingDocRow, heading: str | None):
    s = d.s
    head = Paragraph(f"<b>{row.rank}. {esc(row.household)}</b> — celkem {esc(row.total)} bodů"
                     f"<br/><font size='8' color='#5f6f7c'>{esc(row.about)}</font>", s["body"])
    data = [[Paragraph(esc(ln.label), s["cell"]), Paragraph(esc(ln.detail), s["cell"]),
             Paragraph(esc(ln.points), _right(d))] for ln in row.lines]
    if row.individual_text:
        data.append([Paragraph("<b>Individuální posouzení</b>", s["cell"]),
                     Paragraph(esc(row.individual_text), s["cell"]),
                     Paragraph(esc(row.individual or "0"), _right(d))])
    w = d.width
    t = Table(data, colWidths=[w * 0.3, w * 0.58, w * 0.12], hAlign="LEFT")
    style = [("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE), ("VALIGN", (0, 0), (-1, -1), "TOP"),
             ("ALIGN", (2, 0), (2, -1), "RIGHT"), ("LEFTPADDING", (0, 0), (-1, -1), 3),
             ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)]
    if row.individual_text:
        style.append(("BACKGROUND", (0, len(data) - 1), (-1, len(data) - 1), SHADE))
    t.setStyle(TableStyle(style))
    parts = [head, Spacer(1, 1 * mm), t]
    if heading:
        parts[:0] = [Paragraph(esc(heading), s["h2"]),
                     HRFlowable(width="100%", thickness=0.5, color=RULE, spaceAfter=4)]
    for note in row.notes:
        parts.append(Paragraph(esc(note), s["small"]))
    parts.append(Spacer(1, 3.5 * mm))
    return KeepTogether(parts)
