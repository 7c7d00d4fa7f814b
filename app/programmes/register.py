"""The programme register: projects and grants the KMB runs on (name, code,
funder, period, the indicators the funder asks for)."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select

from models.programmes import FlatFunding, Funder, Programme, ProgrammeTag

from .. import audit
from ..czech_text import sort_key
from ..db import Database
from ..errors import Conflict, ValidationError
from ..rows import get_live, live
from ..security import Actor, Permission
from ..i18n import N_, _

FUNDER_LABELS = {
    # the programmes' own names stay as they are; the two general sources translate
    Funder.OPZ_PLUS: "OPZ+",
    Funder.IROP: "IROP",
    Funder.ITI: "ITI",
    Funder.HOUSING_FIRST: "Housing First",
    Funder.HOUSING_LED: "Housing Led",
    Funder.MUNICIPAL: N_("rozpočet obce"),
    Funder.OTHER: N_("jiný zdroj"),
}


def funder_label(funder) -> str:
    """The funder in the person's language ("rozpočet obce" / "municipal budget")."""
    return _(FUNDER_LABELS[funder])


@dataclass(frozen=True)
class ProgrammeInput:
    code: str
    name: str
    funder: Funder | None
    starts_on: dt.date | None = None
    ends_on: dt.date | None = None
    indicators: str | None = None
    note: str | None = None


@dataclass(frozen=True)
class ProgrammeRow:
    id: str
    code: str
    name: str
    funder: Funder
    funder_label: str
    starts_on: dt.date | None
    ends_on: dt.date | None
    indicators: str | None
    note: str | None
    cases: int                 # records tagged with the programme
    leases: int
    budgets: int
    row_version: int

    @property
    def title(self) -> str:
        return f"{self.name} ({self.code})"

    def running_on(self, day: dt.date) -> bool:
        return ((self.starts_on is None or self.starts_on <= day)
                and (self.ends_on is None or day <= self.ends_on))


def _clean(text: str | None) -> str | None:
    text = (text or "").strip()
    return text or None


def list_programmes(db: Database, actor: Actor) -> list[ProgrammeRow]:
    """Every programme with how many cases, leases and budgets it holds, by name
    (Czech collation)."""
    actor.require(Permission.VIEW_STATS)
    with db.reading() as s:
        counts: dict[str, list[int]] = {}
        for pid, case_n, lease_n, budget_n in s.execute(
                select(ProgrammeTag.programme_id, func.count(ProgrammeTag.case_id),
                       func.count(ProgrammeTag.lease_id), func.count(ProgrammeTag.fund_budget_id))
                .where(live(ProgrammeTag)).group_by(ProgrammeTag.programme_id)):
            counts[pid] = [case_n, lease_n, budget_n]
        rows = [ProgrammeRow(p.id, p.code, p.name, p.funder, funder_label(p.funder),
                             p.starts_on, p.ends_on, p.indicators, p.note,
                             *counts.get(p.id, [0, 0, 0]), p.row_version)
                for p in s.scalars(select(Programme).where(live(Programme)))]
    return sorted(rows, key=lambda r: (sort_key(r.name), r.code))


def _validate(data: ProgrammeInput) -> dict[str, str]:
    errors = {}
    if not _clean(data.name):
        errors["name"] = _("Uveďte název programu nebo projektu.")
    if not _clean(data.code):
        errors["code"] = _("Uveďte kód (např. registrační číslo projektu).")
    elif len(data.code.strip()) > 40:
        errors["code"] = _("Kód může mít nejvýše 40 znaků.")
    if data.funder is None:
        errors["funder"] = _("Vyberte poskytovatele (OPZ+, IROP, ITI …).")
    if data.starts_on and data.ends_on and data.ends_on < data.starts_on:
        errors["ends_on"] = _("Konec programu je před jeho začátkem.")
    return errors


def save_programme(db: Database, actor: Actor, data: ProgrammeInput,
                   programme_id: str | None = None) -> str:
    """Create a programme or change one; the code is unique among live programmes."""
    actor.require(Permission.SETTINGS)
    errors = _validate(data)
    if errors:
        raise ValidationError.from_errors(errors)
    code = data.code.strip()
    with db.transaction() as s:
        same = s.scalars(select(Programme).where(
            func.lower(Programme.code) == code.lower(), live(Programme))).first()
        if same is not None and same.id != programme_id:
            raise ValidationError(_("Program s kódem „{code}“ už v evidenci je ({name}).").format(code=code, name=same.name),
                                  field="code")
        if programme_id:
            p = get_live(s, Programme, programme_id, _("Program"))
        else:
            p = Programme()
            s.add(p)
        p.code, p.name, p.funder = code, data.name.strip(), data.funder
        p.starts_on, p.ends_on = data.starts_on, data.ends_on
        p.indicators, p.note = _clean(data.indicators), _clean(data.note)
        s.flush()
        audit.record(s, actor, "update" if programme_id else "create", "programme", p.id,
                     {"code": code, "fields": audit.changed_fields(p) if programme_id else []})
        return p.id


def remove_programme(db: Database, actor: Actor, programme_id: str) -> None:
    """Remove a programme nothing is tagged with and no flat's funding names."""
    actor.require(Permission.SETTINGS)
    with db.transaction() as s:
        p = get_live(s, Programme, programme_id, _("Program"))
        used = s.scalar(select(func.count()).where(
            ProgrammeTag.programme_id == p.id, live(ProgrammeTag)))
        funded = s.scalar(select(func.count()).where(
            (FlatFunding.programme_id == p.id) | (FlatFunding.target_programme_id == p.id),
            live(FlatFunding)))
        if used or funded:
            raise Conflict(_("Program „{name}“ má zařazené záznamy ({used}) nebo byty ({funded}); "
                             "nejdřív je z programu vyřaďte.").format(name=p.name, used=used, funded=funded))
        from models.base import utcnow
        p.deleted_at = utcnow()
        audit.record(s, actor, "delete", "programme", p.id, {"code": p.code})
