"""Saving one front-desk intake: person (found or new), household members,
the contact with its ETHOS situation, the Housing Support Act steps,
referrals with their follow-up tasks, and a case assigned to a worker —
all in one transaction: either everything is stored or nothing is.

Bad input raises ValidationError naming every bad field (``members.0.birth_date``,
``referrals.1.partner`` …) before anything is written; a new person who may
already be in the register raises PossibleDuplicateFound unless the worker
confirmed a new record (``allow_duplicate``), which then gets flagged."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models.base import utcnow
from models.cases import Case, TaskSource
from models.intake import (Channel, ContactRecord, DistrictLink, HousingNeedRecord, NeedState,
                           Outcome, PartnerOrganisation, Referral, Urgency)
from models.people import Person, Relation
from models.staff import User

from .. import audit, tasks
from ..czech_names import guess_sex, referral_check, verb_with_name
from ..cases.service import check_worker, open_case, open_case_of
from ..addresses import geography
from ..db import Database
from ..errors import NotFound, ValidationError
from ..people.households import add_household, add_member, current_members, household_of
from ..people.records import PersonInput, add_person, validate
from ..rows import is_live, live
from ..security import Actor, Permission
from . import duplicates, eligibility
from .need import effective_state
from ..i18n import _

URGENCY_DAYS = {Urgency.ACUTE: 0, Urgency.WEEK: 7, Urgency.PLANNED: 14}


@dataclass
class MemberInput:
    """A household member: an existing person (``person_id``) or a new one."""
    relation: Relation = Relation.OTHER
    person_id: str | None = None
    person: PersonInput | None = None


@dataclass
class ReferralInput:
    partner_id: str | None = None
    reason: str | None = None


@dataclass
class NeedInput:
    """§16 housing-situation assessment and the entry as "potřebný" (§13–27)."""
    start_assessment: bool = False
    household_income_hal: int | None = None       # monthly
    subsistence_minimum_hal: int | None = None    # None: computed from the household
    district_link: DistrictLink | None = None
    special_vulnerability: bool = False           # §6
    register: bool = False                        # zapsat jako potřebného
    note: str | None = None


@dataclass
class IntakeInput:
    person_id: str | None = None
    new_person: PersonInput | None = None
    allow_duplicate: bool = False
    members: list[MemberInput] = field(default_factory=list)
    channel: Channel = Channel.IN_PERSON
    occurred_at: dt.datetime | None = None        # naive UTC; default now
    reason: str | None = None
    ethos_category: int | None = None
    dwelling_area_m2: Decimal | None = None
    dwelling_persons: int | None = None
    urgency: Urgency = Urgency.PLANNED
    minutes_spent: int | None = None
    outcome: Outcome = Outcome.INFORMATION
    counselling_given: bool = False               # §12
    referrals: list[ReferralInput] = field(default_factory=list)
    case_worker_id: str | None = None
    need: NeedInput | None = None
    note: str | None = None
    worker_id: str | None = None                  # who recorded it (default: the actor)
    # Municipality of the ORP and town part / locality (None: from the client's address)
    municipality: str | None = None
    locality: str | None = None


@dataclass(frozen=True)
class IntakeResult:
    contact_id: str
    person_id: str
    person_name: str
    household_id: str | None
    case_id: str | None
    case_number: str | None
    case_opened: bool
    referral_ids: list[str]
    task_ids: list[str]
    need_record_id: str | None
    need_state: NeedState | None
    flagged_duplicates: int


def _text(value: str | None) -> str | None:
    value = (value or "").strip()
    return value or None


# czech-on-purpose: Czech grammar of the stored household name (Novákovi)
def household_name(surname: str, size: int, given: str = "") -> str:
    """"Novák" → "Novákovi", "Černá" → "Černí"; one person keeps their name."""
    if size <= 1:
        return f"{surname} {given}".strip()
    s = surname
    if s.endswith("ová"):
        return s[:-3] + "ovi"
    if s.endswith(("ý", "á")):
        return s[:-1] + "í"
    if s.endswith("a"):
        return s[:-1] + "ovi"
    if s.endswith("í"):
        return s
    return s + "ovi"


# -- validation -------------------------------------------------------------------------

def _validate(session: Session, actor: Actor, data: IntakeInput, today: dt.date,
              r: eligibility.Rules) -> tuple[PersonInput | None, list[PersonInput | None]]:
    errors: dict[str, str] = {}
    clean_person = None
    if data.person_id:
        p = session.get(Person, data.person_id)
        if not is_live(p):
            errors["person"] = _("Vybraná osoba neexistuje.")
        elif p.merged_into_id:
            errors["person"] = (_("Záznam byl sloučen s jiným záznamem téže osoby – "
                                "vyhledejte ji znovu."))
    elif data.new_person is not None:
        try:
            clean_person = validate(data.new_person, today=today)
        except ValidationError as exc:
            errors.update(exc.errors)
    else:
        errors["person"] = _("Vyhledejte klienta, nebo založte novou osobu.")

    clean_members: list[PersonInput | None] = []
    for i, m in enumerate(data.members):
        if m.person_id:
            if session.get(Person, m.person_id) is None:
                errors[f"members.{i}"] = _("Člen domácnosti neexistuje.")
            clean_members.append(None)
        elif m.person is not None:
            try:
                clean_members.append(validate(m.person, today=today))
            except ValidationError as exc:
                for name, msg in exc.errors.items():
                    errors[f"members.{i}.{name}"] = msg
                clean_members.append(None)
        else:
            errors[f"members.{i}"] = _("Vyplňte jméno člena domácnosti.")
            clean_members.append(None)
        if not isinstance(m.relation, Relation):
            errors[f"members.{i}.relation"] = _("Vyberte vztah k žadateli.")

    if data.occurred_at and data.occurred_at.date() > today + dt.timedelta(days=1):
        errors["occurred_at"] = _("Kontakt nemůže být v budoucnosti.")
    if not _text(data.reason):
        errors["reason"] = _("Napište, s čím klient přichází.")
    if data.ethos_category is not None and not 1 <= data.ethos_category <= 13:
        errors["ethos_category"] = _("Vyberte kategorii ETHOS 1–13.")
    if data.dwelling_area_m2 is not None:
        if not Decimal("1") <= Decimal(data.dwelling_area_m2) <= Decimal("1000"):
            errors["dwelling_area_m2"] = _("Plocha bytu v m², např. 38,5.")
        elif not data.dwelling_persons:
            errors["dwelling_persons"] = _("Zadejte, kolik osob v bytě bydlí.")
    if data.dwelling_persons is not None and not 1 <= data.dwelling_persons <= 50:
        errors["dwelling_persons"] = _("Počet osob je 1 až 50.")
    if data.minutes_spent is not None and not 1 <= data.minutes_spent <= 600:
        errors["minutes_spent"] = _("Čas v minutách, 1 až 600.")

    for i, ref in enumerate(data.referrals):
        if not ref.partner_id:
            errors[f"referrals.{i}.partner"] = _("Vyberte službu, kam klienta předáváte.")
            continue
        partner = session.get(PartnerOrganisation, ref.partner_id)
        if not is_live(partner) or not partner.active:
            errors[f"referrals.{i}.partner"] = _("Tato služba už není v seznamu partnerů.")
    if data.outcome == Outcome.REFERRAL and not data.referrals:
        errors["referrals"] = _("Přidejte službu, kam klienta předáváte.")
    if data.outcome == Outcome.CASE_OPENED:
        if not data.case_worker_id:
            errors["case_worker_id"] = _("Vyberte pracovníka, kterému případ přidělujete.")
        else:
            try:
                check_worker(session, data.case_worker_id, "case_worker_id")
            except ValidationError as exc:
                errors.update(exc.errors)
        if data.person_id and open_case_of(session, data.person_id) is not None:
            errors["outcome"] = _("Klient už má otevřený případ; kontakt se k němu připojí.")

    need = data.need
    if need and (need.start_assessment or need.register):
        if need.household_income_hal is not None and need.household_income_hal < 0:
            errors["need.household_income"] = _("Příjem nemůže být záporný.")
        if need.subsistence_minimum_hal is not None and need.subsistence_minimum_hal <= 0:
            errors["need.subsistence_minimum"] = _("Životní minimum domácnosti musí být kladné.")
        if need.register:
            if need.household_income_hal is None:
                errors["need.household_income"] = _("Pro zápis potřebného zadejte příjem domácnosti.")
            if need.district_link is None:
                errors["need.district_link"] = _("Pro zápis potřebného vyberte vazbu na obvod.")
    errors.update(geography.check_place(geography.read(session), _text(data.municipality),
                                        _text(data.locality)))
    if errors:
        raise ValidationError.from_errors(errors)
    return clean_person, clean_members


def _household_people(session: Session, person_id: str | None, household_id: str | None,
                      person: PersonInput | None, data: IntakeInput,
                      clean_members: list[PersonInput | None]
                      ) -> list[tuple[dt.date | None, Relation | None]]:
    """Birth dates and relations of everyone in the household after the intake."""
    people: dict[str, tuple] = {}
    if household_id:
        for m, p in current_members(session, household_id):
            people[m.person_id] = (p.birth_date, m.relation)
    if person_id and person_id not in people:
        born = session.scalar(select(Person.birth_date).where(Person.id == person_id))
        people[person_id] = (born, Relation.HEAD)
    if person is not None:
        people["__new__"] = (person.birth_date, Relation.HEAD)
    for i, (m, clean) in enumerate(zip(data.members, clean_members)):
        if m.person_id and m.person_id in people:
            people[m.person_id] = (people[m.person_id][0], m.relation)
        elif m.person_id:
            born = session.scalar(select(Person.birth_date).where(Person.id == m.person_id))
            people[m.person_id] = (born, m.relation)
        elif clean is not None:
            people[f"__member{i}__"] = (clean.birth_date, m.relation)
    return list(people.values())


# -- saving ---------------------------------------------------------------------------------

def save_intake(db: Database, actor: Actor, data: IntakeInput, *,
                today: dt.date | None = None) -> IntakeResult:
    actor.require(Permission.EDIT_CASES)
    if data.new_person is not None or any(m.person is not None for m in data.members):
        actor.require(Permission.EDIT_PERSONS)
    today = today or dt.date.today()
    with db.transaction() as s:
        r = eligibility.rules(s, today)
        clean_person, clean_members = _validate(s, actor, data, today, r)
        flagged = 0
        candidates: list[duplicates.DuplicateCandidate] = []
        if clean_person is not None:
            candidates = duplicates.find_duplicates(s, clean_person)
            if candidates and not data.allow_duplicate:
                raise duplicates.PossibleDuplicateFound(candidates)
        household = household_of(s, data.person_id) if data.person_id else None
        income_people = _household_people(s, data.person_id,
                                          household.id if household else None,
                                          clean_person, data, clean_members)
        need_check = None
        need = data.need if data.need and (data.need.start_assessment or data.need.register) \
            else None
        if need is not None:
            subsistence = need.subsistence_minimum_hal or eligibility.subsistence_minimum(
                r, income_people, today)
            need_check = eligibility.check(r, household_income_hal=need.household_income_hal,
                                           subsistence_minimum_hal=subsistence,
                                           district_link=need.district_link)
            if need.register and need_check.eligible is not True:
                raise ValidationError(" ".join(need_check.reasons) or
                                      _("Podmínky zápisu nejsou splněny."), field="need.register")

        # 1. the person
        if clean_person is not None:
            person = add_person(s, actor, clean_person)
            for c in candidates:
                duplicates.flag(s, actor, person.id, c.id, c.reason)
                flagged += 1
        else:
            person = s.get(Person, data.person_id)

        # 2. the household and its members
        if data.members and household is None:
            size = 1 + len(data.members)
            household = add_household(s, actor, household_name(person.surname, size,
                                                                person.given_name),
                                      address=person.permanent_address)
            add_member(s, actor, household.id, person.id, Relation.HEAD, since=today)
        for m, clean in zip(data.members, clean_members):
            member_id = m.person_id or add_person(s, actor, clean).id
            add_member(s, actor, household.id, member_id, m.relation, since=today)

        # 3. the case (a new one, or the person's open case)
        worker_id = data.worker_id or actor.user_id
        case: Case | None
        opened = data.outcome == Outcome.CASE_OPENED
        if opened:
            case = open_case(s, actor, person.id, worker_id=data.case_worker_id,
                             household_id=household.id if household else None,
                             summary=_text(data.reason), opened_on=today)
        else:
            case = open_case_of(s, person.id)

        # 4. the contact, placed where the client lives (the address when not chosen)
        town, part = _text(data.municipality), _text(data.locality)
        if not town and not part:
            town, part = geography.person_place(s, geography.read(s), person)
        if case is not None and (opened or not case.municipality):
            case.municipality, case.locality = town, part
        outcome = data.outcome
        if outcome == Outcome.INFORMATION and data.referrals:
            outcome = Outcome.REFERRAL
        contact = ContactRecord(
            person_id=person.id, household_id=household.id if household else None,
            case_id=case.id if case else None, worker_id=worker_id,
            occurred_at=data.occurred_at or utcnow(), channel=data.channel,
            reason=_text(data.reason), ethos_category=data.ethos_category,
            dwelling_area_m2=(Decimal(data.dwelling_area_m2)
                              if data.dwelling_area_m2 is not None else None),
            dwelling_persons=data.dwelling_persons, urgency=data.urgency,
            minutes_spent=data.minutes_spent, outcome=outcome,
            counselling_given=data.counselling_given, note=_text(data.note),
            municipality=town, locality=part)
        s.add(contact)
        s.flush()
        audit.record(s, actor, "create", "contact_record", contact.id,
                     {"outcome": outcome.value, "referrals": len(data.referrals)})

        # 5. referrals, each with a follow-up task: did the person arrive?
        referral_ids, task_ids = [], []
        for ref in data.referrals:
            partner = s.get(PartnerOrganisation, ref.partner_id)
            referral = Referral(contact_id=contact.id, person_id=person.id, partner_id=partner.id,
                                case_id=case.id if case else None, referred_on=today,
                                reason=_text(ref.reason) or _text(data.reason))
            s.add(referral)
            s.flush()
            audit.record(s, actor, "create", "referral", referral.id)
            task = tasks.add_task(
                s, actor, referral_check(person.given_name, person.surname,
                                          person.sex.value if person.sex else None, partner.name),
                owner_id=worker_id, due_on=today + dt.timedelta(days=r.referral_follow_up_days),
                case_id=case.id if case else None, person_id=person.id,
                detail=referral.reason, source=TaskSource.REFERRAL, source_ref=referral.id)
            referral.follow_up_task_id = task.id
            referral_ids.append(referral.id)
            task_ids.append(task.id)

        # 6. a new case: the assigned worker's first step, due by urgency
        if opened and case.assigned_worker_id:
            # czech-on-purpose: a task's title and detail are stored and shared by the office: Czech
            task = tasks.add_task(
                s, actor, f"Nový případ {case.number}: "
                          + verb_with_name("kontaktovat", person.given_name, person.surname,
                                           person.sex.value if person.sex else None),
                owner_id=case.assigned_worker_id,
                due_on=today + dt.timedelta(days=URGENCY_DAYS[data.urgency]),
                case_id=case.id, person_id=person.id,
                household_id=household.id if household else None, detail=_text(data.reason))
            task_ids.append(task.id)

        # 7. the Housing Support Act: §16 assessment and the entry as "potřebný"
        need_id = need_state = None
        if need is not None:
            registered = need.register
            need_state = NeedState.REGISTERED if registered else NeedState.PENDING
            record = HousingNeedRecord(
                person_id=person.id, household_id=household.id if household else None,
                contact_id=contact.id, worker_id=worker_id, assessment_started_on=today,
                assessment_done_on=today if registered else None,
                household_income_hal=need.household_income_hal,
                subsistence_minimum_hal=need_check.subsistence_minimum_hal,
                income_limit_factor=r.income_factor, income_eligible=need_check.income_ok,
                district_link=need.district_link,
                special_vulnerability=need.special_vulnerability, state=need_state,
                registered_on=today if registered else None,
                valid_until=(eligibility.add_months(today, r.validity_months)
                             if registered else None),
                note=_text(need.note))
            s.add(record)
            s.flush()
            audit.record(s, actor, "create", "housing_need_record", record.id,
                         {"state": need_state.value})
            need_id = record.id

        return IntakeResult(contact.id, person.id, f"{person.given_name} {person.surname}",
                            household.id if household else None, case.id if case else None,
                            case.number if case else None, opened, referral_ids, task_ids,
                            need_id, need_state, flagged)


# -- what the intake screen shows about a person --------------------------------------

@dataclass(frozen=True)
class HouseholdPerson:
    person_id: str
    name: str
    birth_date: dt.date | None
    relation: Relation


@dataclass(frozen=True)
class PersonContext:
    person_id: str
    name: str                                # "Jan Novák"
    surname: str
    birth_date: dt.date | None
    birth_number: str | None
    address: str
    household_id: str | None
    household_name: str | None
    members: list[HouseholdPerson]           # everyone but the person
    relation: Relation | None                # the person's relation in the household
    open_case_id: str | None
    open_case_number: str | None
    open_case_worker: str | None
    contacts: int
    last_contact: dt.datetime | None
    need_state: NeedState | None
    need_valid_until: dt.date | None
    sex: str | None = None                   # "M"/"F" recorded or told by the name


def person_context(db: Database, actor: Actor, person_id: str) -> PersonContext:
    """The selected person as the intake needs them: household, open case,
    earlier contacts, the entry as "potřebný"."""
    actor.require(Permission.VIEW_CASES)
    with db.reading() as s:
        p = s.get(Person, person_id)
        if not is_live(p) or p.merged_into_id:
            raise NotFound(_("Osoba neexistuje nebo byla sloučena s jiným záznamem."))
        hh = household_of(s, p.id)
        members, relation = [], None
        if hh is not None:
            for m, person in current_members(s, hh.id):
                if person.id == p.id:
                    relation = m.relation
                    continue
                members.append(HouseholdPerson(person.id, f"{person.surname} {person.given_name}",
                                               person.birth_date, m.relation))
        members.sort(key=lambda x: (x.relation != Relation.HEAD, x.birth_date or dt.date.min))
        case = open_case_of(s, p.id)
        worker = s.get(User, case.assigned_worker_id) if case and case.assigned_worker_id \
            else None
        count, last = s.execute(select(func.count(), func.max(ContactRecord.occurred_at)).where(
            ContactRecord.person_id == p.id, live(ContactRecord))).one()
        need = s.scalars(select(HousingNeedRecord).where(
            HousingNeedRecord.person_id == p.id, live(HousingNeedRecord))
            .order_by(HousingNeedRecord.created_at.desc())).first()
        rc = p.birth_number
        addr = p.permanent_address
        return PersonContext(
            p.id, f"{p.given_name} {p.surname}", p.surname, p.birth_date,
            f"{rc[:6]}/{rc[6:]}" if rc else None, addr.one_line() if addr else "",
            hh.id if hh else None, hh.name if hh else None, members, relation,
            case.id if case else None, case.number if case else None,
            worker.full_name if worker else None, count or 0, last,
            effective_state(need, dt.date.today()) if need else None,
            need.valid_until if need else None,
            p.sex.value if p.sex else guess_sex(p.given_name, p.surname))
