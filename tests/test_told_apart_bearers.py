"""Households and people told apart with a fixed number of statements however
many bearers their names have (issue 10, lists18: a city repeats a household
name ~450×), and with the same labels as telling the whole group apart."""
from __future__ import annotations

from sqlalchemy import select

from app.people.disambiguate import (Named, _year_span, household_labels, person_labels,
                                     told_apart)
from models.allocation import Application
from models.people import Household, HouseholdMember, Person, Relation

from .statements import counted


def _rename(db, count: int, name: str) -> list[str]:
    with db.transaction() as s:
        ids = list(s.scalars(select(Household.id).where(Household.deleted_at.is_(None))
                             .order_by(Household.id).limit(count)))
        for hid in ids:
            s.get(Household, hid).name = name
    return ids


def _reference(s, ids: list[str]) -> dict[str, str]:
    """``told_apart`` over every live bearer with every detail read (slow, plain)."""
    names = {s.get(Household, i).name for i in ids}
    bearers = [h for h in s.scalars(select(Household).where(Household.name.in_(names)))
               if h.id in ids or h.deleted_at is None]
    items = []
    for h in bearers:
        apps = s.scalars(select(Application).where(
            Application.household_id == h.id, Application.deleted_at.is_(None))
            .order_by(Application.filed_on, Application.id)).all()
        number = apps[-1].number if apps else None
        born = s.get(Person, apps[-1].applicant_id).birth_date if apps and apps[-1].applicant_id \
            else None
        if born is None:
            heads = s.execute(select(Person.birth_date).join(
                HouseholdMember, HouseholdMember.person_id == Person.id).where(
                HouseholdMember.household_id == h.id, HouseholdMember.relation == Relation.HEAD,
                HouseholdMember.deleted_at.is_(None), Person.birth_date.is_not(None))
                .order_by(HouseholdMember.since, HouseholdMember.id)).scalars().all()
            born = heads[-1] if heads else None
        line = h.address.one_line() if h.address else None
        items.append(Named(h.name, born.year if born else None, line or None, number))
    shown = told_apart(items)
    return {h.id: label for h, label, n in zip(bearers, shown, items)
            if h.id in ids and label != n.name}


def test_household_labels_cost_the_same_for_few_and_many_bearers(town_db):
    few = _rename(town_db, 3, "Malí")
    many = _rename(town_db, 400, "Velcí")[200:]     # more bearers than years of birth
    with town_db.reading() as s:
        assert len(many) + 200 > _year_span(s)      # the years of this group are not read
        with counted(town_db) as a:
            small = household_labels(s, few)
        with counted(town_db) as b:
            big = household_labels(s, many[:3])
        assert len(b) <= len(a) + 1 <= 8, (len(a), len(b))
        assert small == _reference(s, few) and len(set(small.values())) == 3
        assert big == _reference(s, many[:3]) and len(big) == 3


def test_person_labels_read_each_name_pair_once(town_db):
    with town_db.reading() as s:
        people = list(s.scalars(select(Person.id).order_by(Person.id).limit(60)))
        with counted(town_db) as one:
            person_labels(s, people[:1])
        with counted(town_db) as sixty:
            person_labels(s, people)
    assert len(sixty) <= len(one) + 1 <= 4, (len(one), len(sixty))


def test_the_assessment_list_reads_a_fixed_number_of_statements(town_db):
    from app.assessments.records import FIRST_CHUNK, list_assessments, tell_assessments_apart
    from app.security import actor_from_user, find_user
    with town_db.reading() as s:
        admin = actor_from_user(find_user(s, "admin"))
    full = list_assessments(town_db, admin, latest_only=True)
    with counted(town_db) as read:
        rows = list_assessments(town_db, admin, latest_only=True, told_apart=FIRST_CHUNK)
    assert [r.id for r in rows] == [r.id for r in full]          # same rows, same order
    assert rows[:FIRST_CHUNK] == full[:FIRST_CHUNK]
    with counted(town_db) as few:
        tell_assessments_apart(town_db, admin, rows[-3:])
    with counted(town_db) as many:
        told = tell_assessments_apart(town_db, admin, rows[-FIRST_CHUNK:])
    assert told == full[-FIRST_CHUNK:]
    assert len(many) <= len(few) + 2 and len(read) <= len(many) + 2 <= 14, (
        len(read), len(few), len(many))


def test_the_inspection_list_tells_apart_a_chunk_at_a_time(town_db):
    from app.inspections.records import FIRST_CHUNK, list_inspections, tell_inspections_apart
    from app.security import actor_from_user, find_user
    with town_db.reading() as s:
        admin = actor_from_user(find_user(s, "admin"))
    full = list_inspections(town_db, admin)
    rows = list_inspections(town_db, admin, told_apart=FIRST_CHUNK)
    assert [r.id for r in rows] == [r.id for r in full]
    assert rows[:FIRST_CHUNK] == full[:FIRST_CHUNK]
    assert tell_inspections_apart(town_db, admin, rows[FIRST_CHUNK:]) == full[FIRST_CHUNK:]


def test_a_label_does_not_depend_on_a_deleted_namesake_asked_with_it(town_db):
    """Lists ask for labels a chunk of rows at a time: a live person's label
    must not change with whether a deleted namesake is in the same chunk. The
    deleted one is told apart against the live bearers."""
    import datetime as dt

    from app.czech_text import fold, sort_key
    with town_db.transaction() as s:
        people = list(s.scalars(select(Person).where(Person.deleted_at.is_(None),
                                                     Person.merged_into_id.is_(None))
                                .order_by(Person.id).limit(3)))
        for p, year in zip(people, (1950, 1970, 1990)):
            p.given_name, p.surname, p.birth_date = "Ctirad", "Zábranský", dt.date(year, 5, 1)
            p.search_given, p.search_surname = fold("Ctirad"), fold("Zábranský")
            p.sort_key = sort_key("Zábranský Ctirad")
        people[2].deleted_at = dt.datetime(2026, 1, 5, 9, 0)
        ids = [p.id for p in people]
    with town_db.reading() as s:
        alone = person_labels(s, ids[:2])
        with_deleted = person_labels(s, ids)
        assert alone == {ids[0]: "Zábranský Ctirad (nar. 1950)",
                         ids[1]: "Zábranský Ctirad (nar. 1970)"}
        assert with_deleted == {**alone, ids[2]: "Zábranský Ctirad (nar. 1990)"}
    # one live bearer only: the name is not repeated among live records
    with town_db.transaction() as s:
        s.get(Person, ids[1]).deleted_at = dt.datetime(2026, 1, 6, 9, 0)
    with town_db.reading() as s:
        assert person_labels(s, ids[:1]) == {}
        assert person_labels(s, ids) == {ids[1]: "Zábranský Ctirad (nar. 1970)",
                                         ids[2]: "Zábranský Ctirad (nar. 1990)"}


def test_a_household_label_does_not_depend_on_a_deleted_namesake_asked_with_it(town_db):
    import datetime as dt
    ids = _rename(town_db, 3, "Zelení")
    with town_db.transaction() as s:
        s.get(Household, ids[2]).deleted_at = dt.datetime(2026, 1, 5, 9, 0)
    with town_db.reading() as s:
        alone = household_labels(s, ids[:2])
        both = household_labels(s, ids)
        assert set(alone) == set(ids[:2]) and len(set(alone.values())) == 2
        assert {k: both[k] for k in ids[:2]} == alone
        assert both[ids[2]].startswith("Zelení (") and both[ids[2]] not in alone.values()
    with town_db.transaction() as s:
        s.get(Household, ids[1]).deleted_at = dt.datetime(2026, 1, 6, 9, 0)
    with town_db.reading() as s:
        assert household_labels(s, ids[:1]) == {}       # the only live bearer
        assert set(household_labels(s, ids)) == {ids[1], ids[2]}
