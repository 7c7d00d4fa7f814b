"""The statistics sections as they were computed before issue 10's SQL
aggregates (every contact of the period read and counted in Python): the
oracle that tests/test_lean_aggregates.py compares the aggregates with."""
from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict

from sqlalchemy import func, select

from app.addresses import stats as addresses
from app.i18n import _
from app.intake import stats as intake
from app.labels import ETHOS_CONCEPTUAL, ETHOS_OPERATIONAL, ethos_conceptual, shown
from app.rows import live
from app.stats import StatsTable
from models.cases import Case
from models.intake import Channel, ContactRecord, HousingNeedRecord, Outcome, Urgency


def intake_section(session, d_from, d_to) -> list[StatsTable]:
    start, end = intake._bounds(d_from, d_to)
    contacts = session.execute(
        select(ContactRecord.id, ContactRecord.person_id, ContactRecord.worker_id,
               ContactRecord.occurred_at, ContactRecord.channel, ContactRecord.ethos_category,
               ContactRecord.urgency, ContactRecord.outcome, ContactRecord.minutes_spent,
               ContactRecord.counselling_given)
        .where(live(ContactRecord), ContactRecord.occurred_at >= start,
               ContactRecord.occurred_at < end)).all()
    persons = {c.person_id for c in contacts}
    first = dict(session.execute(
        select(ContactRecord.person_id, func.min(ContactRecord.occurred_at))
        .where(live(ContactRecord), ContactRecord.occurred_at < end)
        .group_by(ContactRecord.person_id)).all())
    need = session.execute(select(HousingNeedRecord.assessment_started_on,
                                  HousingNeedRecord.registered_on)
                           .where(live(HousingNeedRecord))).all()
    summary = [len(contacts), len(persons),
               sum(1 for p in persons if first.get(p) is not None and first[p] >= start),
               sum(c.minutes_spent or 0 for c in contacts),
               sum(1 for c in contacts if c.counselling_given),
               sum(1 for n in need if n.assessment_started_on
                   and d_from <= n.assessment_started_on <= d_to),
               sum(1 for n in need if n.registered_on and d_from <= n.registered_on <= d_to)]
    table = intake._count_table
    tables = [summary,
              table("contacts_by_channel", "", Counter(c.channel.value for c in contacts),
                    [(ch.value, shown(ch)) for ch in Channel]),
              table("contacts_by_ethos_group", "",
                    Counter(ethos_conceptual(c.ethos_category) or intake.NONE_KEY
                            for c in contacts),
                    [(k, _(v[0])) for k, v in ETHOS_CONCEPTUAL.items()]),
              table("contacts_by_ethos", "",
                    Counter(str(c.ethos_category) if c.ethos_category else intake.NONE_KEY
                            for c in contacts),
                    [(str(n), f"{n}. {_(text)}") for n, text in ETHOS_OPERATIONAL.items()]),
              table("contacts_by_urgency", "", Counter(c.urgency.value for c in contacts),
                    [(u.value, shown(u)) for u in Urgency]),
              table("contacts_by_outcome", "", Counter(c.outcome.value for c in contacts),
                    [(o.value, shown(o)) for o in Outcome])]
    tables = [summary] + [t.rows for t in tables[1:]]
    counts = Counter((c.occurred_at.year, c.occurred_at.month) for c in contacts)
    opened, closed = Counter(), Counter()
    for o, c in session.execute(select(Case.opened_on, Case.closed_on).where(live(Case))):
        if d_from <= o <= d_to:
            opened[(o.year, o.month)] += 1
        if c is not None and d_from <= c <= d_to:
            closed[(c.year, c.month)] += 1
    months = [(counts[k], opened[k], closed[k]) for k in intake._months(d_from, d_to)]
    per: dict = defaultdict(lambda: [0, 0])
    for c in contacts:
        per[c.worker_id][0] += 1
        per[c.worker_id][1] += c.minutes_spent or 0
    return tables + [months, dict(per)]


def intake_section_as_above(tables: list[StatsTable]) -> list:
    """The aggregated section's tables in the shape of ``intake_section``."""
    t = {x.key: x for x in tables}
    return ([[r["value"] for r in t["contacts_summary"].rows]]
            + [t[k].rows for k in ("contacts_by_channel", "contacts_by_ethos_group",
                                   "contacts_by_ethos", "contacts_by_urgency",
                                   "contacts_by_outcome")]
            + [[(r["contacts"], r["cases_opened"], r["cases_closed"])
                for r in t["by_month"].rows],
               {None if r["key"] == intake.NONE_KEY else r["key"]: [r["contacts"], r["minutes"]]
                for r in t["worker_time"].rows if r["contacts"]}])


def address_rows(session, d_from, d_to, key) -> list[dict]:
    start = dt.datetime.combine(d_from, dt.time())
    end = dt.datetime.combine(d_to + dt.timedelta(days=1), dt.time())
    contacts = session.execute(
        select(ContactRecord.person_id, ContactRecord.municipality, ContactRecord.locality)
        .where(live(ContactRecord), ContactRecord.occurred_at >= start,
               ContactRecord.occurred_at < end)).all()
    cases = session.execute(select(Case.municipality, Case.locality).where(
        live(Case), Case.opened_on >= d_from, Case.opened_on <= d_to)).all()
    per: dict[tuple, dict] = defaultdict(lambda: dict(contacts=0, persons=set(),
                                                      cases_opened=0))
    for c in contacts:
        per[key(c)]["contacts"] += 1
        per[key(c)]["persons"].add(c.person_id)
    for c in cases:
        per[key(c)]["cases_opened"] += 1
    none = _(addresses.NONE_LABEL)
    out = [dict(key="|".join(x or "" for x in k) or "none",
                **{n: (x or none) for n, x in zip(("municipality", "locality"), k)},
                contacts=v["contacts"], persons=len(v["persons"]),
                cases_opened=v["cases_opened"]) for k, v in per.items()]
    return sorted(out, key=lambda r: [(x == none, addresses.sort_key(x)) for x in
                                      (r.get("municipality"), r.get("locality")) if x])
