"""Demo: the clients' consents on some cases (contacting relatives, passing
data to other institutions), one of them withdrawn, so the case detail shows
a history. Sharing with a partner office needs a paired partner, which the
demo has not: that purpose is left to the office.

Runs after the other steps with its own random generator: their data stay as
they were."""
from __future__ import annotations

import datetime as dt
import random

from sqlalchemy import text

from .context import DemoContext

SEED = 16062026
FORMS = ("písemně", "ústně, zaznamenáno pracovníkem")
NOTES = ("dcera (tel. v kontaktech)", "bratr, jen v naléhavých věcech", None,
         "matka – domluva o hlídání dětí", None)


def build_consents(ctx: DemoContext) -> None:
    rng = random.Random(SEED)
    cases = ctx.conn.execute(text(
        "SELECT id, person_id, assigned_worker_id, opened_on FROM \"case\" "
        "WHERE deleted_at IS NULL AND assigned_worker_id IS NOT NULL ORDER BY number")).all()
    rows = []
    for i, (case_id, person_id, worker_id, opened_on) in enumerate(cases):
        if i % 4:
            continue
        opened = opened_on if isinstance(opened_on, dt.date) else dt.date.fromisoformat(
            str(opened_on))
        given = min(opened + dt.timedelta(days=rng.randint(0, 20)), ctx.today)
        purpose = "contact_relatives" if i % 8 == 0 else "other_institutions"
        withdrawn = given + dt.timedelta(days=30) if i % 16 == 4 and \
            given + dt.timedelta(days=30) <= ctx.today else None
        rows.append(dict(id=ctx.new_id(given), case_id=case_id, person_id=person_id,
                         purpose=purpose, recipient_peer_id=None, recipient_name=None,
                         given_on=given, form=rng.choice(FORMS), recorded_by_id=worker_id,
                         withdrawn_on=withdrawn,
                         withdrawn_by_id=worker_id if withdrawn else None,
                         note=rng.choice(NOTES) if purpose == "contact_relatives" else None))
    ctx.insert("case_consent", rows)
