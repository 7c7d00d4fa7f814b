"""``kmb list tasks [--mine] [--queue NAME]``: the same rows as the inbox and
the queues on screen, under the same rules (app/privacy/cover.py)."""
from __future__ import annotations

import datetime as dt

from ..cases.tasks import list_tasks
from ..czech_text import fold
from ..db import Database
from ..labels import shown
from ..security import Actor, Permission
from .departments import parse_queue
from .inbox import InboxTask, inbox, queue
from ..i18n import N_

COLUMNS = [("due_on", N_("Termín")), ("title", N_("Úkol")), ("person", N_("Klient")),
           ("assigned", N_("Řeší")), ("why", N_("Proč")), ("case", N_("Případ")), ("id", "ID")]


def _row(t, why: str = "", today: dt.date | None = None) -> dict:
    assigned = t.owner_name or t.department_name or ""
    return dict(id=t.id, due_on=t.due_on, overdue=t.overdue(today or dt.date.today()),
                title=t.title, detail=t.detail, person=t.person_name, person_id=t.person_id,
                case=t.case_number, case_id=t.case_id, owner_id=t.owner_id,
                department=t.department,
                assigned=assigned, source=t.source.value, source_label=shown(t.source),
                why=why)


def task_rows(db: Database, actor: Actor, text: str, *, mine: bool = False,
              queue_name: str | None = None, today: dt.date | None = None):
    """Open tasks: ``mine`` the acting user's inbox, ``queue_name`` a department's
    queue; neither: every open task for case workers, the inbox for others."""
    day = today or dt.date.today()
    if queue_name:
        actor.require(Permission.VIEW_TASKS)
        with db.reading() as s:            # by code or name, the office's departments
            code = parse_queue(s, queue_name)
        rows = [_row(t, "", day) for t in queue(db, actor, code, day)]
    elif mine or not actor.can(Permission.VIEW_CASES):
        box = inbox(db, actor, day)
        rows = [_row(x.task, x.why_label, day) for x in box.all]
    else:
        rows = [_row(t, "", day) for t in list_tasks(db, actor)]
    tokens = fold(text).split()
    if tokens:
        rows = [r for r in rows if all(
            t in fold(f"{r['title']} {r['person'] or ''} {r['case'] or ''}") for t in tokens)]
    rows.sort(key=lambda r: (r["due_on"] or dt.date.max, r["title"]))
    return rows, COLUMNS


__all__ = ["task_rows", "InboxTask"]
