"""Installation identity and peers: contact cards, fingerprints, revocation.

A contact card is a small signed JSON file with the installation's id, name,
clock origin, age recipient (to encrypt to it) and Ed25519 public key (to
verify its bundles). Both sides compare a short fingerprint by phone before
trusting a card: twenty digits in five groups, easy to read aloud in Czech.
"""
from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from sqlalchemy import select

from models.base import utcnow
from models.sync import Installation, Peer, Revocation

from .. import audit
from ..db import Database
from ..errors import KmbError, NotFound, ValidationError
from ..installation import get as get_installation
from ..installation import public_keys
from ..security import Actor, Permission
from .scope import CASES_SCOPE, valid_scope
from .trust import KINDS, LAPTOP, OFFICE, PARTNER
from ..i18n import _

CARD_FORMAT = "kmb-card/1"


def fingerprint(installation_id: str, age_recipient: str, verify_key: bytes) -> str:
    digest = hashlib.sha256(installation_id.encode() + b"\n" + age_recipient.encode()
                            + b"\n" + verify_key).digest()
    digits = f"{int.from_bytes(digest[:10], 'big') % 10**20:020d}"
    return " ".join(digits[i:i + 4] for i in range(0, 20, 4))


@dataclass(frozen=True)
class PeerInfo:
    id: str
    name: str
    fingerprint: str
    added_at: dt.datetime
    revoked_at: dt.datetime | None
    scope: str | None
    acked_seq: int
    kind: str = OFFICE

    @property
    def active(self) -> bool:
        return self.revoked_at is None


@dataclass(frozen=True)
class OwnIdentity:
    id: str
    name: str
    fingerprint: str


def own_identity(db: Database) -> OwnIdentity:
    with db.reading() as s:
        inst = _installation(s)
        recipient, verify = public_keys(s)
        return OwnIdentity(inst.id, inst.name, fingerprint(inst.id, recipient, verify))


def _installation(session) -> Installation:
    inst = get_installation(session)
    if inst is None:
        raise KmbError(_("Databáze ještě není založená. Použijte „kmb init --name NÁZEV“."))
    return inst


def contact_card(db: Database, actor: Actor) -> bytes:
    """This installation's signed contact card (public data only)."""
    actor.require(Permission.SYNC)
    with db.transaction() as s:
        inst = _installation(s)
        recipient, verify = public_keys(s)
        body = {"format": CARD_FORMAT, "installation_id": inst.id, "name": inst.name,
                "origin": inst.origin, "age_recipient": recipient, "series": inst.series or "",
                "verify_key": base64.b64encode(verify).decode(),
                "created_at": utcnow().isoformat(timespec="seconds")}
        raw = json.dumps(body, ensure_ascii=False, sort_keys=True).encode()
        sig = Ed25519PrivateKey.from_private_bytes(inst.signing_key).sign(raw)
        audit.record(s, actor, "export", "installation", inst.id, {"what": "contact_card"})
    card = {"card": body, "signature": base64.b64encode(sig).decode(),
            "fingerprint": fingerprint(inst.id, recipient, verify)}
    return json.dumps(card, ensure_ascii=False, indent=2).encode()


def read_card(data: bytes) -> dict:
    """Parse and check a contact card (self-signed); raise ValidationError."""
    try:
        card = json.loads(data.decode("utf-8"))
        body = card["card"]
        if body.get("format") != CARD_FORMAT:
            raise ValueError
        raw = json.dumps(body, ensure_ascii=False, sort_keys=True).encode()
        verify = base64.b64decode(body["verify_key"])
        Ed25519PublicKey.from_public_bytes(verify).verify(base64.b64decode(card["signature"]), raw)
        for key in ("installation_id", "name", "origin", "age_recipient"):
            if not isinstance(body.get(key), str) or not body[key]:
                raise ValueError
    except (ValueError, KeyError, TypeError, UnicodeDecodeError, InvalidSignature):
        raise ValidationError(_("Soubor není platná karta instalace KMB Desk "
                              "(je poškozená nebo jde o jiný soubor).")) from None
    body["verify_key_raw"] = verify
    body["fingerprint"] = fingerprint(body["installation_id"], body["age_recipient"], verify)
    return body


def _check_series(inst: Installation, body: dict) -> None:
    """Two installations of one series would give the same case, application,
    lease and fund numbers (app/numbering.py): refuse to pair them."""
    theirs, ours = str(body.get("series") or ""), inst.series or ""
    if theirs != ours:
        return
    shown = _("řadu „{tag}“").format(tag=ours) if ours else _("čísla bez řady")
    raise ValidationError(
        _("Instalace „{name}“ má stejnou řadu čísel jako tato ({shown}); spárované by vydávaly "
          "stejná čísla případů, žádostí a smluv. Na terénním notebooku nebo druhé instalaci "
          "nastavte vlastní řadu příkazem „kmb series KÓD“ (např. kmb series N1), pošlete novou "
          "kartu a párování opakujte.").format(name=body['name'], shown=shown), field="series")


def _peer_info(p: Peer) -> PeerInfo:
    return PeerInfo(p.id, p.name, p.fingerprint, p.added_at, p.revoked_at, p.scope, p.acked_seq,
                    p.kind or OFFICE)


def _scope_format() -> str:
    return _("Rozsah musí mít tvar worker:ID_UŽIVATELE (terénní notebook) nebo cases "
             "(partnerovi jen případy, k jejichž předání dal klient souhlas).")


def _kind_for_scope(scope: str | None, kind: str | None) -> str:
    """The peer's kind that its scope implies: a worker scope is a laptop, chosen
    cases go only to a partner office."""
    if not valid_scope(scope):
        raise ValidationError(_scope_format(), field="scope")
    if scope == CASES_SCOPE:
        if kind not in (None, PARTNER):
            raise ValidationError(_("Jen vybrané případy lze posílat jen partnerské "
                                    "kanceláři."), field="kind")
        return PARTNER
    return LAPTOP if scope else (kind or OFFICE)


def add_peer(db: Database, actor: Actor, card_data: bytes, scope: str | None = None,
             kind: str | None = None) -> PeerInfo:
    """Add a peer from its card. Its kind decides what it may write (trust.py): a
    worker scope makes it that worker's field laptop; otherwise an own office
    installation unless said to be a partner office."""
    actor.require(Permission.MANAGE_PEERS)
    body = read_card(card_data)
    kind = _kind_for_scope(scope, kind)
    if kind not in KINDS:
        raise ValidationError(_("Druh partnera musí být office, laptop nebo partner."), field="kind")
    if kind == LAPTOP and not scope:
        raise ValidationError(_("Terénní notebook potřebuje rozsah worker:ID_UŽIVATELE."),
                              field="scope")
    with db.transaction() as s:
        inst = _installation(s)
        if body["installation_id"] == inst.id:
            raise ValidationError(_("To je karta této instalace; přidejte kartu druhé strany."))
        _check_series(inst, body)
        existing = s.get(Peer, body["installation_id"])
        if existing is not None:
            if existing.revoked_at is not None:
                raise KmbError(_("Instalace „{name}“ byla odvolána; znovu ji přidat nelze.")
                    .format(name=existing.name))
            if existing.fingerprint != body["fingerprint"]:
                raise KmbError(_("Instalace „{name}“ je už přidaná s jinými klíči. Ověřte kartu "
                                 "telefonem a starou odvolejte.").format(name=existing.name))
            return _peer_info(existing)
        peer = Peer(id=body["installation_id"], name=body["name"], origin=body["origin"],
                    age_recipient=body["age_recipient"], verify_key=body["verify_key_raw"],
                    fingerprint=body["fingerprint"], scope=scope, kind=kind, acked_seq=0,
                    series=str(body.get("series") or ""),
                    received_json="[]", scope_sent_json="[]")
        s.add(peer)
        audit.record(s, actor, "create", "peer", peer.id, {"scope": scope, "kind": kind})
        s.flush()
        return _peer_info(peer)


def list_peers(db: Database, actor: Actor) -> list[PeerInfo]:
    actor.require(Permission.SYNC)
    with db.reading() as s:
        return [_peer_info(p) for p in s.scalars(select(Peer).order_by(Peer.added_at))]


def find_peer(session, ref: str) -> Peer:
    """A peer by id, id prefix (≥ 6 characters) or exact name."""
    peer = session.get(Peer, ref)
    if peer is None:
        matches = session.scalars(select(Peer).where(Peer.name == ref)).all()
        if not matches and len(ref) >= 6:
            matches = session.scalars(select(Peer).where(Peer.id.startswith(ref))).all()
        if len(matches) > 1:
            raise KmbError(_("„{ref}“ odpovídá více instalacím; zadejte celé id.").format(ref=ref))
        peer = matches[0] if matches else None
    if peer is None:
        raise NotFound(_("Partnerská instalace „{ref}“ není známa (kmb peers list).")
            .format(ref=ref))
    return peer


def revoke_peer(db: Database, actor: Actor, ref: str) -> PeerInfo:
    actor.require(Permission.MANAGE_PEERS)
    with db.transaction() as s:
        peer = find_peer(s, ref)
        if peer.revoked_at is None:
            peer.revoked_at = utcnow()
            if s.get(Revocation, peer.id) is None:
                # travels in every bundle's signed manifest (trust.py refuses its
                # later edits on any path)
                inst = _installation(s)
                # from our clock on: its edits we have not seen by now are refused
                stamp = max(int(peer.revoked_at.replace(tzinfo=dt.UTC).timestamp() * 1000) << 16,
                            inst.hlc + 1)
                s.add(Revocation(installation_id=peer.id, origin=peer.origin,
                                 revoked_hlc=stamp, revoked_by=inst.id, received_from=None))
            audit.record(s, actor, "revoke", "peer", peer.id)
        return _peer_info(peer)


def set_scope(db: Database, actor: Actor, ref: str, scope: str | None,
              kind: str | None = None) -> PeerInfo:
    """What goes to the peer and what it may write: a worker scope makes it that
    worker's laptop; without one it is an own office (or a partner office)."""
    actor.require(Permission.MANAGE_PEERS)
    if scope == CASES_SCOPE:
        kind = _kind_for_scope(scope, kind)
    elif not valid_scope(scope):
        raise ValidationError(_scope_format(), field="scope")
    elif kind is not None and kind not in (OFFICE, PARTNER):
        raise ValidationError(_("Druh partnera bez rozsahu je office nebo partner."), field="kind")
    with db.transaction() as s:
        peer = find_peer(s, ref)
        peer.scope = scope
        if scope == CASES_SCOPE:
            peer.kind = PARTNER
        elif scope:
            peer.kind = LAPTOP
        else:
            peer.kind = kind or (OFFICE if peer.kind == LAPTOP else peer.kind or OFFICE)
        audit.record(s, actor, "update", "peer", peer.id, {"scope": scope, "kind": peer.kind})
        return _peer_info(peer)
