"""Renewal documents: the amendment (dodatek) that extends a fixed-term lease,
and the letter telling the tenant that the lease will not be renewed."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib.enums import TA_JUSTIFY
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

from .base import Document, OfficeInfo, esc
from .typography import czech_nbsp


@dataclass(frozen=True)
class Party:
    name: str
    lines: tuple[str, ...] = ()        # address, IČO / birth date, representative …


@dataclass(frozen=True)
class RenewalData:
    office: OfficeInfo
    approved: bool                       # True: dodatek; False: notice of non-renewal
    lease_number: str
    amendment_number: str
    landlord: Party
    tenant: Party
    flat: str
    previous_ends_on: str
    new_ends_on: str
    rent: str
    services_total: str
    arrears: str
    check_on: str
    reason: str
    place_date: str
    landlord_signatory: str
    contact: str = ""
    salutation: str = "Vážená paní, vážený pane,"
    vacate_words: str = "vyklidil(a) a předal(a)"     # by the tenant's sex
    # the tenant's guardians or representatives valid on the day (caption, name): they sign too
    representatives: Sequence[tuple[str, str]] = ()
    fingerprint: str = ""        # issued: "otisk …" of the frozen data, in the footer
    frozen: bool = False         # issued: rendered from its snapshot, byte for byte


def _reference(ref: str, data: RenewalData) -> str:
    return f"{ref}  ·  otisk {data.fingerprint}" if data.fingerprint else ref


def _body(doc: Document) -> ParagraphStyle:
    return ParagraphStyle("rbody", parent=doc.s["body"], fontSize=10, leading=13.6,
                          alignment=TA_JUSTIFY, spaceAfter=6)


def _party(doc: Document, party: Party, role: str, style) -> None:
    lines = [f"<b>{esc(party.name)}</b>"] + [esc(x) for x in party.lines if x]
    lines.append(f"(dále jen „{esc(role)}“)")
    doc.flowable(_p("<br/>".join(lines), style))


def _p(text: str, style, **kw) -> Paragraph:
    return Paragraph(czech_nbsp(text), style, **kw)


def render_amendment(data: RenewalData) -> bytes:
    number = data.amendment_number.rsplit("/D", 1)[-1]
    doc = Document(data.office, f"Dodatek č. {number} k nájemní smlouvě",
                   _reference(data.amendment_number, data), invariant=data.frozen)
    body = _body(doc)
    doc.flowable(_p(f"Dodatek č. {esc(number)}", ParagraphStyle(
        "at", parent=doc.s["title"], alignment=1, fontSize=17, leading=21)))
    doc.flowable(_p(f"k nájemní smlouvě č. {esc(data.lease_number)} o nájmu bytu na "
                           f"dobu určitou (číslo dodatku {esc(data.amendment_number)})",
                           ParagraphStyle("as", parent=doc.s["subtitle"], alignment=1,
                                          spaceAfter=12)))
    doc.heading("Smluvní strany")
    _party(doc, data.landlord, "pronajímatel", body)
    doc.flowable(_p("a", body))
    _party(doc, data.tenant, "nájemce", body)
    doc.heading("I. Prodloužení nájmu")
    doc.flowable(_p(
        f"Smluvní strany se dohodly, že nájem bytu {esc(data.flat)}, sjednaný nájemní smlouvou "
        f"č. {esc(data.lease_number)} na dobu určitou do {esc(data.previous_ends_on)}, "
        f"se prodlužuje do <b>{esc(data.new_ends_on)}</b>.", body))
    doc.flowable(_p(
        f"Ke dni kontroly {esc(data.check_on)} činil dluh nájemce na nájemném a zálohách "
        f"{esc(data.arrears)}. {esc(data.reason)}", body))
    doc.heading("II. Nájemné a zálohy")
    doc.flowable(_p(
        f"Nájemné činí {esc(data.rent)} měsíčně, zálohy na služby {esc(data.services_total)} "
        "měsíčně. Ostatní ustanovení nájemní smlouvy zůstávají beze změny.", body))
    doc.heading("III. Závěrečná ustanovení")
    doc.flowable(_p(
        "Dodatek je vyhotoven ve dvou stejnopisech, z nichž každá strana obdrží jeden. "
        "Dodatek nabývá platnosti dnem podpisu oběma stranami a účinnosti dnem následujícím "
        f"po {esc(data.previous_ends_on)}.", body))
    doc.signatures([("pronajímatel", data.landlord_signatory), ("nájemce", data.tenant.name),
                    *[tuple(x) for x in data.representatives]], data.place_date)
    return doc.render()


def render_notice(data: RenewalData) -> bytes:
    doc = Document(data.office, "Oznámení o neprodloužení nájmu a výzva k vyklizení",
                   _reference(data.lease_number, data), invariant=data.frozen)
    body = _body(doc)
    address = "<br/>".join([f"<b>{esc(data.tenant.name)}</b>"]
                           + [esc(x) for x in data.tenant.lines if x])
    doc.flowable(_p(address, body))
    doc.spacer(6)
    doc.flowable(_p(esc(data.place_date), ParagraphStyle(
        "nd", parent=body, alignment=2)))
    doc.title("Oznámení o neprodloužení nájmu bytu a výzva k vyklizení",
              f"nájemní smlouva č. {data.lease_number}")
    doc.flowable(_p(esc(data.salutation), body))
    doc.flowable(_p(
        f"oznamujeme Vám, že nájem bytu {esc(data.flat)}, sjednaný na dobu určitou do "
        f"<b>{esc(data.previous_ends_on)}</b>, nebude prodloužen a tímto dnem skončí.", body))
    doc.flowable(_p(f"Důvod: {esc(data.reason)}", body))
    doc.flowable(_p(
        f"Ke dni kontroly {esc(data.check_on)} evidujeme dluh na nájemném a zálohách ve výši "
        f"{esc(data.arrears)}.", body))
    doc.flowable(_p(
        f"<b>Vyzýváme Vás, abyste byt {data.vacate_words} pronajímateli nejpozději "
        f"dne {esc(data.previous_ends_on)}</b>, kdy nájem skončí (výzva k vyklizení; nájem se "
        "tak neobnoví podle § 2285 občanského zákoníku). O předání bude sepsán předávací "
        "protokol. Jistotu Vám pronajímatel vrátí i s úroky po započtení případných "
        "pohledávek z nájmu (§ 2254 odst. 2 občanského zákoníku).", body))
    doc.flowable(_p(
        "Chcete-li se o své situaci poradit, domluvit splácení dluhu nebo hledat jiné bydlení, "
        f"obraťte se prosím na kontaktní místo pro bydlení{esc(data.contact)}. "
        "Rádi Vám pomůžeme.", body))
    doc.signatures([("za pronajímatele", data.landlord_signatory)])
    return doc.render()


def render_renewal(data: RenewalData) -> bytes:
    return render_amendment(data) if data.approved else render_notice(data)
