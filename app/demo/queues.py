"""Demo of task queues (issue 16): a flat manager in her own department, a
colleague covering for another on leave this week, tasks in the social
department's and the flat manager's queues. Its own random generator: the
steps before it stay as they were."""
from __future__ import annotations

import datetime as dt
import random

from sqlalchemy import select

from models.cases import Department, TaskSource
from models.staff import Role, User

from .context import DemoContext

FLAT_MANAGER = ("eva.novotna", "Eva Novotná")
KMB_TASKS = [
    ("Rozdělit nové žádosti o byt z podatelny", -2),
    ("Připravit podklady pro bytovou komisi", 0),
    ("Aktualizovat seznam volných míst v azylových domech", 5),
]
FLAT_MANAGER_TASKS = [
    ("Výměna vodoměru po vystěhování", -4),
    ("Odečet měřidel a převzetí klíčů od nájemce", 0),
    ("Objednat malování po předání bytu", 0),
    ("Revize plynového kotle", 9),
]


def build_queues(ctx: DemoContext) -> None:
    rng = random.Random(16)
    today = ctx.today
    hash_ = ctx.conn.execute(select(User.password_hash).where(
        User.username == "tomas.krejci")).scalar()
    manager = ctx.new_id()
    ctx.insert("user", [dict(id=manager, username=FLAT_MANAGER[0], full_name=FLAT_MANAGER[1],
                             role=Role.PROPERTY, email=f"{FLAT_MANAGER[0]}@example.cz",
                             active=True, password_hash=hash_,
                             department=Department.FLAT_MANAGER.value, sex="F")])
    ctx.users[FLAT_MANAGER[0]] = manager
    jana, lucie = ctx.users.get("jana.dvorakova"), ctx.users.get("lucie.markova")
    if jana and lucie:       # Jana is on leave this week; Lucie covers for her
        ctx.insert("deputy", [dict(id=ctx.new_id(today - dt.timedelta(days=4)),
                                   user_id=jana, deputy_id=lucie,
                                   valid_from=today - dt.timedelta(days=2),
                                   valid_to=today + dt.timedelta(days=4),
                                   note="dovolená")])
    rows = []
    for title, days in KMB_TASKS:
        rows.append(_task(ctx, title, today + dt.timedelta(days=days), Department.KMB, None))
    flats = ctx.flats[:]
    rng.shuffle(flats)
    for (title, days), flat in zip(FLAT_MANAGER_TASKS, flats):
        rows.append(_task(ctx, title, today + dt.timedelta(days=days), Department.FLAT_MANAGER,
                          flat["id"]))
    ctx.insert("task", rows)


def _task(ctx: DemoContext, title: str, due: dt.date, dept: Department,
          flat_id: str | None) -> dict:
    made = min(due, ctx.today) - dt.timedelta(days=7)
    return dict(id=ctx.new_id(made), title=title, detail=None, case_id=None, person_id=None,
                household_id=None, flat_id=flat_id, owner_id=None, department=dept.value,
                due_on=due, done_at=None, done_by_id=None, source=TaskSource.MANUAL,
                source_ref=None, created_at=dt.datetime.combine(made, dt.time(9)))
