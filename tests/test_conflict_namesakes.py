"""The exchange's conflict list tells namesakes apart (issue 18 item 5): two
"Lubomír Šimek" in conflicts show their birth years, a unique name stays as is."""
from __future__ import annotations

import datetime as dt

from app.people.records import PersonInput, create_person
from app.sync.conflicts import list_conflicts
from models.sync import SyncConflict


def _conflict(db, pid):
    with db.transaction() as s:
        s.add(SyncConflict(table_name="person", row_id=pid, column="phone",
                           kept_json='"777 111 222"', kept_stamp="1@x",
                           lost_json='"777 333 444"', lost_stamp="2@y"))


def test_namesakes_in_the_conflict_list_show_their_birth_years(db, admin):
    older = create_person(db, admin, PersonInput(given_name="Lubomír", surname="Šimek",
                                                 birth_date=dt.date(1961, 4, 2)))
    younger = create_person(db, admin, PersonInput(given_name="Lubomír", surname="Šimek",
                                                   birth_date=dt.date(1984, 9, 17)))
    alone = create_person(db, admin, PersonInput(given_name="Olga", surname="Kontrolní"))
    for pid in (older, younger, alone):
        _conflict(db, pid)
    shown = {c.row_id: c.record for c in list_conflicts(db, admin)}
    assert "1961" in shown[older] and "1984" in shown[younger], shown
    assert shown[older] != shown[younger]
    assert shown[alone].endswith("Olga Kontrolní")
