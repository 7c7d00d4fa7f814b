"""``kmb list assessments``: every version, with its person and state."""
from __future__ import annotations

from ..db import Database
from ..labels import label
from ..security import Actor
from .records import list_assessments
from ..i18n import N_


def assessment_rows(db: Database, actor: Actor, text: str):
    rows = [dict(id=r.id, person_id=r.person_id, person=r.person, household_id=r.household_id,
                 household=r.household, visit_on=r.visit_on, state=r.state,
                 state_label=label(r.state), version=r.version, amends_id=r.amends_id,
                 superseded=r.superseded, worker=r.worker)
            for r in list_assessments(db, actor, text)]
    return rows, [("person", N_("Klient(ka)")), ("household", N_("Domácnost")),
                  ("visit_on", N_("Návštěva")), ("state", N_("Stav")), ("version", N_("Verze")),
                  ("worker", N_("Pracovník")), ("id", "ID")]
