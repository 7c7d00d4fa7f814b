"""Namesakes told apart in every list (issue 18 item 5): two clients called
"Lubomír Šimek" (born 1961 and 1984) and three households "Malí" in the town
demo; each screen is read as a person reads it and must show them
distinguishably (a name shown bare would let a worker pick the wrong one)."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QAbstractItemView, QLabel, QListWidget
from sqlalchemy import select

from app.allocation import whatif
from app.cases import tasks as case_tasks
from app.czech_text import fold, sort_key
from app.people.disambiguate import household_labels, person_labels
from app.security import actor_from_user, find_user
from models.assessments import Assessment
from models.cases import Case, Task
from models.fund import FundRequest
from models.inspections import Inspection
from models.leases import Lease, LeaseState
from models.people import Household, Person

from .conftest import DEMO_TODAY
from .ui_helpers import make_context, open_window

BORN = (dt.date(1961, 3, 2), dt.date(1984, 7, 15))


def _namesakes(db, tenants: bool = False) -> tuple[list[str], list[str]]:
    """Two clients renamed "Lubomír Šimek" (each with a case, an open task of
    Jana's, a fund request and an assessment) and three households "Malí"
    (each with a lease, an inspection and a fund request). ``tenants``: the
    two Šimeks are two tenants of municipal flats instead."""
    with db.reading() as s:
        jana = find_user(s, "jana.dvorakova").id
        tasks = set(s.scalars(select(Task.person_id).where(
            Task.owner_id == jana, Task.done_at.is_(None), Task.deleted_at.is_(None))))
        people = sorted(tasks & set(s.scalars(select(Case.person_id)))
                        & set(s.scalars(select(FundRequest.person_id)))
                        & set(s.scalars(select(Assessment.person_id))))[:2]
        households = sorted(set(s.scalars(select(Lease.household_id)))
                            & set(s.scalars(select(Inspection.household_id)))
                            & set(s.scalars(select(FundRequest.household_id))) - {None})[:3]
        if tenants:
            people = sorted(set(s.scalars(select(Lease.tenant_id).where(
                Lease.state == LeaseState.ACTIVE, Lease.deleted_at.is_(None)))))[:2]
    assert len(people) == 2 and len(households) == 3, "the demo lacks the rows this test needs"
    with db.transaction() as s:
        for pid, born in zip(people, BORN):
            p = s.get(Person, pid)
            p.given_name, p.surname, p.birth_date, p.title_before = "Lubomír", "Šimek", born, None
            p.search_given, p.search_surname = fold("Lubomír"), fold("Šimek")
            p.sort_key = sort_key("Šimek Lubomír")
        for hid in households:
            s.get(Household, hid).name = "Malí"
        # one of his tasks is due today: the dashboard's "Dnes" lists it
        task = s.scalars(select(Task).where(Task.person_id == people[0], Task.owner_id == jana,
                                            Task.done_at.is_(None))).first()
        if task is not None:
            task.due_on = DEMO_TODAY
    return people, households


def test_the_helpers_tell_namesakes_apart_in_a_few_queries(town_db):
    people, households = _namesakes(town_db)
    with town_db.reading() as s:
        assert person_labels(s, people) == {people[0]: "Šimek Lubomír (nar. 1961)",
                                            people[1]: "Šimek Lubomír (nar. 1984)"}
        # one of them alone on a page is still told apart: the other exists
        assert person_labels(s, people[:1], given_first=True) == {
            people[0]: "Lubomír Šimek (nar. 1961)"}
        shown = household_labels(s, households)
        assert len(set(shown.values())) == 3
        assert all(v.startswith("Malí (") for v in shown.values())
        # a unique name is left to the caller
        other = s.scalars(select(Person.id).where(Person.surname != "Šimek")).first()
        assert person_labels(s, [other]) == {}


def _texts(widget) -> list[str]:
    """Everything the page shows: labels, list items and table cells."""
    out = [w.text() for w in widget.findChildren(QLabel) if w.isVisible()]
    for view in widget.findChildren(QAbstractItemView):
        if not view.isVisible():
            continue
        if isinstance(view, QListWidget):
            out += [view.item(i).text() for i in range(view.count())]
            continue
        model = view.model()
        if model is None:
            continue
        for r in range(model.rowCount()):
            for c in range(model.columnCount()):
                value = model.index(r, c).data()
                if isinstance(value, str):
                    out.append(value)
    return out


def _bare(texts, names) -> list[str]:
    return [t for t in texts if any(t == n or t.startswith(n + " ·") for n in names)]


@pytest.mark.parametrize("area", ["cases", "inbox", "dashboard", "assessments", "fund",
                                  "leases"])
def test_the_two_lubomir_simek_are_told_apart_on_every_screen(qtbot, town_db, tmp_path,
                                                               monkeypatch, area):
    from ui.cases import cards
    from ui.inbox import page as inbox_page
    monkeypatch.setattr(cards, "today", lambda: DEMO_TODAY)
    monkeypatch.setattr(inbox_page, "today", lambda: DEMO_TODAY)
    _namesakes(town_db, tenants=area == "leases")
    with town_db.reading() as s:
        user = find_user(s, "admin" if area == "leases" else "jana.dvorakova")
        lead = actor_from_user(user)
    window = open_window(qtbot, make_context(town_db, lead, tmp_path / "ui.ini"))
    window.resize(1280, 800)
    page = window.show_area(area)

    def shown():
        return [t for t in _texts(page) if "Šimek" in t]
    # the dashboard lists today's task of the first one; the lists show both
    want = ["nar. 1961"] if area == "dashboard" else ["nar. 1961", "nar. 1984"]
    qtbot.waitUntil(lambda: all(any(w in t for t in shown()) for w in want), timeout=30000)
    assert not _bare(shown(), ["Šimek Lubomír", "Lubomír Šimek"]), shown()


@pytest.mark.parametrize("area", ["inspections"])      # lists that name households
def test_the_three_households_mali_are_told_apart_on_every_screen(qtbot, town_db, tmp_path,
                                                                  area):
    _namesakes(town_db)
    with town_db.reading() as s:
        admin = actor_from_user(find_user(s, "admin"))
    window = open_window(qtbot, make_context(town_db, admin, tmp_path / "ui.ini"))
    window.resize(1280, 800)
    page = window.show_area(area)

    def mali():
        return {t for t in _texts(page) if t.startswith("Malí")}
    qtbot.waitUntil(lambda: len(mali()) >= 3, timeout=30000)
    assert "Malí" not in mali() and all(t.startswith("Malí (") for t in mali()), mali()


def test_case_tasks_and_the_what_if_tell_them_apart(town_db, town_worker):
    from app.allocation import rulesets
    from .test_people_told_apart import _three_called_mali
    people, _ = _namesakes(town_db)
    with town_db.reading() as s:
        case_id = s.scalars(select(Case.id).where(Case.person_id == people[1])).first()
    # the case's task lines (Případy → a case → Úkoly)
    rows = case_tasks.list_tasks(town_db, town_worker, case_id=case_id)
    mine = [r for r in rows if r.person_id == people[1]]
    assert mine and all(r.person_name == "Šimek Lubomír (nar. 1984)" for r in mine)
    # the rules' what-if table: three ranked households renamed "Malí"
    flat_id = _three_called_mali(town_db)
    with town_db.reading() as s:
        _, rules = rulesets.active(s)
    w = whatif.compare(town_db, town_worker, rules, flat_id=flat_id, today=DEMO_TODAY)
    mali = [m.household for m in w.flats[0].moves if m.household.startswith("Malí")]
    assert len(mali) >= 3 and len(set(mali)) == len(mali)
    assert all(h.startswith("Malí (") for h in mali)
