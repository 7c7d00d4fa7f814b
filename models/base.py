"""Declarative base and the columns every synchronised table carries.

Rows are created on several installations and merged (see DESIGN.md "Sync and
bundles"), hence time-ordered UUID keys, tombstones instead of deletes, and the
two bookkeeping columns of the change capture: ``sync_meta`` (per-column
hybrid-logical-clock stamps, JSON) and ``sync_seq`` (the local clock value of
the last change, used to find what a peer has not seen yet).
"""
from __future__ import annotations

import datetime as dt
import decimal
import enum

import uuid6
from sqlalchemy import Date, DateTime, Enum, Integer, MetaData, Numeric, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

from . import dialects  # noqa: F401  (Integer is BIGINT on PostgreSQL)

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def new_id() -> str:
    """A time-ordered UUID (version 7) as text: sorts by creation time."""
    return str(uuid6.uuid7())


def utcnow() -> dt.datetime:
    """Naive UTC timestamp; all stored datetimes are UTC."""
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {
        str: String(200),
        dt.datetime: DateTime(),
        dt.date: Date(),
        decimal.Decimal: Numeric(12, 2),
    }


def enum_column(enum_cls: type[enum.Enum], **kw):
    """Store an enum by its value as plain text (no CHECK constraint), so that
    adding a member later needs no migration and old readers still load."""
    return mapped_column(
        Enum(enum_cls, native_enum=False, create_constraint=False, length=32,
             values_callable=lambda e: [m.value for m in e]),
        **kw,
    )


class Versioned:
    """Optimistic concurrency: ``row_version`` goes up by one with every write
    of the row (SQLAlchemy's ``version_id_col``: an ORM update whose row was
    changed meanwhile by another workstation touches nothing and fails).
    Screens keep the version they loaded and services compare it before a
    save (app/concurrency.py). Local to this database: never travels in
    bundles, never a data change for the sync capture (``SYNC_BOOKKEEPING``);
    the bundle importer bumps it when it changes a row."""

    @declared_attr
    def row_version(cls) -> Mapped[int]:
        return mapped_column(Integer, nullable=False, default=1, server_default="1")

    @declared_attr.directive
    def __mapper_args__(cls) -> dict:
        return {"version_id_col": cls.__table__.c.row_version}


class Synced(Versioned):
    """Mixin for tables whose rows travel between installations; every one of
    them is an editable record with a row version."""

    __synced__ = True

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    deleted_at: Mapped[dt.datetime | None]

    @declared_attr
    def sync_meta(cls) -> Mapped[str | None]:
        return mapped_column(Text, deferred=True)

    @declared_attr
    def sync_seq(cls) -> Mapped[int]:
        return mapped_column(Integer, default=0, index=True)

    @property
    def is_deleted(self) -> bool:
        return self.deleted_at is not None


# Columns that are bookkeeping, not data: never stamped, never exported as values.
SYNC_BOOKKEEPING = frozenset({"sync_meta", "sync_seq", "row_version"})


def synced_tables() -> list[type]:
    """Every mapped class that carries the Synced mixin, in dependency order."""
    from . import load_all
    load_all()          # the whole schema, also in a process that maps on demand
    classes = {m.class_.__tablename__: m.class_ for m in Base.registry.mappers
               if getattr(m.class_, "__synced__", False)}
    return [classes[t.name] for t in Base.metadata.sorted_tables if t.name in classes]


MoneyHal = Integer  # money is stored as integer haléře (1 Kč = 100 haléřů)
TextLong = Text
