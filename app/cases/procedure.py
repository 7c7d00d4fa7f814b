"""The Housing Support Act's procedure on a case (zákon č. 175/2025 Sb.), as a
list of steps a social worker records one by one:

žádost o zápis (§ 13–14) → šetření bytové situace (§ 16) → žádost o závazné
stanovisko Úřadu práce (§ 18) → stanovisko → rozhodnutí (§ 26, č. j.) →
doručení (lhůta pro odvolání) → právní moc → zápis do evidence (platnost) →
změny během zápisu (§ 24).

Each step checks its dates against the steps before it; reminders are tasks
(app.tasks): a late opinion, the day the decision becomes final, the end of the
entry's validity. An issued decision is frozen (its printout never changes)."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.cases import Case, Task, TaskSource
from models.intake import HousingNeedRecord, NeedState
from models.procedure import DecisionOutcome, HousingProcedure, HousingProcedureChange
from models.procedure import OpinionResult

from .. import audit, settings, tasks as core_tasks
from ..db import Database
from ..errors import Conflict, ValidationError
from ..formatting import format_date, parse_date
from ..intake.eligibility import add_months
from ..labels import label
from ..legal import deadlines
from ..legal.parameters import table as legal_table
from ..rows import get_live, live
from ..privacy.visibility import hidden, sees_special
from ..security import Actor, Permission
from .service import get_case
from ..i18n import N_, _

# Entries and decisions exist from the day the Act's support measures apply.
MEASURES_FROM = dt.date(2026, 7, 1)
EXPIRY_REMINDER_DAYS = "procedure.expiry_reminder_days"
settings.register_defaults({EXPIRY_REMINDER_DAYS: 30})

# czech-on-purpose: the stored ways of filing (values of the record)
CHANNELS = ("osobně", "poštou", "datovou schránkou", "e-mailem s elektronickým podpisem")


# -- what each step asks for (the screen builds its form from this) -----------------

@dataclass(frozen=True)
class FieldSpec:
    name: str
    label: str
    kind: str = "date"            # date | text | long | choice
    required: bool = True
    choices: tuple[tuple[str, str], ...] = ()     # (stored value, Czech label)


@dataclass(frozen=True)
class StepSpec:
    key: str
    title: str
    paragraph: str
    fields: tuple[FieldSpec, ...]


STEPS: tuple[StepSpec, ...] = (
    StepSpec("application", N_("Žádost o zápis"), "§ 13–14", (
        FieldSpec("application_on", N_("Žádost podána dne")),
        FieldSpec("application_channel", N_("Jak byla podána"), "choice", False,
                  tuple((c, c) for c in CHANNELS)),
        FieldSpec("file_ref", N_("Spisová značka"), "text", False))),
    StepSpec("inquiry", N_("Šetření bytové situace"), "§ 16", (
        FieldSpec("inquiry_started_on", N_("Šetření zahájeno dne")),
        FieldSpec("inquiry_done_on", N_("Šetření dokončeno dne"), required=False),
        FieldSpec("inquiry_findings", N_("Zjištění"), "long", False))),
    StepSpec("opinion_request", N_("Žádost o závazné stanovisko Úřadu práce"), "§ 18", (
        FieldSpec("opinion_requested_on", N_("Žádost odeslána dne")),)),
    StepSpec("opinion", N_("Závazné stanovisko Úřadu práce"), "§ 18", (
        FieldSpec("opinion_received_on", N_("Stanovisko doručeno dne")),
        FieldSpec("opinion_ref", N_("Č. j. stanoviska"), "text"),
        FieldSpec("opinion_result", N_("Stanovisko"), "choice", True,
                  tuple((r.value, label(r)) for r in OpinionResult)))),
    StepSpec("decision", N_("Rozhodnutí"), "§ 26", (
        FieldSpec("decision_on", N_("Rozhodnuto dne")),
        FieldSpec("decision_ref", N_("Číslo jednací"), "text"),
        FieldSpec("decision_outcome", N_("Výrok"), "choice", True,
                  tuple((o.value, label(o)) for o in DecisionOutcome)),
        FieldSpec("decision_reason", N_("Odůvodnění"), "long"))),
    StepSpec("delivery", N_("Doručení rozhodnutí"), "§ 26", (
        FieldSpec("delivered_on", N_("Doručeno dne")),)),
    StepSpec("final", N_("Právní moc"), "§ 26", (
        FieldSpec("final_on", N_("Rozhodnutí nabylo právní moci dne")),)),
    StepSpec("entry", N_("Zápis do evidence"), "§ 23", (
        FieldSpec("entry_on", N_("Zapsáno dne")),
        FieldSpec("entry_ref", N_("Číslo zápisu"), "text"))),
    StepSpec("change", N_("Změna během zápisu"), "§ 24", (
        FieldSpec("changed_on", N_("Změna oznámena dne")),
        FieldSpec("description", N_("Co se změnilo"), "long"))),
)
STEP_BY_KEY = {s.key: s for s in STEPS}


# -- what the screen shows ------------------------------------------------------------

DONE, OPEN, LATE, WAITING, NOT_NEEDED = "done", "open", "late", "waiting", "not_needed"


@dataclass(frozen=True)
class StepView:
    key: str
    title: str
    paragraph: str
    state: str                    # done | open (can be recorded now) | late | waiting | not_needed
    summary: str                  # what was recorded, or what is expected
    due_on: dt.date | None = None


@dataclass(frozen=True)
class ChangeLine:
    changed_on: dt.date
    description: str


@dataclass(frozen=True)
class ProcedureView:
    id: str
    case_id: str
    case_number: str
    file_ref: str
    steps: list[StepView]
    values: dict[str, object]     # the recorded values, for a form to start from
    changes: list[ChangeLine] = field(default_factory=list)
    decision_issued: bool = False


def _d(day: dt.date | None) -> str:
    return format_date(day) if day else ""


def _views(p: HousingProcedure, today: dt.date) -> list[StepView]:
    """Each step's state and a one-line summary."""
    out = []

    def add(key: str, state: str, summary: str, due: dt.date | None = None) -> None:
        spec = STEP_BY_KEY[key]
        out.append(StepView(key, spec.title, spec.paragraph, state, summary, due))

    add("application", DONE, " · ".join(x for x in (
        _("podána {day}").format(day=_d(p.application_on)), p.application_channel or "",
        f"sp. zn. {p.file_ref}" if p.file_ref else "") if x))
    if p.inquiry_done_on:
        add("inquiry", DONE, _("zahájeno {day}, dokončeno {until}")
            .format(day=_d(p.inquiry_started_on), until=_d(p.inquiry_done_on)))
    elif p.inquiry_started_on:
        add("inquiry", OPEN, _("zahájeno {day}, probíhá").format(day=_d(p.inquiry_started_on)))
    else:
        add("inquiry", OPEN, _("šetření ještě nezačalo"))
    if p.opinion_requested_on:
        add("opinion_request", DONE, _("odesláno {day}, stanovisko do {until}")
            .format(day=_d(p.opinion_requested_on), until=_d(p.opinion_due_on)))
    else:
        add("opinion_request", OPEN if p.inquiry_started_on else WAITING,
            _("žádost ještě nebyla odeslána"))
    if p.opinion_received_on:
        add("opinion", DONE, _("doručeno {day}, č. j. {ref} – {label}")
            .format(day=_d(p.opinion_received_on), ref=p.opinion_ref, label=label(p.opinion_result)))
    elif p.opinion_requested_on:
        late = p.opinion_due_on is not None and p.opinion_due_on < today
        add("opinion", LATE if late else OPEN,
            (_("po termínu: mělo přijít do {day} – urgujte Úřad práce")
                .format(day=_d(p.opinion_due_on)) if late
             else _("čeká se do {day}").format(day=_d(p.opinion_due_on))), p.opinion_due_on)
    else:
        add("opinion", WAITING, _("nejdřív odešlete žádost o stanovisko"))
    if p.decision_on:
        add("decision", DONE, _("{day}, č. j. {ref} – {label}")
            .format(day=_d(p.decision_on), ref=p.decision_ref, label=label(p.decision_outcome)))
    else:
        add("decision", OPEN if p.opinion_received_on else WAITING,
            _("rozhodnutí ještě nebylo vydáno"))
    if p.delivered_on:
        add("delivery", DONE, _("doručeno {day}, odvolání do {until}")
            .format(day=_d(p.delivered_on), until=_d(p.appeal_until)))
    else:
        add("delivery", OPEN if p.decision_on else WAITING, _("rozhodnutí ještě nebylo doručeno"))
    if p.final_on:
        add("final", DONE, _("v právní moci od {day}").format(day=_d(p.final_on)))
    elif p.delivered_on:
        due = p.appeal_until + dt.timedelta(days=1) if p.appeal_until else None
        add("final", OPEN, _("lhůta pro odvolání běží do {day}")
            .format(day=_d(p.appeal_until)), due)
    else:
        add("final", WAITING, _("po doručení a uplynutí lhůty pro odvolání"))
    entered = p.decision_outcome in (None, DecisionOutcome.ENTERED)
    if p.entry_on:
        ended = p.entry_valid_until is not None and p.entry_valid_until < today
        text = (_("č. {ref} ze dne {day}, platnost skončila {until}") if ended else
                _("č. {ref} ze dne {day}, platný do {until}"))
        add("entry", DONE, text.format(ref=p.entry_ref, day=_d(p.entry_on),
                                       until=_d(p.entry_valid_until)), p.entry_valid_until)
    elif not entered:
        add("entry", NOT_NEEDED, _("žádosti nebylo vyhověno"))
    else:
        add("entry", OPEN if p.final_on else WAITING, _("po právní moci rozhodnutí"))
    add("change", OPEN if p.entry_on else WAITING if entered else NOT_NEEDED,
        _("změny oznámené během zápisu"))
    return out


def _values(p: HousingProcedure) -> dict[str, object]:
    names = {f.name for s in STEPS for f in s.fields} - {"changed_on", "description"}
    out = {}
    for n in names:
        v = getattr(p, n)
        out[n] = v.value if hasattr(v, "value") else v
    return out


# Written findings and reasons can hold special-category data (health, family):
# only roles that read such data see them (app.privacy.visibility's rule).
SPECIAL_FIELDS = ("inquiry_findings", "decision_reason")


def _view(s: Session, p: HousingProcedure, today: dt.date, actor: Actor) -> ProcedureView:
    case = s.get(Case, p.case_id)
    special = sees_special(actor)
    changes = [ChangeLine(c.changed_on, c.description if special else hidden()) for c in s.scalars(
        select(HousingProcedureChange).where(HousingProcedureChange.procedure_id == p.id,
                                             live(HousingProcedureChange))
        .order_by(HousingProcedureChange.changed_on, HousingProcedureChange.id))]
    values = _values(p)
    if not special:
        values.update({k: hidden() for k in SPECIAL_FIELDS if values.get(k)})
    return ProcedureView(p.id, p.case_id, case.number or "", p.file_ref or "",
                         _views(p, today), values, changes,
                         p.decision_snapshot_json is not None)


def procedure_of(session: Session, case_id: str) -> HousingProcedure | None:
    return session.scalars(select(HousingProcedure).where(
        HousingProcedure.case_id == case_id, live(HousingProcedure))
        .order_by(HousingProcedure.application_on.desc(), HousingProcedure.id.desc())).first()


def procedure_for_case(db: Database, actor: Actor, case_id: str,
                       today: dt.date | None = None) -> ProcedureView | None:
    """The case's procedure with its steps (None: no application filed yet)."""
    actor.require(Permission.VIEW_CASES)
    today = today or dt.date.today()
    with db.reading() as s:
        p = procedure_of(s, case_id)
        return _view(s, p, today, actor) if p is not None else None


# -- recording ------------------------------------------------------------------------

def _check_day(errors: dict, name: str, day: dt.date | None, today: dt.date, *,
               not_before: tuple[dt.date | None, str] | None = None) -> None:
    if day is None:
        return
    if day > today:
        errors[name] = _("Datum nemůže být v budoucnosti.")
    elif not_before and not_before[0] and day < not_before[0]:
        errors[name] = _("Datum nemůže být dřív než {v1} ({d}).").format(v1=not_before[1],
                                                                        d=_d(not_before[0]))


def start_procedure(db: Database, actor: Actor, case_id: str, *, application_on: dt.date,
                    channel: str | None = None, file_ref: str | None = None,
                    today: dt.date | None = None) -> str:
    """An application for an entry (§ 13–14) opens the procedure on the case."""
    actor.require(Permission.EDIT_CASES)
    today = today or dt.date.today()
    errors: dict[str, str] = {}
    _check_day(errors, "application_on", application_on, today)
    if errors:
        raise ValidationError.from_errors(errors)
    with db.transaction() as s:
        case = get_case(s, case_id)
        if procedure_of(s, case.id) is not None:
            raise Conflict(_("Řízení o zápisu už na tomto případu vedeno je."))
        need = s.scalars(select(HousingNeedRecord).where(
            HousingNeedRecord.person_id == case.person_id, live(HousingNeedRecord))
            .order_by(HousingNeedRecord.created_at.desc())).first()
        p = HousingProcedure(
            case_id=case.id, person_id=case.person_id, household_id=case.household_id,
            need_record_id=need.id if need else None,
            worker_id=case.assigned_worker_id or actor.user_id,
            file_ref=_text(file_ref) or case.number, application_on=application_on,
            application_channel=_text(channel),
            inquiry_started_on=need.assessment_started_on if need else None)
        s.add(p)
        s.flush()
        audit.record(s, actor, "create", "housing_procedure", p.id)
        return p.id


def _text(value) -> str | None:
    text = str(value).strip() if value is not None else ""
    return text or None


def _date(data: dict, name: str, errors: dict, required: bool = True) -> dt.date | None:
    value = data.get(name)
    if isinstance(value, str):
        value = value.strip()
        if not value:
            value = None
        else:
            try:
                value = parse_date(value, name)
            except ValidationError as exc:
                errors[name] = exc.message
                return None
    if value is None and required:
        errors[name] = _("Zadejte datum.")
    return value


def _require(errors: dict, data: dict, name: str, message: str) -> str | None:
    value = _text(data.get(name))
    if value is None:
        errors[name] = message
    return value


def record_step(db: Database, actor: Actor, procedure_id: str, step: str, data: dict,
                today: dt.date | None = None) -> None:
    """Record one step (its fields as in STEPS; dates as dates or typed text).
    Nothing is stored when any field is wrong."""
    actor.require(Permission.EDIT_CASES)
    today = today or dt.date.today()
    if step not in STEP_BY_KEY:
        raise ValidationError(_("Neznámý krok řízení „{step}“.").format(step=step), field="step")
    with db.transaction() as s:
        p = get_live(s, HousingProcedure, procedure_id, _("Řízení o zápisu"))
        errors: dict[str, str] = {}
        _RECORDERS[step](s, actor, p, data or {}, errors, today)
        if errors:
            raise ValidationError.from_errors(errors)
        audit.record(s, actor, "update", "housing_procedure", p.id,
                     {"step": step, "fields": audit.changed_fields(p)})


def _locked_by_decision(p: HousingProcedure, what: str) -> None:
    if p.decision_snapshot_json is not None:
        raise Conflict(_("Rozhodnutí je vydané; {what} už nelze měnit.").format(what=what))


def _application(s, actor, p, data, errors, today) -> None:
    _locked_by_decision(p, _("žádost"))
    day = _date(data, "application_on", errors)
    _check_day(errors, "application_on", day, today)
    if errors:
        return
    p.application_on = day
    p.application_channel = _text(data.get("application_channel"))
    p.file_ref = _text(data.get("file_ref")) or p.file_ref


def _inquiry(s, actor, p, data, errors, today) -> None:
    _locked_by_decision(p, _("šetření"))
    started = _date(data, "inquiry_started_on", errors)
    done = _date(data, "inquiry_done_on", errors, required=False)
    _check_day(errors, "inquiry_started_on", started, today,
               not_before=(p.application_on, _("podání žádosti")))
    _check_day(errors, "inquiry_done_on", done, today, not_before=(started, _("zahájení")))
    if errors:
        return
    p.inquiry_started_on, p.inquiry_done_on = started, done
    p.inquiry_findings = _text(data.get("inquiry_findings"))


def _opinion_request(s, actor, p, data, errors, today) -> None:
    if p.opinion_received_on:
        raise Conflict(_("Stanovisko Úřadu práce už došlo; žádost o ně nelze měnit."))
    if not p.inquiry_started_on:
        raise Conflict(_("Nejdřív zapište zahájení šetření bytové situace (§ 16)."))
    day = _date(data, "opinion_requested_on", errors)
    _check_day(errors, "opinion_requested_on", day, today,
               not_before=(p.inquiry_started_on, _("zahájení šetření")))
    if errors:
        return
    days = legal_table(s).int_on("procedure.opinion_days", day)
    p.opinion_requested_on = day
    p.opinion_due_on = day + dt.timedelta(days=days)
    # the reminder: due when the opinion should be here; done when it arrives
    # czech-on-purpose: a task's title and detail are stored and shared by the office: Czech
    task = core_tasks.add_task(
        s, actor, f"Stanovisko Úřadu práce k řízení {p.file_ref or ''}: ověřit, zda došlo",
        owner_id=p.worker_id, due_on=p.opinion_due_on, case_id=p.case_id,
        person_id=p.person_id, household_id=p.household_id,
        detail=f"Žádost o závazné stanovisko (§ 18) odeslána {_d(day)}; lhůta {days} dní.",
        source=TaskSource.PROCEDURE_OPINION, source_ref=p.id)
    task.due_on = p.opinion_due_on          # a corrected sending day moves the reminder


def _opinion(s, actor, p, data, errors, today) -> None:
    _locked_by_decision(p, "stanovisko")
    if not p.opinion_requested_on:
        raise Conflict(_("Nejdřív zapište odeslání žádosti o stanovisko (§ 18)."))
    day = _date(data, "opinion_received_on", errors)
    _check_day(errors, "opinion_received_on", day, today,
               not_before=(p.opinion_requested_on, _("odeslání žádosti")))
    ref = _require(errors, data, "opinion_ref", _("Zadejte číslo jednací stanoviska."))
    result = _enum(OpinionResult, data.get("opinion_result"), "opinion_result", errors,
                   _("Vyberte, co stanovisko říká."))
    if errors:
        return
    p.opinion_received_on, p.opinion_ref, p.opinion_result = day, ref, result
    _complete_reminders(s, actor, p, TaskSource.PROCEDURE_OPINION)


def _enum(cls, value, name, errors, message):
    if isinstance(value, cls):
        return value
    try:
        return cls(value)
    except ValueError:
        errors[name] = message
        return None


def _decision(s, actor, p, data, errors, today) -> None:
    _locked_by_decision(p, _("rozhodnutí"))
    day = _date(data, "decision_on", errors)
    ref = _require(errors, data, "decision_ref", _("Zadejte číslo jednací rozhodnutí."))
    outcome = _enum(DecisionOutcome, data.get("decision_outcome"), "decision_outcome", errors,
                    _("Vyberte výrok rozhodnutí."))
    reason = _require(errors, data, "decision_reason", _("Napište odůvodnění rozhodnutí."))
    _check_day(errors, "decision_on", day, today, not_before=(
        max(p.application_on, MEASURES_FROM), _("podání žádosti nebo účinnost opatření zákona")))
    if outcome == DecisionOutcome.ENTERED:
        if p.opinion_result != OpinionResult.MEETS:
            errors["decision_outcome"] = (_("Vyhovět lze jen s kladným závazným stanoviskem "
                                          "Úřadu práce (§ 18)."))
    elif outcome == DecisionOutcome.REJECTED and not p.opinion_received_on and \
            not p.inquiry_done_on:
        errors["decision_outcome"] = _("Zamítnout lze až po šetření nebo stanovisku Úřadu práce.")
    if p.opinion_received_on and day and day < p.opinion_received_on \
            and "decision_on" not in errors:
        errors["decision_on"] = _("Rozhodnutí nemůže předcházet stanovisku Úřadu práce.")
    if ref and s.scalars(select(HousingProcedure.id).where(
            HousingProcedure.decision_ref == ref, HousingProcedure.id != p.id,
            live(HousingProcedure))).first():
        errors["decision_ref"] = _("Číslo jednací {ref} už má jiné rozhodnutí.").format(ref=ref)
    if errors:
        return
    p.decision_on, p.decision_ref, p.decision_outcome, p.decision_reason = \
        day, ref, outcome, reason
    s.flush()
    # issued: the printout is frozen from now on (app.cases.procedure_documents)
    from .procedure_documents import freeze_decision
    freeze_decision(s, p)


def _delivery(s, actor, p, data, errors, today) -> None:
    if not p.decision_on:
        raise Conflict(_("Nejdřív zapište rozhodnutí."))
    if p.final_on:
        raise Conflict(_("Rozhodnutí už je v právní moci; doručení nelze měnit."))
    day = _date(data, "delivered_on", errors)
    _check_day(errors, "delivered_on", day, today, not_before=(p.decision_on, _("rozhodnutí")))
    if errors:
        return
    days = legal_table(s).int_on("procedure.appeal_days", day)
    p.delivered_on = day
    p.appeal_until = deadlines.appeal_deadline(day, days)
    # czech-on-purpose: a task's title and detail are stored and shared by the office: Czech
    task = core_tasks.add_task(
        s, actor, f"Vyznačit právní moc rozhodnutí č. j. {p.decision_ref}",
        owner_id=p.worker_id, due_on=p.appeal_until + dt.timedelta(days=1),
        case_id=p.case_id, person_id=p.person_id, household_id=p.household_id,
        detail=f"Doručeno {_d(day)}; lhůta pro odvolání do {_d(p.appeal_until)}. Podal-li "
               "účastník odvolání, rozhodnutí v právní moci není.",
        source=TaskSource.PROCEDURE_FINAL, source_ref=p.id)
    task.due_on = p.appeal_until + dt.timedelta(days=1)


def _final(s, actor, p, data, errors, today) -> None:
    if not p.delivered_on:
        raise Conflict(_("Nejdřív zapište doručení rozhodnutí."))
    day = _date(data, "final_on", errors)
    # earlier than the end of the appeal period only when the party waived the appeal
    _check_day(errors, "final_on", day, today, not_before=(p.delivered_on, _("doručení")))
    if errors:
        return
    p.final_on = day
    _complete_reminders(s, actor, p, TaskSource.PROCEDURE_FINAL)


def _entry(s, actor, p, data, errors, today) -> None:
    if p.decision_outcome != DecisionOutcome.ENTERED:
        raise Conflict(_("Zapsat do evidence lze jen po rozhodnutí, které žádosti vyhovělo."))
    if not p.final_on:
        raise Conflict(_("Nejdřív zapište, kdy rozhodnutí nabylo právní moci."))
    day = _date(data, "entry_on", errors)
    ref = _require(errors, data, "entry_ref", _("Zadejte číslo zápisu v evidenci."))
    _check_day(errors, "entry_on", day, today, not_before=(p.final_on, _("právní moc")))
    if errors:
        return
    months = legal_table(s).int_on("housing.need_validity_months", day)
    p.entry_on, p.entry_ref = day, ref
    p.entry_valid_until = add_months(day, months)
    reminder_days = int(settings.get(s, EXPIRY_REMINDER_DAYS) or 30)
    # czech-on-purpose: a task's title and detail are stored and shared by the office: Czech
    task = core_tasks.add_task(
        s, actor, f"Zápis č. {ref} končí {_d(p.entry_valid_until)}: prověřit trvání potřeby",
        owner_id=p.worker_id, due_on=p.entry_valid_until - dt.timedelta(days=reminder_days),
        case_id=p.case_id, person_id=p.person_id, household_id=p.household_id,
        detail=f"Platnost zápisu ({months} měsíců od {_d(day)}) končí "
               f"{_d(p.entry_valid_until)}.",
        source=TaskSource.PROCEDURE_EXPIRY, source_ref=p.id)
    task.due_on = p.entry_valid_until - dt.timedelta(days=reminder_days)
    # the case header and the intake read the entry from the need record
    need = s.get(HousingNeedRecord, p.need_record_id) if p.need_record_id else None
    if need is not None and need.deleted_at is None:
        need.state = NeedState.REGISTERED
        need.registered_on, need.valid_until = day, p.entry_valid_until
        need.assessment_done_on = need.assessment_done_on or p.inquiry_done_on or day
        audit.record(s, actor, "update", "housing_need_record", need.id,
                     {"state": need.state.value, "procedure": p.id})


def _change(s, actor, p, data, errors, today) -> None:
    if not p.entry_on:
        raise Conflict(_("Změny (§ 24) se zapisují až k platnému zápisu v evidenci."))
    day = _date(data, "changed_on", errors)
    text = _require(errors, data, "description", _("Napište, co se změnilo."))
    _check_day(errors, "changed_on", day, today, not_before=(p.entry_on, _("zápis")))
    if errors:
        return
    change = HousingProcedureChange(procedure_id=p.id, changed_on=day, description=text,
                                    recorded_by_id=actor.user_id)
    s.add(change)
    s.flush()
    audit.record(s, actor, "create", "housing_procedure_change", change.id)


def _complete_reminders(s: Session, actor: Actor, p: HousingProcedure,
                        source: TaskSource) -> None:
    for task_id in s.scalars(select(Task.id).where(
            Task.source == source, Task.source_ref == p.id, Task.done_at.is_(None),
            live(Task))):
        core_tasks.complete_task(s, actor, task_id)


_RECORDERS = {
    "application": _application, "inquiry": _inquiry, "opinion_request": _opinion_request,
    "opinion": _opinion, "decision": _decision, "delivery": _delivery, "final": _final,
    "entry": _entry, "change": _change,
}
