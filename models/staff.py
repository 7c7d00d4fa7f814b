"""Staff: local user accounts and their roles."""
from __future__ import annotations

import datetime as dt
import enum

from sqlalchemy import Index, String
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, Synced, enum_column
from .people import Sex


class Role(enum.Enum):
    SOCIAL_WORKER = "social_worker"   # sociální pracovník
    LEAD = "lead"                     # vedoucí KMB
    PROPERTY = "property"             # majetkový odbor / správa bytů
    ADMIN = "admin"                   # správce aplikace
    READONLY = "readonly"             # jen čtení


class User(Synced, Base):
    """A worker (shared between installations as a person: name and contacts) and,
    locally, a login account. The account part (user name, role, active, password)
    stays on the installation that set it and never travels in a bundle; a worker
    received from a peer has the placeholder user name "~<id>", which no one can
    sign in with, until an administrator here gives them an account."""
    __tablename__ = "user"
    __sync_local__ = frozenset({"username", "role", "active", "password_hash", "last_login_at"})
    __table_args__ = (Index("ux_user_username", "username", unique=True),)

    username: Mapped[str] = mapped_column(String(64), index=True)
    full_name: Mapped[str]
    role: Mapped[Role] = enum_column(Role, default=Role.SOCIAL_WORKER)
    email: Mapped[str | None]
    phone: Mapped[str | None] = mapped_column(String(40))
    # The worker's sex, for the words documents print beside their name
    # ("zpracovala", "sociální pracovnice"); empty until an administrator sets it.
    sex: Mapped[Sex | None] = enum_column(Sex)
    active: Mapped[bool] = mapped_column(default=True)
    # Department whose task inbox the user shares ("property", "flat_manager", "kmb");
    # empty: the role's department (property role → majetkový odbor, others → KMB).
    department: Mapped[str | None] = mapped_column(String(20))
    # Argon2 hash; local to an installation (never exported in bundles).
    password_hash: Mapped[str | None] = mapped_column(String(200))
    last_login_at: Mapped[dt.datetime | None]
