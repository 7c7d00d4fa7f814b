"""Statistics per municipality of the ORP and per locality (a section of
app.stats): contacts, different clients and cases opened in the period, as
stored on the contact and the case at intake."""
from __future__ import annotations

import datetime as dt
from collections import defaultdict

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models.cases import Case
from models.intake import ContactRecord

from ..czech_text import sort_key
from ..i18n import N_, _
from ..rows import live
from ..stats import StatsTable

# headers and "neuvedeno" in the person's language, translated when a table is built
NONE_LABEL = N_("neuvedeno")
COLUMNS = [("contacts", N_("Kontaktů")), ("persons", N_("Různých osob")),
           ("cases_opened", N_("Nově otevřených případů"))]


def _rows(session, contacts, cases, keys) -> list[dict]:
    """Contacts, different persons and cases per place (``keys``: the place's
    columns of a contact and of a case), counted in SQL."""
    contact_keys, case_keys = keys
    per: dict[tuple, dict] = defaultdict(lambda: dict(contacts=0, persons=0, cases_opened=0))
    for *k, n, persons in session.execute(
            select(*contact_keys, func.count(), func.count(ContactRecord.person_id.distinct()))
            .where(*contacts).group_by(*contact_keys)):
        per[tuple(k)].update(contacts=n, persons=persons)
    for *k, n in session.execute(
            select(*case_keys, func.count()).where(*cases).group_by(*case_keys)):
        per[tuple(k)]["cases_opened"] += n
    out, none = [], _(NONE_LABEL)
    for k, v in per.items():
        out.append(dict(key="|".join(x or "" for x in k) or "none",
                        **{n: (x or none) for n, x in zip(("municipality", "locality"), k)},
                        contacts=v["contacts"], persons=v["persons"],
                        cases_opened=v["cases_opened"]))
    # the named places in Czech order, "neuvedeno" last
    return sorted(out, key=lambda r: [(x == none, sort_key(x)) for x in
                                      (r.get("municipality"), r.get("locality")) if x])


def _columns() -> list[tuple[str, str]]:
    return [(k, _(h)) for k, h in COLUMNS]


def section(session: Session, d_from: dt.date, d_to: dt.date) -> list[StatsTable]:
    start = dt.datetime.combine(d_from, dt.time())
    end = dt.datetime.combine(d_to + dt.timedelta(days=1), dt.time())
    contacts = (live(ContactRecord), ContactRecord.occurred_at >= start,
                ContactRecord.occurred_at < end)
    cases = (live(Case), Case.opened_on >= d_from, Case.opened_on <= d_to)
    return [
        StatsTable("by_municipality", _("Podle obce"),
                   [("key", _("Klíč")), ("municipality", _("Obec")), *_columns()],
                   _rows(session, contacts, cases,
                         ((ContactRecord.municipality,), (Case.municipality,)))),
        StatsTable("by_locality", _("Podle obce a lokality"),
                   [("key", _("Klíč")), ("municipality", _("Obec")), ("locality", _("Lokalita")),
                    *_columns()],
                   _rows(session, contacts, cases,
                         ((ContactRecord.municipality, ContactRecord.locality),
                          (Case.municipality, Case.locality)))),
    ]
