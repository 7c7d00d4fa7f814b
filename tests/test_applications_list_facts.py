"""Žádosti o byt reads plain columns and scores with the ranking's facts
(``load_facts``) and its column-wise engine (``engine.totals``): the rows and
points are those of the former read, ORM objects scored one application at a
time (kept below as the reference), for every state, category and search,
also under rules with a cap on the sum and individual points."""
from __future__ import annotations

import dataclasses
from sqlalchemy import select

from app.allocation import applications as apps_svc
from app.allocation import engine, rulesets
from app.allocation.applications import ApplicationRow, _refusal_counts, facts_of
from app.allocation.ranking import compiled_rules
from app.allocation.rules import Rules
from app.czech_text import fold
from app.privacy.visibility import sees_special
from app.rows import live
from app.security import actor_from_user, find_user
from models.allocation import Application, ApplicationState
from models.housing import FlatCategory
from models.people import Household, Person

from .conftest import DEMO_TODAY


def reference(db, actor, text="", *, state=None, category=None, today=DEMO_TODAY):
    """The former list_applications, one application at a time."""
    A = Application
    stmt = (select(A, Household.name, Person.given_name, Person.surname)
            .join(Household, Household.id == A.household_id)
            .outerjoin(Person, Person.id == A.applicant_id).where(live(A)))
    if state:
        stmt = stmt.where(A.state == state)
    if category:
        stmt = stmt.where(A.requested_category == category)
    token = fold(text)
    with db.reading() as s:
        _rs, rules = rulesets.active(s)
        compiled = compiled_rules(rules, today)
        refusals = _refusal_counts(s, rules, today)
        rows = []
        for app, hh_name, given, surname in s.execute(stmt):
            applicant = f"{given} {surname}" if given else None
            if token and token not in fold(f"{app.number or ''} {hh_name} {applicant or ''}"):
                continue
            points = None
            if app.state == ApplicationState.ACTIVE:
                points = engine.score(compiled, facts_of(app, refusals.get(app.household_id, ())),
                                      app.requested_category.value)[0]
            rows.append(ApplicationRow(
                app.id, app.number, app.household_id, hh_name, applicant, app.filed_on,
                app.requested_category, app.state, app.valid_until, app.renewal_due_on,
                app.household_size, app.ethos_category if sees_special(actor) else None,
                len(refusals.get(app.household_id, ())), points))
    rows.sort(key=lambda r: (r.filed_on, r.number or "", r.id))
    return rows


def _worker(db):
    with db.reading() as s:
        return actor_from_user(find_user(s, "jana.dvorakova"))


def _compare(db, actor) -> None:
    every = reference(db, actor)
    assert len(every) > 20 and any(r.points for r in every)
    one = every[len(every) // 2]
    texts = ["", one.household, one.household.upper(), fold(one.household)[:4],
             one.number or "", "%", "zadny-takovy"]
    for state in [None, *ApplicationState]:
        for category in [None, *FlatCategory]:
            got = apps_svc.list_applications(db, actor, state=state, category=category,
                                             today=DEMO_TODAY)
            assert got == reference(db, actor, state=state, category=category), (state, category)
    for text in texts:
        assert apps_svc.list_applications(db, actor, text, today=DEMO_TODAY) == reference(
            db, actor, text), text
    plain = apps_svc.list_applications(db, actor, today=DEMO_TODAY, with_points=False)
    assert plain == [dataclasses.replace(r, points=None) for r in every]


def test_the_list_equals_the_former_read_on_the_town_demo(town_db):
    _compare(town_db, _worker(town_db))


def test_the_list_equals_the_former_read_with_a_cap_and_individual_points(town_db, monkeypatch):
    """A cap on the sum of criteria and individual points (bounded, unjustified)."""
    with town_db.transaction() as s:
        apps = s.scalars(select(Application).where(
            Application.state == ApplicationState.ACTIVE).order_by(Application.id)).all()
        for i, app in enumerate(apps[:40]):
            app.individual_points = (-1) ** i * (5 + i)
            app.individual_justification = None if i % 3 == 0 else "odůvodnění"
    real = rulesets.active

    def capped(s):
        rs, rules = real(s)
        return rs, Rules({**rules.body, "max_total": 12,
                          "individual": {"max_points": 8, "requires_justification": True}})
    monkeypatch.setattr(rulesets, "active", capped)
    _compare(town_db, _worker(town_db))
    points = [r.points for r in reference(town_db, _worker(town_db)) if r.points is not None]
    assert max(points) <= 12 + 8 and 12 in points          # the cap and the bound applied
