"""The client's consent per purpose on a case: recorded with its date and
form, withdrawn on a date, kept as history (a withdrawn consent stays listed;
consent given again is a new row). Every step is audited.

Sharing a case with a partner installation needs a consent for that partner
that is valid on the day of the bundle (``shared_case_ids``, used by the
bundle scope "cases"). A consent is recorded only here, at an own installation:
a partner office can never write one (app/sync/trust.py)."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from models.cases import Case
from models.consent import CaseConsent, ConsentPurpose
from models.staff import User
from models.sync import Peer

from .. import audit
from ..db import Database
from ..errors import ValidationError
from ..privacy.visibility import shown
from ..rows import get_live, live
from ..security import Actor, Permission
from .service import get_case
from ..i18n import _

# czech-on-purpose: the stored forms of consent (values of the record)
FORMS = ("písemně", "ústně, zaznamenáno pracovníkem", "elektronicky")
PARTNER_KIND = "partner"


@dataclass(frozen=True)
class ConsentLine:
    id: str
    purpose: ConsentPurpose
    recipient_name: str | None
    given_on: dt.date
    form: str
    recorded_by: str | None
    withdrawn_on: dt.date | None
    withdrawn_by: str | None
    note: str | None

    def valid_on(self, day: dt.date) -> bool:
        return self.given_on <= day and (self.withdrawn_on is None or self.withdrawn_on > day)


@dataclass(frozen=True)
class PartnerChoice:
    peer_id: str
    name: str


def sharing_partners(db: Database, actor: Actor) -> list[PartnerChoice]:
    """Partner installations a case can be shared with (paired, not revoked,
    set to receive chosen cases only)."""
    actor.require(Permission.VIEW_CASES)
    with db.reading() as s:
        return [PartnerChoice(p.id, p.name) for p in s.scalars(
            select(Peer).where(Peer.kind == PARTNER_KIND, Peer.scope == "cases",
                               Peer.revoked_at.is_(None)).order_by(Peer.name))]


def case_consents(db: Database, actor: Actor, case_id: str) -> list[ConsentLine]:
    """Every consent of the case, the newest first, withdrawn ones included."""
    actor.require(Permission.VIEW_CASES)
    with db.reading() as s:
        get_case(s, case_id)
        rows = s.scalars(select(CaseConsent).where(CaseConsent.case_id == case_id,
                                                   live(CaseConsent))
                         .order_by(CaseConsent.given_on.desc(),
                                   CaseConsent.created_at.desc())).all()
        names = _user_names(s, {r.recorded_by_id for r in rows}
                            | {r.withdrawn_by_id for r in rows})
        return [ConsentLine(r.id, r.purpose, r.recipient_name, r.given_on, r.form,
                            names.get(r.recorded_by_id), r.withdrawn_on,
                            names.get(r.withdrawn_by_id),
                            shown(actor, "case_consent", "note", r.note)) for r in rows]


def _user_names(s: Session, ids: set) -> dict[str, str]:
    ids = {i for i in ids if i}
    if not ids:
        return {}
    return {u.id: u.full_name for u in s.scalars(select(User).where(User.id.in_(ids)))}


def record_consent(db: Database, actor: Actor, case_id: str, purpose: ConsentPurpose, *,
                   given_on: dt.date, form: str, recipient_peer_id: str | None = None,
                   note: str | None = None, today: dt.date | None = None) -> str:
    actor.require(Permission.EDIT_CASES)
    today = today or dt.date.today()
    form = (form or "").strip()
    if form not in FORMS:
        raise ValidationError(_("Vyberte, jak klient souhlas dal."), field="form")
    if given_on > today:
        raise ValidationError(_("Souhlas nemůže být daný v budoucnu."), field="given_on")
    with db.transaction() as s:
        case = get_case(s, case_id)
        recipient_name = _recipient(s, purpose, recipient_peer_id)
        if _active(s, case.id, purpose, recipient_peer_id, today) is not None:
            raise ValidationError(_("Tento souhlas už platí; nejdřív ho odvolejte."),
                                  field="purpose")
        row = CaseConsent(case_id=case.id, person_id=case.person_id, purpose=purpose,
                          recipient_peer_id=recipient_peer_id, recipient_name=recipient_name,
                          given_on=given_on, form=form, recorded_by_id=actor.user_id,
                          note=(note or "").strip() or None)
        s.add(row)
        s.flush()
        audit.record(s, actor, "consent_given", "case", case.id,
                     {"consent": row.id, "purpose": purpose.value,
                      "recipient": recipient_peer_id, "given_on": given_on.isoformat()})
        return row.id


def _recipient(s: Session, purpose: ConsentPurpose, peer_id: str | None) -> str | None:
    if purpose != ConsentPurpose.PARTNER_SHARING:
        if peer_id:
            raise ValidationError(_("Partnerská instalace patří jen k souhlasu s předáním "
                                  "případu."), field="recipient")
        return None
    peer = s.get(Peer, peer_id) if peer_id else None
    if peer is None or peer.kind != PARTNER_KIND or peer.revoked_at is not None:
        raise ValidationError(_("Vyberte partnerskou organizaci, které se případ předá."),
                              field="recipient")
    return peer.name


def _active(s: Session, case_id: str, purpose: ConsentPurpose, peer_id: str | None,
            day: dt.date) -> CaseConsent | None:
    return s.scalars(select(CaseConsent).where(
        CaseConsent.case_id == case_id, CaseConsent.purpose == purpose,
        CaseConsent.recipient_peer_id.is_(None) if peer_id is None
        else CaseConsent.recipient_peer_id == peer_id,
        live(CaseConsent), or_(CaseConsent.withdrawn_on.is_(None),
                               CaseConsent.withdrawn_on > day))).first()


def withdraw_consent(db: Database, actor: Actor, consent_id: str, *, on: dt.date,
                     today: dt.date | None = None) -> None:
    """The client withdrew the consent on ``on``: from that day nothing more is
    shared for it. What a partner already received stays there; the worker asks
    the partner to erase it (the dialog says so)."""
    actor.require(Permission.EDIT_CASES)
    today = today or dt.date.today()
    if on > today:
        raise ValidationError(_("Odvolání nemůže být v budoucnu."), field="withdrawn_on")
    with db.transaction() as s:
        row = get_live(s, CaseConsent, consent_id, _("Souhlas"))
        if row.withdrawn_on is not None:
            raise ValidationError(_("Souhlas už byl odvolán."), field="withdrawn_on")
        if on < row.given_on:
            raise ValidationError(_("Souhlas nelze odvolat dřív, než byl dán."),
                                  field="withdrawn_on")
        row.withdrawn_on, row.withdrawn_by_id = on, actor.user_id
        audit.record(s, actor, "consent_withdrawn", "case", row.case_id,
                     {"consent": row.id, "purpose": row.purpose.value,
                      "withdrawn_on": on.isoformat()})


def shared_case_ids(s: Session, peer_id: str, day: dt.date) -> set[str]:
    """Cases that may go to the partner installation on ``day``: a consent for it,
    given by then and not withdrawn, on a live case."""
    return set(s.scalars(select(CaseConsent.case_id).join(Case, Case.id == CaseConsent.case_id)
                         .where(CaseConsent.purpose == ConsentPurpose.PARTNER_SHARING,
                                CaseConsent.recipient_peer_id == peer_id,
                                CaseConsent.given_on <= day, live(CaseConsent, Case),
                                or_(CaseConsent.withdrawn_on.is_(None),
                                    CaseConsent.withdrawn_on > day))))
