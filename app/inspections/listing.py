"""``kmb list inspections``: inspections and handovers with their flat and state."""
from __future__ import annotations

from models.assessments import RecordState

from ..db import Database
from ..labels import label
from ..security import Actor
from .records import list_inspections
from ..i18n import N_


def inspection_rows(db: Database, actor: Actor, text: str):
    rows = [dict(id=r.id, flat_id=r.flat_id, flat=r.flat, kind=r.kind, kind_label=label(r.kind),
                 inspected_on=r.inspected_on, state=RecordState(r.state),
                 state_label=label(RecordState(r.state)), household_id=r.household_id,
                 household=r.household, lease_id=r.lease_id, defects=r.defects, worker=r.worker)
            for r in list_inspections(db, actor, text)]
    return rows, [("flat", N_("Byt")), ("kind", N_("Druh")), ("inspected_on", N_("Datum")),
                  ("state", N_("Stav")), ("household", N_("Domácnost")), ("defects", N_("Závad")),
                  ("id", "ID")]
