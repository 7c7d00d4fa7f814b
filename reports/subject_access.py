"""Výpis osobních údajů (čl. 15 GDPR): the readable summary that goes with the
data files – what is kept, why, for whom, how long, who worked with it, and
the person's rights. Plain data in, PDF out."""
from __future__ import annotations

from dataclasses import dataclass

from .base import Document, OfficeInfo


@dataclass(frozen=True)
class SubjectSummary:
    office: OfficeInfo
    person_name: str
    made_on: str
    identity: tuple[tuple[str, str], ...]        # label, value
    records: tuple[tuple[str, int], ...]         # kind of record, how many
    purposes: tuple[str, ...]
    recipients: tuple[str, ...]
    retention: tuple[str, ...]
    access: tuple[tuple[str, str, str, str], ...]  # when, who, what, which record
    access_total: int


RIGHTS = (
    "opravu nepřesných údajů (čl. 16)", "výmaz, pokud úřad údaje už nepotřebuje (čl. 17)",
    "omezení zpracování (čl. 18)", "námitku proti zpracování (čl. 21)",
    "stížnost u Úřadu pro ochranu osobních údajů, Pplk. Sochora 27, 170 00 Praha 7 (čl. 77)",
)


def render(data: SubjectSummary) -> bytes:
    doc = Document(data.office, "Výpis osobních údajů", f"ke dni {data.made_on}")
    doc.title("Výpis osobních údajů", f"podle čl. 15 nařízení (EU) 2016/679 (GDPR) – "
                                      f"{data.person_name}")
    doc.heading("Osoba")
    doc.fields(list(data.identity))
    doc.heading("Jaké záznamy o vás vedeme")
    doc.paragraph("Úplný obsah všech záznamů je v přiloženém sešitu udaje.xlsx (jeden list na "
                  "každý druh záznamu) a ve strojově čitelném souboru udaje.json.")
    doc.table(["Druh záznamu", "Počet"], [(k, str(n)) for k, n in data.records],
              widths=[0.8, 0.2], align_right=[1])
    doc.heading("Proč údaje zpracováváme")
    for p in data.purposes:
        doc.paragraph(f"• {p}")
    doc.heading("Komu údaje předáváme")
    for r in data.recipients or ("nikomu mimo úřad",):
        doc.paragraph(f"• {r}")
    doc.heading("Jak dlouho údaje uchováváme")
    for r in data.retention:
        doc.paragraph(f"• {r}")
    doc.heading("Kdo s vašimi údaji pracoval")
    if data.access:
        doc.table(["Kdy", "Kdo", "Co", "Záznam"], list(data.access),
                  widths=[0.22, 0.3, 0.2, 0.28])
        if data.access_total > len(data.access):
            doc.paragraph(f"Zobrazeno posledních {len(data.access)} z {data.access_total} "
                          "událostí; všechny jsou v sešitu udaje.xlsx.", "small")
    else:
        doc.paragraph("Žádné zaznamenané otevření, tisk ani export.")
    doc.heading("Vaše práva")
    doc.paragraph("Máte právo na:")
    for r in RIGHTS:
        doc.paragraph(f"• {r}")
    return doc.render()
