"""Special-category data (GDPR čl. 9: health, disability, addiction, debts and
the family situation behind points) goes to a partner office only when the
KMB lead has allowed it for that partner, with the legal basis recorded.
Otherwise a partner's bundle carries those columns empty; everything else
travels as before. Own offices and a worker's field laptop get them (they
serve the same clients under the same controller).

The decision is a setting per peer (it travels to the office's other
installations, which export to the same partners). The bundle exporter asks
``shaper`` through ``app.sync.export.row_shaper``."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Callable

from sqlalchemy import select
from sqlalchemy.orm import object_session

from models.base import Base
from models.sync import Peer

from .. import settings
from ..db import Database
from ..errors import NotFound, ValidationError
from ..formatting import format_date
from ..security import Actor, Permission
from ..sync.stamps import RowMeta
from .visibility import SPECIAL_COLUMNS
from ..i18n import _

PARTNER_KIND = "partner"
NEVER = (0, "")          # a zero stamp: "never written", below every real write
Shaper = Callable[[str, list, list], tuple[list, "str | None"]]


def setting_key(peer_id: str) -> str:
    return f"privacy.special_to_peer.{peer_id}"


@dataclass(frozen=True)
class SpecialConsent:
    allowed: bool
    legal_basis: str | None = None
    allowed_by: str | None = None
    allowed_on: str | None = None          # ISO date


def _read(session, peer_id: str) -> SpecialConsent:
    value = settings.get(session, setting_key(peer_id), {}) or {}
    return SpecialConsent(bool(value.get("allowed")), value.get("legal_basis"),
                          value.get("allowed_by"), value.get("allowed_on"))


def special_for_peer(db: Database, actor: Actor, peer_id: str) -> SpecialConsent:
    actor.require(Permission.SYNC)
    with db.reading() as s:
        return _read(s, peer_id)


@dataclass(frozen=True)
class PartnerLine:
    peer_id: str
    name: str
    consent: SpecialConsent

    @property
    def state(self) -> str:
        return _("předávají se") if self.consent.allowed else _("nepředávají se")


def partner_consents(db: Database, actor: Actor) -> list[PartnerLine]:
    """Every partner office (not revoked) and what the lead decided for it."""
    actor.require(Permission.SYNC)
    with db.reading() as s:
        return [PartnerLine(p.id, p.name, _read(s, p.id)) for p in s.scalars(
            select(Peer).where(Peer.kind == PARTNER_KIND, Peer.revoked_at.is_(None))
            .order_by(Peer.name))]


def set_special_for_peer(db: Database, actor: Actor, peer_id: str, allowed: bool,
                         legal_basis: str | None = None) -> None:
    """The lead allows (with the legal basis) or withdraws special-category data for a peer."""
    actor.require(Permission.MANAGE_PEERS)
    actor.require(Permission.SETTINGS)
    basis = " ".join((legal_basis or "").split())
    if allowed and len(basis) < 5:
        raise ValidationError(_("Uveďte právní základ předávání (např. čl. 9 odst. 2 písm. h "
                              "GDPR a smlouva o spolupráci č. …)."), field="legal_basis")
    with db.transaction() as s:
        peer = s.get(Peer, peer_id)
        if peer is None:
            raise NotFound(_("Partnerská instalace neexistuje."))
        if allowed and not _read(s, peer_id).allowed:
            peer.send_full = True    # rows sent before went without the values: send them again
        value = {"allowed": True, "legal_basis": basis, "allowed_by": actor.name,
                 "allowed_on": dt.date.today().isoformat()} if allowed else {"allowed": False}
        settings.put(s, actor, setting_key(peer_id), value)


def describe(consent: SpecialConsent) -> str:
    if not consent.allowed:
        # czech-on-purpose: written into the record of processing (a Czech document)
        return "zvláštní kategorie údajů se nepředávají"
    day = format_date(dt.date.fromisoformat(consent.allowed_on)) if consent.allowed_on else ""
    # czech-on-purpose: written into the record of processing (a Czech document)
    return f"předávají se ({consent.legal_basis}; povolil(a) {consent.allowed_by} {day})".strip()


def _not_null(table: str) -> frozenset[str]:
    return frozenset(c.name for c in Base.metadata.tables[table].columns if not c.nullable)


def shaper(peer: Peer, inner: Shaper | None) -> Shaper | None:
    """The row shaper for ``peer``: ``inner`` (a laptop's scope) and, for a
    partner office without the lead's permission, special-category columns emptied.

    An emptied column goes with a zero stamp ("never written"), not with the
    value's own: so when the lead allows it later, the real value (a higher
    stamp) replaces the partner's empty one instead of being taken as known."""
    session = object_session(peer)
    if peer.kind != PARTNER_KIND or _read(session, peer.id).allowed:
        return inner
    positions: dict[tuple[str, tuple], list[int]] = {}

    def shape(table: str, columns: list, values: list):
        meta = None
        if inner is not None:
            values, meta = inner(table, columns, values)
        special = SPECIAL_COLUMNS.get(table)
        if not special:
            return values, meta
        key = (table, tuple(columns))
        if key not in positions:
            positions[key] = [i for i, c in enumerate(columns) if c in special]
        withheld = [i for i in positions[key] if values[i] not in (None, False, "")]
        if not withheld:
            return values, meta
        values = list(values)
        required = _not_null(table)
        for i in withheld:
            # a column that cannot be empty goes blank ("" / False), never NULL:
            # the partner's import would refuse the whole bundle
            values[i] = False if isinstance(values[i], bool) else \
                "" if columns[i] in required else None
        if meta is None:
            t = Base.metadata.tables[table]
            meta = session.scalar(select(t.c.sync_meta).where(t.c.id == values[0]))
        row_meta = RowMeta.loads(meta)
        for i in withheld:
            row_meta.columns[columns[i]] = NEVER
        return values, row_meta.dumps()
    return shape
