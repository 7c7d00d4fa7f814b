"""Záznam o činnostech zpracování (čl. 30 GDPR) generated from what this
installation is configured to do: the categories of data from the schema
(every table that refers to a person, its columns by their Czech names and
its special-category columns), the role table as the office set it, the
retention periods, and the recipients = the paired installations with their
scope and whether special-category data goes to them."""
# czech-on-purpose: the record of processing activities (čl. 30 GDPR) is a Czech legal document
from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from models.staff import Role
from models.sync import Peer
from reports import processing_record as rep

from .. import audit, settings
from ..db import Database
from ..formatting import format_date
from ..office import office_info
from ..security import ROLE_LABELS, Actor, Permission, role_permissions
from . import partners, retention
from .labels import column_label, table_label
from .roles import PERMISSION_LABELS
from .subject_access import DERIVED, referring
from .visibility import SPECIAL_COLUMNS

PURPOSES = (
    "poskytování poradenství a podpory v bydlení osobám v bytové nouzi "
    "(zákon č. 175/2025 Sb., o podpoře bydlení)",
    "sociální šetření a sociální práce s domácnostmi",
    "přidělování obecních bytů podle pravidel obce, nájemní smlouvy a jejich obnova",
    "krizový fond obce (jistoty, dluhy na nájemném)",
    "kontroly a předávání obecních bytů",
    "bydlení s ručením: nájmy u soukromých pronajímatelů, ručení obce, platby pronajímatelům",
    "statistiky pro obec a ministerstvo (po anonymizaci)",
)
LEGAL_BASES = (
    "čl. 6 odst. 1 písm. c) a e) GDPR – plnění právní povinnosti a úkol ve veřejném zájmu "
    "(zákon o podpoře bydlení, zákon o obcích)",
    "čl. 6 odst. 1 písm. b) GDPR – nájemní smlouva",
    "čl. 9 odst. 2 písm. b) a h) GDPR – zvláštní kategorie údajů v sociální práci",
)
SUBJECTS = ("klienti KMB a členové jejich domácností", "žadatelé o obecní byt a nájemci",
            "pracovníci úřadu (uživatelé aplikace, auditní záznam)",
            "soukromí pronajímatelé – fyzické osoby a kontaktní osoby pronajímatelů – firem")
BOOKKEEPING = {"id", "created_at", "updated_at", "deleted_at", "sync_meta", "sync_seq"}
KIND_LABELS = {"office": "vlastní kancelář", "laptop": "terénní notebook pracovníka",
               "partner": "partnerská organizace"}


def _categories() -> list[rep.Category]:
    from models.base import Base
    tables = ["person"] + sorted({t.name for t, _ in referring("person")} - {"person"},
                                 key=table_label) + ["landlord"]     # a data subject too
    out = []
    for name in tables:
        t = Base.metadata.tables[name]
        cols = [c.name for c in t.columns if c.name not in BOOKKEEPING | DERIVED
                and not c.foreign_keys]
        special = SPECIAL_COLUMNS.get(name, frozenset())
        out.append(rep.Category(
            table_label(name),
            ", ".join(column_label(c) for c in cols if c not in special),
            ", ".join(column_label(c) for c in cols if c in special)))
    return out


def _roles(s) -> list[rep.RoleLine]:
    lines = []
    for role in Role:
        perms = role_permissions(s, role)
        lines.append(rep.RoleLine(ROLE_LABELS[role], "; ".join(
            PERMISSION_LABELS[p] for p in Permission if p in perms)))
    return lines


def _recipients(s) -> list[rep.Recipient]:
    out = []
    for peer in s.scalars(select(Peer).where(Peer.revoked_at.is_(None)).order_by(Peer.name)):
        extent = "data pracovníka (jeho domácnosti)" if peer.scope else "všechna data úřadu"
        if peer.kind == partners.PARTNER_KIND:
            cases = ("jen případy, k jejichž předání dal klient souhlas"
                     if peer.scope == "cases" else "údaje potřebné ke spolupráci")
            extent = cases + "; zvláštní kategorie: " + \
                partners.describe(partners._read(s, peer.id))
        out.append(rep.Recipient(peer.name, KIND_LABELS.get(peer.kind, peer.kind), extent))
    return out


def record_data(db: Database, actor: Actor, today: dt.date | None = None) -> rep.ProcessingRecord:
    actor.require(Permission.SETTINGS)
    today = today or dt.date.today()
    with db.reading() as s:
        office = office_info(s)
        case_years = int(settings.get(s, retention.CASE_YEARS))
        contact_years = int(settings.get(s, retention.CONTACT_YEARS))
        landlord_years = int(settings.get(s, retention.LANDLORD_YEARS))
        lock = settings.get(s, "security.lock_minutes")
        data = rep.ProcessingRecord(
            office=office, made_on=format_date(today),
            controller=", ".join(p for p in (office.name, office.address) if p),
            purposes=PURPOSES, legal_bases=LEGAL_BASES, subjects=SUBJECTS,
            categories=tuple(_categories()), roles=tuple(_roles(s)),
            recipients=tuple(_recipients(s)),
            retention=(("klienti s uzavřeným případem (od uzavření, pak anonymizace)",
                        f"{case_years} let"),
                       ("klienti jen s kontakty, bez případu (od posledního kontaktu)",
                        f"{contact_years} let"),
                       ("soukromí pronajímatelé – fyzické osoby, kontaktní osoby firem (od "
                        "skončení posledního nájmu, ručení nebo platby, pak anonymizace)",
                        f"{landlord_years} let"),
                       ("auditní záznam", "trvale v instalaci (prokazuje přístupy); "
                                          "obsahuje jen id záznamů a hledaný text")),
            measures=(
                "databáze šifrovaná (SQLCipher, AES-256), klíč chráněný heslem každého "
                "uživatele (Argon2id); klíč pro obnovu v trezoru úřadu",
                "role a oprávnění podle tabulky úřadu; zvláštní kategorie údajů vidí jen "
                "role s oprávněním",
                "auditní záznam každého otevření, tisku, exportu a změny, řetězený HMAC "
                "a denně podepsaný (Ed25519)",
                f"zámek obrazovky po {lock} minutách nečinnosti; zpoždění po chybných heslech",
                "výměna dat jen podepsanými a šifrovanými balíčky (age) se spárovanými "
                "instalacemi; partnerům zvláštní kategorie jen s povolením vedoucí(ho)",
                "šifrované zálohy; anonymizace po skartační lhůtě s přepsáním uvolněného místa",
            ),
            transfers="nepředávají se (aplikace běží na počítačích úřadu, bez serveru)")
    return data


def print_record(db: Database, actor: Actor, today: dt.date | None = None) -> bytes:
    """The PDF (audited as a print)."""
    pdf = rep.render(record_data(db, actor, today))
    with db.transaction() as s:
        audit.record(s, actor, "print", "processing_record", None, {"document": "čl. 30"})
    return pdf
