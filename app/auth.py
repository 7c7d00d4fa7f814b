"""Signing in and managing staff accounts (DESIGN.md "Security"): local
accounts with roles, passwords hashed with Argon2, every sign-in and every
change of an account in the audit trail.

On an encrypted database each password also wraps the database key (a key
slot, ``app.keyslots``): creating an account or changing a password writes
that person's slot; blocking an account removes it (and unblocking needs a
new password). Opening the database is ``app.signin``; ``authenticate`` here
checks a person against an already open database (server databases, the
lock screen)."""
from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import func, select

from models.base import utcnow
from models.staff import Role, User
from models.people import Sex

from . import audit, settings
from .db import Database
from .departments.lookup import require_open
from .errors import NotFound, PermissionDenied, ValidationError
from .keyslots import KeyFile, SignInRefused
from .rows import get_live, live
from .security import (Actor, Permission, actor_from_user, find_user, hash_password,
                       verify_password)
from .i18n import _

MIN_PASSWORD = 8
_USERNAME = re.compile(r"^[a-z0-9][a-z0-9._-]{1,40}$")


def has_passwords(db: Database) -> bool:
    """True once any active account has a password: the app then asks to sign in."""
    with db.reading() as s:
        return bool(s.scalar(select(func.count()).select_from(User).where(
            User.active.is_(True), live(User), User.password_hash.is_not(None))))


def actor_named(db: Database, who: str) -> Actor:
    """The actor of the active account with this id or user name (the demo
    acts as a given user, without a password)."""
    with db.reading() as s:
        return actor_from_user(find_user(s, who))


def lock_minutes(db: Database) -> float:
    """Minutes without input after which the window locks."""
    with db.reading() as s:
        return float(settings.get(s, "security.lock_minutes") or 10)


def authenticate(db: Database, username: str, password: str, *,
                 failure_detail: dict | None = None) -> Actor:
    """The actor for a correct user name and password; one vague message
    otherwise. ``failure_detail`` goes into a failure's audit event (a server
    sign-in: the attempt's number and back-off, as a file's key slots record)."""
    with db.transaction() as s:
        user = s.scalars(select(User).where(User.username == (username or "").strip().lower(),
                                            live(User))).first()
        ok = user is not None and user.active and verify_password(user.password_hash,
                                                                   password or "")
        if not ok:      # committed, not rolled back with the refusal
            audit.record(s, None, "login_failed", "user", user.id if user else None,
                         {**(failure_detail or {}), "username": (username or "")[:40]})
        else:
            user.last_login_at = utcnow()
            actor = actor_from_user(user)
            audit.record(s, actor, "login", "user", user.id)
    if not ok:
        raise PermissionDenied(_("Nesprávné uživatelské jméno nebo heslo."))
    return actor


def check_password(db: Database, actor: Actor, password: str) -> bool:
    """Unlocking a locked screen: the signed-in user's own password. Failures
    count toward the back-off and are audited at once (the database is open)."""
    keys = _keys(db)
    if keys is not None:
        wait = keys.wait_seconds()
        if wait > 0:
            raise SignInRefused(_("Příliš mnoho neúspěšných pokusů. Další pokus je možný za {v1} s.")
                .format(v1=int(wait) + 1))
    with db.transaction() as s:
        user = s.get(User, actor.user_id)
        if keys is not None:
            ok = bool(user and user.active and keys.unwrap(user.username, password or "") == db.key)
        else:
            ok = bool(user and user.active and verify_password(user.password_hash, password or ""))
        if not ok:
            audit.record(s, None, "login_failed", "user", actor.user_id, {"lock": True})
            if keys is not None:
                keys.note_failure(user.username if user else "")
        elif keys is not None:
            keys.take_failures()
    if keys is not None:
        keys.save()
    return ok


def _keys(db: Database) -> KeyFile | None:
    """The key slots of an encrypted database (None for a server database)."""
    if db.key is None or db.path is None:
        return None
    return KeyFile.load(db.path)


def _validate_password(password: str, again: str | None) -> None:
    if len(password or "") < MIN_PASSWORD:
        raise ValidationError(_("Heslo musí mít alespoň {MIN_PASSWORD} znaků.")
            .format(MIN_PASSWORD=MIN_PASSWORD), field="password")
    if again is not None and password != again:
        raise ValidationError(_("Hesla se neshodují – napište je znovu."), field="password_again")


def set_password(db: Database, actor: Actor, user_id: str, password: str,
                 again: str | None = None) -> None:
    """Own password, or anyone's with the right to manage users."""
    if actor.user_id != user_id:
        actor.require(Permission.MANAGE_USERS)
    _validate_password(password, again)
    with db.transaction() as s:
        user = get_live(s, User, user_id, _("Uživatel"))
        user.password_hash = hash_password(password)
        audit.record(s, actor, "password", "user", user.id)
        _wrap_for(db, user.username, password)   # a failure here rolls the change back


@dataclass(frozen=True)
class NewUser:
    username: str
    full_name: str
    role: Role
    password: str
    password_again: str
    email: str | None = None
    department: str | None = None      # a department's code; None: the role's
    sex: str | None = None             # "F"/"M" as the form confirmed it; None: not stated


def create_user(db: Database, actor: Actor, data: NewUser) -> str:
    actor.require(Permission.MANAGE_USERS)
    username = (data.username or "").strip().lower()
    errors = {}
    if not _USERNAME.match(username):
        errors["username"] = (_("Uživatelské jméno: malá písmena bez diakritiky, číslice, tečka, "
                              "např. jana.novakova."))
    if not " ".join((data.full_name or "").split()):
        errors["full_name"] = _("Vyplňte jméno a příjmení.")
    if data.sex not in (None, "F", "M"):
        errors["sex"] = _("Pohlaví: zvolte žena, muž, nebo neuvedeno.")
    try:
        _validate_password(data.password, data.password_again)
    except ValidationError as exc:
        errors.update(exc.errors)
    if errors:
        raise ValidationError.from_errors(errors)
    with db.transaction() as s:
        if s.scalar(select(User.id).where(User.username == username, live(User))):
            raise ValidationError(_("Uživatel „{username}“ už existuje.")
                .format(username=username), field="username")
        department = require_open(s, data.department or None)   # an active one only
        user = User(username=username, full_name=" ".join(data.full_name.split()),
                    role=data.role, email=data.email or None, active=True,
                    password_hash=hash_password(data.password), department=department,
                    sex=Sex(data.sex) if data.sex else None)
        s.add(user)
        s.flush()
        audit.record(s, actor, "create", "user", user.id,
                     {"role": data.role.value, "department": department})
        _wrap_for(db, username, data.password)
        return user.id


def _wrap_for(db: Database, username: str, password: str) -> None:
    keys = _keys(db)
    if keys is not None:
        keys.set_slot(username, password, db.key)
        keys.save()


def set_active(db: Database, actor: Actor, user_id: str, active: bool):
    """Block or unblock an account. Blocking an encrypted database's account
    also gives the database a new key (``app.rekey``): the returned
    ``Rekeyed`` holds the new recovery key, to be shown and printed once."""
    actor.require(Permission.MANAGE_USERS)
    if user_id == actor.user_id and not active:
        raise ValidationError(_("Vlastní účet zablokovat nelze."))
    with db.transaction() as s:
        user = s.get(User, user_id)
        if user is None:
            raise NotFound(_("Uživatel neexistuje."))
        was_active, username = user.active, user.username
        user.active = active
        audit.record(s, actor, "update", "user", user.id, {"active": active})
        keys = _keys(db)
        if keys is not None and not active:     # the password no longer opens the database
            keys.remove_slot(user.username)
            keys.save()
    if active or not was_active or _keys(db) is None:
        return None
    from .errors import DatabaseProblem
    from .rekey import rekey_database
    try:
        return rekey_database(db, actor, {"blocked": username})
    except DatabaseProblem as exc:      # the block stands; the new key can be retried
        raise DatabaseProblem(_("Účet {username} je zablokovaný, ale databáze nový klíč nedostala: "
                                "{message} Zkuste to znovu tlačítkem Nový klíč databáze (Nastavení "
                                "→ Uživatelé).")
                                    .format(username=username, message=exc.message)) from None
