"""The ranking of one flat from the database: every active application either
ranked with its breakdown or left out with its reasons, by the active rule
set (or a draft, for what-if). The same ``FlatRanking`` feeds the screen, the
``kmb rank`` command, the council PDF and the frozen snapshot of a decision
(``to_dict``/``from_dict``: stable English keys, ISO dates, enum values).
"""
from __future__ import annotations

import datetime as dt
import decimal
import gc
from collections import Counter
from contextlib import contextmanager
from functools import lru_cache
from dataclasses import asdict, dataclass, field, replace
from types import SimpleNamespace
from typing import NamedTuple, Sequence

from sqlalchemy import select, type_coerce
from sqlalchemy.orm import Session
from sqlalchemy.types import NullType

from models.allocation import (Application, ApplicationState, Offer, OfferResponse, Refusal,
                               RuleSet)
from models.housing import Building, Flat, FlatStatus
from models.leases import Lease, LeaseState
from models.people import Household, Person

from ..db import Database
from ..errors import NotFound, ValidationError
from ..czech_text import fold
from ..people.disambiguate import Named, told_apart
from ..privacy.visibility import shape_ranking
from ..rows import get_live, live
from ..security import Actor, Permission
from . import engine, rulesets
from .rules import Rules
from ..i18n import _


@dataclass(frozen=True)
class FlatInfo:
    id: str
    address: str
    number: str
    layout: str | None
    rooms: int
    floor: int | None
    floor_area_m2: float
    category: str                    # FlatCategory value
    status: str                      # FlatStatus value
    barrier_free: bool
    has_lift: bool
    rent_hal: int
    services_hal: int
    # a grant's target group binding on the ranking's day (app.programmes.eligibility)
    target: dict | None = None

    @property
    def title(self) -> str:
        return _("{address}, byt č. {number}").format(address=self.address, number=self.number)

    @property
    def target_text(self) -> str | None:
        """"Byt z dotace IROP, udržitelnost do …: jen domácnostem …" or None."""
        from ..programmes.eligibility import target_group
        group = target_group(self.target)
        if group is None:
            return None
        text = group.describe()
        return text[0].upper() + text[1:]


@dataclass(frozen=True)
class RulesInfo:
    id: str | None
    name: str
    version: int
    sha256: str
    state: str                       # "active" | "draft" | "archived" | "default"


LineOut = engine.Line            # (id, label, points, detail)
IndividualOut = engine.Individual  # (requested, points, justification, note)
ReasonOut = engine.Reason        # (rule, text)


# Entries are not frozen dataclasses: a frozen one sets each field through
# object.__setattr__, which for the thousands of entries of a ranking cost as
# much as scoring them. Nothing changes an entry after the ranking is built.
@dataclass
class RankedEntry:
    rank: int
    application_id: str
    number: str | None
    household: str
    applicant: str | None
    household_size: int
    requested_category: str
    filed_on: dt.date
    total: int
    criteria_points: int
    lines: Sequence[LineOut]
    individual: IndividualOut | None
    reviews: Sequence[str]
    tie_note: str
    # a running lease of a municipal flat (its number and address): flagged, a
    # second lease only as an exchange of flats
    active_lease: str | None = None
    shown: str = ""     # the household as shown: told apart from same-named ones

    def points_of(self, criterion_id: str) -> int | None:
        return next((ln.points for ln in self.lines if ln.id == criterion_id), None)


@dataclass
class ExcludedEntry:
    application_id: str
    number: str | None
    household: str
    applicant: str | None
    filed_on: dt.date
    requested_category: str
    reasons: Sequence[ReasonOut]
    shown: str = ""     # the household as shown: told apart from same-named ones


@dataclass(frozen=True)
class FlatRanking:
    flat: FlatInfo
    rules: RulesInfo
    computed_on: dt.date
    criteria: list[tuple[str, str]]          # (id, label) of the columns
    ranked: list[RankedEntry] = field(default_factory=list)
    excluded: list[ExcludedEntry] = field(default_factory=list)

    def to_dict(self) -> dict:
        """JSON-ready: the format of ``kmb rank --format json`` and of the snapshot."""
        return {
            "flat": asdict(self.flat),
            "rules": asdict(self.rules),
            "computed_on": self.computed_on.isoformat(),
            "criteria": [{"id": i, "label": lbl} for i, lbl in self.criteria],
            "ranked": [{
                "rank": e.rank, "application_id": e.application_id, "number": e.number,
                "household": e.household, "applicant": e.applicant,
                "household_size": e.household_size, "requested_category": e.requested_category,
                "filed_on": e.filed_on.isoformat(), "total": e.total,
                "criteria_points": e.criteria_points,
                "lines": [ln._asdict() for ln in e.lines],
                "individual": e.individual._asdict() if e.individual else None,
                "reviews": list(e.reviews), "tie_note": e.tie_note,
                "active_lease": e.active_lease, "shown": e.shown} for e in self.ranked],
            "excluded": [{
                "application_id": x.application_id, "number": x.number,
                "household": x.household, "applicant": x.applicant,
                "filed_on": x.filed_on.isoformat(), "requested_category": x.requested_category,
                "reasons": [r._asdict() for r in x.reasons], "shown": x.shown}
                for x in self.excluded],
        }

    @classmethod
    def from_dict(cls, d: dict) -> FlatRanking:
        def ind(x):
            return IndividualOut(**x) if x else None
        return cls(
            flat=FlatInfo(**d["flat"]), rules=RulesInfo(**d["rules"]),
            computed_on=dt.date.fromisoformat(d["computed_on"]),
            criteria=[(c["id"], c["label"]) for c in d["criteria"]],
            ranked=[RankedEntry(**{**e, "filed_on": dt.date.fromisoformat(e["filed_on"]),
                                   "lines": [LineOut(**ln) for ln in e["lines"]],
                                   "individual": ind(e["individual"])}) for e in d["ranked"]],
            excluded=[ExcludedEntry(**{**e, "filed_on": dt.date.fromisoformat(e["filed_on"]),
                                       "reasons": [ReasonOut(**r) for r in e["reasons"]]})
                      for e in d["excluded"]])

    def entry(self, application_id: str) -> RankedEntry | None:
        return next((e for e in self.ranked if e.application_id == application_id), None)


def split_excluded(r: FlatRanking):
    """(left out from this flat's category for a reason, asked for another category);
    here, not in printing.py, so that the screen does not load ReportLab."""
    substantive, other = [], []
    for x in r.excluded:
        (other if any(reason.rule == "category" for reason in x.reasons) else
         substantive).append(x)
    return substantive, other


class _Meta(NamedTuple):
    """What an entry shows besides the facts (a tuple: one is built per application)."""
    number: str | None
    household: str
    applicant: str | None
    household_size: int
    requested_category: str
    filed_on: dt.date
    active_lease: str | None = None
    applicant_born: int | None = None


_A = Application
_COLUMNS = (_A.id, _A.number, _A.household_id, _A.filed_on, _A.requested_category,
            _A.valid_until, _A.household_size, _A.children, _A.pregnancy, _A.needs_barrier_free,
            _A.disability, _A.income_per_person_hal, _A.household_income_hal,
            _A.residence_years, _A.permanent_residence, _A.ethos_category, _A.current_area_m2,
            _A.two_households_in_flat, _A.debt_to_town_hal, _A.repayment_plan, _A.on_benefits,
            _A.key_profession, _A.individual_points, _A.individual_justification,
            Household.name, Person.given_name, Person.surname, _A.current_rooms,
            _A.applicant_id, Person.birth_date)


def applications_query(columns=_COLUMNS):
    """The rows the ranking reads: every active application with its household
    (also the benchmark's baseline, as bare SQL)."""
    return (select(*columns).join(Household, Household.id == _A.household_id)
            .outerjoin(Person, Person.id == _A.applicant_id)
            .where(_A.state == ApplicationState.ACTIVE, live(_A)))


# The same SELECT giving the driver's values: SQLAlchemy's per-value processing
# (text → date on SQLite, text → enum, number → Decimal) cost a third of the fetch;
# ``load_facts`` converts the few values it needs itself, once.
_RAW_COLUMNS = tuple(type_coerce(c, NullType()) for c in _COLUMNS)


def _days(conn):
    """The driver's date → ``dt.date``: SQLite keeps ISO text, PostgreSQL gives dates."""
    if conn.dialect.name == "sqlite":
        return lambda v: None if v is None else dt.date.fromisoformat(v)
    return lambda v: v


def load_facts(session: Session, *, context: bool = True
               ) -> tuple[list[engine.Facts], dict[str, _Meta]]:
    """Facts of every active application, with refusals and open offers per
    household; without ``context`` only the application's own facts (no
    refusals, offers, running leases or programmes: what points need besides
    the refusals, which the applications list counts in its own window)."""
    conn = session.connection()      # Core rows: no ORM loading machinery for plain columns
    refusals: dict[str, list[dt.date]] = {}
    refused_flats: dict[str, set[str]] = {}
    for hh, day, flat_id, justified in () if not context else conn.execute(
            select(_A.household_id, Refusal.refused_on, Refusal.flat_id, Refusal.justified)
            .join(_A, _A.id == Refusal.application_id).where(live(Refusal))):
        if not justified:
            refusals.setdefault(hh, []).append(day)
        if flat_id:
            refused_flats.setdefault(hh, set()).add(flat_id)
    busy: dict[str, str] = {}
    for hh, flat_id in () if not context else conn.execute(
            select(_A.household_id, Offer.flat_id).join(_A, _A.id == Offer.application_id)
            .where(live(Offer),
                   Offer.response.in_([OfferResponse.PENDING, OfferResponse.ACCEPTED]))
            .order_by(Offer.offered_on, Offer.id)):
        busy.setdefault(hh, flat_id)
    leases = running_leases(session) if context else {}
    from ..programmes.eligibility import household_programmes
    programmes = household_programmes(session) if context else {}
    facts, meta = [], {}
    Facts = engine.Facts
    dates = {hh: tuple(sorted(days)) for hh, days in refusals.items()}
    flats = {hh: frozenset(ids) for hh, ids in refused_flats.items()}
    none_t, none_fs = (), frozenset()
    day = _days(conn)
    # one fetch, not row by row; raw values (see _RAW_COLUMNS), converted as
    # SQLAlchemy would: dates, the enum's stored value, NUMERIC(7, 2) to two places
    for r in conn.execute(applications_query(_RAW_COLUMNS)).all():
        hh, applicant_id = r[2], r[28]
        filed_on, size, area, born = day(r[3]), r[6] or 1, r[16], r[29]
        mine, theirs = programmes.get(hh, none_fs), programmes.get(applicant_id, none_fs)
        lease = leases.get(hh) or leases.get(applicant_id)
        facts.append(Facts(
            r[0], filed_on, r[4], size, r[7] or 0, bool(r[8]), bool(r[9]), bool(r[10]),
            r[11], r[12], r[13] or 0, bool(r[14]), r[15],
            float(round(area, 2)) if area is not None else None, bool(r[17]), r[18] or 0,
            bool(r[19]), bool(r[20]), r[21], day(r[5]), r[22] or 0, r[23],
            dates.get(hh, none_t), flats.get(hh, none_fs), busy.get(hh), r[27], lease,
            (mine | theirs) if mine and theirs else (mine or theirs)))
        meta[r[0]] = _Meta(r[1], r[24], f"{r[25]} {r[26]}" if r[25] else None, size,
                           r[4], filed_on, lease, day(born).year if born else None)
    return facts, meta


def running_leases(session: Session) -> dict[str, str]:
    """Signed municipal leases that have not ended, by household id and by
    tenant id → "NS/2026/0012, Nádražní 12, byt č. 3"."""
    out: dict[str, str] = {}
    # plain columns, not Building objects: the line is Building.address_line's
    rows = session.connection().execute(
        select(Lease.household_id, Lease.tenant_id, Lease.number, Flat.number, Building.street,
               Building.house_number, Building.postcode, Building.city)
        .join(Flat, Flat.id == Lease.flat_id).join(Building, Building.id == Flat.building_id)
        .where(live(Lease),
               Lease.state.in_([LeaseState.ACTIVE, LeaseState.RENEWED]))
        .order_by(Lease.starts_on)).all()
    for hh, tenant, number, flat_no, street, house, postcode, city in rows:
        address = Building.address_line(SimpleNamespace(
            street=street, house_number=house, postcode=postcode, city=city))
        text = _("smlouva {number}, {address}, byt č. {flat_no}").format(
            number=number, address=address, flat_no=flat_no)
        for key in (hh, tenant):
            if key:
                out.setdefault(key, text)
    return out


def flat_info(session: Session, flat_id: str) -> FlatInfo:
    row = session.execute(select(Flat, Building).join(Building, Building.id == Flat.building_id)
                          .where(Flat.id == flat_id, live(Flat))).first()
    if row is None:
        raise NotFound(_("Byt „{id}“ neexistuje.").format(id=flat_id))
    flat, b = row
    return FlatInfo(flat.id, b.address_line(), flat.number, flat.layout, flat.rooms, flat.floor,
                    float(flat.floor_area_m2 or decimal.Decimal(0)), flat.category.value,
                    flat.status.value, bool(flat.barrier_free), bool(b.has_lift),
                    flat.rent_hal or 0, flat.services_hal or 0)


def rules_info(rs: RuleSet | None, rules: Rules, state: str | None = None) -> RulesInfo:
    if rs is None:
        return RulesInfo(None, rules.name, rules.version, rules.sha256, state or "default")
    return RulesInfo(rs.id, rules.name, rules.version, rules.sha256, state or rs.state.value)


def compute(flat: FlatInfo, rules: Rules, info: RulesInfo, facts: list[engine.Facts],
            meta: dict[str, _Meta], today: dt.date,
            compiled: engine.Compiled | None = None) -> FlatRanking:
    """Rank already loaded facts (what-if ranks many flats from one load)."""
    from ..programmes.eligibility import target_group
    c = compiled or compiled_rules(rules, today)
    result = engine.rank(c, facts, engine.FlatFacts(
        flat.id, flat.category, flat.rooms, flat.barrier_free, flat.rent_hal, flat.services_hal,
        target_group(flat.target)))
    # the shown names first, so that each entry is built once (not built and replaced)
    metas = [meta[s.id] for s in result.ranked] + [meta[x.id] for x in result.excluded]
    shown = _shown_names(metas)
    ranked = [RankedEntry(s.rank, s.id, m.number, m.household, m.applicant, m.household_size,
                          m.requested_category, m.filed_on, s.total, s.criteria_points,
                          s.lines, s.individual, s.reviews, s.tie_note, m.active_lease, label)
              for s, m, label in zip(result.ranked, metas, shown)]
    n = len(ranked)
    excluded = [ExcludedEntry(x.id, m.number, m.household, m.applicant, m.filed_on,
                              m.requested_category, x.reasons, label)
                for x, m, label in zip(result.excluded, metas[n:], shown[n:])]
    return FlatRanking(flat, info, today, engine.criteria_labels(c, flat.category),
                       ranked, excluded)


def _shown_names(metas: list[_Meta]) -> list[str]:
    """``told_apart`` of the households, asked only for the names that repeat
    (it groups by folded name and leaves a name alone in its group as it is);
    folding is memoised, as the same households are ranked again and again."""
    keys = [_folded(m.household) for m in metas]
    count = Counter(keys)
    shown = [m.household for m in metas]
    repeated = [i for i, k in enumerate(keys) if count[k] > 1]
    labels = told_apart([Named(metas[i].household, metas[i].applicant_born, None,
                               metas[i].number) for i in repeated])
    for i, label in zip(repeated, labels):
        shown[i] = label
    return shown


_folded = lru_cache(maxsize=1 << 16)(fold)
_COMPILED: dict[tuple, engine.Compiled] = {}


def compiled_rules(rules: Rules, today: dt.date) -> engine.Compiled:
    """The rules compiled once per (body, day, language): re-ranking after every
    change reuses the closures and their memoised lines (the words of a line
    depend only on these three and the fact's value)."""
    from ..i18n import language
    key = (rules.sha256, today, language())
    c = _COMPILED.get(key)
    if c is None:
        if len(_COMPILED) >= 8:
            _COMPILED.clear()
        c = _COMPILED[key] = engine.compile_rules(rules, today)
    return c


def rank_in_session(session: Session, flat_id: str, today: dt.date, *,
                    rules: Rules | None = None, info: RulesInfo | None = None,
                    offer_day: dt.date | None = None) -> FlatRanking:
    """``offer_day`` (default ``today``) decides whether a grant's target group
    still binds the flat."""
    from ..programmes.eligibility import target_for
    flat = flat_info(session, flat_id)
    target = target_for(session, flat_id, offer_day or today)
    if target is not None:
        flat = replace(flat, target=target)
    if flat.status == FlatStatus.OCCUPIED.value:
        raise ValidationError(
            _("Byt je obsazený; pořadí žadatelů se sestavuje pro volný byt nebo byt v opravě."))
    if rules is None:
        rs, rules = rulesets.active(session)
        info = rules_info(rs, rules)
    with gc_paused():
        facts, meta = load_facts(session)
        result = compute(flat, rules, info or rules_info(None, rules, "draft"), facts, meta,
                         today)
        del facts, meta     # freed before the collector runs again: it walks only the result
    return result


@contextmanager
def gc_paused():
    """No cyclic garbage collection while thousands of facts and entries are built:
    they make no cycles (reference counting frees them), but each allocation burst
    set off full collections of the whole heap, which cost as much as the ranking.
    Re-enabled after (when it was on), whatever thread paused it."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


def rank_flat(db: Database, actor: Actor, flat_id: str, *, today: dt.date | None = None,
              rules: Rules | None = None, rule_set_id: str | None = None) -> FlatRanking:
    """The ranking of a vacant flat by the active rules, a stored rule set
    (``rule_set_id``) or unsaved rules (``rules``, e.g. a draft file)."""
    actor.require(Permission.MANAGE_ALLOCATION)
    today = today or dt.date.today()
    with db.reading() as s:
        info = None
        if rule_set_id:
            rs = get_live(s, RuleSet, rule_set_id, message=_("Pravidla neexistují."))
            from .rules import parse
            rules = parse(rs.body_json)
            info = rules_info(rs, rules)
        elif rules is not None:
            info = rules_info(None, rules, "draft")
        return shape_ranking(actor, rank_in_session(s, flat_id, today, rules=rules, info=info))
