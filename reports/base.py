"""The common frame of every KMB Desk document: an embedded font with every
Czech glyph (DejaVu Sans, shipped in resources/fonts), the office's header
and logo, "Strana X z Y", and helpers for the usual blocks (title, fields,
sections, tables, signature lines).

Documents are built from plain data and returned as PDF bytes:

    doc = Document(office, "Protokol o kontrole bytu", subject="…")
    doc.title("Protokol o kontrole bytu")
    doc.fields([("Byt", "Horská 12, byt č. 3"), ...])
    pdf: bytes = doc.render()
"""
from __future__ import annotations

import importlib
import io
import re
import sys
import types
from contextlib import contextmanager
from typing import Sequence

from .heap import settled_heap


class _LazyPattern:
    """A regular expression compiled when it is first used."""

    def __init__(self, compile_, pattern: str, flags: int):
        self._compile = lambda: compile_(pattern, flags)
        self._compiled = None

    def __getattr__(self, name: str):
        if self._compiled is None:
            self._compiled = self._compile()
        return getattr(self._compiled, name)


# Patterns ReportLab compiles at import for features our documents do not use,
# by a piece of their text and their flags: compiled on first use instead.
_RARELY_USED = (
    # the URL splitter (rl_config.uriWasteReduce, off by default and in our
    # documents): case-insensitive ranges up to U+FFFF, about 60 ms
    ("\xa1-\uffff", re.I),
    # textsplit.cjkwrap only (wrapping Chinese and Japanese text): a few ms
    ("\u2e80-\uffff", re.U),
    # rl_safe_eval's list of unsafe names (defined, searched by nothing): ~1 ms
    ("co_varnames|", re.M),
    # PyFontify (Python source in XPreformatted, which we do not print): ~0.5 ms
    ("|assert|", 0),
    # the paragraph's hyphenation (no document sets a hyphenation language): ~1 ms
    ("\u1ef2\u1ef3]+$", 0), ("^['\"([{\xbf", 0), ("?!.,;:\u2019", 0),
    # the arguments of colours written as CSS functions, rgb(…) (any colour given
    # by name is matched against the function names first: that one compiles)
    ("^\\(\\s*([^)/]*)", 0),
)


@contextmanager
def _lazy_patterns():
    """ReportLab's modules compile a few costly regular expressions at import
    (_RARELY_USED) that only rarely used functions need: those are compiled on
    first use instead; every other pattern compiles as usual."""
    compile_ = re.compile

    def lazy(pattern, flags=0):
        if isinstance(pattern, str) and any(flags == f and piece in pattern
                                            for piece, f in _RARELY_USED):
            return _LazyPattern(compile_, pattern, flags)
        return compile_(pattern, flags)

    re.compile = lazy
    try:
        yield
    finally:
        re.compile = compile_


class _PillowOnFirstUse(types.ModuleType):
    """What ReportLab's ``from PIL import Image`` gets while it is imported here:
    every attribute read, write or deletion goes to the real ``PIL.Image``,
    which is imported then (a normal import: the import lock, the plugins)."""

    def __getattr__(self, name: str):          # any attribute: the module has none
        return getattr(_pillow(), name)

    def __setattr__(self, name: str, value) -> None:
        setattr(_pillow(), name, value)

    def __delattr__(self, name: str) -> None:
        delattr(_pillow(), name)


def _pillow():
    if isinstance(sys.modules.get("PIL.Image"), _PillowOnFirstUse):
        del sys.modules["PIL.Image"]           # used while ReportLab is imported
    return importlib.import_module("PIL.Image")


@contextmanager
def _pillow_on_first_use():
    """ReportLab imports Pillow's Image module at import (reportlab.lib.utils),
    about a tenth of its import time (EXIF and TIFF tag tables, the C core),
    but needs it only to decode a picture, which our documents do not do
    (the logo's pixels are cached: reports/logo.py). While ReportLab is
    imported, ``PIL.Image`` is a stand-in that imports the real module on its
    first use; afterwards the name is the real module's again for everyone."""
    if "PIL.Image" in sys.modules:             # loaded already: nothing to save
        yield
        return
    import PIL                                  # the package alone (its version)
    stand_in = _PillowOnFirstUse("PIL.Image")
    sys.modules["PIL.Image"] = stand_in
    try:
        yield
    finally:
        if sys.modules.get("PIL.Image") is stand_in:
            del sys.modules["PIL.Image"]
        if vars(PIL).get("Image") is stand_in:
            del PIL.Image


# importing ReportLab makes tens of thousands of objects and next to no garbage
with _lazy_patterns(), _pillow_on_first_use(), settled_heap():
    import reportlab.platypus.paragraph  # noqa: F401 – loaded here, under the lazy patterns
    import reportlab.platypus.tables  # noqa: F401
    import reportlab.pdfgen.canvas  # noqa: F401
    import reportlab.pdfbase.ttfonts  # noqa: F401

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (BaseDocTemplate, CondPageBreak, Flowable, Frame, KeepTogether,
                                PageTemplate, Paragraph, Spacer, Table, TableStyle)
from reportlab.platypus.flowables import HRFlowable

from resources import path as resource_path

from . import fonts, logo
from .office_info import OfficeInfo, Signatory  # noqa: F401 – plain data, re-exported

FONT = "KMBSans"
FONT_BOLD = "KMBSans-Bold"
FONT_ITALIC = "KMBSans-Oblique"
_registered = False


def register_fonts() -> None:
    """Embed DejaVu Sans (ReportLab's own fonts lack ě, ř, ť, ň, ů)."""
    global _registered
    if _registered:
        return
    # Parsing a TrueType file is most of the first PDF's font cost: the faces
    # are subsets of DejaVu Sans (every Latin, Greek and Cyrillic letter and
    # the symbols we print: reports/font_ranges.py, tools/subset-fonts), a
    # third of the full file's glyphs. No document sets italics, so there is
    # no Oblique face and <i> falls back to the upright one. The parsed faces
    # are cached per installation (reports/fonts.py).
    pdfmetrics.registerFont(fonts.load(FONT, resource_path("fonts", "KMBSans.ttf")))
    pdfmetrics.registerFont(fonts.load(FONT_BOLD, resource_path("fonts", "KMBSans-Bold.ttf")))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT,
                                  boldItalic=FONT_BOLD)
    _registered = True


INK = colors.HexColor("#1b2b38")
MUTED = colors.HexColor("#5f6f7c")
RULE = colors.HexColor("#b9c4cd")
SHADE = colors.HexColor("#eef2f5")


def styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    base = ParagraphStyle("body", fontName=FONT, fontSize=9.5, leading=12.5, textColor=INK)
    return {
        "body": base,
        "small": ParagraphStyle("small", parent=base, fontSize=8, leading=10, textColor=MUTED),
        "title": ParagraphStyle("title", parent=base, fontName=FONT_BOLD, fontSize=15,
                                leading=19, spaceAfter=2, alignment=TA_LEFT),
        "subtitle": ParagraphStyle("subtitle", parent=base, fontSize=10, textColor=MUTED,
                                   spaceAfter=8),
        "h2": ParagraphStyle("h2", parent=base, fontName=FONT_BOLD, fontSize=11, leading=14,
                             spaceBefore=9, spaceAfter=4),
        "label": ParagraphStyle("label", parent=base, fontSize=8.5, textColor=MUTED),
        "cell": ParagraphStyle("cell", parent=base, fontSize=8.5, leading=10.5),
        "cellb": ParagraphStyle("cellb", parent=base, fontName=FONT_BOLD, fontSize=8.5,
                                leading=10.5),
        "center": ParagraphStyle("center", parent=base, alignment=TA_CENTER),
    }


def esc(text) -> str:
    """Escape for ReportLab's mini-markup; None becomes an empty string."""
    if text is None:
        return ""
    return (str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace("\n", "<br/>"))


class _TotalCanvas(Canvas):
    """Keeps the finished pages until ``save()``, when the page count is known,
    then writes "Strana X z Y" on each: one layout pass instead of a counting
    pass and a drawing pass (the ReportLab manual's numbered-canvas recipe)."""

    def __init__(self, doc: "_NumberedDoc", *args, **kw):
        super().__init__(*args, **kw)
        self._template = doc
        self._pages: list[dict] = []
        self._logo_ops: tuple[tuple, list[str], list[str]] | None = None

    def draw_logo(self, image, x: float, y: float, width: float, height: float) -> None:
        """``drawImage`` of the same logo on every page: the first page embeds it,
        later pages repeat that page's drawing operators and XObject use, as
        ReportLab would after hashing the pixels again (~270 kB a page) only to
        find the copy it already embedded. Same bytes in the PDF."""
        key = (id(image), x, y, width, height)
        if self._logo_ops is None or self._logo_ops[0] != key:
            code, forms = len(self._code), len(self._formsinuse)
            logo.embed(self, image)            # the pixels deflated already, if cached
            self.drawImage(image, x, y, width=width, height=height, preserveAspectRatio=True,
                           mask="auto")
            self._logo_ops = (key, self._code[code:], self._formsinuse[forms:])
            return
        _, code, forms = self._logo_ops
        self._code.extend(code)
        self._formsinuse.extend(forms)
        self._currentPageHasImages = 1

    def showPage(self) -> None:  # noqa: N802 – ReportLab's name
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for number, state in enumerate(self._pages, 1):
            self.__dict__.update(state)
            self._template.page_number(self, number, total)
            super().showPage()
        super().save()


class _NumberedDoc(BaseDocTemplate):
    """The page frame; the footer's "Strana X z Y" comes from _TotalCanvas."""

    def __init__(self, buf, office: OfficeInfo, doc_title: str, reference: str, **kw):
        # invariant: no creation time or random id in the file, so a frozen
        # (signed) document reprints byte for byte
        super().__init__(buf, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm,
                         topMargin=30 * mm, bottomMargin=20 * mm, title=doc_title,
                         author=office.name, creator="KMB Desk", **kw)
        self.office = office
        self.doc_title = doc_title
        self.reference = reference
        self._logo = logo.reader(office.logo_png) if office.logo_png else None
        frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="body",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        self.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=self._decorate)])

    def build_story(self, story: list[Flowable]) -> None:
        self.build(story, canvasmaker=lambda *a, **kw: _TotalCanvas(self, *a, **kw))

    def _decorate(self, canvas, doc) -> None:
        o = self.office
        w, h = A4
        canvas.saveState()
        x = self.leftMargin
        if self._logo is not None:
            try:
                canvas.draw_logo(self._logo, x, h - 24 * mm, 14 * mm, 14 * mm)
                x += 17 * mm
            except Exception:  # noqa: BLE001 – a broken logo must not stop the print
                pass
        canvas.setFillColor(INK)
        canvas.setFont(FONT_BOLD, 10.5)
        canvas.drawString(x, h - 15 * mm, o.name)
        canvas.setFont(FONT, 8.5)
        canvas.setFillColor(MUTED)
        canvas.drawString(x, h - 19.2 * mm, o.department)
        contact = "  ·  ".join(p for p in (o.address, o.phone, o.email) if p)
        canvas.drawString(x, h - 23.2 * mm, contact)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.6)
        canvas.line(self.leftMargin, h - 26 * mm, w - self.rightMargin, h - 26 * mm)
        canvas.line(self.leftMargin, 14 * mm, w - self.rightMargin, 14 * mm)
        canvas.setFont(FONT, 7.5)
        canvas.drawString(self.leftMargin, 10 * mm,
                          f"{self.doc_title}{'  ·  ' + self.reference if self.reference else ''}")
        canvas.restoreState()

    def page_number(self, canvas, number: int, total: int) -> None:
        canvas.saveState()
        canvas.setFont(FONT, 7.5)
        canvas.setFillColor(MUTED)
        canvas.drawRightString(A4[0] - self.rightMargin, 10 * mm, f"Strana {number} z {total}")
        canvas.restoreState()


class Document:
    """Collects flowables; ``render()`` returns the PDF bytes."""

    def __init__(self, office: OfficeInfo, doc_title: str, reference: str = "",
                 invariant: bool = False):
        self.office = office
        self.invariant = invariant
        self.doc_title = doc_title
        self.reference = reference
        self.s = styles()
        self.story: list[Flowable] = []

    # -- blocks ----------------------------------------------------------------
    def title(self, text: str, subtitle: str | None = None) -> None:
        self.story.append(Paragraph(esc(text), self.s["title"]))
        if subtitle:
            self.story.append(Paragraph(esc(subtitle), self.s["subtitle"]))
        else:
            self.story.append(Spacer(1, 4 * mm))

    def heading(self, text: str) -> None:
        self.story.append(CondPageBreak(30 * mm))
        self.story.append(Paragraph(esc(text), self.s["h2"]))
        self.story.append(HRFlowable(width="100%", thickness=0.5, color=RULE, spaceAfter=4))

    def paragraph(self, text: str | None, style: str = "body", *, markup: bool = False) -> None:
        if text:
            self.story.append(Paragraph(text if markup else esc(text), self.s[style]))
            self.story.append(Spacer(1, 1.5 * mm))

    def spacer(self, height_mm: float = 4) -> None:
        self.story.append(Spacer(1, height_mm * mm))

    def fields(self, pairs: Sequence[tuple[str, object]], columns: int = 1) -> None:
        """Label–value pairs in one or two columns."""
        cells = [(Paragraph(esc(k), self.s["label"]), Paragraph(esc(v if v not in (None, "")
                                                                    else "—"), self.s["body"]))
                 for k, v in pairs]
        width = self.width
        if columns == 2:
            half = (len(cells) + 1) // 2
            left, right = cells[:half], cells[half:]
            rows = []
            for i in range(half):
                r = list(left[i]) + (list(right[i]) if i < len(right) else ["", ""])
                rows.append(r)
            col = [width * 0.17, width * 0.33, width * 0.17, width * 0.33]
        else:
            rows = [list(c) for c in cells]
            col = [width * 0.28, width * 0.72]
        t = Table(rows, colWidths=col, hAlign="LEFT")
        t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 2),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                               ("TOPPADDING", (0, 0), (-1, -1), 2)]))
        self.story.append(t)
        self.story.append(Spacer(1, 2 * mm))

    def table(self, header: Sequence[str], rows: Sequence[Sequence[object]],
              widths: Sequence[float] | None = None, *, align_right: Sequence[int] = (),
              repeat_header: bool = True) -> None:
        """A ruled table; ``widths`` are fractions of the text width."""
        right = set(align_right)
        # paragraphs ignore the table's ALIGN: right-aligned columns get their own style
        cell_r = ParagraphStyle("cellr", parent=self.s["cell"], alignment=TA_RIGHT)
        head_r = ParagraphStyle("cellbr", parent=self.s["cellb"], alignment=TA_RIGHT)
        data = [[Paragraph(esc(h), head_r if i in right else self.s["cellb"])
                 for i, h in enumerate(header)]]
        for r in rows:
            data.append([v if isinstance(v, Flowable) else
                         Paragraph(esc(v), cell_r if i in right else self.s["cell"])
                         for i, v in enumerate(r)])
        col = [self.width * w for w in widths] if widths else None
        t = Table(data, colWidths=col, repeatRows=1 if repeat_header else 0, hAlign="LEFT")
        style = [("BACKGROUND", (0, 0), (-1, 0), SHADE),
                 ("LINEBELOW", (0, 0), (-1, 0), 0.6, RULE),
                 ("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE),
                 ("VALIGN", (0, 0), (-1, -1), "TOP"),
                 ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3)]
        for c in align_right:
            style.append(("ALIGN", (c, 0), (c, -1), "RIGHT"))
        t.setStyle(TableStyle(style))
        self.story.append(t)
        self.story.append(Spacer(1, 3 * mm))

    def signatures(self, people: Sequence[tuple[str, str]], place_date: str | None = None) -> None:
        """Signature lines: (caption, name) each, side by side, kept together."""
        blocks = []
        if place_date:
            blocks.append(Paragraph(esc(place_date), self.s["body"]))
            blocks.append(Spacer(1, 12 * mm))
        cells = []
        for caption, name in people:
            cells.append([Paragraph("." * 46, self.s["center"]),
                          Paragraph(esc(name), self.s["center"]),
                          Paragraph(esc(caption), ParagraphStyle(
                              "sigcap", parent=self.s["small"], alignment=TA_CENTER))])
        per_row = 2 if len(cells) != 3 else 3
        rows = []
        for i in range(0, len(cells), per_row):
            chunk = cells[i:i + per_row]
            while len(chunk) < per_row:
                chunk.append("")
            rows.append(chunk)
        t = Table(rows, colWidths=[self.width / per_row] * per_row)
        t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 14)]))
        blocks.append(t)
        self.story.append(Spacer(1, 8 * mm))
        self.story.append(KeepTogether(blocks))

    def flowable(self, f: Flowable) -> None:
        self.story.append(f)

    @property
    def width(self) -> float:
        return A4[0] - 36 * mm

    # -- output ----------------------------------------------------------------
    def render(self) -> bytes:
        """The PDF; a build consumes (splits) the flowables, so once per Document."""
        if self.story is None:
            raise RuntimeError("a Document renders once")
        register_fonts()
        extra = {"invariant": 1} if self.invariant else {}
        buf = io.BytesIO()
        doc = _NumberedDoc(buf, self.office, self.doc_title, self.reference, **extra)
        story, self.story = self.story, None
        doc.build_story(story)
        return buf.getvalue()
