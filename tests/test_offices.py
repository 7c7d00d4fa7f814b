"""Issue 16 leftovers (helper "offices"): the office's own IČO checked like a
private landlord's; a case's place changed later; landlords in subject access
and retention; new permissions reaching customised role tables; guardians
printed where the represented person signs."""
from __future__ import annotations

import pytest

from app.errors import ValidationError
from app.leases.config import save_settings, settings_input


def test_office_ico_is_checked_by_its_check_digit(db, admin):
    data = settings_input(db)
    data.landlord_ico = "00064582"                  # Praha's IČO with a wrong last digit
    with pytest.raises(ValidationError) as err:
        save_settings(db, admin, data)
    assert "kontrolní číslici" in err.value.errors["landlord_ico"]
    assert settings_input(db).landlord_ico == ""    # nothing half-saved
    data.landlord_ico = "1234"
    with pytest.raises(ValidationError) as err:
        save_settings(db, admin, data)
    assert "8 číslic" in err.value.errors["landlord_ico"]
    data.landlord_ico = "000 64 581"
    save_settings(db, admin, data)
    assert settings_input(db).landlord_ico == "00064581"


# -- 2. a case's place changed later -------------------------------------------------

def _tables(db, actor):
    from app.stats import compute
    from .conftest import DEMO_TODAY
    import datetime as dt
    tables = {t.key: t for t in compute(db, actor, dt.date(2020, 1, 1),
                                         DEMO_TODAY + dt.timedelta(days=1))}
    return ({r["municipality"]: r["cases_opened"] for r in tables["by_municipality"].rows},
            {(r["municipality"], r["locality"]): r["cases_opened"]
             for r in tables["by_locality"].rows})


def _a_case_in(db, town: str) -> str:
    from sqlalchemy import select
    from models.cases import Case
    with db.reading() as s:
        return s.scalars(select(Case.id).where(Case.municipality == town,
                                               Case.deleted_at.is_(None))
                         .order_by(Case.id)).first()


def test_a_case_moves_to_another_place_audited_and_statistics_follow(town_db, town_worker):
    from sqlalchemy import select
    from app.cases.place import case_place, set_place
    from models.audit import AuditEvent
    case_id = _a_case_in(town_db, "Trutnov")
    towns, places = _tables(town_db, town_worker)
    place = case_place(town_db, town_worker, case_id)
    assert place.municipality == "Trutnov" and "Úpice" in place.municipalities
    assert "Radeč" in place.locality_choices["Úpice"]
    old_locality = place.locality
    assert set_place(town_db, town_worker, case_id, "Úpice", "Radeč",
                     expected_version=place.row_version)
    after_towns, after_places = _tables(town_db, town_worker)
    assert after_towns["Trutnov"] == towns["Trutnov"] - 1
    assert after_towns["Úpice"] == towns.get("Úpice", 0) + 1
    assert after_places[("Úpice", "Radeč")] == places.get(("Úpice", "Radeč"), 0) + 1
    with town_db.reading() as s:
        ev = s.scalars(select(AuditEvent.detail).where(AuditEvent.entity_id == case_id,
                                                AuditEvent.action == "update")
                       .order_by(AuditEvent.seq.desc())).first()
    assert "municipality" in ev and "Úpice" not in ev     # the fields, never the values
    assert not set_place(town_db, town_worker, case_id, "Úpice", "Radeč")   # nothing new
    assert old_locality is None or old_locality != "Radeč"


@pytest.mark.parametrize("town, locality, field", [
    ("Praha", None, "municipality"),              # not a municipality of the ORP
    ("Úpice", "Poříčí", "locality"),              # a part of Trutnov, not of Úpice
    (None, "Radeč", "municipality"),              # a locality without its municipality
])
def test_a_place_off_the_lists_is_refused_and_nothing_changes(town_db, town_worker, town,
                                                              locality, field):
    from app.cases.place import case_place, set_place
    case_id = _a_case_in(town_db, "Trutnov")
    before = case_place(town_db, town_worker, case_id)
    with pytest.raises(ValidationError) as err:
        set_place(town_db, town_worker, case_id, town, locality)
    assert field in err.value.errors
    after = case_place(town_db, town_worker, case_id)
    assert (after.municipality, after.locality) == (before.municipality, before.locality)


def test_a_stale_screen_does_not_overwrite_a_newer_place(town_db, town_worker):
    from app.cases.place import case_place, set_place
    from app.errors import KmbError
    case_id = _a_case_in(town_db, "Trutnov")
    seen = case_place(town_db, town_worker, case_id)
    set_place(town_db, town_worker, case_id, "Úpice", None, expected_version=seen.row_version)
    with pytest.raises(KmbError):
        set_place(town_db, town_worker, case_id, "Hajnice", None,
                  expected_version=seen.row_version)
    assert case_place(town_db, town_worker, case_id).municipality == "Úpice"


# -- 5. new permissions reach a customised role table -------------------------------

def _write_table(db, table: dict) -> None:
    import json
    from models.settings import Setting, setting_id
    from app.security import ROLES_SETTING
    with db.transaction() as s:
        row = s.get(Setting, setting_id(ROLES_SETTING))
        if row is None:
            s.add(Setting(id=setting_id(ROLES_SETTING), key=ROLES_SETTING,
                          value_json=json.dumps(table)))
        else:
            row.value_json = json.dumps(table)


def _worker_signs_in(db, admin, username="eva.terenni"):
    from sqlalchemy import select
    from app.auth import NewUser, create_user
    from app.security import actor_from_user
    from models.staff import Role, User
    with db.reading() as s:
        exists = s.scalars(select(User).where(User.username == username)).first()
    if exists is None:
        create_user(db, admin, NewUser(username, "Eva Terénní", Role.SOCIAL_WORKER,
                                       "heslo-12345", "heslo-12345"))
    with db.reading() as s:
        return actor_from_user(s.scalars(select(User).where(User.username == username)).one())


def test_a_table_customised_before_the_landlord_register_gets_its_permissions(db, admin):
    """An office that took merging away from social workers before the landlord
    register existed: the workers get the landlord permissions (their default),
    merging stays off, and saving another role keeps it that way."""
    from app.landlords.register import list_landlords
    from app.privacy import roles
    from app.security import ROLE_PERMISSIONS, Permission as P
    from models.staff import Role
    old_release = ROLE_PERMISSIONS[Role.SOCIAL_WORKER] - {P.VIEW_LANDLORDS, P.EDIT_LANDLORDS,
                                                          P.MERGE_PERSONS}
    _write_table(db, {Role.SOCIAL_WORKER.value: sorted(p.value for p in old_release)})
    worker = _worker_signs_in(db, admin)
    assert worker.can(P.VIEW_LANDLORDS) and worker.can(P.EDIT_LANDLORDS)
    assert not worker.can(P.MERGE_PERSONS)                 # the office's choice stays
    list_landlords(db, worker)                            # the register opens
    roles.set_role_permissions(db, admin, Role.READONLY, {P.VIEW_PERSONS})
    worker = _worker_signs_in(db, admin)
    assert worker.can(P.EDIT_LANDLORDS) and not worker.can(P.MERGE_PERSONS)
    # now the office knows the landlord permissions: taking one away holds
    table = {r.role: r for r in roles.role_table(db, admin)}
    roles.set_role_permissions(db, admin, Role.SOCIAL_WORKER,
                               table[Role.SOCIAL_WORKER].permissions - {P.EDIT_LANDLORDS})
    worker = _worker_signs_in(db, admin)
    assert worker.can(P.VIEW_LANDLORDS) and not worker.can(P.EDIT_LANDLORDS)
    # a role whose default lacks a new permission does not get it
    assert not _worker_signs_in(db, admin).can(P.SETTINGS)


def test_a_permission_added_by_a_later_release_reaches_only_its_default_roles(db, admin):
    """The table records what its release knew; one that did not know
    ``retention`` gives it to the lead (default) but not to the social worker."""
    from app.security import (KNOWN_KEY, ROLE_PERMISSIONS, Permission as P, role_permissions)
    from models.staff import Role
    known = sorted(p.value for p in P if p != P.RETENTION)
    _write_table(db, {KNOWN_KEY: known,
                      Role.LEAD.value: sorted(p.value for p in ROLE_PERMISSIONS[Role.LEAD]
                                              - {P.RETENTION, P.EXPORT_BUNDLES}),
                      Role.SOCIAL_WORKER.value: [P.VIEW_PERSONS.value]})
    with db.reading() as s:
        lead = role_permissions(s, Role.LEAD)
        worker = role_permissions(s, Role.SOCIAL_WORKER)
    assert P.RETENTION in lead and P.EXPORT_BUNDLES not in lead
    assert worker == frozenset({P.VIEW_PERSONS})
