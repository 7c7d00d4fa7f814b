"""Accounts and signing in: Argon2 passwords, roles, audit of every sign-in."""
from __future__ import annotations

import pytest
from sqlalchemy import select

from app.auth import (NewUser, authenticate, check_password, create_user, has_passwords,
                      set_active, set_password)
from app.errors import PermissionDenied, ValidationError
from app.security import Actor, Permission
from models.audit import AuditEvent
from models.staff import Role, User


def _jana(db, admin):
    return create_user(db, admin, NewUser("Jana.Dvorakova", "Jana Dvořáková", Role.SOCIAL_WORKER,
                                          "kancelar-2026", "kancelar-2026"))


def test_sign_in_with_the_right_password_only(db, admin):
    assert has_passwords(db)          # the administrator chose one at ``kmb init``
    uid = _jana(db, admin)
    assert has_passwords(db)
    actor = authenticate(db, "jana.dvorakova", "kancelar-2026")
    assert actor.user_id == uid and actor.can(Permission.EDIT_CASES)
    for name, pw in (("jana.dvorakova", "spatne-heslo"), ("nikdo", "kancelar-2026")):
        with pytest.raises(PermissionDenied, match="Nesprávné uživatelské jméno nebo heslo"):
            authenticate(db, name, pw)
    with db.reading() as s:
        assert s.scalar(select(User.password_hash).where(User.id == uid)).startswith("$argon2")
        actions = [e.action for e in s.scalars(select(AuditEvent).order_by(AuditEvent.seq))]
    assert actions[-3:] == ["login", "login_failed", "login_failed"]


def test_passwords_are_checked_and_blocked_users_cannot_sign_in(db, admin):
    with pytest.raises(ValidationError) as err:
        create_user(db, admin, NewUser("Jana Nová", "", Role.SOCIAL_WORKER, "krátké", "jiné"))
    assert set(err.value.errors) == {"username", "full_name", "password"}
    uid = _jana(db, admin)
    with pytest.raises(ValidationError, match="neshodují"):
        set_password(db, admin, uid, "nove-heslo-1", "nove-heslo-2")
    set_active(db, admin, uid, False)
    with pytest.raises(PermissionDenied):
        authenticate(db, "jana.dvorakova", "kancelar-2026")


def test_only_managers_change_other_peoples_passwords(db, admin):
    uid = _jana(db, admin)
    jana = authenticate(db, "jana.dvorakova", "kancelar-2026")
    set_password(db, jana, uid, "moje-nove-heslo", "moje-nove-heslo")     # her own: fine
    assert check_password(db, jana, "moje-nove-heslo")
    with pytest.raises(PermissionDenied):
        set_password(db, jana, admin.user_id, "prevzate-heslo", "prevzate-heslo")
    reader = Actor(uid, "Jana", Role.READONLY)
    with pytest.raises(PermissionDenied):
        create_user(db, reader, NewUser("x.y", "X Y", Role.ADMIN, "12345678", "12345678"))
