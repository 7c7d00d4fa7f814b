"""The lease contract: the town's own wording (a template with placeholders)
filled with the lease's data and laid out on the common document frame.

Template markup (plain text, easy to edit in the settings):
- ``% …``            a comment line, not printed;
- ``# Title``        the document title, ``## Heading`` an article heading;
- ``- text``         a bullet; a blank line ends a paragraph;
- ``**bold**``       bold text inside a paragraph;
- ``{{name}}``       a value (tenant, flat, rent …);
- ``{{tabulka_sluzeb}}``, ``{{podpisy}}``, ``{{nova_strana}}`` on a line of
  their own: the services table, the signature block, a page break.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Sequence

from reportlab.lib.enums import TA_JUSTIFY, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, Paragraph, Spacer

from .base import Document, OfficeInfo, esc
from .typography import czech_nbsp

BLOCKS = {"tabulka_sluzeb", "podpisy", "nova_strana"}
PLACEHOLDER = re.compile(r"\{\{\s*([a-z0-9_]+)\s*\}\}")
_BOLD = re.compile(r"\*\*(.+?)\*\*")


@dataclass(frozen=True)
class ContractData:
    office: OfficeInfo
    template: str
    values: dict[str, str]
    services: Sequence[tuple[str, str]] = ()          # (service, monthly advance as text)
    services_total: str = ""
    signatures: Sequence[tuple[str, str]] = ()        # (caption, name)
    place_date: str = ""
    doc_title: str = "Nájemní smlouva"
    reference: str = ""
    frozen: bool = False        # signed: rendered from its snapshot, byte for byte


def placeholders(template: str) -> set[str]:
    """Names used in the template (outside comment lines)."""
    names = set()
    for line in template.splitlines():
        if not line.startswith("%"):
            names.update(PLACEHOLDER.findall(line))
    return names


def _as_is(text: str) -> str:
    return text


def template_problems(template: str, known: set[str], tr=_as_is) -> list[str]:
    """What is wrong with a template (unknown names, broken braces); empty if fine.
    ``tr`` translates each Czech message (app/ passes its ``_``: the problems are
    shown on screen; app/leases/documents.py marks the same texts for extraction)."""
    problems = []
    if not template.strip():
        return [tr("Šablona je prázdná.")]
    unknown = sorted(placeholders(template) - known - BLOCKS)
    for name in unknown:
        problems.append(tr("Neznámý zástupný symbol {placeholder}.").format(
            placeholder="{{" + name + "}}"))
    for i, line in enumerate(template.splitlines(), start=1):
        if line.startswith("%"):
            continue
        rest = PLACEHOLDER.sub("", line)
        if "{{" in rest or "}}" in rest:
            problems.append(tr("Řádek {line}: neuzavřené závorky {braces}.").format(
                line=i, braces="{{ }}"))
        for block in BLOCKS:
            if f"{{{{{block}}}}}" in line.replace(" ", "") and line.strip().replace(" ", "") \
                    != f"{{{{{block}}}}}":
                problems.append(tr("Řádek {line}: {block} musí stát na samostatném řádku.")
                                .format(line=i, block="{{" + block + "}}"))
    if not any(line.startswith("# ") for line in template.splitlines()):
        problems.append(tr("Šablona nemá nadpis (řádek začínající „# “)."))
    return problems


def _inline(text: str, values: dict[str, str]) -> str:
    """Escape, fill the placeholders (values escaped too) and apply **bold**."""
    out, pos = [], 0
    for m in PLACEHOLDER.finditer(text):
        out.append(esc(text[pos:m.start()]))
        out.append(esc(values.get(m[1], m[0])))
        pos = m.end()
    out.append(esc(text[pos:]))
    return czech_nbsp(_BOLD.sub(r"<b>\1</b>", "".join(out)))


def _styles(doc: Document) -> dict[str, ParagraphStyle]:
    body = ParagraphStyle("contract", parent=doc.s["body"], fontSize=10, leading=13.6,
                          alignment=TA_JUSTIFY, spaceAfter=5)
    return {
        "body": body,
        "bullet": ParagraphStyle("cbullet", parent=body, leftIndent=12, bulletIndent=2,
                                 spaceAfter=3),
        "title": ParagraphStyle("ctitle", parent=doc.s["title"], fontSize=17, leading=21,
                                alignment=1, spaceAfter=3),
        "subtitle": ParagraphStyle("csub", parent=doc.s["subtitle"], alignment=1,
                                   spaceAfter=10),
        "h2": ParagraphStyle("ch2", parent=doc.s["h2"], alignment=1, spaceBefore=10,
                             spaceAfter=5),
    }


def render_contract(data: ContractData) -> bytes:
    doc = Document(data.office, data.doc_title, data.reference, invariant=data.frozen)
    st = _styles(doc)
    paragraph: list[str] = []
    after_title = False

    def flush() -> None:
        nonlocal after_title
        if not paragraph:
            return
        lines = [line.strip() for line in paragraph]
        paragraph.clear()
        bullet = lines[0].startswith("- ")
        if bullet:
            lines[0] = lines[0][2:]
        # a line break in the template is a line break in print
        text = "<br/>".join(_inline(line, data.values) for line in lines)
        if after_title:
            doc.flowable(Paragraph(text, st["subtitle"]))
            after_title = False
        elif bullet:
            doc.flowable(Paragraph(text, st["bullet"], bulletText="•"))
        else:
            doc.flowable(Paragraph(text, st["body"]))

    for raw in data.template.splitlines():
        line = raw.rstrip()
        if line.startswith("%"):
            continue
        block = line.strip().replace(" ", "")
        if block.startswith("{{") and block.endswith("}}") and block[2:-2] in BLOCKS:
            flush()
            name = block[2:-2]
            if name == "nova_strana":
                doc.flowable(PageBreak())
            elif name == "podpisy":
                doc.signatures(list(data.signatures), data.place_date or None)
            else:
                right = ParagraphStyle("cellr", parent=doc.s["cell"], alignment=TA_RIGHT)
                right_b = ParagraphStyle("cellrb", parent=doc.s["cellb"], alignment=TA_RIGHT)
                rows = [[name, Paragraph(czech_nbsp(esc(amount)), right)]
                        for name, amount in data.services]
                rows.append([Paragraph("Zálohy celkem", doc.s["cellb"]),
                             Paragraph(czech_nbsp(esc(data.services_total)), right_b)])
                doc.table(["Služba", "Měsíční záloha"], rows, [0.7, 0.3], align_right=[1])
            continue
        if line.startswith("# "):
            flush()
            doc.flowable(Paragraph(_inline(line[2:], data.values), st["title"]))
            after_title = True
            continue
        if line.startswith("## "):
            flush()
            after_title = False
            doc.flowable(Paragraph(_inline(line[3:], data.values), st["h2"]))
            continue
        if not line.strip():
            flush()
            after_title = False if not paragraph else after_title
            continue
        if line.startswith("- ") and paragraph:
            flush()
        paragraph.append(line)
    flush()
    doc.flowable(Spacer(1, 2 * mm))
    return doc.render()
