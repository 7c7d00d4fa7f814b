"""This installation's identity: name, id, clock origin, an age X25519
identity (to receive bundles) and an Ed25519 key (to sign them).

Private keys live only in this database and never travel.
"""
from __future__ import annotations

import secrets
import socket
from dataclasses import dataclass

import pyrage
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
from sqlalchemy import select
from sqlalchemy.orm import Session

from models.base import new_id
from models.staff import Role, User
from models.sync import Installation

from . import audit, numbering
from .db import Database
from .errors import KmbError
from .security import Actor, actor_from_user
from .i18n import _


@dataclass(frozen=True)
class InstallationInfo:
    id: str
    name: str
    origin: str
    admin_user_id: str | None
    series: str = ""              # tag in this installation's document numbers


def _info(inst: Installation) -> InstallationInfo:
    return InstallationInfo(inst.id, inst.name, inst.origin, inst.admin_user_id,
                            inst.series or "")


def get(session: Session) -> Installation | None:
    return session.scalars(select(Installation)).first()


def current(db: Database) -> InstallationInfo:
    with db.reading() as s:
        inst = get(s)
        if inst is None:
            raise KmbError(_("Databáze ještě není založená. Použijte „kmb init --name NÁZEV“."))
        return _info(inst)


def initialise(db: Database, name: str | None = None, *,
               admin_username: str = "admin",
               series: str | None = None) -> InstallationInfo:
    """Create this installation's identity and its administrator account.

    Idempotent: an existing installation is returned unchanged (only an
    explicit new name is refused, so a second ``kmb init`` cannot silently
    rename an office). ``series`` is the tag in this installation's document
    numbers (app/numbering.py): none ("") for the first installation, the
    office, unless chosen; a field laptop or a second installation chooses its
    own (``kmb init --series``, the first-start screen, ``kmb series``), and
    pairing two installations of the same series is refused (app/sync/identity.py)."""
    with db.transaction() as s:
        inst = get(s)
        if inst is not None:
            if name and name != inst.name:
                raise KmbError(
                    _("Instalace už existuje pod názvem „{name}“; nová se nezakládá.")
                        .format(name=inst.name))
            return _info(inst)
        name = name or socket.gethostname() or "KMB"
        series = numbering.check_tag(series)
        origin = secrets.token_hex(6)
        signing = Ed25519PrivateKey.generate()
        inst = Installation(
            id=new_id(), name=name, origin=origin, hlc=0,
            series=series or "",
            age_identity=str(pyrage.x25519.Identity.generate()),
            signing_key=signing.private_bytes_raw(),
        )
        s.add(inst)
        s.flush()
        # czech-on-purpose: the first administrator's stored name
        admin = User(username=admin_username, full_name=f"Správce ({name})", role=Role.ADMIN)
        s.add(admin)
        s.flush()
        inst.admin_user_id = admin.id
        audit.record(s, actor_from_user(admin), "init", "installation", inst.id)
        return _info(inst)


def admin_actor(db: Database) -> Actor:
    """The installation's administrator, for code that runs as the system
    (demo build, tests). Entry points never use it: people sign in."""
    with db.reading() as s:
        inst = get(s)
        if inst is None or inst.admin_user_id is None:
            raise KmbError(_("Databáze ještě není založená. Použijte „kmb init --name NÁZEV“."))
        return actor_from_user(s.get(User, inst.admin_user_id))


def public_keys(session: Session) -> tuple[str, bytes]:
    """(age recipient, Ed25519 public key) of this installation."""
    inst = get(session)
    identity = pyrage.x25519.Identity.from_str(inst.age_identity)
    verify = Ed25519PrivateKey.from_private_bytes(inst.signing_key).public_key()
    return str(identity.to_public()), verify.public_bytes(Encoding.Raw, PublicFormat.Raw)
