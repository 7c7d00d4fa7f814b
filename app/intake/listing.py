"""``kmb list contacts``: the contact records the Příjem → Kontakty list shows."""
from __future__ import annotations

from ..db import Database
from ..formatting import format_datetime
from ..labels import ethos_conceptual, ethos_label, label
from ..security import Actor
from .contacts import list_contacts
from ..i18n import N_


def list_contacts_rows(db: Database, actor: Actor, text: str):
    rows = [dict(id=c.id, occurred_at=c.occurred_at, person_id=c.person_id,
                 person=c.person_name, channel=c.channel, channel_label=label(c.channel),
                 reason=c.reason, ethos_category=c.ethos_category,
                 ethos_group=ethos_conceptual(c.ethos_category),
                 ethos_label=ethos_label(c.ethos_category), urgency=c.urgency,
                 outcome=c.outcome, outcome_label=label(c.outcome),
                 minutes_spent=c.minutes_spent, worker_id=c.worker_id, worker=c.worker_name,
                 case_id=c.case_id, case_number=c.case_number, partners=list(c.partners))
            for c in list_contacts(db, actor, text=text)]
    return rows, [("occurred_at", N_("Kdy"), format_datetime), ("person", N_("Klient")),
                  ("channel", N_("Kanál")), ("ethos_category", N_("ETHOS")), ("urgency", N_("Naléhavost")),
                  ("outcome", N_("Výsledek")), ("partners", N_("Předáno")), ("worker", N_("Pracovník")),
                  ("case_number", N_("Případ"))]
