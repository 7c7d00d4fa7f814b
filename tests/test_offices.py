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
