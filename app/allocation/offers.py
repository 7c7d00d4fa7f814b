"""Offer → answer → council decision.

What an ``Offer.response`` means (other areas rely on it):

- ``PENDING``   the flat was offered to the household; its answer is awaited. A flat has
                at most one open (pending or accepted) offer, and so has a household.
- ``ACCEPTED``  the household accepted: the flat is reserved for it and offered to nobody
                else. A lease is made from an ACCEPTED offer (``Lease.offer_id``); where the
                council decides allocations, ``approved_decision`` tells whether it approved.
- ``REFUSED``   the household refused; a ``Refusal`` row keeps the reason. Unless marked
                justified (a serious reason), it counts towards the rules' refusal
                exclusion (e.g. out after the second) and refusal points.
- ``WITHDRAWN`` the office took the offer back (a mistake, the council said no, the
                application was withdrawn); it counts for nothing.

An offer stores the rank and points the household had when it was made, and
the rule set used. A council decision (``AllocationDecision``) freezes the
rule set's body (``rules_snapshot_json``) and the whole ranking with every
breakdown and exclusion reason on the day of the decision
(``ranking_snapshot_json``, the format of ``FlatRanking.to_dict``), so "why
was this household third on 3 March" is answered from the record alone,
whatever the rules or the facts are later.
"""
from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.allocation import (AllocationDecision, Application, ApplicationState,
                               DecisionOutcome, Offer, OfferResponse, Refusal, RuleSet)
from models.housing import Flat, FlatStatus
from models.people import Household

from .. import audit, settings
from ..db import Database
from ..errors import Conflict, NotFound, ValidationError
from ..rows import get_live, live
from ..security import Actor, Permission
from . import rulesets
from .engine import months_before
from ..privacy.visibility import shape_ranking
from .ranking import FlatRanking, rank_in_session, rules_info
from ..i18n import _, czech

OPEN = (OfferResponse.PENDING, OfferResponse.ACCEPTED)


def _clean(text: str | None) -> str | None:
    text = (text or "").strip()
    return text or None


def open_offer(session: Session, flat_id: str) -> Offer | None:
    """The pending or accepted offer of a flat, if any."""
    return session.scalars(select(Offer).where(
        Offer.flat_id == flat_id, Offer.response.in_(OPEN),
        live(Offer)).order_by(Offer.offered_on.desc(), Offer.id.desc())).first()


def approved_decision(session: Session, offer_id: str) -> AllocationDecision | None:
    """The council's approval of an accepted offer (for making the lease)."""
    return session.scalars(select(AllocationDecision).where(
        AllocationDecision.offer_id == offer_id,
        AllocationDecision.outcome == DecisionOutcome.APPROVED,
        live(AllocationDecision))).first()


def _household_name(s: Session, app: Application) -> str:
    hh = s.get(Household, app.household_id)
    return hh.name if hh else ""


@dataclass(frozen=True)
class OfferResult:
    id: str
    rank: int
    score: int


def make_offer(db: Database, actor: Actor, flat_id: str, application_id: str, *,
               offered_on: dt.date | None = None, note: str | None = None,
               today: dt.date | None = None) -> OfferResult:
    """Offer a vacant flat to a ranked application. Offering past a higher-ranked
    household, or to one whose situation needs an individual assessment (a debt,
    unknown income), needs a written note."""
    actor.require(Permission.MANAGE_ALLOCATION)
    today = today or dt.date.today()
    offered_on = offered_on or today
    note = _clean(note)
    with db.transaction() as s:
        flat = get_live(s, Flat, flat_id, _("Byt „{id}“").format(id=flat_id))
        if flat.status != FlatStatus.VACANT:
            raise ValidationError(_("Nabídnout lze jen volný byt."))
        current = open_offer(s, flat_id)
        if current is not None:
            who = _household_name(s, s.get(Application, current.application_id))
            state = _("čeká na odpověď") if current.response == OfferResponse.PENDING else _("přijata")
            raise Conflict(_("Byt je už nabídnut domácnosti {who} ({state}). Nejdřív zapište "
                             "odpověď nebo nabídku stáhněte.").format(who=who, state=state))
        rs, rules = rulesets.ensure_active(s, actor)
        ranking = rank_in_session(s, flat_id, today, rules=rules, info=rules_info(rs, rules),
                                  offer_day=offered_on)
        entry = ranking.entry(application_id)
        if entry is None:
            left = next((x for x in ranking.excluded if x.application_id == application_id), None)
            if left is None:
                raise NotFound(_("Žádost neexistuje nebo není platná."))
            raise ValidationError(_("Žádost je pro tento byt vyřazena: {reasons}.")
                                  .format(reasons="; ".join(r.text for r in left.reasons)))
        errors = {}
        if entry.rank > 1 and not note:
            errors["note"] = (_("Domácnost je v pořadí {rank}.; uveďte, proč byt nedostanou "
                                "domácnosti před ní.").format(rank=entry.rank))
        elif entry.reviews and not note:
            errors["note"] = (_("Před nabídkou je třeba individuálně posoudit: {reviews}. "
                                "Výsledek zapište do poznámky.")
                              .format(reviews="; ".join(entry.reviews)))
        if errors:
            raise ValidationError.from_errors(errors)
        offer = Offer(application_id=application_id, flat_id=flat_id, rule_set_id=rs.id,
                      offered_on=offered_on, offered_by_id=actor.user_id, rank=entry.rank,
                      score=entry.total, response=OfferResponse.PENDING, note=note)
        s.add(offer)
        s.flush()
        audit.record(s, actor, "offer", "offer", offer.id,
                     {"flat_id": flat_id, "application_id": application_id, "rank": entry.rank})
        return OfferResult(offer.id, entry.rank, entry.total)


@dataclass(frozen=True)
class ResponseResult:
    response: OfferResponse
    counted_refusals: int          # refusals within the rules' window, this one included
    excluded_now: bool             # the refusal rule now leaves the household out
    message: str


def respond(db: Database, actor: Actor, offer_id: str, *, accepted: bool,
            responded_on: dt.date | None = None, reason: str | None = None,
            justified: bool = False, today: dt.date | None = None) -> ResponseResult:
    """Record the household's answer. A refusal needs its reason; a justified
    refusal (a serious reason) does not count towards the refusal rule."""
    actor.require(Permission.MANAGE_ALLOCATION)
    today = today or dt.date.today()
    responded_on = responded_on or today
    reason = _clean(reason)
    with db.transaction() as s:
        offer = _offer(s, offer_id)
        if offer.response != OfferResponse.PENDING:
            raise Conflict(_("Na tuto nabídku už je odpověď zapsaná."))
        if responded_on < offer.offered_on:
            raise ValidationError(_("Odpověď nemůže předcházet nabídce."), field="responded_on")
        app = s.get(Application, offer.application_id)
        offer.responded_on = responded_on
        if accepted:
            offer.response = OfferResponse.ACCEPTED
            audit.record(s, actor, "accept", "offer", offer.id)
            return ResponseResult(OfferResponse.ACCEPTED, 0, False,
                                  _("Nabídka přijata; byt je pro domácnost rezervován."))
        if not reason:
            raise ValidationError(_("Uveďte důvod odmítnutí."), field="reason")
        offer.response = OfferResponse.REFUSED
        refusal = Refusal(application_id=app.id, offer_id=offer.id, flat_id=offer.flat_id,
                          refused_on=responded_on, reason=reason, justified=justified)
        s.add(refusal)
        s.flush()
        audit.record(s, actor, "refuse", "offer", offer.id, {"justified": justified})
        _ruleset, rules = rulesets.active(s)
        rule = next((e for e in rules.exclusions if e["type"] == "refusals"), None)
        since = months_before(today, rule["months"]) if rule else dt.date.min
        counted = len([d for d, in s.execute(
            select(Refusal.refused_on).join(Application, Application.id == Refusal.application_id)
            .where(Application.household_id == app.household_id, Refusal.justified.is_(False),
                   live(Refusal), Refusal.refused_on > since))])
        excluded = rule is not None and counted >= rule["max"]
        if justified:
            msg = _("Odmítnutí ze závažného důvodu zapsáno; do pravidla o odmítnutích se nepočítá.")
        elif excluded:
            msg = (_("Odmítnutí zapsáno. Je to {counted}. odmítnutí za {months} měsíců: domácnost "
                     "je podle pravidel z pořadí vyřazena.").format(counted=counted, months=rule['months']))
        else:
            msg = _("Odmítnutí zapsáno ({counted}. za sledované období).").format(counted=counted)
        return ResponseResult(OfferResponse.REFUSED, counted, excluded, msg)


def withdraw_offer(db: Database, actor: Actor, offer_id: str, reason: str) -> None:
    actor.require(Permission.MANAGE_ALLOCATION)
    reason = _clean(reason)
    if not reason:
        raise ValidationError(_("Uveďte, proč se nabídka stahuje."), field="reason")
    with db.transaction() as s:
        offer = _offer(s, offer_id)
        if offer.response not in OPEN:
            raise Conflict(_("Stáhnout lze jen nabídku, která čeká na odpověď nebo byla přijata."))
        offer.response = OfferResponse.WITHDRAWN
        # czech-on-purpose: stored in the record, read by colleagues: Czech
        offer.note = f"{offer.note}\nStaženo: {reason}" if offer.note else f"Staženo: {reason}"
        audit.record(s, actor, "withdraw", "offer", offer.id)


def _offer(s: Session, offer_id: str) -> Offer:
    offer = get_live(s, Offer, offer_id, _("Nabídka „{id}“").format(id=offer_id))
    return offer


def record_decision(db: Database, actor: Actor, flat_id: str, *, outcome: DecisionOutcome,
                    decided_on: dt.date, application_id: str | None = None,
                    resolution_number: str | None = None, body: str | None = None,
                    note: str | None = None) -> str:
    """Record the council's decision and freeze the rule set and the ranking of
    that day with it. Approval houses the application; a rejection withdraws
    its open offer of this flat."""
    actor.require(Permission.MANAGE_ALLOCATION)
    resolution_number, body, note = _clean(resolution_number), _clean(body), _clean(note)
    errors = {}
    if decided_on is None:
        errors["decided_on"] = _("Uveďte datum rozhodnutí.")
    if outcome in (DecisionOutcome.APPROVED, DecisionOutcome.REJECTED):
        if not application_id:
            errors["application_id"] = _("Vyberte žádost, o které se rozhodlo.")
        if not resolution_number:
            errors["resolution_number"] = _("Uveďte číslo usnesení (např. RM 2026/123).")
    if errors:
        raise ValidationError.from_errors(errors)
    with db.transaction() as s:
        flat = get_live(s, Flat, flat_id, _("Byt „{id}“").format(id=flat_id))
        rs, rules = rulesets.ensure_active(s, actor)
        with czech():       # the frozen ranking is a record for the council: in Czech
            ranking = rank_in_session(s, flat_id, decided_on, rules=rules,
                                      info=rules_info(rs, rules))
        app = offer = None
        if application_id:
            app = get_live(s, Application, application_id, _("Žádost"))
            offer = s.scalars(select(Offer).where(
                Offer.flat_id == flat_id, Offer.application_id == app.id,
                Offer.response.in_(OPEN), live(Offer))).first()
            if outcome == DecisionOutcome.APPROVED:
                if app.state != ApplicationState.ACTIVE:
                    raise ValidationError(_("Žádost není platná (už vyřízená, stažená nebo vyřazená)."))
                if ranking.entry(app.id) is None and not note:
                    raise ValidationError.from_errors({"note": (
                        _("Žádost není v pořadí pro tento byt; přidělení mimo pořadí zdůvodněte "
                        "v poznámce."))})
        decision = AllocationDecision(
            flat_id=flat_id, application_id=app.id if app else None,
            offer_id=offer.id if offer else None, rule_set_id=rs.id, decided_on=decided_on,
            body=body or _council(s), resolution_number=resolution_number, outcome=outcome,
            rules_snapshot_json=rules.to_json(),
            ranking_snapshot_json=json.dumps(ranking.to_dict(), ensure_ascii=False,
                                             sort_keys=True),
            note=note)
        s.add(decision)
        if outcome == DecisionOutcome.APPROVED:
            app.state = ApplicationState.HOUSED
            for other in s.scalars(select(Offer).join(Application).where(
                    Application.household_id == app.household_id,
                    Offer.response == OfferResponse.PENDING, Offer.flat_id != flat_id,
                    live(Offer))):
                other.response = OfferResponse.WITHDRAWN
                # czech-on-purpose: stored in the record, read by colleagues: Czech
                other.note = "Staženo: domácnosti byl přidělen jiný byt."
        elif outcome == DecisionOutcome.REJECTED and offer is not None:
            offer.response = OfferResponse.WITHDRAWN
            # czech-on-purpose: stored in the record, read by colleagues: Czech
            offer.note = f"{offer.note or ''}\nStaženo: rada přidělení neschválila.".strip()
        s.flush()
        audit.record(s, actor, "decide", "allocation_decision", decision.id,
                     {"outcome": outcome.value, "flat_id": flat_id})
        return decision.id


def _council(s: Session) -> str:
    town = settings.get(s, "office.town")
    # czech-on-purpose: the council's name in the allocation decision (a Czech document)
    return f"Rada města {town}" if town else "Rada města"


# -- history of a flat ---------------------------------------------------------------------

@dataclass(frozen=True)
class FlatOfferRow:
    id: str
    application_id: str
    number: str | None
    household: str
    offered_on: dt.date
    rank: int | None
    score: int | None
    response: OfferResponse
    responded_on: dt.date | None
    note: str | None
    refusal_reason: str | None
    refusal_justified: bool


@dataclass(frozen=True)
class DecisionRow:
    id: str
    decided_on: dt.date
    outcome: DecisionOutcome
    application_id: str | None
    household: str | None
    resolution_number: str | None
    body: str | None
    note: str | None
    rules_name: str
    rules_version: int | None
    # the offer the decision approved: its rank and the written reason why the
    # households above it were passed over (printed on the council document)
    offer_rank: int | None = None
    offer_note: str | None = None


@dataclass(frozen=True)
class FlatHistory:
    offers: list[FlatOfferRow]
    decisions: list[DecisionRow]

    @property
    def open_offer(self) -> FlatOfferRow | None:
        return next((o for o in reversed(self.offers) if o.response in OPEN), None)


def flat_history(db: Database, actor: Actor, flat_id: str) -> FlatHistory:
    actor.require(Permission.MANAGE_ALLOCATION)
    with db.reading() as s:
        offers = []
        for offer, app, hh in s.execute(
                select(Offer, Application, Household)
                .join(Application, Application.id == Offer.application_id)
                .join(Household, Household.id == Application.household_id)
                .where(Offer.flat_id == flat_id, live(Offer))
                .order_by(Offer.offered_on, Offer.id)):
            refusal = s.scalars(select(Refusal).where(Refusal.offer_id == offer.id,
                                                      live(Refusal))).first()
            offers.append(FlatOfferRow(
                offer.id, app.id, app.number, hh.name, offer.offered_on, offer.rank, offer.score,
                offer.response, offer.responded_on, offer.note,
                refusal.reason if refusal else None, bool(refusal and refusal.justified)))
        decisions = [_decision_row(s, d) for d in s.scalars(
            select(AllocationDecision).where(AllocationDecision.flat_id == flat_id,
                                             live(AllocationDecision))
            .order_by(AllocationDecision.decided_on, AllocationDecision.id))]
    return FlatHistory(offers, decisions)


def _decision_row(s: Session, d: AllocationDecision) -> DecisionRow:
    household = None
    if d.application_id:
        app = s.get(Application, d.application_id)
        household = _household_name(s, app) if app else None
    name, version = "", None
    if d.rules_snapshot_json:
        body = json.loads(d.rules_snapshot_json)
        name, version = body.get("name", ""), body.get("version")
    elif d.rule_set_id:
        rs = s.get(RuleSet, d.rule_set_id)
        name, version = (rs.name, rs.version) if rs else ("", None)
    offer = s.get(Offer, d.offer_id) if d.offer_id else None
    return DecisionRow(d.id, d.decided_on, d.outcome, d.application_id, household,
                       d.resolution_number, d.body, d.note, name, version,
                       offer.rank if offer else None, offer.note if offer else None)


@dataclass(frozen=True)
class FrozenDecision:
    decision: DecisionRow
    ranking: FlatRanking
    rules_body: dict


def decision_snapshot(db: Database, actor: Actor, decision_id: str) -> FrozenDecision:
    """The ranking and the rules exactly as they were when the council decided."""
    actor.require(Permission.MANAGE_ALLOCATION)
    with db.reading() as s:
        d = get_live(s, AllocationDecision, decision_id, _("Rozhodnutí „{id}“")
            .format(id=decision_id))
        if not d.ranking_snapshot_json:
            raise NotFound(_("K rozhodnutí není uložené pořadí."))
        frozen = FlatRanking.from_dict(json.loads(d.ranking_snapshot_json))
        return FrozenDecision(_decision_row(s, d), shape_ranking(actor, frozen),
                              json.loads(d.rules_snapshot_json or "{}"))
