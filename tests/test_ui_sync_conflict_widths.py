"""Synchronizace → Konflikty at 1280×760: who wrote each value and when is
read whole (the last column was cut before its time), the record and the two
values share the rest, a long value whole on hover, nothing scrolls sideways."""
from __future__ import annotations

import dataclasses
import re

from PySide6.QtCore import Qt

from app.installation import current
from app.people.records import PersonInput, create_person, stored_input, update_person
from app.sync.export import export_bundle
from app.sync.importer import import_bundle
from models.people import Person
from ui.widgets.column_fit import cell_need

from .sync_helpers import installation, link
from .test_ui_list_widths import _check_columns
from .test_ui_renewals_widths import _shown
from .ui_helpers import make_context, open_window

LONG = ("Volat až po 14. hodině, dopoledne chodí na brigádu; nový telefon nahlásí "
        "při příští návštěvě v kanceláři.")


def _note(db, actor, pid, text):
    with db.reading() as s:
        data = stored_input(s.get(Person, pid))
    update_person(db, actor, pid, dataclasses.replace(data, note=text))


def test_conflict_writers_whole_and_values_whole_on_hover(qtbot, tmp_path, db, admin):
    laptop, laptop_actor = installation(tmp_path / "laptop.sqlite", "Notebook – Lucie Marková")
    link(db, admin, laptop, laptop_actor)
    pid = create_person(db, admin, PersonInput(given_name="Bohumila", surname="Procházková"))
    export_bundle(db, admin, current(laptop).id, tmp_path / "1.kmbx")
    import_bundle(laptop, laptop_actor, tmp_path / "1.kmbx")
    _note(db, admin, pid, "Volat až po 14. hodině.")
    _note(laptop, laptop_actor, pid, LONG)
    export_bundle(laptop, laptop_actor, current(db).id, tmp_path / "2.kmbx")
    import_bundle(db, admin, tmp_path / "2.kmbx")
    window = open_window(qtbot, make_context(db, admin, tmp_path / "o.ini"))
    window.resize(1280, 760)
    page = window.show_area("sync")
    page.tabs.setCurrentIndex(1)
    view, model = page.conflict_view, page.conflicts
    qtbot.waitUntil(lambda: model.rowCount() == 1)
    qtbot.wait(100)
    elided = _check_columns(view, [0, 2, 3, 4, 5], whole_names=False)
    assert LONG in elided                             # the long value elides, whole on hover
    assert model.index(0, 2).data(Qt.ToolTipRole) == LONG
    for col in (3, 5):          # "Notebook – Lucie Mar…, 2. 12. 2026 10:32": the time in view
        text = model.index(0, col).data()
        when = re.search(r", \d+\. \d+\. \d{4} \d+:\d\d$", text).group(0)
        assert _shown(view, 0, col).endswith(when), (text, _shown(view, 0, col))
    print([view.columnWidth(c) for c in range(6)], [_shown(view, 0, c) for c in (0, 3, 5)])
    assert _shown(view, 0, 0).endswith("Procházková")           # whose record it is
    assert cell_need(view, model.index(0, 4).data()) <= view.columnWidth(4)   # the short value
    window.close()
    laptop.close()
