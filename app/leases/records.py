"""Lease records: create (by hand or from an accepted offer), change, sign,
end; validation of the civil-code rules; lists and the detail.

Rules enforced here (so the UI, the CLI and the tests share them):
- the deposit (jistota) is at most three months' rent (občanský zákoník § 2254);
- a lease cannot end before it starts; amounts cannot be negative;
- one flat cannot have two leases for overlapping periods;
- services are advances per zákon č. 67/2013 Sb. (one line per kind of service).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from models.allocation import Application, Offer, OfferResponse
from models.base import utcnow
from models.cases import Task, TaskSource
from models.housing import Building, Flat, FlatCategory, FlatStatus
from models.leases import (ArrearsBalance, EndReason, Lease, LeaseService, LeaseState, Renewal,
                           RenewalDecision, RenewalProposal, ServiceKind)
from models.people import Household, HouseholdMember, Person, Relation
from models.staff import User

from .. import audit, concurrency, numbering
from ..people.disambiguate import household_labels, person_labels
from ..czech_text import fold, sort_key
from ..errors import NotFound, ValidationError
from ..formatting import format_date, format_money
from ..people.households import current_members
from ..rows import get_live, is_live, live
from ..security import Actor, Permission
from . import config, documents
from .common import add_months, flat_address, month_start, term_end
from ..i18n import N_, _

MAX_DEPOSIT_MONTHS = 3        # občanský zákoník § 2254 odst. 1
ACTIVE_STATES = (LeaseState.ACTIVE, LeaseState.RENEWED)

# How the expected monthly advances of a flat are split into services when a
# lease is proposed (the property department adjusts them in the form).
SERVICE_SPLIT = [(ServiceKind.HEATING, 45), (ServiceKind.HOT_WATER, 20),
                 (ServiceKind.WATER, 20), (ServiceKind.COMMON_AREAS, 8),
                 (ServiceKind.WASTE, 7)]


@dataclass
class ServiceLine:
    kind: ServiceKind
    advance_hal: int
    note: str | None = None


@dataclass
class LeaseInput:
    flat_id: str | None = None
    household_id: str | None = None
    tenant_id: str | None = None
    starts_on: dt.date | None = None
    term_months: int | None = 12          # None: indefinite (na dobu neurčitou)
    ends_on: dt.date | None = None        # computed from the term when empty
    rent_hal: int = 0
    deposit_hal: int = 0
    services: list[ServiceLine] = field(default_factory=list)
    via_kmb: bool = False
    moved_in_on: dt.date | None = None
    signed_on: dt.date | None = None
    offer_id: str | None = None
    note: str | None = None
    # výměna bytu: the household's running lease this one replaces (ended at signing)
    exchange_of_lease_id: str | None = None
    row_version: int | None = None        # the version an edit form was loaded from


# -- validation ------------------------------------------------------------------

def _effective_end(lease: Lease) -> dt.date | None:
    """The last day a lease occupies its flat (None: open-ended)."""
    if lease.state == LeaseState.ENDED and lease.ended_on:
        return lease.ended_on
    return lease.ends_on


def overlapping(session: Session, flat_id: str, starts_on: dt.date, ends_on: dt.date | None,
                exclude_id: str | None = None) -> Lease | None:
    for other in session.scalars(select(Lease).where(
            Lease.flat_id == flat_id, live(Lease))):
        if other.id == exclude_id:
            continue
        other_end = _effective_end(other)
        if (ends_on is None or other.starts_on <= ends_on) and (
                other_end is None or other_end >= starts_on):
            return other
    return None


def _describe(session: Session, lease: Lease) -> str:
    tenant = session.get(Person, lease.tenant_id)
    end = _effective_end(lease)
    period = f"{format_date(lease.starts_on)} – {format_date(end) if end else 'na dobu neurčitou'}"
    return f"{lease.number or 'návrh'} ({tenant.full_name if tenant else '?'}, {period})"


def running_leases_of(session: Session, household_id: str | None, tenant_id: str | None,
                      starts_on: dt.date, ends_on: dt.date | None,
                      exclude_id: str | None = None) -> list[Lease]:
    """Signed leases of the household (or of the tenant) that still run in the
    period: one household holds one municipal flat at a time."""
    who = []
    if household_id:
        who.append(Lease.household_id == household_id)
    if tenant_id:
        who.append(Lease.tenant_id == tenant_id)
    if not who:
        return []
    out = []
    for other in session.scalars(select(Lease).where(
            or_(*who), live(Lease), Lease.state.in_(ACTIVE_STATES))):
        if other.id == exclude_id:
            continue
        end = _effective_end(other)
        if (ends_on is None or other.starts_on <= ends_on) and (end is None or end >= starts_on):
            out.append(other)
    return out


def _check_second_lease(session: Session, data: LeaseInput, lease_id: str | None,
                        errors: dict[str, str]) -> None:
    """A second concurrent lease is refused unless it is an exchange of flats
    (výměna bytu) that ends the household's current lease."""
    running = running_leases_of(session, data.household_id, data.tenant_id, data.starts_on,
                                data.ends_on, lease_id)
    if data.exchange_of_lease_id:
        old = session.get(Lease, data.exchange_of_lease_id)
        mine = old is not None and (old.household_id == data.household_id and old.household_id
                                    or old.tenant_id == data.tenant_id)
        if not is_live(old) or old.state not in ACTIVE_STATES or not mine:
            errors["exchange_of_lease_id"] = (
                _("Výměnou lze nahradit jen platnou smlouvu této domácnosti nebo nájemce."))
            return
        running = [o for o in running if o.id != old.id]
    if running:
        errors["household_id"] = (
            _("Domácnost už má platnou nájemní smlouvu na obecní byt: {describe}. Druhý souběžný "
              "nájem nelze uzavřít; jde-li o výměnu bytu, vyberte ji – podpisem nové smlouvy "
              "dosavadní nájem skončí.").format(describe=_describe(session, running[0])))


def validate(session: Session, data: LeaseInput, lease_id: str | None = None) -> LeaseInput:
    """Check the input; raise ValidationError naming every bad field."""
    errors: dict[str, str] = {}
    flat = session.get(Flat, data.flat_id) if data.flat_id else None
    if not is_live(flat):
        errors["flat_id"] = _("Vyberte byt.")
    tenant = session.get(Person, data.tenant_id) if data.tenant_id else None
    if not is_live(tenant):
        errors["tenant_id"] = _("Vyberte nájemce.")
    if data.household_id:
        if session.get(Household, data.household_id) is None:
            errors["household_id"] = _("Domácnost neexistuje.")
        elif tenant is not None and all(
                p.id != tenant.id for _, p in current_members(session, data.household_id)):
            errors["tenant_id"] = _("Nájemce není členem vybrané domácnosti.")
    if data.term_months is not None and data.term_months < 1:
        errors["term_months"] = _("Doba nájmu musí být aspoň jeden měsíc.")
    if data.starts_on is None:
        errors["starts_on"] = _("Vyplňte začátek nájmu.")
    else:
        if data.ends_on is None and data.term_months and data.term_months >= 1:
            data.ends_on = term_end(data.starts_on, data.term_months)
        if data.ends_on is not None and data.ends_on < data.starts_on:
            errors["ends_on"] = _("Konec nájmu nemůže být před jeho začátkem.")
        if data.moved_in_on and data.moved_in_on < data.starts_on:
            errors["moved_in_on"] = _("Nastěhování nemůže být před začátkem nájmu.")
    if data.rent_hal < 0:
        errors["rent_hal"] = _("Nájemné nemůže být záporné.")
    if data.deposit_hal < 0:
        errors["deposit_hal"] = _("Jistota nemůže být záporná.")
    elif data.rent_hal >= 0 and data.deposit_hal > MAX_DEPOSIT_MONTHS * data.rent_hal:
        errors["deposit_hal"] = (
            _("Jistota může být nejvýše trojnásobek měsíčního nájemného, tj. {format_money} (§ "
              "2254 občanského zákoníku).")
                  .format(format_money=format_money(MAX_DEPOSIT_MONTHS * data.rent_hal)))
    seen = set()
    for line in data.services:
        if line.advance_hal < 0:
            errors[f"service_{line.kind.value}"] = _("Záloha nemůže být záporná.")
        if line.kind in seen and line.kind != ServiceKind.OTHER:
            errors[f"service_{line.kind.value}"] = _("Tato služba je uvedena dvakrát.")
        seen.add(line.kind)
    if flat is not None and data.starts_on and "ends_on" not in errors:
        other = overlapping(session, flat.id, data.starts_on, data.ends_on, lease_id)
        if other is not None:
            errors["flat_id"] = (_("Byt má na toto období jinou smlouvu: {describe}.")
                .format(describe=_describe(session, other)))
    if data.starts_on and "ends_on" not in errors and "tenant_id" not in errors:
        _check_second_lease(session, data, lease_id, errors)
    if errors:
        raise ValidationError.from_errors(errors)
    data.note = (data.note or "").strip() or None
    return data


# -- writes ----------------------------------------------------------------------

def _check_offer(session: Session, data: LeaseInput, lease_id: str | None) -> None:
    offer = get_live(session, Offer, data.offer_id, _("Nabídka bytu"))
    if offer.response != OfferResponse.ACCEPTED:
        raise ValidationError(_("Smlouvu lze založit jen z přijaté nabídky."), field="offer_id")
    if offer.flat_id != data.flat_id:
        raise ValidationError(_("Byt smlouvy se liší od bytu v nabídce."), field="flat_id")
    taken = session.scalars(select(Lease).where(Lease.offer_id == offer.id,
                                                live(Lease))).first()
    if taken is not None and taken.id != lease_id:
        raise ValidationError(_("Z této nabídky už je smlouva {number}.")
            .format(number=taken.number), field="offer_id")


def _set_services(session: Session, lease: Lease, lines: list[ServiceLine]) -> None:
    existing = [s for s in session.scalars(select(LeaseService).where(
        LeaseService.lease_id == lease.id, live(LeaseService)))]
    by_kind = {s.kind: s for s in existing}
    wanted = {line.kind: line for line in lines if line.advance_hal > 0 or line.note}
    for kind, row in by_kind.items():
        if kind not in wanted:
            row.deleted_at = utcnow()
    for kind, line in wanted.items():
        row = by_kind.get(kind)
        if row is None:
            session.add(LeaseService(lease_id=lease.id, kind=kind, advance_hal=line.advance_hal,
                                     note=line.note))
        else:
            row.advance_hal = line.advance_hal
            row.note = line.note


def create_lease(db, actor: Actor, data: LeaseInput, *, today: dt.date | None = None) -> str:
    """A new lease in the state návrh, numbered from the town's sequence."""
    actor.require(Permission.EDIT_LEASES)
    today = today or dt.date.today()
    with db.transaction() as s:
        data = validate(s, data)
        if data.offer_id:
            _check_offer(s, data, None)
        number = numbering.issue(s, "lease", today.year)
        lease = Lease(number=number, flat_id=data.flat_id, household_id=data.household_id,
                      tenant_id=data.tenant_id, offer_id=data.offer_id, state=LeaseState.DRAFT,
                      starts_on=data.starts_on, ends_on=data.ends_on,
                      term_months=data.term_months, rent_hal=data.rent_hal,
                      deposit_hal=data.deposit_hal, signed_on=data.signed_on,
                      moved_in_on=data.moved_in_on, via_kmb=data.via_kmb, note=data.note,
                      replaces_lease_id=data.exchange_of_lease_id)
        s.add(lease)
        s.flush()
        _set_services(s, lease, data.services)
        audit.record(s, actor, "create", "lease", lease.id,
                     {"number": number, "from_offer": bool(data.offer_id)})
        return lease.id


def _get(session: Session, lease_id: str) -> Lease:
    lease = get_live(session, Lease, lease_id, _("Smlouva „{id}“").format(id=lease_id))
    return lease


LABELS = {"flat": N_("Byt"), "household": N_("Domácnost"), "tenant": N_("Nájemce"),
          "starts_on": N_("Začátek nájmu"), "term_months": N_("Doba (měsíce)"), "ends_on": N_("Konec nájmu"),
          "rent_hal": N_("Nájemné"), "deposit_hal": N_("Jistota"), "signed_on": N_("Podepsáno"),
          "moved_in_on": N_("Nastěhování"), "via_kmb": N_("Přes KMB"), "note": N_("Poznámka")}


def _form_values(s: Session, values) -> dict:
    """A lease's fields as the concurrent-save message compares them (names, not ids)."""
    flat = s.get(Flat, values.flat_id) if values.flat_id else None
    household = s.get(Household, values.household_id) if values.household_id else None
    tenant = s.get(Person, values.tenant_id) if values.tenant_id else None
    out = {"flat": flat.number if flat else None,
           "household": household.name if household else None,
           "tenant": tenant.full_name if tenant else None}
    out.update({k: getattr(values, k) for k in LABELS if k not in out})
    return out


def update_lease(db, actor: Actor, lease_id: str, data: LeaseInput, *,
                 expected_version: int | None = None) -> None:
    """Save the form; ``expected_version``: the row version the screen loaded."""
    actor.require(Permission.EDIT_LEASES)
    with db.transaction() as s:
        lease = _get(s, lease_id)
        mine = _form_values(s, data)
        if data.ends_on is None:
            mine.pop("ends_on")               # computed from the term
        concurrency.check(s, lease, expected_version, record=_("Smlouvu {number}")
                          .format(number=lease.number or "").strip(), mine=mine, theirs=lambda: _form_values(s, lease),
                          labels=LABELS)
        if lease.state == LeaseState.ENDED:
            raise ValidationError(_("Ukončenou smlouvu nelze měnit."))
        if lease.state != LeaseState.DRAFT and (data.flat_id != lease.flat_id
                                                or data.tenant_id != lease.tenant_id):
            raise ValidationError(_("U platné smlouvy nelze změnit byt ani nájemce – ukončete ji "
                                  "a založte novou."), field="flat_id")
        data.offer_id = lease.offer_id
        if lease.state != LeaseState.DRAFT:
            data.exchange_of_lease_id = None     # the exchanged lease ended at signing
        data = validate(s, data, lease_id)
        if lease.state == LeaseState.DRAFT:
            lease.replaces_lease_id = data.exchange_of_lease_id
        for name in ("flat_id", "household_id", "tenant_id", "starts_on", "ends_on",
                     "term_months", "rent_hal", "deposit_hal", "signed_on", "moved_in_on",
                     "via_kmb", "note"):
            setattr(lease, name, getattr(data, name))
        changed = audit.changed_fields(lease)
        _set_services(s, lease, data.services)
        audit.record(s, actor, "update", "lease", lease.id, {"fields": changed})


def sign_lease(db, actor: Actor, lease_id: str, signed_on: dt.date,
               moved_in_on: dt.date | None = None) -> None:
    """návrh → platná: the contract was signed; the flat becomes occupied."""
    actor.require(Permission.EDIT_LEASES)
    with db.transaction() as s:
        lease = _get(s, lease_id)
        if lease.state != LeaseState.DRAFT:
            raise ValidationError(_("Podepsat lze jen návrh smlouvy."))
        if signed_on is None:
            raise ValidationError(_("Vyplňte datum podpisu."), field="signed_on")
        if moved_in_on and moved_in_on < lease.starts_on:
            raise ValidationError(_("Nastěhování nemůže být před začátkem nájmu."),
                                  field="moved_in_on")
        # checked again at signing: another lease may have been signed meanwhile
        errors: dict[str, str] = {}
        _check_second_lease(s, LeaseInput(
            flat_id=lease.flat_id, household_id=lease.household_id, tenant_id=lease.tenant_id,
            starts_on=lease.starts_on, ends_on=lease.ends_on,
            exchange_of_lease_id=lease.replaces_lease_id), lease.id, errors)
        if errors:
            raise ValidationError.from_errors(errors)
        lease.state = LeaseState.ACTIVE
        lease.signed_on = signed_on
        lease.moved_in_on = moved_in_on or lease.moved_in_on or lease.starts_on
        flat = s.get(Flat, lease.flat_id)
        if flat.status != FlatStatus.OCCUPIED:
            flat.status = FlatStatus.OCCUPIED
        if lease.replaces_lease_id:
            _end_by_exchange(s, actor, s.get(Lease, lease.replaces_lease_id), lease)
        s.flush()
        documents.freeze_contract(s, lease)
        audit.record(s, actor, "sign", "lease", lease.id)


def _end_by_exchange(s: Session, actor: Actor, old: Lease, new: Lease) -> None:
    """The exchanged lease ends the day before the new one starts (at the
    latest on the day of signing when the new one started earlier)."""
    ended_on = max(new.starts_on - dt.timedelta(days=1), old.starts_on)
    old.state = LeaseState.ENDED
    old.ended_on = ended_on
    old.end_reason = EndReason.EXCHANGE
    # czech-on-purpose: stored in the record, read by colleagues: Czech
    old.end_note = f"výměna bytu – nová smlouva {new.number}"
    flat = s.get(Flat, old.flat_id)
    if flat.status == FlatStatus.OCCUPIED:
        flat.status = FlatStatus.VACANT
    audit.record(s, actor, "end", "lease", old.id, {"reason": EndReason.EXCHANGE.value,
                                                     "by": new.id})


def end_lease(db, actor: Actor, lease_id: str, ended_on: dt.date, reason: EndReason,
              note: str | None = None) -> None:
    """platná / prodloužená → ukončená, with the reason."""
    actor.require(Permission.EDIT_LEASES)
    with db.transaction() as s:
        lease = _get(s, lease_id)
        errors = {}
        if lease.state not in ACTIVE_STATES:
            raise ValidationError(_("Ukončit lze jen platnou nebo prodlouženou smlouvu."))
        if ended_on is None:
            errors["ended_on"] = _("Vyplňte datum ukončení.")
        elif ended_on < lease.starts_on:
            errors["ended_on"] = _("Nájem nemůže skončit před svým začátkem.")
        if reason is None:
            errors["end_reason"] = _("Vyberte důvod ukončení.")
        if errors:
            raise ValidationError.from_errors(errors)
        lease.state = LeaseState.ENDED
        lease.ended_on = ended_on
        lease.end_reason = reason
        lease.end_note = (note or "").strip() or None
        others = [o for o in s.scalars(select(Lease).where(
            Lease.flat_id == lease.flat_id, Lease.id != lease.id, live(Lease),
            Lease.state.in_(ACTIVE_STATES)))
            if _effective_end(o) is None or _effective_end(o) > ended_on]
        flat = s.get(Flat, lease.flat_id)
        if not others and flat.status == FlatStatus.OCCUPIED:
            flat.status = FlatStatus.VACANT
        audit.record(s, actor, "end", "lease", lease.id, {"reason": reason.value})


def cancel_draft(db, actor: Actor, lease_id: str) -> None:
    """Discard a lease that was never signed (tombstone, never a hard delete)."""
    actor.require(Permission.EDIT_LEASES)
    with db.transaction() as s:
        lease = _get(s, lease_id)
        if lease.state != LeaseState.DRAFT:
            raise ValidationError(_("Zrušit lze jen nepodepsaný návrh; platnou smlouvu ukončete."))
        now = utcnow()
        lease.deleted_at = now
        for svc in s.scalars(select(LeaseService).where(LeaseService.lease_id == lease.id,
                                                        live(LeaseService))):
            svc.deleted_at = now
        audit.record(s, actor, "delete", "lease", lease.id)


# -- from an accepted offer ------------------------------------------------------

@dataclass(frozen=True)
class OfferRow:
    id: str
    flat_id: str
    flat: str
    household_id: str
    household: str
    applicant: str
    responded_on: dt.date | None


def accepted_offers(db, actor: Actor) -> list[OfferRow]:
    """Accepted offers that have no lease yet."""
    actor.require(Permission.VIEW_LEASES)
    with db.reading() as s:
        used = select(Lease.offer_id).where(Lease.offer_id.is_not(None),
                                            live(Lease))
        stmt = (select(Offer, Application, Flat, Building, Household)
                .join(Application, Application.id == Offer.application_id)
                .join(Flat, Flat.id == Offer.flat_id)
                .join(Building, Building.id == Flat.building_id)
                .join(Household, Household.id == Application.household_id)
                .where(Offer.response == OfferResponse.ACCEPTED, live(Offer),
                       Offer.id.not_in(used))
                .order_by(Offer.responded_on.desc()))
        rows = []
        for offer, app_, flat, b, hh in s.execute(stmt):
            applicant = s.get(Person, app_.applicant_id) if app_.applicant_id else None
            rows.append(OfferRow(offer.id, flat.id, flat_address(flat, b), hh.id, hh.name,
                                 applicant.full_name if applicant else "",
                                 offer.responded_on))
        return rows


def default_services(flat: Flat, building: Building | None) -> list[ServiceLine]:
    return split_services(flat.services_hal or 0, bool(building is not None and building.has_lift))


def split_services(total: int, has_lift: bool) -> list[ServiceLine]:
    """The flat's expected advances split into services (whole crowns)."""
    split = list(SERVICE_SPLIT)
    if has_lift:
        split = [(k, p - 3) if k == ServiceKind.HEATING else (k, p) for k, p in split]
        split.append((ServiceKind.LIFT, 3))
    lines = [ServiceLine(k, total * p // 100 // 100 * 100) for k, p in split]
    if lines:
        lines[0].advance_hal += total - sum(line.advance_hal for line in lines)
    return [line for line in lines if line.advance_hal > 0]


def head_of(session: Session, household_id: str) -> str | None:
    members = current_members(session, household_id)    # the head first
    return members[0][1].id if members else None


def input_from_offer(db, actor: Actor, offer_id: str, *,
                     today: dt.date | None = None) -> LeaseInput:
    """A lease proposal from an accepted offer: the flat, the household, its
    applicant as tenant, the flat's rent and advances, a one-year term from
    the first day of the next month, housed through the KMB."""
    actor.require(Permission.VIEW_LEASES)
    today = today or dt.date.today()
    with db.reading() as s:
        offer = get_live(s, Offer, offer_id, _("Nabídka bytu"))
        if offer.response != OfferResponse.ACCEPTED:
            raise ValidationError(_("Smlouvu lze založit jen z přijaté nabídky."), field="offer_id")
        application = s.get(Application, offer.application_id)
        flat = s.get(Flat, offer.flat_id)
        cfg = config.lease_settings(s)
        start = month_start(add_months(max(today, offer.responded_on or today), 1))
        tenant = application.applicant_id or head_of(s, application.household_id)
        return LeaseInput(
            flat_id=flat.id, household_id=application.household_id, tenant_id=tenant,
            starts_on=start, term_months=cfg.term_months, rent_hal=flat.rent_hal,
            deposit_hal=min(cfg.deposit_months, MAX_DEPOSIT_MONTHS) * flat.rent_hal,
            services=default_services(flat, flat.building), via_kmb=True, offer_id=offer.id)


# -- choices for the form ----------------------------------------------------------

@dataclass(frozen=True)
class FlatChoice:
    id: str
    label: str
    category: FlatCategory
    status: FlatStatus
    rent_hal: int
    services_hal: int
    has_lift: bool
    occupied_until: dt.date | None      # end of the current lease, if any
    has_current_lease: bool


@dataclass(frozen=True)
class MemberChoice:
    person_id: str
    name: str
    relation: Relation


@dataclass(frozen=True)
class HouseholdChoice:
    id: str
    name: str
    members: list[MemberChoice]


@dataclass(frozen=True)
class FormChoices:
    flats: list[FlatChoice]
    households: list[HouseholdChoice]


def form_choices(db, actor: Actor, *, today: dt.date | None = None) -> FormChoices:
    actor.require(Permission.VIEW_LEASES)
    today = today or dt.date.today()
    with db.reading() as s:
        current: dict[str, Lease] = {}
        for lease in s.scalars(select(Lease).where(live(Lease),
                                                   Lease.state != LeaseState.ENDED)):
            end = _effective_end(lease)
            if end is None or end >= today:
                current[lease.flat_id] = lease
        flats = []
        for flat, b in s.execute(select(Flat, Building).join(Building).where(
                live(Flat)).order_by(Building.sort_key)):
            cur = current.get(flat.id)
            flats.append(FlatChoice(flat.id, flat_address(flat, b), flat.category, flat.status,
                                    flat.rent_hal, flat.services_hal, b.has_lift,
                                    cur.ends_on if cur else None, cur is not None))
        households = household_choices(s)
    return FormChoices(flats, households)


def household_choices(session: Session) -> list[HouseholdChoice]:
    """Every household with its members (head first), in Czech order."""
    members: dict[str, list[MemberChoice]] = {}
    for m, p in session.execute(select(HouseholdMember, Person).join(Person).where(
            live(HouseholdMember), live(Person))):
        members.setdefault(m.household_id, []).append(MemberChoice(p.id, p.full_name, m.relation))
    order = {r: i for i, r in enumerate(Relation)}
    households = [HouseholdChoice(h.id, h.name, sorted(members.get(h.id, []),
                                                       key=lambda m: order[m.relation]))
                  for h in session.scalars(select(Household).where(live(Household)))]
    households.sort(key=lambda h: sort_key(h.name))
    return households


# -- reading ----------------------------------------------------------------------

@dataclass(frozen=True)
class LeaseRow:
    id: str
    number: str | None
    state: LeaseState
    tenant_id: str
    tenant: str
    household_id: str | None
    household: str | None
    flat_id: str
    flat: str
    category: FlatCategory
    starts_on: dt.date
    ends_on: dt.date | None
    ended_on: dt.date | None
    end_reason: EndReason | None
    rent_hal: int
    services_hal: int
    deposit_hal: int
    arrears_hal: int
    arrears_month: dt.date | None
    via_kmb: bool
    moved_in_on: dt.date | None
    flat_short: str = ""          # "Bulharská 2451, byt č. 3": the list's narrow column


def latest_arrears(session: Session, lease_ids=None, on: dt.date | None = None
                   ) -> dict[str, tuple[int, dt.date]]:
    """Latest balance per lease (of a month not after ``on``)."""
    stmt = select(ArrearsBalance.lease_id, ArrearsBalance.balance_hal,
                  ArrearsBalance.month).where(live(ArrearsBalance))
    if on is not None:
        stmt = stmt.where(ArrearsBalance.month <= on)
    if lease_ids is not None:
        stmt = stmt.where(ArrearsBalance.lease_id.in_(list(lease_ids)))
    out: dict[str, tuple[int, dt.date]] = {}
    for lid, bal, month in session.execute(stmt.order_by(ArrearsBalance.month,
                                                         ArrearsBalance.id)):
        out[lid] = (bal, month)          # ordered by month (then id): the last one wins
    return out


def _rows(session: Session, stmt, told_apart: bool = True) -> list[LeaseRow]:
    """The leases of ``stmt``; namesakes told apart unless the caller does it
    for the rows it shows (list_leases)."""
    found = session.execute(stmt).all()
    ids = [r.id for r in found]
    services_stmt = select(LeaseService.lease_id, func.sum(LeaseService.advance_hal)).where(
        live(LeaseService)).group_by(LeaseService.lease_id)
    few = len(ids) <= 500
    if few:
        services_stmt = services_stmt.where(LeaseService.lease_id.in_(ids))
    services = dict(session.execute(services_stmt).all())
    arrears = latest_arrears(session, ids if few else None)
    out = []
    for r in found:
        bal, month = arrears.get(r.id, (0, None))
        street = " ".join(p for p in (r.street, r.house_number) if p)
        town = " ".join(p for p in (r.postcode, r.city) if p)
        address = ", ".join(p for p in (street, town) if p)
        name = " ".join(p for p in (r.title_before, r.given_name, r.surname) if p)
        if r.title_after:
            name = f"{name}, {r.title_after}"
        out.append(LeaseRow(
            r.id, r.number, r.state, r.tenant_id, name, r.household_id, r.household_name,
            r.flat_id, _("{address}, byt č. {number}").format(address=address,
                                                              number=r.flat_number), r.category,
            r.starts_on, r.ends_on, r.ended_on, r.end_reason, r.rent_hal,
            int(services.get(r.id) or 0), r.deposit_hal, bal, month, r.via_kmb,
            r.moved_in_on, _("{address}, byt č. {number}").format(address=street or address,
                                                                  number=r.flat_number)))
    return _told_apart(session, out) if told_apart else out


# A list shows a chunk of rows at a time (ui/leases: the first FIRST_CHUNK when
# read, the next as the person scrolls): namesakes are looked up for those rows
# only, with a few queries per chunk, not for every lease of the town on each read.
FIRST_CHUNK = 100


def _told_apart(session: Session, rows: list[LeaseRow]) -> list[LeaseRow]:
    """The rows with namesakes told apart (birth year, address, application number)."""
    tenants = person_labels(session, [r.tenant_id for r in rows], given_first=True)
    households = household_labels(session, [r.household_id for r in rows])
    return [replace(r, tenant=tenants.get(r.tenant_id, r.tenant),
                    household=households.get(r.household_id, r.household)) for r in rows]


def tell_leases_apart(db, actor: Actor, rows: list[LeaseRow]) -> list[LeaseRow]:
    """The next chunk of a list read with ``told_apart``, its namesakes told apart."""
    actor.require(Permission.VIEW_LEASES)
    with db.reading() as s:
        return _told_apart(s, list(rows))


def _base_select():
    # plain columns, not ORM objects: lists of thousands of leases stay quick
    return (select(Lease.id, Lease.number, Lease.state, Lease.tenant_id, Lease.household_id,
                   Lease.starts_on, Lease.ends_on, Lease.ended_on, Lease.end_reason,
                   Lease.rent_hal, Lease.deposit_hal, Lease.via_kmb, Lease.moved_in_on,
                   Flat.id.label("flat_id"), Flat.number.label("flat_number"), Flat.category,
                   Building.street, Building.house_number, Building.postcode, Building.city,
                   Person.title_before, Person.given_name, Person.surname, Person.title_after,
                   Household.name.label("household_name"))
            .join(Flat, Flat.id == Lease.flat_id)
            .join(Building, Building.id == Flat.building_id)
            .join(Person, Person.id == Lease.tenant_id)
            .outerjoin(Household, Household.id == Lease.household_id)
            .where(live(Lease)))


def list_leases(db, actor: Actor, text: str = "", *, state: LeaseState | None = None,
                ending_within_days: int | None = None, current_only: bool = False,
                today: dt.date | None = None, told_apart: int | None = None) -> list[LeaseRow]:
    """Leases matching ``text`` (number, tenant, household, address; diacritics
    ignored), newest first; ``ending_within_days`` keeps platná/prodloužená
    leases whose term ends from today within that many days. Namesakes are told
    apart in every row, or with ``told_apart`` only in that many first rows (the
    rest through ``tell_leases_apart`` when shown)."""
    actor.require(Permission.VIEW_LEASES)
    today = today or dt.date.today()
    stmt = _base_select()
    if state is not None:
        stmt = stmt.where(Lease.state == state)
    if current_only:
        stmt = stmt.where(Lease.state != LeaseState.ENDED)
    if ending_within_days is not None:
        stmt = stmt.where(Lease.state.in_(ACTIVE_STATES), Lease.ends_on >= today,
                          Lease.ends_on <= today + dt.timedelta(days=ending_within_days))
    with db.reading() as s:
        rows = _rows(s, stmt, told_apart=False)
        token = fold(text)
        if token:
            rows = [r for r in rows if token in fold(
                f"{r.number or ''} {r.tenant} {r.household or ''} {r.flat}")]
        if ending_within_days is not None:
            rows.sort(key=lambda r: (r.ends_on, sort_key(r.tenant), r.id))
        else:       # (the id orders ties as app/leases/paging.py's pages do)
            rows.sort(key=lambda r: (r.starts_on, r.number or "", r.id), reverse=True)
        shown = len(rows) if told_apart is None else told_apart
        rows[:shown] = _told_apart(s, rows[:shown])
    return rows


@dataclass(frozen=True)
class ArrearsLine:
    id: str
    month: dt.date
    balance_hal: int
    source: str
    note: str | None


@dataclass(frozen=True)
class RenewalLine:
    id: str
    check_on: dt.date
    arrears_hal: int
    threshold_hal: int
    proposal: RenewalProposal
    decision: RenewalDecision
    decided_on: dt.date | None
    decided_by: str | None
    previous_ends_on: dt.date | None
    new_ends_on: dt.date | None
    amendment_number: str | None
    note: str | None


@dataclass(frozen=True)
class TaskLine:
    id: str
    title: str
    owner: str | None
    due_on: dt.date | None
    done: bool


@dataclass(frozen=True)
class LeaseDetail:
    row: LeaseRow
    term_months: int | None
    signed_on: dt.date | None
    end_note: str | None
    note: str | None
    offer_id: str | None
    services: list[ServiceLine]
    arrears: list[ArrearsLine]
    renewals: list[RenewalLine]
    tasks: list[TaskLine]
    members: list[MemberChoice]
    row_version: int = 0        # what a save checks (app/concurrency.py)


def lease_detail(db, actor: Actor, lease_id: str) -> LeaseDetail:
    actor.require(Permission.VIEW_LEASES)
    with db.reading() as s:
        rows = _rows(s, _base_select().where(Lease.id == lease_id))
        if not rows:
            raise NotFound(_("Smlouva „{id}“ neexistuje.").format(id=lease_id))
        lease = s.get(Lease, lease_id)
        order = {k: i for i, k in enumerate(ServiceKind)}
        services = sorted((ServiceLine(x.kind, x.advance_hal, x.note) for x in s.scalars(
            select(LeaseService).where(LeaseService.lease_id == lease_id,
                                       live(LeaseService)))),
            key=lambda x: order[x.kind])
        arrears = [ArrearsLine(a.id, a.month, a.balance_hal, a.source.value, a.note)
                   for a in s.scalars(select(ArrearsBalance).where(
                       ArrearsBalance.lease_id == lease_id, live(ArrearsBalance))
                       .order_by(ArrearsBalance.month.desc()))]
        names = dict(s.execute(select(User.id, User.full_name)).all())
        renewals = [RenewalLine(r.id, r.check_on, r.arrears_hal, r.threshold_hal, r.proposal,
                                r.decision, r.decided_on, names.get(r.decided_by_id),
                                r.previous_ends_on, r.new_ends_on, r.amendment_number, r.note)
                    for r in s.scalars(select(Renewal).where(
                        Renewal.lease_id == lease_id, live(Renewal))
                        .order_by(Renewal.check_on.desc(), Renewal.id.desc()))]
        balance_ids = [a.id for a in arrears]
        task_stmt = select(Task).where(live(Task), (
            (Task.source == TaskSource.ARREARS) & Task.source_ref.in_(balance_ids or [""])) | (
            (Task.source == TaskSource.RENEWAL) & Task.source_ref.in_(
                [r.id for r in renewals] or [""]))).order_by(Task.created_at.desc())
        tasks = [TaskLine(t.id, t.title, names.get(t.owner_id), t.due_on, t.done_at is not None)
                 for t in s.scalars(task_stmt)]
        members = []
        if lease.household_id:
            order_rel = {r: i for i, r in enumerate(Relation)}
            members = sorted((MemberChoice(p.id, p.full_name, m.relation)
                              for m, p in current_members(s, lease.household_id)),
                             key=lambda m: order_rel[m.relation])
        return LeaseDetail(rows[0], lease.term_months, lease.signed_on, lease.end_note,
                           lease.note, lease.offer_id, services, arrears, renewals, tasks,
                           members, lease.row_version)


def lease_input(db, actor: Actor, lease_id: str) -> LeaseInput:
    """The stored lease as form input (for editing)."""
    d = lease_detail(db, actor, lease_id)
    r = d.row
    return LeaseInput(flat_id=r.flat_id, household_id=r.household_id, tenant_id=r.tenant_id,
                      starts_on=r.starts_on, term_months=d.term_months, ends_on=r.ends_on,
                      rent_hal=r.rent_hal, deposit_hal=r.deposit_hal, services=list(d.services),
                      via_kmb=r.via_kmb, moved_in_on=r.moved_in_on, signed_on=d.signed_on,
                      offer_id=d.offer_id, note=d.note, row_version=d.row_version)
