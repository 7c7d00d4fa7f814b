"""Žádosti o byt: an application linked to a household, with the facts the
allocation rules need, its validity and renewal, and the bounded individual
adjustment (which needs a written justification)."""
from __future__ import annotations

import datetime as dt
import decimal
from dataclasses import dataclass, field, fields
from operator import attrgetter

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models.allocation import (Application, ApplicationState, Offer, OfferResponse, Refusal)
from models.housing import Building, Flat, FlatCategory
from models.people import Household, HouseholdMember, Person, Relation

from .. import audit, concurrency, numbering
from ..czech_text import fold, sort_key
from ..db import Database
from ..errors import ValidationError
from ..people.households import current_members
from ..privacy.visibility import blank_special, sees_special
from ..rows import get_live, live
from ..security import Actor, Permission
from . import engine, rulesets
from .engine import months_before
from ..i18n import N_, _

KEY_PROFESSIONS_HINT = (N_("lékař"), N_("zubní lékař"), N_("zdravotní sestra"), N_("učitel"),
                        N_("policista"), N_("hasič"), N_("sociální pracovník"))


def key_profession_hints() -> list[str]:
    """Suggestions for the free-text key profession, in the person's language."""
    return [_(p) for p in KEY_PROFESSIONS_HINT]


@dataclass
class ApplicationInput:
    household_id: str = ""
    filed_on: dt.date | None = None
    requested_category: FlatCategory = FlatCategory.SOCIAL
    applicant_id: str | None = None
    valid_until: dt.date | None = None       # None: filed_on + the rules' validity
    household_size: int = 1
    children: int = 0
    pregnancy: bool = False
    needs_barrier_free: bool = False
    disability: bool = False
    income_per_person_hal: int | None = None
    household_income_hal: int | None = None
    residence_years: int = 0
    permanent_residence: bool = False
    ethos_category: int | None = None
    current_area_m2: decimal.Decimal | None = None
    current_rooms: int | None = None         # rooms of the current flat (Blansko's criterion)
    two_households_in_flat: bool = False
    debt_to_town_hal: int = 0
    repayment_plan: bool = False
    on_benefits: bool = False
    key_profession: str | None = None
    individual_points: int = 0
    individual_justification: str | None = None
    note: str | None = None


FACT_FIELDS = [f.name for f in fields(ApplicationInput)
               if f.name not in ("household_id", "filed_on", "applicant_id", "valid_until")]


@dataclass(frozen=True)
class ApplicationRow:
    id: str
    number: str | None
    household_id: str
    household: str
    applicant: str | None
    filed_on: dt.date
    requested_category: FlatCategory
    state: ApplicationState
    valid_until: dt.date | None
    renewal_due_on: dt.date | None
    household_size: int
    ethos_category: int | None
    refusals: int
    points: int | None = None            # by the active rules, criteria for any flat


@dataclass(frozen=True)
class OfferRow:
    id: str
    flat_id: str
    flat: str
    offered_on: dt.date
    rank: int | None
    score: int | None
    response: OfferResponse
    responded_on: dt.date | None
    note: str | None
    refusal_reason: str | None = None
    refusal_justified: bool = False


@dataclass(frozen=True)
class ApplicationDetail:
    id: str
    number: str | None
    household: str
    applicant: str | None
    state: ApplicationState
    data: ApplicationInput
    renewal_due_on: dt.date | None
    individual_by: str | None
    offers: list[OfferRow] = field(default_factory=list)
    lines: tuple[engine.Line, ...] = ()
    individual: engine.Individual | None = None
    points: int = 0
    rules_name: str = ""
    exclusions: list[engine.Reason] = field(default_factory=list)
    reviews: list[str] = field(default_factory=list)
    row_version: int = 0        # what a save checks (app/concurrency.py)


def _clean(text: str | None) -> str | None:
    text = " ".join((text or "").split())
    return text or None


def validate(session: Session, data: ApplicationInput, *, today: dt.date) -> ApplicationInput:
    """Check every field at once; raises ValidationError naming each bad field."""
    errors: dict[str, str] = {}
    if not data.household_id or session.get(Household, data.household_id) is None:
        errors["household_id"] = _("Vyberte domácnost, za kterou se žádá.")
    if data.filed_on is None:
        errors["filed_on"] = _("Vyplňte datum podání žádosti.")
    elif data.filed_on > today:
        errors["filed_on"] = _("Datum podání nemůže být v budoucnosti.")
    if not isinstance(data.requested_category, FlatCategory):
        errors["requested_category"] = _("Vyberte kategorii bytu.")
    if not 1 <= (data.household_size or 0) <= 20:
        errors["household_size"] = _("Domácnost má 1 až 20 členů.")
    if (data.children or 0) < 0:
        errors["children"] = _("Počet dětí nemůže být záporný.")
    elif data.children and data.children >= (data.household_size or 1):
        errors["children"] = _("Domácnost s dětmi má aspoň jednoho dospělého: zvyšte počet členů.")
    for name in ("income_per_person_hal", "household_income_hal", "debt_to_town_hal"):
        value = getattr(data, name)
        if value is not None and value < 0:
            errors[name] = _("Částka nemůže být záporná.")
    if data.income_per_person_hal is not None and data.household_income_hal is not None and \
            data.income_per_person_hal * data.household_size > data.household_income_hal + 100:
        errors["income_per_person_hal"] = (_("Příjem na osobu krát počet členů převyšuje příjem "
                                           "domácnosti."))
    if not 0 <= (data.residence_years or 0) <= 110:
        errors["residence_years"] = _("Roky pobytu ve městě: 0 až 110.")
    if data.ethos_category is not None and not 1 <= data.ethos_category <= 13:
        errors["ethos_category"] = _("Kategorie ETHOS je 1 až 13.")
    if data.current_area_m2 is not None and not 0 < data.current_area_m2 < 1000:
        errors["current_area_m2"] = _("Plocha současného bydlení je v m² (1 až 999).")
    if data.current_rooms is not None and not 0 <= data.current_rooms <= 20:
        errors["current_rooms"] = _("Počet pokojů současného bytu je 0 až 20.")
    if data.valid_until and data.filed_on and data.valid_until < data.filed_on:
        errors["valid_until"] = _("Platnost nemůže skončit před podáním žádosti.")
    _ruleset, rules = rulesets.active(session)
    points = data.individual_points or 0
    if points:
        limit = rules.individual_max
        if limit == 0:
            errors["individual_points"] = (_("Platná pravidla individuální body nepřipouštějí."))
        elif abs(points) > limit:
            errors["individual_points"] = (_("Individuální body smějí být nejvýše ±{limit} "
                                             "(pravidla „{name}“).")
                                                 .format(limit=limit, name=rules.name))
        if rules.requires_justification and not _clean(data.individual_justification):
            errors["individual_justification"] = (
                _("Individuální body potřebují písemné odůvodnění (co a čím je doloženo)."))
    if errors:
        raise ValidationError.from_errors(errors)
    out = ApplicationInput(**{f.name: getattr(data, f.name) for f in fields(ApplicationInput)})
    out.key_profession = _clean(out.key_profession)
    out.individual_justification = _clean(out.individual_justification) if points else None
    out.note = (data.note or "").strip() or None
    if out.valid_until is None:
        out.valid_until = add_months(out.filed_on, rules.validity_months)
    return out


def add_months(day: dt.date, months: int) -> dt.date:
    return months_before(day, -months)


def _renewal_due(valid_until: dt.date | None) -> dt.date | None:
    return valid_until - dt.timedelta(days=30) if valid_until else None


def _head_of(session: Session, household_id: str) -> str | None:
    return next((p.id for m, p in current_members(session, household_id)
                 if m.relation == Relation.HEAD), None)


def create_application(db: Database, actor: Actor, data: ApplicationInput, *,
                       today: dt.date | None = None) -> str:
    actor.require(Permission.MANAGE_ALLOCATION)
    actor.require(Permission.VIEW_SENSITIVE)   # the facts include health and family
    today = today or dt.date.today()
    with db.transaction() as s:
        clean = validate(s, data, today=today)
        app = Application(number=numbering.issue(s, "application", clean.filed_on.year),
                          household_id=clean.household_id,
                          applicant_id=clean.applicant_id or _head_of(s, clean.household_id),
                          filed_on=clean.filed_on, valid_until=clean.valid_until,
                          renewal_due_on=_renewal_due(clean.valid_until),
                          state=ApplicationState.ACTIVE)
        _apply(app, clean, actor)
        s.add(app)
        s.flush()
        audit.record(s, actor, "create", "application", app.id)
        return app.id


def _apply(app: Application, clean: ApplicationInput, actor: Actor) -> None:
    old_points = (app.individual_points, app.individual_justification)
    for name in FACT_FIELDS:
        setattr(app, name, getattr(clean, name))
    if (clean.individual_points, clean.individual_justification) != old_points:
        app.individual_by_id = actor.user_id if clean.individual_points else None


LABELS = {
    "household": N_("Domácnost"), "filed_on": N_("Podáno"), "requested_category": N_("Kategorie bytu"),
    "valid_until": N_("Platí do"), "household_size": N_("Počet členů"), "children": N_("Děti"),
    "pregnancy": N_("Těhotenství"), "needs_barrier_free": N_("Bezbariérový byt"),
    "disability": N_("Zdravotní postižení"), "income_per_person_hal": N_("Příjem na osobu"),
    "household_income_hal": N_("Příjem domácnosti"), "residence_years": N_("Let trvalého pobytu"),
    "permanent_residence": N_("Trvalý pobyt v obci"), "ethos_category": N_("Kategorie ETHOS"),
    "current_area_m2": N_("Plocha současného bytu (m²)"), "current_rooms": N_("Pokoje současného bytu"),
    "two_households_in_flat": N_("Dvě domácnosti v bytě"), "debt_to_town_hal": N_("Dluh vůči obci"),
    "repayment_plan": N_("Splátkový kalendář"), "on_benefits": N_("Dávky"),
    "key_profession": N_("Klíčová profese"), "individual_points": N_("Individuální body"),
    "individual_justification": N_("Zdůvodnění individuálních bodů"), "note": N_("Poznámka")}


def _form_values(s: Session, household_id: str | None, values) -> dict:
    """An application's fields as the concurrent-save message compares them."""
    household = s.get(Household, household_id) if household_id else None
    out = {"household": household.name if household else None}
    out.update({k: getattr(values, k) for k in LABELS if k != "household"})
    return out


def update_application(db: Database, actor: Actor, application_id: str,
                       data: ApplicationInput, *, today: dt.date | None = None,
                       expected_version: int | None = None) -> None:
    """Save the form; ``expected_version``: the row version the screen loaded."""
    actor.require(Permission.MANAGE_ALLOCATION)
    actor.require(Permission.VIEW_SENSITIVE)   # the facts include health and family
    today = today or dt.date.today()
    with db.transaction() as s:
        app = _get(s, application_id)
        clean = validate(s, data, today=today)
        mine = _form_values(s, clean.household_id, clean)
        if data.valid_until is None:
            mine.pop("valid_until")           # left to the rules: not the person's value
        concurrency.check(s, app, expected_version, record=_("Žádost {number}")
                          .format(number=app.number or "").strip(),
                          mine=mine, theirs=lambda: _form_values(s, app.household_id, app),
                          labels=LABELS)
        app.household_id = clean.household_id
        app.applicant_id = clean.applicant_id or app.applicant_id
        app.filed_on = clean.filed_on
        if data.valid_until is not None:
            app.valid_until = clean.valid_until
            app.renewal_due_on = _renewal_due(clean.valid_until)
        _apply(app, clean, actor)
        changed = audit.changed_fields(app)
        s.flush()
        audit.record(s, actor, "update", "application", app.id, {"fields": changed})


def renew(db: Database, actor: Actor, application_id: str, *,
          today: dt.date | None = None) -> dt.date:
    """Prolong the application by the rules' validity from today (or from its
    current end, if that is later); an expired one becomes active again."""
    actor.require(Permission.MANAGE_ALLOCATION)
    today = today or dt.date.today()
    with db.transaction() as s:
        app = _get(s, application_id)
        if app.state not in (ApplicationState.ACTIVE, ApplicationState.EXPIRED):
            raise ValidationError(_("Obnovit lze jen platnou nebo propadlou žádost."))
        _ruleset, rules = rulesets.active(s)
        start = max(today, app.valid_until or today)
        app.valid_until = add_months(start, rules.validity_months)
        app.renewal_due_on = _renewal_due(app.valid_until)
        app.state = ApplicationState.ACTIVE
        audit.record(s, actor, "renew", "application", app.id)
        return app.valid_until


def set_state(db: Database, actor: Actor, application_id: str, state: ApplicationState,
              note: str | None = None) -> None:
    """Withdraw, expire or exclude by hand (with a note), or reactivate."""
    actor.require(Permission.MANAGE_ALLOCATION)
    if state == ApplicationState.HOUSED:
        raise ValidationError(_("Vyřízení přidělením zapisuje rozhodnutí o přidělení bytu."))
    if state == ApplicationState.EXCLUDED and not _clean(note):
        raise ValidationError(_("Uveďte důvod vyřazení žádosti."), field="note")
    with db.transaction() as s:
        app = _get(s, application_id)
        app.state = state
        if note:
            app.note = f"{app.note}\n{note}".strip() if app.note else note.strip()
        audit.record(s, actor, "state", "application", app.id, {"state": state.value})


def _get(s: Session, application_id: str) -> Application:
    app = get_live(s, Application, application_id, _("Žádost „{id}“").format(id=application_id))
    return app


def list_applications(db: Database, actor: Actor, text: str = "", *,
                      state: ApplicationState | None = None,
                      category: FlatCategory | None = None,
                      today: dt.date | None = None, with_points: bool = True
                      ) -> list[ApplicationRow]:
    actor.require(Permission.MANAGE_ALLOCATION)
    today = today or dt.date.today()
    A = Application
    # plain columns, not ORM objects; the points from the ranking's facts (load_facts)
    stmt = (select(A.id, A.number, A.household_id, Household.name, Person.given_name,
                   Person.surname, A.filed_on, A.requested_category, A.state, A.valid_until,
                   A.renewal_due_on, A.household_size, A.ethos_category)
            .join(Household, Household.id == A.household_id)
            .outerjoin(Person, Person.id == A.applicant_id)
            .where(live(A)))
    if state:
        stmt = stmt.where(A.state == state)
    if category:
        stmt = stmt.where(A.requested_category == category)
    token = fold(text)
    special = sees_special(actor)
    with db.reading() as s:
        _ruleset, rules = rulesets.active(s)
        refusals = _refusal_counts(s, rules, today)
        found = []
        for r in s.execute(stmt):
            applicant = f"{r.given_name} {r.surname}" if r.given_name else None
            if token and token not in fold(f"{r.number or ''} {r.name} {applicant or ''}"):
                continue
            found.append((r, applicant))
        active = {r.id: r.household_id for r, _a in found if r.state == ApplicationState.ACTIVE}
        points = _points(s, rules, today, active, refusals) if with_points and active else {}
    rows = [ApplicationRow(
        r.id, r.number, r.household_id, r.name, applicant, r.filed_on, r.requested_category,
        r.state, r.valid_until, r.renewal_due_on, r.household_size,
        r.ethos_category if special else None, len(refusals.get(r.household_id, ())),
        points.get(r.id)) for r, applicant in found]
    rows.sort(key=lambda r: (r.filed_on, r.number or "", r.id))
    return rows


def _points(s: Session, rules, today: dt.date, households: dict[str, str],
            refusals: dict[str, tuple[dt.date, ...]]) -> dict[str, int]:
    """application id → points by the active rules (criteria for a flat of its
    requested category) of the active applications ``households`` (id →
    household id): the ranking's facts and its column-wise scoring, with the
    refusals the list counts (the rules' refusal window)."""
    from .ranking import compiled_rules, gc_paused, load_facts
    compiled = compiled_rules(rules, today)
    by_category: dict[str, list[engine.Facts]] = {}
    with gc_paused():
        facts, _meta = load_facts(s, context=False)
        for f in facts:
            hh = households.get(f.id)
            if hh is not None:
                f.refusal_dates = refusals.get(hh, ())
                by_category.setdefault(f.requested_category, []).append(f)
        out: dict[str, int] = {}
        for cat, group in by_category.items():
            out.update(zip(map(attrgetter("id"), group), engine.totals(compiled, group, cat)))
    return out


def _refusal_counts(s: Session, rules, today: dt.date) -> dict[str, tuple[dt.date, ...]]:
    """Counting refusals per household (the rules' refusal window, if any)."""
    months = max((e["months"] for e in rules.exclusions if e["type"] == "refusals"), default=None)
    since = months_before(today, months) if months else dt.date.min
    out: dict[str, list[dt.date]] = {}
    for hh, day in s.execute(select(Application.household_id, Refusal.refused_on)
                             .join(Application, Application.id == Refusal.application_id)
                             .where(live(Refusal), Refusal.justified.is_(False),
                                    Refusal.refused_on > since)):
        out.setdefault(hh, []).append(day)
    return {k: tuple(sorted(v)) for k, v in out.items()}


def facts_of(app: Application, refusal_dates=(), refused_flats=frozenset(),
             busy_flat_id=None, active_lease=None, programmes=frozenset()) -> engine.Facts:
    return engine.Facts(
        id=app.id, filed_on=app.filed_on, requested_category=app.requested_category.value,
        household_size=app.household_size or 1, children=app.children or 0,
        pregnancy=bool(app.pregnancy), needs_barrier_free=bool(app.needs_barrier_free),
        disability=bool(app.disability), income_per_person_hal=app.income_per_person_hal,
        household_income_hal=app.household_income_hal,
        residence_years=app.residence_years or 0,
        permanent_residence=bool(app.permanent_residence), ethos=app.ethos_category,
        current_area_m2=float(app.current_area_m2) if app.current_area_m2 is not None else None,
        two_households_in_flat=bool(app.two_households_in_flat),
        debt_hal=app.debt_to_town_hal or 0, repayment_plan=bool(app.repayment_plan),
        on_benefits=bool(app.on_benefits), key_profession=app.key_profession,
        valid_until=app.valid_until, individual_points=app.individual_points or 0,
        individual_justification=app.individual_justification,
        refusal_dates=tuple(refusal_dates), refused_flat_ids=frozenset(refused_flats),
        busy_flat_id=busy_flat_id, current_rooms=app.current_rooms, active_lease=active_lease,
        programmes=frozenset(programmes))


def get_application(db: Database, actor: Actor, application_id: str, *,
                    today: dt.date | None = None) -> ApplicationDetail:
    actor.require(Permission.MANAGE_ALLOCATION)
    today = today or dt.date.today()
    with db.transaction() as s:      # opening a household's facts is audited
        app = _get(s, application_id)
        audit.record(s, actor, "open", "application", app.id)
        household = s.get(Household, app.household_id)
        applicant = s.get(Person, app.applicant_id) if app.applicant_id else None
        data = ApplicationInput(household_id=app.household_id, filed_on=app.filed_on,
                                applicant_id=app.applicant_id, valid_until=app.valid_until,
                                **{n: getattr(app, n) for n in FACT_FIELDS})
        _ruleset, rules = rulesets.active(s)
        refusals = _refusal_counts(s, rules, today).get(app.household_id, ())
        f = facts_of(app, refusals)
        compiled = engine.compile_rules(rules, today)
        total, _sub, lines, individual = engine.score(compiled, f, app.requested_category.value)
        reasons, reviews = engine.exclusions(compiled, f, None)
        offers = []
        for offer, flat, b in s.execute(
                select(Offer, Flat, Building).join(Flat, Flat.id == Offer.flat_id)
                .join(Building, Building.id == Flat.building_id)
                .where(Offer.application_id == app.id, live(Offer))
                .order_by(Offer.offered_on, Offer.id)):
            refusal = s.scalars(select(Refusal).where(Refusal.offer_id == offer.id,
                                                      live(Refusal))).first()
            offers.append(OfferRow(offer.id, flat.id, _("{address}, byt č. {number}").format(
                address=b.address_line(), number=flat.number),
                                   offer.offered_on, offer.rank, offer.score, offer.response,
                                   offer.responded_on, offer.note,
                                   refusal.reason if refusal else None,
                                   bool(refusal and refusal.justified)))
        by = None
        if app.individual_by_id:
            from models.staff import User
            user = s.get(User, app.individual_by_id)
            by = user.full_name if user else None
        if not sees_special(actor):     # points stay, the words behind them do not
            data = blank_special(actor, "application", data)
            lines = [ln._replace(detail="") for ln in lines]
            individual = individual._replace(justification=None) if individual else None
            reviews = []
        return ApplicationDetail(
            app.id, app.number, household.name if household else "",
            applicant.full_name if applicant else None, app.state, data, app.renewal_due_on, by,
            offers, lines, individual, total, rules.name, reasons, reviews, app.row_version)


@dataclass(frozen=True)
class HouseholdChoice:
    id: str
    name: str
    head: str | None
    members: int
    children: int
    address: str


def household_choices(db: Database, actor: Actor, text: str = "", limit: int = 50
                      ) -> list[HouseholdChoice]:
    """Households for the application form's picker, with the sizes to prefill."""
    actor.require(Permission.MANAGE_ALLOCATION)
    actor.require(Permission.VIEW_PERSONS)
    from ..people.households import list_households
    rows = list_households(db, actor, text, limit=limit)
    with db.reading() as s:
        kids = dict(s.execute(
            select(HouseholdMember.household_id, func.count())
            .where(HouseholdMember.household_id.in_([r.id for r in rows]),
                   HouseholdMember.relation == Relation.CHILD,
                   live(HouseholdMember))
            .group_by(HouseholdMember.household_id)).all())
    return [HouseholdChoice(r.id, r.name, r.head, r.members, kids.get(r.id, 0), r.address)
            for r in sorted(rows, key=lambda r: sort_key(r.name))]
