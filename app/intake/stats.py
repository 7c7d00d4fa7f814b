"""Statistics of the intake and case work for a period (a section of
app.stats): contacts by channel, ETHOS category, urgency and outcome,
referrals by partner, cases opened and closed, time spent per worker.

A contact counts in the period by the day it happened; a referral by the day
it was made; a case by the day it was opened or closed."""
from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict

from sqlalchemy import Integer, and_, case, cast, extract, func, or_, select
from sqlalchemy.orm import Session

from models.cases import Case
from models.intake import (Channel, ContactRecord, HousingNeedRecord, Outcome,
                           PartnerOrganisation, Referral, Urgency)
from models.staff import User

from ..czech_text import sort_key
from ..formatting import format_month
from ..i18n import N_, _
from ..labels import ETHOS_CONCEPTUAL, ETHOS_OPERATIONAL, ethos_conceptual, shown
from ..rows import live
from ..stats import StatsTable

# Titles, headers and row labels are in the person's language (_() when built):
# the Statistiky screen, kmb stats and the exports show them as they are.
NONE_KEY, NONE_LABEL = "none", N_("neuvedeno")
COUNT_COLUMNS = [("key", N_("Klíč")), ("label", N_("Položka")), ("contacts", N_("Kontaktů"))]


def _bounds(d_from: dt.date, d_to: dt.date) -> tuple[dt.datetime, dt.datetime]:
    return (dt.datetime.combine(d_from, dt.time()),
            dt.datetime.combine(d_to + dt.timedelta(days=1), dt.time()))


def _count_table(key: str, title: str, counts: Counter, order: list[tuple[str, str]]
                 ) -> StatsTable:
    rows = [dict(key=k, label=lbl, contacts=counts.get(k, 0)) for k, lbl in order]
    if counts.get(NONE_KEY):
        rows.append(dict(key=NONE_KEY, label=_(NONE_LABEL), contacts=counts[NONE_KEY]))
    return StatsTable(key, title, [(k, _(h)) for k, h in COUNT_COLUMNS], rows)


# the dimensions the contacts are counted by, read in one GROUP BY (one scan of the
# period's contacts, a few thousand groups in a city) and summed up in Python
_DIMENSIONS = (ContactRecord.channel, ContactRecord.ethos_category, ContactRecord.urgency,
               ContactRecord.outcome, ContactRecord.worker_id)


def _groups(session: Session, period) -> list:
    return session.execute(
        select(*_DIMENSIONS, func.count(), func.coalesce(func.sum(ContactRecord.minutes_spent), 0))
        .where(*period).group_by(*_DIMENSIONS)).all()


def _by(groups: list, i: int, key=lambda v: v) -> Counter:
    """The contacts of the groups counted by dimension ``i`` (``key`` of its value)."""
    out: Counter = Counter()
    for g in groups:
        out[key(g[i])] += g[5]
    return out


def section(session: Session, d_from: dt.date, d_to: dt.date) -> list[StatsTable]:
    start, end = _bounds(d_from, d_to)
    period = (live(ContactRecord), ContactRecord.occurred_at >= start,
              ContactRecord.occurred_at < end)
    tables = [_summary(session, period, d_from, d_to, start, end)]
    groups = _groups(session, period)
    tables.append(_count_table("contacts_by_channel", _("Kontakty podle kanálu"),
                               _by(groups, 0, lambda ch: ch.value),
                               [(ch.value, shown(ch)) for ch in Channel]))
    tables.append(_count_table(
        "contacts_by_ethos_group", _("Kontakty podle bytové situace (ETHOS, skupiny)"),
        _by(groups, 1, lambda n: ethos_conceptual(n) or NONE_KEY),
        [(k, _(v[0])) for k, v in ETHOS_CONCEPTUAL.items()]))
    tables.append(_count_table(
        "contacts_by_ethos", _("Kontakty podle kategorie ETHOS"),
        _by(groups, 1, lambda n: str(n) if n else NONE_KEY),
        [(str(n), f"{n}. {_(text)}") for n, text in ETHOS_OPERATIONAL.items()]))
    tables.append(_count_table("contacts_by_urgency", _("Kontakty podle naléhavosti"),
                               _by(groups, 2, lambda u: u.value),
                               [(u.value, shown(u)) for u in Urgency]))
    tables.append(_count_table("contacts_by_outcome", _("Kontakty podle výsledku"),
                               _by(groups, 3, lambda o: o.value),
                               [(o.value, shown(o)) for o in Outcome]))
    tables.append(_referrals(session, d_from, d_to))
    tables.append(_cases(session, d_from, d_to))
    tables.append(_by_month(session, period, d_from, d_to))
    tables.append(_workers(session, groups, d_from, d_to))
    return tables


def _summary(session, period, d_from, d_to, start, end) -> StatsTable:
    contacts, persons, minutes, counselling = session.execute(
        select(func.count(), func.count(ContactRecord.person_id.distinct()),
               func.coalesce(func.sum(ContactRecord.minutes_spent), 0),
               func.coalesce(func.sum(case((ContactRecord.counselling_given.is_(True), 1),
                                           else_=0)), 0))
        .where(*period)).one()
    # persons of the period whose first contact (up to its end) is in it
    firsts = (select(ContactRecord.person_id)
              .where(live(ContactRecord), ContactRecord.occurred_at < end)
              .group_by(ContactRecord.person_id)
              .having(func.min(ContactRecord.occurred_at) >= start).subquery())
    new_persons = session.scalar(select(func.count()).select_from(firsts))
    need = live(HousingNeedRecord)
    started = session.scalar(select(func.count()).where(
        need, HousingNeedRecord.assessment_started_on >= d_from,
        HousingNeedRecord.assessment_started_on <= d_to))
    registered = session.scalar(select(func.count()).where(
        need, HousingNeedRecord.registered_on >= d_from, HousingNeedRecord.registered_on <= d_to))
    rows = [
        ("contacts", _("Kontaktů celkem"), contacts),
        ("persons", _("Různých osob"), persons),
        ("new_persons", _("Z toho poprvé"), new_persons),
        ("minutes", _("Čas s klienty (minuty)"), int(minutes)),
        ("counselling", _("Poradenství v bydlení (§12)"), int(counselling)),
        ("assessments_started", _("Zahájená šetření bytové situace (§16)"), started),
        ("registered_in_need", _("Zápisy potřebných (§13–27)"), registered),
    ]
    return StatsTable("contacts_summary", _("Souhrn"), [("key", _("Klíč")), ("label", _("Ukazatel")),
                                                     ("value", _("Hodnota"))],
                      [dict(key=k, label=lbl, value=v) for k, lbl, v in rows])


def _referrals(session, d_from, d_to) -> StatsTable:
    stmt = (select(PartnerOrganisation.id, PartnerOrganisation.name, PartnerOrganisation.kind,
                   Referral.arrived)
            .join(Referral, Referral.partner_id == PartnerOrganisation.id)
            .where(live(Referral), Referral.referred_on >= d_from,
                   Referral.referred_on <= d_to))
    per: dict[str, dict] = {}
    for pid, name, kind, arrived in session.execute(stmt):
        row = per.setdefault(pid, dict(key=pid, label=name, kind=shown(kind), referrals=0,
                                       arrived=0, not_arrived=0, unknown=0))
        row["referrals"] += 1
        row["arrived" if arrived else "unknown" if arrived is None else "not_arrived"] += 1
    rows = sorted(per.values(), key=lambda r: (-r["referrals"], sort_key(r["label"])))
    return StatsTable("referrals_by_partner", _("Předání podle partnerské služby"),
                      [("key", _("Klíč")), ("label", _("Služba")), ("kind", _("Druh")),
                       ("referrals", _("Předání")), ("arrived", _("Dorazil")),
                       ("not_arrived", _("Nedorazil")), ("unknown", _("Neověřeno"))], rows)


def _cases(session, d_from, d_to) -> StatsTable:
    live_case = live(Case)
    opened = session.scalar(select(func.count()).where(
        live_case, Case.opened_on >= d_from, Case.opened_on <= d_to))
    closed = session.scalar(select(func.count()).where(
        live_case, Case.closed_on >= d_from, Case.closed_on <= d_to))
    open_end = session.scalar(select(func.count()).where(
        live_case, Case.opened_on <= d_to, or_(Case.closed_on.is_(None), Case.closed_on > d_to)))
    open_start = session.scalar(select(func.count()).where(
        live_case, Case.opened_on < d_from, or_(Case.closed_on.is_(None),
                                                and_(Case.closed_on >= d_from))))
    rows = [("open_at_start", _("Otevřené na začátku období"), open_start),
            ("opened", _("Nově otevřené"), opened),
            ("closed", _("Uzavřené"), closed),
            ("open_at_end", _("Otevřené na konci období"), open_end)]
    return StatsTable("cases", _("Případy"), [("key", _("Klíč")), ("label", _("Ukazatel")),
                                           ("cases", _("Případů"))],
                      [dict(key=k, label=lbl, cases=v) for k, lbl, v in rows])


def _months(d_from: dt.date, d_to: dt.date) -> list[tuple[int, int]]:
    out, (y, m) = [], (d_from.year, d_from.month)
    while (y, m) <= (d_to.year, d_to.month):
        out.append((y, m))
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def _month_counts(session, column, *where) -> Counter:
    year = cast(extract("year", column), Integer)
    month = cast(extract("month", column), Integer)
    return Counter({(int(y), int(m)): n for y, m, n in session.execute(
        select(year, month, func.count()).where(*where).group_by(year, month))})


def _by_month(session, period, d_from, d_to) -> StatsTable:
    counts = _month_counts(session, ContactRecord.occurred_at, *period)
    opened = _month_counts(session, Case.opened_on, live(Case), Case.opened_on >= d_from,
                           Case.opened_on <= d_to)
    closed = _month_counts(session, Case.closed_on, live(Case), Case.closed_on >= d_from,
                           Case.closed_on <= d_to)
    rows = [dict(key=f"{y}-{m:02d}", label=format_month(dt.date(y, m, 1)), contacts=counts[(y, m)],
                 cases_opened=opened[(y, m)], cases_closed=closed[(y, m)])
            for y, m in _months(d_from, d_to)]
    return StatsTable("by_month", _("Po měsících"), [
        ("key", _("Měsíc")), ("label", _("Měsíc")), ("contacts", _("Kontaktů")),
        ("cases_opened", _("Otevřeno případů")), ("cases_closed", _("Uzavřeno případů"))], rows)


def _workers(session, groups, d_from, d_to) -> StatsTable:
    per: dict = defaultdict(lambda: dict(contacts=0, minutes=0, cases_opened=0))
    for *_dims, wid, n, minutes in groups:
        per[wid]["contacts"] += n
        per[wid]["minutes"] += int(minutes)
    for wid, n in session.execute(
            select(Case.assigned_worker_id, func.count())
            .where(live(Case), Case.opened_on >= d_from, Case.opened_on <= d_to)
            .group_by(Case.assigned_worker_id)):
        per[wid]["cases_opened"] += n
    names = dict(session.execute(select(User.id, User.full_name)).all())
    rows = []
    for wid, v in per.items():
        rows.append(dict(key=wid or NONE_KEY, label=names.get(wid, _(NONE_LABEL)) if wid
                         else _(NONE_LABEL), contacts=v["contacts"], minutes=v["minutes"],
                         cases_opened=v["cases_opened"]))
    rows.sort(key=lambda r: (r["key"] == NONE_KEY, sort_key(r["label"])))
    return StatsTable("worker_time", _("Pracovníci: kontakty a čas"), [
        ("key", _("Klíč")), ("label", _("Pracovník")), ("minutes", _("Minut s klienty")),
        ("contacts", _("Kontaktů")), ("cases_opened", _("Přiděleno nových případů"))], rows)
