"""The fairness check of the allocation rules, printed for the council: for
the active rules (and a draft, if any) the share of each household type among
the top ranks against its share among eligible applications, with the
warnings the application raises."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from .base import Document, OfficeInfo
from .typography import czech_nbsp


@dataclass(frozen=True)
class GroupLine:
    label: str
    eligible: int
    eligible_pct: str          # "15,4 %"
    top: int
    top_pct: str
    warning: str


@dataclass(frozen=True)
class RulesBlock:
    title: str                 # "Platná pravidla: Bodový systém (vzor Blansko)"
    flats: int
    eligible: int
    top: int
    groups: Sequence[GroupLine]


@dataclass(frozen=True)
class FairnessDoc:
    office: OfficeInfo
    made_on: str               # "27. 11. 2026"
    top_ranks: int
    blocks: Sequence[RulesBlock]
    reference: str = ""


def render_fairness(d: FairnessDoc) -> bytes:
    doc = Document(d.office, "Kontrola spravedlnosti pravidel přidělování", d.reference)
    doc.title("Kontrola spravedlnosti pravidel přidělování",
              czech_nbsp(f"podklad pro jednání rady · stav ke dni {d.made_on}"))
    doc.paragraph(czech_nbsp(
        f"Pro každý volný byt aplikace seřadí způsobilé žádosti podle pravidel a porovná "
        f"podíl každé skupiny domácností na prvních {d.top_ranks} místech s jejím podílem mezi "
        "všemi způsobilými žádostmi. Skupina, jejíž podíl na předních místech je menší než "
        "polovina jejího podílu mezi způsobilými žádostmi (a má alespoň 5 žádostí), je "
        "označena jako zřetelně znevýhodněná. Jde o upozornění k posouzení, ne o právní "
        "závěr: rada zváží, zda rozdíl vyplývá z potřeby, nebo z nastavení pravidel."))
    for block in d.blocks:
        doc.heading(block.title)
        doc.fields([("Volné byty", block.flats),
                    ("Způsobilé žádosti (žádost × byt)", block.eligible),
                    (f"Na prvních {d.top_ranks} místech", block.top)], columns=2)
        doc.table(["Skupina domácností", "Způsobilé", "Podíl", f"Prvních {d.top_ranks}",
                   "Podíl"],
                  [(g.label, g.eligible, czech_nbsp(g.eligible_pct), g.top,
                    czech_nbsp(g.top_pct)) for g in block.groups],
                  [0.48, 0.12, 0.13, 0.14, 0.13], align_right=[1, 2, 3, 4])
        warnings = [g.warning for g in block.groups if g.warning]
        if warnings:
            for w in warnings:
                doc.paragraph("⚠ " + czech_nbsp(w))
        else:
            doc.paragraph("Žádná skupina není na prvních místech zřetelně znevýhodněná.")
    doc.signatures([("zpracoval(a)", "")], czech_nbsp(f"Dne {d.made_on}"))
    return doc.render()
