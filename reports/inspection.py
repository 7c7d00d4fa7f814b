"""Protokol o kontrole bytu: the flat, the room-by-room checklist, meter
readings (EAN/EIC, T1/T2), keys, defects and what happens with them, photos
and signature lines. The handover protocol (reports/handover.py) is made
from the same data."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from reportlab.platypus import Paragraph, Table, TableStyle

from .base import RULE, SHADE, Document, OfficeInfo, esc
from .protocol import draft_banner, id_box, mark, photos, right, sign, text_or_none

TITLE = "Protokol o kontrole bytu"
NOTE_COPIES = "Protokol je vyhotoven ve dvou stejnopisech, po jednom pro každou stranu."


@dataclass(frozen=True)
class ChecklistRow:
    room: str
    item: str
    condition: str
    defect: str = ""
    note: str = ""
    is_defect: bool = False


@dataclass(frozen=True)
class MeterRow:
    kind: str              # "elektřina"
    serial: str
    supply_point: str      # EAN / EIC
    t1: str                # the reading (T1 for two tariffs)
    t2: str
    unit: str


@dataclass(frozen=True)
class KeyRow:
    kind: str
    count: int
    note: str = ""


@dataclass(frozen=True)
class DefectRow:
    where: str             # "Kuchyň – dřez a baterie"
    text: str
    action: str            # "předáno k odstranění, termín 11. 12. 2026"


@dataclass(frozen=True)
class InspectionDoc:
    reference: str
    kind: str                      # InspectionKind value: move_in, move_out, periodic, …
    kind_label: str
    is_draft: bool
    inspected_on: str
    flat_address: str
    flat_number: str
    flat_floor: str
    flat_layout: str
    flat_area: str
    flat_category: str
    worker_name: str
    landlord: str                  # "Město Trutnov"
    landlord_address: str
    landlord_rep: str              # who signs for the landlord
    landlord_rep_function: str
    tenant_name: str = ""
    tenant_birth: str = ""
    tenant_address: str = ""
    household_name: str = ""
    lease_number: str = ""
    present_persons: str = ""
    items: Sequence[ChecklistRow] = ()
    meters: Sequence[MeterRow] = ()
    keys: Sequence[KeyRow] = ()
    defects: Sequence[DefectRow] = ()
    summary: str = ""
    photos: Sequence[tuple[bytes, str]] = field(default_factory=tuple)
    frozen: bool = False          # closed handover: rendered from its snapshot, byte for byte
    photo_count: int = 0
    place_date: str = ""
    # the tenant's guardians or representatives valid on the day (caption, name):
    # they sign the handover protocol beside the tenant
    representatives: tuple = ()
    # "provedl" / "provedla" by the worker; older snapshots keep "provedl(a)"
    worker_did: str = "provedl(a)"


def flat_line(d: InspectionDoc) -> str:
    return f"{d.flat_address}, byt č. {d.flat_number}"


def checklist_table(doc: Document, items: Sequence[ChecklistRow], *, notes: bool = True) -> None:
    """Rooms as shaded group rows, their items below; defects in bold."""
    s = doc.s
    header = ["Položka", "Stav", "Závada / poznámka"]
    widths = [0.40, 0.17, 0.43]
    data = [[Paragraph(esc(h), s["cellb"]) for h in header]]
    style = [("BACKGROUND", (0, 0), (-1, 0), SHADE), ("LINEBELOW", (0, 0), (-1, 0), 0.6, RULE),
             ("VALIGN", (0, 0), (-1, -1), "TOP"),
             ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
             ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]
    room = None
    for it in items:
        if it.room != room:
            room = it.room
            data.append([Paragraph(esc(room), s["cellb"]), "", ""])
            r = len(data) - 1
            style += [("SPAN", (0, r), (-1, r)), ("LINEABOVE", (0, r), (-1, r), 0.6, RULE),
                      ("TOPPADDING", (0, r), (-1, r), 5)]
        remark = "; ".join(p for p in (it.defect, it.note if notes else "") if p)
        cell = s["cellb"] if it.is_defect else s["cell"]
        data.append([Paragraph(esc(it.item), s["cell"]), Paragraph(esc(it.condition), cell),
                     Paragraph(esc(remark), cell)])
    t = Table(data, colWidths=[doc.width * w for w in widths], repeatRows=1, hAlign="LEFT")
    t.setStyle(TableStyle(style))
    doc.flowable(t)
    doc.spacer(3)


def meter_table(doc: Document, meters: Sequence[MeterRow]) -> None:
    if not meters:
        doc.paragraph("Stavy měřidel nebyly zapsány.", "small")
        return
    rows = [(m.kind, m.serial or "—", m.supply_point or "—", right(doc, m.t1 or "—"),
             right(doc, m.t2 or "—"), m.unit) for m in meters]
    doc.table(["Měřidlo", "Výrobní číslo", "EAN / EIC", "Stav (T1)", "T2", "Jedn."], rows,
              [0.16, 0.17, 0.29, 0.15, 0.13, 0.10], align_right=(3, 4))


def key_table(doc: Document, keys: Sequence[KeyRow]) -> None:
    if not keys:
        doc.paragraph("Klíče nebyly předávány.", "small")
        return
    rows = [(k.kind, right(doc, f"{k.count} ks"), k.note) for k in keys]
    total = sum(k.count for k in keys)
    rows.append((Paragraph("Celkem", doc.s["cellb"]), right(doc, f"{total} ks", bold=True), ""))
    doc.table(["Klíče od", "Počet", "Poznámka"], rows, [0.35, 0.15, 0.50], align_right=(1,))


def defect_list(doc: Document, defects: Sequence[DefectRow]) -> None:
    if not defects:
        doc.paragraph("Při kontrole nebyly zjištěny žádné závady.")
        return
    rows = [(str(n), d.where, d.text, d.action) for n, d in enumerate(defects, start=1)]
    doc.table(["č.", "Místo", "Zjištěná závada", "Opatření"], rows,
              [0.05, 0.27, 0.38, 0.30])


def flat_box(doc: Document, d: InspectionDoc, extra: Sequence[tuple[str, object]] = ()) -> None:
    id_box(doc, [("Adresa", d.flat_address), ("Číslo bytu", d.flat_number),
                 ("Dispozice", d.flat_layout), ("Podlahová plocha", d.flat_area),
                 ("Podlaží", d.flat_floor), ("Kategorie bytu", d.flat_category), *extra])


def render_inspection(office: OfficeInfo, d: InspectionDoc) -> bytes:
    doc = Document(office, TITLE, d.reference)
    doc.title(TITLE, f"{d.kind_label} · {flat_line(d)}")
    if d.is_draft:
        draft_banner(doc, "KONCEPT – protokol není uzavřen.")
    flat_box(doc, d, [("Datum kontroly", d.inspected_on), (f"Kontrolu {d.worker_did}", d.worker_name),
                      ("Nájemce", d.tenant_name or d.household_name),
                      ("Nájemní smlouva", d.lease_number)])
    doc.fields([("Přítomné osoby", d.present_persons)])

    doc.heading("1. Stav bytu a vybavení po místnostech")
    if d.items:
        checklist_table(doc, d.items)
    else:
        doc.paragraph("Kontrolní seznam je prázdný.", "small")

    doc.heading("2. Stavy měřidel")
    meter_table(doc, d.meters)

    if d.keys or d.kind in ("move_in", "move_out"):
        doc.heading("3. Klíče")
        key_table(doc, d.keys)

    closing = mark(doc)
    doc.heading(f"{4 if d.keys or d.kind in ('move_in', 'move_out') else 3}. "
                f"Zjištěné závady a opatření")
    defect_list(doc, d.defects)
    if d.summary:
        doc.paragraph("Shrnutí", "label")
        text_or_none(doc, d.summary)

    sign(doc, [("za pronajímatele", _rep(d)), ("nájemce", d.tenant_name or "")],
         d.place_date, closing, NOTE_COPIES)
    if d.photos:
        doc.heading(f"Příloha: fotodokumentace ({len(d.photos)})")
        photos(doc, d.photos)
    return doc.render()


def _rep(d: InspectionDoc) -> str:
    return f"{d.landlord_rep}, {d.landlord_rep_function}" if d.landlord_rep_function \
        else d.landlord_rep


def party_table(doc: Document, parties: Sequence[tuple[str, Sequence[tuple[str, str]]]]) -> None:
    """Contracting parties side by side: (heading, [(label, value), …])."""
    s = doc.s
    cols = []
    for heading, pairs in parties:
        lines = [Paragraph(esc(heading), s["cellb"])]
        for k, v in pairs:
            if v:
                lines.append(Paragraph(f"<font color='#5f6f7c'>{esc(k)}:</font> {esc(v)}",
                                       s["cell"]))
        cols.append(lines)
    t = Table([cols], colWidths=[doc.width / len(cols)] * len(cols), hAlign="LEFT")
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("BOX", (0, 0), (-1, -1), 0.5, RULE),
                           ("INNERGRID", (0, 0), (-1, -1), 0.5, RULE),
                           ("LEFTPADDING", (0, 0), (-1, -1), 6),
                           ("TOPPADDING", (0, 0), (-1, -1), 4),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    doc.flowable(t)
    doc.spacer(3)
