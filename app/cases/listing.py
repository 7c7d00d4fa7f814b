"""``kmb list cases``: the cases the Případy list shows."""
from __future__ import annotations

from ..db import Database
from ..labels import ethos_label, label
from ..security import Actor
from .service import list_cases
from ..i18n import N_


def list_cases_rows(db: Database, actor: Actor, text: str):
    rows = [dict(id=c.id, number=c.number, person_id=c.person_id, person=c.person_name,
                 status=c.status, status_label=label(c.status), worker_id=c.worker_id,
                 worker=c.worker_name, opened_on=c.opened_on, closed_on=c.closed_on,
                 last_contact=c.last_contact, ethos_category=c.ethos_category,
                 ethos_label=ethos_label(c.ethos_category), open_tasks=c.open_tasks)
            for c in list_cases(db, actor, text=text)]
    return rows, [("number", N_("Číslo")), ("person", N_("Klient")), ("status", N_("Stav")),
                  ("worker", N_("Pracovník")), ("opened_on", N_("Otevřen")),
                  ("last_contact", N_("Poslední kontakt")), ("ethos_category", N_("ETHOS")),
                  ("open_tasks", N_("Úkolů"))]
