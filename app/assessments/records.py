"""Social assessments (sociální šetření), following the fields of the
standardised record of a social worker (vyhláška 332/2013 Sb.) where they
apply.

- A draft is saved as often as the form likes (autosave): incomplete content
  is fine, unreadable content is not.
- Closing checks what a finished record needs, locks it and turns every
  agreed next step into a task.
- A closed record never changes: ``amend_assessment`` makes a new version
  (``amends_id``) and the old one stays readable.
- Health and disability are special-category data: only an actor with
  VIEW_SENSITIVE reads or writes them (the property department never does).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, fields, replace

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from models.assessments import (
    Assessment,
    AssessmentDebt,
    AssessmentIncome,
    AssessmentStep,
    IncomeKind,
    RecordState,
)
from models.base import utcnow
from models.cases import TaskSource
from models.people import Household, Person
from models.staff import User

from .. import audit, tasks
from ..people.disambiguate import household_labels, person_labels
from ..czech_text import fold, sort_key
from ..db import Database
from ..errors import Conflict, NotFound, ValidationError
from ..formatting import format_date
from ..labels import label
from ..people.households import current_members, household_of
from ..rows import get_live, is_live, live
from ..security import Actor, Permission
from ..staff import sex_of_user
from ..i18n import _

MAX_MONTHLY_HAL = 10_000_000 * 100      # 10 mil. Kč a month: surely a typo
MAX_DEBT_HAL = 1_000_000_000 * 100
SENSITIVE = ("health", "disability")
TEXT_FIELDS = ("client_declaration", "visit_place", "present_persons", "household_description",
               "housing_situation", "housing_condition", "income_note", "debts_note", "health",
               "disability", "risks", "needs", "conclusion", "recommendation")


# -- data ----------------------------------------------------------------------
@dataclass
class IncomeLine:
    kind: IncomeKind = IncomeKind.OTHER
    monthly_hal: int = 0
    person_id: str | None = None
    note: str | None = None
    id: str | None = None


@dataclass
class DebtLine:
    creditor: str = ""
    amount_hal: int = 0
    in_execution: bool = False
    insolvency: bool = False
    repayment_plan: bool = False
    note: str | None = None
    id: str | None = None


@dataclass
class StepLine:
    text: str = ""
    who: str | None = None
    due_on: dt.date | None = None
    owner_id: str | None = None
    id: str | None = None
    task_id: str | None = None      # read only: set when the step became a task


@dataclass
class AssessmentInput:
    consent_given: bool = False
    consent_on: dt.date | None = None
    client_declaration: str | None = None
    visit_on: dt.date | None = None
    visit_place: str | None = None
    present_persons: str | None = None
    household_description: str | None = None
    ethos_category: int | None = None
    housing_situation: str | None = None
    housing_condition: str | None = None
    income_note: str | None = None
    debts_note: str | None = None
    health: str | None = None
    disability: str | None = None
    risks: str | None = None
    needs: str | None = None
    conclusion: str | None = None
    recommendation: str | None = None
    incomes: list[IncomeLine] = field(default_factory=list)
    debts: list[DebtLine] = field(default_factory=list)
    steps: list[StepLine] = field(default_factory=list)

    @property
    def income_total_hal(self) -> int:
        return sum(i.monthly_hal or 0 for i in self.incomes)

    @property
    def debt_total_hal(self) -> int:
        return sum(d.amount_hal or 0 for d in self.debts)


SCALARS = [f.name for f in fields(AssessmentInput) if f.name not in ("incomes", "debts", "steps")]


@dataclass(frozen=True)
class Member:
    person_id: str
    name: str
    relation: str
    birth_date: dt.date | None


@dataclass(frozen=True)
class VersionRef:
    id: str
    version: int
    state: RecordState
    closed_at: dt.datetime | None


@dataclass
class AssessmentDetail:
    id: str
    person_id: str
    person_name: str
    person_birth_date: dt.date | None
    person_address: str
    household_id: str | None
    household_name: str | None
    members: list[Member]
    case_id: str | None
    worker_id: str | None
    worker_name: str
    state: RecordState
    version: int
    amends_id: str | None
    superseded_by: str | None           # a newer version of this record
    closed_at: dt.datetime | None
    closed_by_name: str | None
    created_at: dt.datetime
    updated_at: dt.datetime
    versions: list[VersionRef]
    sensitive_visible: bool
    data: AssessmentInput
    person_sex: str | None = None       # "M"/"F": the printed words agree with the client
    worker_sex: str | None = None       # "M"/"F" stored on the worker's user

    @property
    def locked(self) -> bool:
        return self.state == RecordState.CLOSED


@dataclass(frozen=True)
class AssessmentRow:
    id: str
    person_id: str
    person: str
    household_id: str | None
    household: str | None
    visit_on: dt.date | None
    state: RecordState
    version: int
    amends_id: str | None
    superseded: bool
    worker: str | None
    updated_at: dt.datetime
    sort_key: str


@dataclass(frozen=True)
class SaveResult:
    saved_at: dt.datetime
    # the stored id of each input line by its position (None: an empty line, not stored)
    line_ids: dict[str, list[str | None]] = field(default_factory=dict)


@dataclass(frozen=True)
class CloseResult:
    tasks_created: int


# -- helpers -------------------------------------------------------------------
def _text(value: str | None, *, multiline: bool = True) -> str | None:
    if value is None:
        return None
    if multiline:
        lines = [line.rstrip() for line in str(value).strip().splitlines()]
        out = "\n".join(lines)
    else:
        out = " ".join(str(value).split())
    return out or None


def _get(session: Session, assessment_id: str) -> Assessment:
    row = get_live(session, Assessment, assessment_id, _("Sociální šetření „{id}“")
        .format(id=assessment_id))
    return row


def _ensure_draft(row: Assessment) -> None:
    if row.state == RecordState.CLOSED:
        raise Conflict(
            _("Záznam ze sociálního šetření (verze {version}) je uzavřený a nelze ho měnit. Změnu "
              "zapište jako opravu – novou verzi záznamu.").format(version=row.version))


def _newer(session: Session, assessment_id: str) -> Assessment | None:
    return session.scalars(select(Assessment).where(
        Assessment.amends_id == assessment_id, live(Assessment))
        .order_by(Assessment.version.desc())).first()


def _user_name(session: Session, user_id: str | None) -> str | None:
    if not user_id:
        return None
    user = session.get(User, user_id)
    return user.full_name if user else None


def _household_for(session: Session, person_id: str) -> str | None:
    hh = household_of(session, person_id)
    return hh.id if hh is not None else None


# -- create --------------------------------------------------------------------
def add_assessment(session: Session, actor: Actor, person_id: str, *,
                   household_id: str | None = None, case_id: str | None = None,
                   visit_on: dt.date | None = None) -> Assessment:
    """A new draft within an open transaction (cases may call this)."""
    actor.require(Permission.EDIT_ASSESSMENTS)
    person = session.get(Person, person_id)
    if not is_live(person) or person.merged_into_id:
        raise NotFound(_("Osoba neexistuje nebo byla sloučena s jiným záznamem."))
    if household_id:
        hh = get_live(session, Household, household_id, _("Domácnost"))
    else:
        household_id = _household_for(session, person_id)
    row = Assessment(person_id=person_id, household_id=household_id, case_id=case_id,
                     worker_id=actor.user_id, state=RecordState.DRAFT, version=1,
                     visit_on=visit_on, consent_given=False)
    session.add(row)
    session.flush()
    audit.record(session, actor, "create", "assessment", row.id)
    return row


def create_assessment(db: Database, actor: Actor, person_id: str, *,
                      household_id: str | None = None, case_id: str | None = None,
                      visit_on: dt.date | None = None) -> str:
    with db.transaction() as s:
        return add_assessment(s, actor, person_id, household_id=household_id, case_id=case_id,
                              visit_on=visit_on).id


# -- read ----------------------------------------------------------------------
def _members(session: Session, household_id: str | None) -> list[Member]:
    if not household_id:
        return []
    rows = [(p, m.relation) for m, p in current_members(session, household_id)]
    rows.sort(key=lambda r: (r[1].value != "head", r[0].birth_date or dt.date.min))
    return [Member(p.id, p.full_name, label(rel), p.birth_date) for p, rel in rows]


def _versions(session: Session, row: Assessment) -> list[VersionRef]:
    """Every version of the record's chain, oldest first."""
    first = row
    seen = {row.id}
    while first.amends_id and first.amends_id not in seen:
        prev = session.get(Assessment, first.amends_id)
        if prev is None:
            break
        seen.add(prev.id)
        first = prev
    chain = [first]
    while True:
        nxt = _newer(session, chain[-1].id)
        if nxt is None or nxt.id in {c.id for c in chain}:
            break
        chain.append(nxt)
    return [VersionRef(a.id, a.version, a.state, a.closed_at) for a in chain]


def _input_from(row: Assessment, sensitive: bool) -> AssessmentInput:
    data = AssessmentInput(**{name: getattr(row, name) for name in SCALARS})
    if not sensitive:
        data.health = data.disability = None
    data.incomes = [IncomeLine(i.kind, i.monthly_hal, i.person_id, i.note, i.id)
                    for i in sorted(row.incomes, key=lambda i: i.created_at)
                    if i.deleted_at is None]
    data.debts = [DebtLine(d.creditor, d.amount_hal, d.in_execution, d.insolvency,
                           d.repayment_plan, d.note, d.id)
                  for d in sorted(row.debts, key=lambda d: d.created_at) if d.deleted_at is None]
    data.steps = [StepLine(st.text, st.who, st.due_on, st.owner_id, st.id, st.task_id)
                  for st in sorted(row.next_steps, key=lambda st: st.position)
                  if st.deleted_at is None]
    return data


def read_detail(session: Session, actor: Actor, assessment_id: str) -> AssessmentDetail:
    actor.require(Permission.VIEW_ASSESSMENTS)
    row = session.scalars(select(Assessment).where(Assessment.id == assessment_id).options(
        selectinload(Assessment.incomes), selectinload(Assessment.debts),
        selectinload(Assessment.next_steps))).first()
    if not is_live(row):
        raise NotFound(_("Sociální šetření „{id}“ neexistuje.").format(id=assessment_id))
    person = session.get(Person, row.person_id)
    hh = session.get(Household, row.household_id) if row.household_id else None
    sensitive = actor.can(Permission.VIEW_SENSITIVE)
    newer = _newer(session, row.id)
    addr = person.permanent_address
    return AssessmentDetail(
        id=row.id, person_id=person.id, person_name=person.full_name,
        person_birth_date=person.birth_date, person_address=addr.one_line() if addr else "",
        household_id=row.household_id, household_name=hh.name if hh else None,
        members=_members(session, row.household_id), case_id=row.case_id,
        worker_id=row.worker_id, worker_name=_user_name(session, row.worker_id) or "",
        state=row.state, version=row.version, amends_id=row.amends_id,
        superseded_by=newer.id if newer else None, closed_at=row.closed_at,
        closed_by_name=_user_name(session, row.closed_by_id), created_at=row.created_at,
        updated_at=row.updated_at, versions=_versions(session, row),
        sensitive_visible=sensitive, data=_input_from(row, sensitive),
        person_sex=person.sex.value if person.sex else None,
        worker_sex=sex_of_user(session, row.worker_id))


def assessment_detail(db: Database, actor: Actor, assessment_id: str) -> AssessmentDetail:
    """Open a record (audited: it holds special-category data)."""
    actor.require(Permission.VIEW_ASSESSMENTS)
    with db.transaction() as s:
        detail = read_detail(s, actor, assessment_id)
        audit.record(s, actor, "open", "assessment", assessment_id)
        return detail


# A list shows a chunk of rows at a time (ui/widgets/chunked.py): namesakes are
# told apart in the first chunk when read, in the next as the person scrolls.
FIRST_CHUNK = 100


def list_assessments(db: Database, actor: Actor, text: str = "", *,
                     state: RecordState | None = None, person_id: str | None = None,
                     latest_only: bool = False,
                     told_apart: int | None = None) -> list[AssessmentRow]:
    """Namesakes are told apart in every row, or with ``told_apart`` only in
    that many first rows (the rest through ``tell_assessments_apart`` when shown)."""
    actor.require(Permission.VIEW_ASSESSMENTS)
    newer = select(Assessment.amends_id).where(Assessment.amends_id.is_not(None),
                                               live(Assessment))
    stmt = (select(Assessment.id, Assessment.person_id, Person.given_name, Person.surname,
                   Person.sort_key, Assessment.household_id, Household.name,
                   Assessment.visit_on, Assessment.state, Assessment.version,
                   Assessment.amends_id, Assessment.id.in_(newer).label("superseded"),
                   User.full_name, Assessment.updated_at)
            .join(Person, Person.id == Assessment.person_id)
            .outerjoin(Household, Household.id == Assessment.household_id)
            .outerjoin(User, User.id == Assessment.worker_id)
            .where(live(Assessment)))
    if state:
        stmt = stmt.where(Assessment.state == state)
    if person_id:
        stmt = stmt.where(Assessment.person_id == person_id)
    token = fold(text)
    out = []
    with db.reading() as s:
        for r in s.execute(stmt):
            if latest_only and r.superseded:
                continue
            person = f"{r.given_name} {r.surname}"
            if token and token not in fold(f"{person} {r.surname} {r.given_name} {r.name or ''}"):
                continue
            out.append(AssessmentRow(r.id, r.person_id, person, r.household_id, r.name,
                                     r.visit_on, r.state, r.version, r.amends_id,
                                     bool(r.superseded), r.full_name, r.updated_at,
                                     r.sort_key or sort_key(r.surname)))
        # drafts first, then the newest visits
        out.sort(key=lambda r: (r.state != RecordState.DRAFT,
                                -(r.visit_on or dt.date.min).toordinal(), r.sort_key))
        shown = len(out) if told_apart is None else told_apart
        out[:shown] = _told_apart(s, out[:shown])
    return out


def tell_assessments_apart(db: Database, actor: Actor,
                           rows: list[AssessmentRow]) -> list[AssessmentRow]:
    """The next chunk of a list read with ``told_apart``, its namesakes told apart."""
    actor.require(Permission.VIEW_ASSESSMENTS)
    with db.reading() as s:
        return _told_apart(s, list(rows))


def _told_apart(session: Session, rows: list[AssessmentRow]) -> list[AssessmentRow]:
    """Namesakes get their birth year (address, application number)."""
    people = person_labels(session, [r.person_id for r in rows], given_first=True)
    households = household_labels(session, [r.household_id for r in rows])
    return [replace(r, person=people.get(r.person_id, r.person),
                    household=households.get(r.household_id, r.household)) for r in rows]


# -- save ----------------------------------------------------------------------
def _validate(data: AssessmentInput, today: dt.date) -> AssessmentInput:
    """Check the format of what is there (a draft may be incomplete)."""
    errors: dict[str, str] = {}
    clean = replace(data)
    for name in TEXT_FIELDS:
        setattr(clean, name, _text(getattr(data, name), multiline=name != "visit_place"))
    if data.ethos_category is not None and not 1 <= data.ethos_category <= 13:
        errors["ethos_category"] = _("Kategorie ETHOS je číslo 1 až 13.")
    if data.consent_on and data.consent_on > today:
        errors["consent_on"] = _("Datum souhlasu nemůže být v budoucnosti.")
    if data.visit_on and data.visit_on.year < 2000:
        errors["visit_on"] = _("Datum návštěvy je příliš staré – zkontrolujte rok.")
    incomes = []
    for n, i in enumerate(data.incomes):
        note = _text(i.note, multiline=False)
        if not i.monthly_hal and not note and not i.id and i.kind == IncomeKind.OTHER:
            continue      # an empty line the form added
        if i.monthly_hal is None or i.monthly_hal < 0:
            errors[f"incomes.{n}.monthly_hal"] = _("Příjem na řádku {v1} nemůže být záporný.").format(v1=n + 1)
        elif i.monthly_hal > MAX_MONTHLY_HAL:
            errors[f"incomes.{n}.monthly_hal"] = _("Příjem na řádku {v1} je nepravděpodobně vysoký.").format(v1=n + 1)
        incomes.append(_src(IncomeLine(i.kind, i.monthly_hal or 0, i.person_id, note, i.id), n))
    debts = []
    for n, d in enumerate(data.debts):
        creditor = _text(d.creditor, multiline=False)
        note = _text(d.note, multiline=False)
        if not (creditor or d.amount_hal or note or d.in_execution or d.insolvency
                or d.repayment_plan or d.id):
            continue
        if not creditor:
            errors[f"debts.{n}.creditor"] = _("Dluh na řádku {v1}: vyplňte věřitele.").format(v1=n + 1)
        if d.amount_hal is None or d.amount_hal < 0:
            errors[f"debts.{n}.amount_hal"] = _("Dluh na řádku {v1} nemůže být záporný.").format(v1=n + 1)
        elif d.amount_hal > MAX_DEBT_HAL:
            errors[f"debts.{n}.amount_hal"] = _("Dluh na řádku {v1} je nepravděpodobně vysoký.").format(v1=n + 1)
        debts.append(_src(DebtLine(creditor or "", d.amount_hal or 0, d.in_execution,
                                   d.insolvency, d.repayment_plan, note, d.id), n))
    steps = []
    for n, st in enumerate(data.steps):
        text = _text(st.text)
        who = _text(st.who, multiline=False)
        if not (text or who or st.due_on or st.id):
            continue
        if not text:
            errors[f"steps.{n}.text"] = _("Krok na řádku {v1}: napište, co se má udělat.").format(v1=n + 1)
        steps.append(_src(StepLine(text or "", who, st.due_on, st.owner_id, st.id), n))
    if errors:
        raise ValidationError.from_errors(errors)
    clean.incomes, clean.debts, clean.steps = incomes, debts, steps
    return clean


def _src(line, index: int):
    """Remember which input line a cleaned line came from."""
    line.src = index
    return line


def _sync_lines(session: Session, existing: list, lines: list, make, apply) -> list:
    """Update lines by id, add new ones, tombstone the removed ones; returns
    (input position, stored object) pairs."""
    live = {o.id: o for o in existing if o.deleted_at is None}
    kept = set()
    out = []
    for pos, line in enumerate(lines):
        obj = live.get(line.id) if line.id else None
        if obj is None:
            obj = make()
            session.add(obj)
        else:
            kept.add(obj.id)
        apply(obj, line, pos)
        out.append((line.src, obj))
    now = utcnow()
    for obj_id, obj in live.items():
        if obj_id not in kept:
            obj.deleted_at = now
    return out


def _apply_income(obj: AssessmentIncome, line: IncomeLine, _pos: int) -> None:
    obj.kind, obj.monthly_hal, obj.person_id, obj.note = (line.kind, line.monthly_hal,
                                                          line.person_id, line.note)


def _apply_debt(obj: AssessmentDebt, line: DebtLine, _pos: int) -> None:
    obj.creditor, obj.amount_hal, obj.note = line.creditor, line.amount_hal, line.note
    obj.in_execution, obj.insolvency = line.in_execution, line.insolvency
    obj.repayment_plan = line.repayment_plan


def _apply_step(obj: AssessmentStep, line: StepLine, pos: int) -> None:
    if obj.task_id:           # already a task: only its position may change
        obj.position = pos
        return
    obj.text, obj.who, obj.due_on, obj.owner_id, obj.position = (
        line.text, line.who, line.due_on, line.owner_id, pos)


def save_draft(db: Database, actor: Actor, assessment_id: str, data: AssessmentInput, *,
               today: dt.date | None = None) -> SaveResult:
    """Autosave of a draft. A closed record raises Conflict."""
    actor.require(Permission.EDIT_ASSESSMENTS)
    clean = _validate(data, today or dt.date.today())
    sensitive = actor.can(Permission.VIEW_SENSITIVE)
    with db.transaction() as s:
        row = _get(s, assessment_id)
        _ensure_draft(row)
        for name in SCALARS:
            if name in SENSITIVE and not sensitive:
                continue          # never written by someone who cannot read them
            setattr(row, name, getattr(clean, name))
        changed = audit.changed_fields(row)
        rid = row.id
        stored = {
            "incomes": _sync_lines(s, row.incomes, clean.incomes,
                                   lambda: AssessmentIncome(assessment_id=rid), _apply_income),
            "debts": _sync_lines(s, row.debts, clean.debts,
                                 lambda: AssessmentDebt(assessment_id=rid, creditor=""),
                                 _apply_debt),
            "steps": _sync_lines(s, row.next_steps, clean.steps,
                                 lambda: AssessmentStep(assessment_id=rid, text=""),
                                 _apply_step)}
        s.flush()
        audit.record(s, actor, "update", "assessment", row.id, {"fields": changed})
        sizes = {"incomes": len(data.incomes), "debts": len(data.debts), "steps": len(data.steps)}
        line_ids = {}
        for key, pairs in stored.items():
            ids: list[str | None] = [None] * sizes[key]
            for src, obj in pairs:
                ids[src] = obj.id
            line_ids[key] = ids
        return SaveResult(utcnow(), line_ids)


# -- close ---------------------------------------------------------------------
def closing_problems(row: Assessment, today: dt.date) -> dict[str, str]:
    errors: dict[str, str] = {}
    if not row.consent_given:
        errors["consent_given"] = (_("Záznam nelze uzavřít bez souhlasu klienta se zpracováním "
                                   "osobních údajů."))
    if row.visit_on is None:
        errors["visit_on"] = _("Vyplňte datum návštěvy.")
    elif row.visit_on > today:
        errors["visit_on"] = _("Návštěva je v budoucnosti – uzavřít lze až po ní.")
    if not (row.conclusion or "").strip():
        errors["conclusion"] = _("Vyplňte závěr sociálního pracovníka.")
    return errors


def close_assessment(db: Database, actor: Actor, assessment_id: str, *,
                     today: dt.date | None = None) -> CloseResult:
    """Lock the record; each agreed next step becomes a task."""
    actor.require(Permission.EDIT_ASSESSMENTS)
    today = today or dt.date.today()
    with db.transaction() as s:
        row = _get(s, assessment_id)
        _ensure_draft(row)
        errors = closing_problems(row, today)
        if errors:
            raise ValidationError.from_errors(errors)
        person = s.get(Person, row.person_id)
        created = 0
        for st in sorted(row.next_steps, key=lambda st: st.position):
            if st.deleted_at is not None or st.task_id:
                continue
            # czech-on-purpose: a task's title and detail are stored and shared by the office: Czech
            detail = (f"Dohodnuto při sociálním šetření dne {format_date(row.visit_on)} "
                      f"({person.full_name}).")
            if st.who:
                detail += f" Kdo: {st.who}."
            task = tasks.add_task(
                s, actor, st.text[:200], owner_id=st.owner_id or row.worker_id or actor.user_id,
                due_on=st.due_on, case_id=row.case_id, person_id=row.person_id,
                household_id=row.household_id, detail=detail, source=TaskSource.ASSESSMENT,
                source_ref=st.id)
            st.task_id = task.id
            created += 1
        row.state = RecordState.CLOSED
        row.closed_at = utcnow()
        row.closed_by_id = actor.user_id
        audit.record(s, actor, "close", "assessment", row.id, {"tasks": created})
        return CloseResult(created)


def amend_assessment(db: Database, actor: Actor, assessment_id: str) -> str:
    """A new draft version of a closed record, with its content copied; the
    closed one stays as it is. An amendment already in progress is reused."""
    actor.require(Permission.EDIT_ASSESSMENTS)
    with db.transaction() as s:
        old = _get(s, assessment_id)
        newer = _newer(s, old.id)
        if newer is not None:
            if newer.state == RecordState.DRAFT:
                return newer.id
            raise Conflict(_("Tento záznam už byl opraven verzí {version}; opravu zapište do "
                             "nejnovější verze.").format(version=newer.version))
        if old.state != RecordState.CLOSED:
            raise Conflict(_("Rozpracovaný záznam se neopravuje novou verzí – upravte ho přímo."))
        new = Assessment(person_id=old.person_id, household_id=old.household_id,
                         case_id=old.case_id, worker_id=actor.user_id, state=RecordState.DRAFT,
                         version=old.version + 1, amends_id=old.id)
        for name in SCALARS:
            setattr(new, name, getattr(old, name))
        s.add(new)
        s.flush()
        for i in old.incomes:
            if i.deleted_at is None:
                s.add(AssessmentIncome(assessment_id=new.id, person_id=i.person_id, kind=i.kind,
                                       monthly_hal=i.monthly_hal, note=i.note))
        for d in old.debts:
            if d.deleted_at is None:
                s.add(AssessmentDebt(assessment_id=new.id, creditor=d.creditor,
                                     amount_hal=d.amount_hal, in_execution=d.in_execution,
                                     insolvency=d.insolvency, repayment_plan=d.repayment_plan,
                                     note=d.note))
        for st in old.next_steps:
            if st.deleted_at is None:   # steps keep their task: closing again adds no duplicate
                s.add(AssessmentStep(assessment_id=new.id, text=st.text, owner_id=st.owner_id,
                                     due_on=st.due_on, task_id=st.task_id, position=st.position,
                                     who=st.who))
        s.flush()
        audit.record(s, actor, "amend", "assessment", new.id, {"amends": old.id})
        return new.id


def delete_draft(db: Database, actor: Actor, assessment_id: str) -> None:
    """Throw away a draft started by mistake (a closed record always stays)."""
    actor.require(Permission.EDIT_ASSESSMENTS)
    with db.transaction() as s:
        row = _get(s, assessment_id)
        _ensure_draft(row)
        row.deleted_at = utcnow()
        audit.record(s, actor, "delete", "assessment", row.id)
