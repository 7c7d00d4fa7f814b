"""Blocks shared by the assessment record and the flat protocols: a draft
banner, a boxed identification block, a "nothing recorded" line and photos.
Plain data in; only ReportLab here."""
from __future__ import annotations

import io
from collections.abc import Sequence

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.platypus import Image, KeepTogether, Paragraph, Spacer, Table, TableStyle

from .base import RULE, SHADE, Document, esc

DRAFT_RED = colors.HexColor("#b3261e")


def right(doc: Document, text: str, *, bold: bool = False) -> Paragraph:
    """A right-aligned table cell (amounts, readings, counts)."""
    base = doc.s["cellb" if bold else "cell"]
    return Paragraph(esc(text), ParagraphStyle(f"{base.name}-r", parent=base, alignment=2))


def draft_banner(doc: Document, text: str) -> None:
    style = ParagraphStyle("draft", parent=doc.s["body"], textColor=DRAFT_RED,
                           fontName=doc.s["cellb"].fontName)
    t = Table([[Paragraph(esc(text), style)]], colWidths=[doc.width])
    t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.8, DRAFT_RED),
                           ("LEFTPADDING", (0, 0), (-1, -1), 6),
                           ("TOPPADDING", (0, 0), (-1, -1), 4),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
    doc.flowable(t)
    doc.spacer(3)


def id_box(doc: Document, pairs: Sequence[tuple[str, object]]) -> None:
    """Identification of the record in a shaded box, two pairs per row."""
    cells = [(Paragraph(esc(k), doc.s["label"]),
              Paragraph(esc(v) if v not in (None, "") else "—", doc.s["body"]))
             for k, v in pairs]
    rows = []
    for i in range(0, len(cells), 2):
        left = list(cells[i])
        right = list(cells[i + 1]) if i + 1 < len(cells) else ["", ""]
        rows.append(left + right)
    w = doc.width
    t = Table(rows, colWidths=[w * 0.18, w * 0.32, w * 0.18, w * 0.32], hAlign="LEFT")
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), SHADE),
                           ("BOX", (0, 0), (-1, -1), 0.5, RULE),
                           ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("LEFTPADDING", (0, 0), (-1, -1), 5),
                           ("TOPPADDING", (0, 0), (-1, -1), 3),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
    doc.flowable(t)
    doc.spacer(2)


def text_or_none(doc: Document, text: str | None, empty: str = "Neuvedeno.") -> None:
    if text:
        doc.paragraph(text)
    else:
        doc.paragraph(empty, "small")


def labelled(doc: Document, caption: str, text: str | None) -> None:
    """A small caption above a paragraph (e.g. "Stav bytu" in the housing section)."""
    doc.paragraph(caption, "label")
    text_or_none(doc, text)


def photos(doc: Document, items: Sequence[tuple[bytes, str]], per_row: int = 2) -> None:
    """Photos side by side, each scaled into its cell, caption below."""
    cell_w = doc.width / per_row - 4 * mm
    max_h = 62 * mm
    cells = []
    for n, (data, caption) in enumerate(items, start=1):
        try:
            w, h = ImageReader(io.BytesIO(data)).getSize()
        except Exception:
            continue
        scale = min(cell_w / w, max_h / h)
        img = Image(io.BytesIO(data), width=w * scale, height=h * scale)
        cap = Paragraph(esc(f"Foto {n}" + (f": {caption}" if caption else "")), doc.s["small"])
        cells.append([img, cap])
    rows = []
    for i in range(0, len(cells), per_row):
        chunk = cells[i:i + per_row]
        while len(chunk) < per_row:
            chunk.append("")
        rows.append(chunk)
    for row in rows:
        t = Table([row], colWidths=[doc.width / per_row] * per_row, hAlign="LEFT")
        t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
        doc.flowable(KeepTogether([t]))
    doc.flowable(Spacer(1, 2 * mm))


def mark(doc: Document) -> int:
    """Where the closing section starts (see ``sign``)."""
    return len(doc.story)


def sign(doc: Document, people: Sequence[tuple[str, str]], place_date: str,
         keep_from: int | None = None, note: str | None = None) -> None:
    """Place, date and signature lines (caption under the name), kept on one
    page with the section that starts at ``keep_from`` (a signature never
    stands alone on the last page)."""
    small_c = ParagraphStyle("sigcap", parent=doc.s["small"], alignment=TA_CENTER)
    cells = [[Paragraph("." * 46, doc.s["center"]), Paragraph(esc(name), doc.s["center"]),
              Paragraph(esc(caption), small_c)] for caption, name in people]
    per_row = 3 if len(cells) == 3 else 2
    rows = []
    for i in range(0, len(cells), per_row):
        chunk = cells[i:i + per_row]
        while len(chunk) < per_row:
            chunk.append("")
        rows.append(chunk)
    t = Table(rows, colWidths=[doc.width / per_row] * per_row)
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 10)]))
    block = [Spacer(1, 6 * mm), Paragraph(esc(place_date), doc.s["body"]),
             Spacer(1, 13 * mm), t]
    if note:
        block += [Spacer(1, 1 * mm), Paragraph(esc(note), doc.s["small"])]
    start = len(doc.story) if keep_from is None else keep_from
    kept = doc.story[start:]
    del doc.story[start:]
    doc.flowable(KeepTogether(kept + block))
