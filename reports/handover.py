"""Předávací protokol: handing a flat over to a new tenant (move-in) or
taking it back (move-out). The parties, the flat, meter readings, keys, the
condition of the flat with its defects, the declarations and signatures."""
from __future__ import annotations

from .base import Document, OfficeInfo
from .inspection import (
    NOTE_COPIES,
    InspectionDoc,
    _rep,
    defect_list,
    flat_box,
    flat_line,
    key_table,
    meter_table,
    party_table,
)
from .protocol import draft_banner, mark, sign

TITLE = "Předávací protokol"

DECLARATION_IN = (
    "Pronajímatel předává a nájemce přebírá byt uvedený v tomto protokolu. Nájemce prohlašuje, "
    "že se se stavem bytu seznámil, že byt je způsobilý k řádnému užívání s výhradou závad "
    "uvedených výše a že převzal klíče v uvedeném počtu. Stavy měřidel byly odečteny za "
    "přítomnosti obou stran.")
DECLARATION_OUT = (
    "Nájemce předává a pronajímatel přebírá byt uvedený v tomto protokolu vyklizený a klíče "
    "v uvedeném počtu. Závady uvedené výše byly zjištěny při převzetí; jejich odstranění "
    "a případnou náhradu řeší pronajímatel s nájemcem zvlášť. Stavy měřidel byly odečteny "
    "za přítomnosti obou stran.")


def render_handover(office: OfficeInfo, d: InspectionDoc) -> bytes:
    move_in = d.kind == "move_in"
    doc = Document(office, TITLE, d.reference, invariant=d.frozen)
    doc.title(TITLE, ("o předání bytu do nájmu" if move_in else
                      "o převzetí bytu po skončení nájmu") + f" · {flat_line(d)}")
    if d.is_draft:
        draft_banner(doc, "KONCEPT – protokol není uzavřen.")

    doc.heading("Smluvní strany")
    landlord = [("se sídlem", d.landlord_address),
                ("zastoupený", _rep(d))]
    tenant = [("jméno", d.tenant_name or d.household_name or "…………………………………"),
              ("datum narození", d.tenant_birth), ("trvalé bydliště", d.tenant_address),
              ("nájemní smlouva", d.lease_number)]
    party_table(doc, [(f"Pronajímatel: {d.landlord}", landlord), ("Nájemce", tenant)])

    doc.heading("Předmět předání")
    flat_box(doc, d, [("Datum předání", d.inspected_on), (f"Předání {d.worker_did}", d.worker_name)])
    doc.fields([("Přítomné osoby", d.present_persons)])

    doc.heading("1. Stavy měřidel ke dni předání")
    meter_table(doc, d.meters)

    doc.heading("2. Předané klíče")
    key_table(doc, d.keys)

    doc.heading("3. Stav bytu a vybavení")
    if d.items:
        room_summary(doc, d)
    doc.paragraph("<b>Zjištěné závady</b>", markup=True)
    defect_list(doc, d.defects)
    if d.summary:
        doc.paragraph("Další ujednání", "label")
        doc.paragraph(d.summary)
    if d.photo_count:
        doc.paragraph(f"Fotodokumentace stavu bytu ({d.photo_count} snímků) je uložena "
                      f"u protokolu o kontrole bytu.", "small")

    closing = mark(doc)
    doc.heading("4. Prohlášení")
    doc.paragraph(DECLARATION_IN if move_in else DECLARATION_OUT)

    giving, taking = ("předávající – za pronajímatele", "přebírající – nájemce") if move_in \
        else ("předávající – nájemce", "přebírající – za pronajímatele")
    rep, tenant_name = _rep(d), d.tenant_name or ""
    people = [(giving, rep), (taking, tenant_name)] if move_in else \
        [(giving, tenant_name), (taking, rep)]
    people += [tuple(x) for x in d.representatives]
    sign(doc, people, d.place_date, closing, NOTE_COPIES)
    return doc.render()


def room_summary(doc: Document, d: InspectionDoc) -> None:
    """One line per room: its items grouped by condition (the full checklist
    is in the inspection protocol)."""
    rows = []
    rooms: dict[str, dict[str, list[str]]] = {}
    for it in d.items:
        rooms.setdefault(it.room, {}).setdefault(it.condition, []).append(it.item)
    for room, by_condition in rooms.items():
        text = "; ".join(f"{cond}: {', '.join(items)}" for cond, items in by_condition.items())
        rows.append((room, text))
    doc.table(["Místnost", "Stav vybavení"], rows, [0.25, 0.75])
