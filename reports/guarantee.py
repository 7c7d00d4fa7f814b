"""Potvrzení o ručení (bydlení s ručením): the town's guarantee to a private
landlord for one lease – who guarantees to whom for which household and
flat, how much, for how long and on what conditions, what has been paid
under it so far, and the signatures (the tenant's guardian or representative
signs beside the tenant). Plain data in, PDF bytes out."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from .base import Document, OfficeInfo


@dataclass(frozen=True)
class GuaranteeDocument:
    office: OfficeInfo
    number: str
    guarantor: Sequence[tuple[str, str]]          # label, value: the town / the KMB
    landlord: Sequence[tuple[str, str]]
    tenant: Sequence[tuple[str, str]]
    household: Sequence[str]                      # members: "name (born d. M. yyyy)"
    lease: Sequence[tuple[str, str]]              # flat address, kind, rent, term …
    amount: str                                   # "48 000 Kč"
    term: str                                     # "1. 2. 2026 – 31. 1. 2027"
    conditions: Sequence[str]
    claims: Sequence[tuple[str, str, str]]        # paid on, amount, reason
    claimed: str
    remaining: str
    note: str | None
    signatures: Sequence[tuple[str, str]]         # caption, name
    place_date: str


def render(d: GuaranteeDocument) -> bytes:
    doc = Document(d.office, "Potvrzení o ručení", d.number)
    doc.title("Potvrzení o ručení", f"č. {d.number} – bydlení s ručením obce")
    doc.paragraph(f"Ručitel se zavazuje pronajímateli, že uspokojí jeho pohledávky z níže "
                  f"uvedeného nájmu vůči nájemci, nesplní-li je nájemce, a to do výše "
                  f"{d.amount} po dobu {d.term} (§ 2018 a násl. občanského zákoníku).")
    doc.heading("Ručitel")
    doc.fields(list(d.guarantor))
    doc.heading("Pronajímatel (věřitel)")
    doc.fields(list(d.landlord))
    doc.heading("Nájemce (dlužník) a jeho domácnost")
    doc.fields(list(d.tenant) + [("Členové domácnosti", ", ".join(d.household) or "—")])
    doc.heading("Nájem, za který se ručí")
    doc.fields(list(d.lease))
    doc.heading("Rozsah ručení")
    doc.fields([("Nejvyšší částka", d.amount), ("Doba ručení", d.term),
                ("Dosud plněno", d.claimed), ("Zbývá", d.remaining)])
    if d.claims:
        doc.table(["Plněno dne", "Částka", "Za co"], [list(c) for c in d.claims],
                  widths=[0.18, 0.18, 0.64], align_right=[1])
    doc.heading("Podmínky")
    for n, text in enumerate(d.conditions, 1):
        doc.paragraph(f"{n}. {text}")
    if d.note:
        doc.paragraph(f"Ujednáno dále: {d.note}")
    doc.signatures(list(d.signatures), d.place_date)
    return doc.render()
