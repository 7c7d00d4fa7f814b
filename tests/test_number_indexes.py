"""Migration 0019_number_indexes: the numbering's highest-number query reads
an index range of application.number and fund_request.number instead of the
whole table (SQLite's EXPLAIN QUERY PLAN)."""
from __future__ import annotations

import pytest
from sqlalchemy import event

from app import numbering

pytestmark = pytest.mark.sqlite_only("checks SQLite's query plans (EXPLAIN QUERY PLAN)")


def _plan(db, sql: str, params=()) -> str:
    with db.engine.connect() as conn:
        rows = conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}", tuple(params)).all()
    return "\n".join(r[-1] for r in rows)


@pytest.mark.parametrize("kind", ["application", "fund"])
def test_numbering_reads_an_index_range_of_numbers(db, kind):
    spec = numbering.KINDS[kind]
    model = spec.model
    seen = []

    def keep(conn, cursor, statement, parameters, context, executemany):
        seen.append((statement, parameters))
    event.listen(db.engine, "before_cursor_execute", keep)
    try:
        with db.reading() as s:
            assert numbering.highest(s, model.number, spec.default, 2026) == 0
    finally:
        event.remove(db.engine, "before_cursor_execute", keep)
    sql, params = next((q, p) for q, p in seen if "ltrim" in q)
    index = f"ix_{model.__tablename__}_number"
    plan = _plan(db, sql, params)
    assert f"USING COVERING INDEX {index} (number>? AND number<?)" in plan or \
        f"USING INDEX {index} (number>? AND number<?)" in plan, plan
    assert index in {i.name for i in model.__table__.indexes}   # the model declares it too
