"""Alembic environment. Migrations run from app.db (programmatically, with the
connection in ``config.attributes``) or from the alembic CLI for authors:
``alembic -c models/migrations/alembic.ini revision --autogenerate -m "..."``
with ``KMB_DATABASE_URL`` pointing at a database at the current head.
"""
from __future__ import annotations

import os

from alembic import context
from sqlalchemy import create_engine

import models
from models.base import Base
models.load_all()       # every table, also in a process that maps on demand
from models.dialects import compare_type

config = context.config
target_metadata = Base.metadata


def _configure(connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,          # SQLite needs batch mode to alter columns
        compare_type=compare_type,     # Integer is BIGINT on PostgreSQL
    )


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _configure(connection)
        with context.begin_transaction():
            context.run_migrations()
        return
    url = os.environ.get("KMB_DATABASE_URL") or config.get_main_option("sqlalchemy.url")
    engine = create_engine(url)
    with engine.connect() as conn:
        _configure(conn)
        with context.begin_transaction():
            context.run_migrations()


run_migrations_online()
