"""Regenerate the README's screenshots from the town demo (run under Xvfb or
offscreen):  python docs/screenshots.py

Each shot is a function that drives the real window like a user, then grabs it.
"""
from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
OUT = ROOT / "docs" / "screenshots"


def _context(tmp: Path):
    from PySide6.QtCore import QSettings

    from app.config import sqlite_url
    from app.db import open_database
    from app.demo import build_demo
    from app.installation import current
    from app.security import actor_from_user, find_user
    from ui.app import make_application
    from ui.context import UiContext

    app = make_application(lang="cs")
    build_demo(tmp / "town.sqlite", "town", today=dt.date.today()).close()
    db = open_database(sqlite_url(tmp / "town.sqlite"))
    with db.reading() as s:
        actor = actor_from_user(find_user(s, "jana.dvorakova"))
    ctx = UiContext(db=db, actor=actor, installation=current(db),
                    settings=QSettings(str(tmp / "ui.ini"), QSettings.IniFormat), demo=True)
    return app, ctx


def shot_main_window(app, ctx) -> None:
    from ui.main_window import MainWindow
    w = MainWindow(ctx)
    w.resize(1280, 760)
    w.show()
    page = w.show_area("persons")
    page.search.setText("novák")
    page.refresh()
    page.select_row(1)
    app.processEvents()
    w.grab().save(str(OUT / "main-window.png"))
    w.close()


def shot_dashboard(app, ctx) -> None:
    from ui.main_window import MainWindow
    w = MainWindow(ctx)
    w.resize(1280, 800)
    w.show()
    w.show_area("dashboard")
    app.processEvents()
    w.grab().save(str(OUT / "dashboard.png"))
    w.close()


def shot_intake(app, ctx) -> None:
    """A visit half-way through: person found, a child added, ETHOS, referral, case."""
    from app.intake.service import MemberInput
    from app.people.records import PersonInput
    from models.intake import Outcome
    from models.people import Relation
    from ui.main_window import MainWindow
    w = MainWindow(ctx)
    w.resize(1280, 860)
    w.show()
    page = w.show_area("intake")
    form = page.form
    from app.intake.service import person_context
    from ui.intake.household_section import MemberRow
    form.person.search.setText("kovář")
    form.person.run_search()
    for i, row in enumerate(form.person.model.rows):
        c = person_context(ctx.db, ctx.actor, row.id)
        if c.members and not c.open_case_id and c.relation == Relation.HEAD:
            form.person.pick_row(i)
            break
    else:
        form.person.pick_row(0)
    h = form.household
    h.new.append(MemberRow("Kovářová Ema", dt.date(2017, 5, 3), Relation.GRANDCHILD,
                           MemberInput(Relation.GRANDCHILD, person=PersonInput(
                               given_name="Ema", surname="Kovářová",
                               birth_date=dt.date(2017, 5, 3)))))
    h._refresh()
    form.contact.reason.setPlainText("Výpověď z nájmu k 31. 12., dluh na nájemném 18 000 Kč.")
    form.ethos.set_category(9)
    form.ethos.area.setText("34")
    form.law.assessment.setChecked(True)
    form.law.income.setText("21 500")
    form.law.link.setCurrentIndex(1)
    form.outcome.urgency_buttons[list(form.outcome.urgency_buttons)[1]].setChecked(True)
    form.outcome.minutes.setValue(25)
    row = form.outcome.add_referral(focus=False)
    row.partner.setCurrentIndex(next(i for i in range(row.partner.count())
                                     if "Dluhová" in row.partner.itemText(i)))
    row.reason.setText("splátkový kalendář")
    form.outcome.outcome_buttons[Outcome.CASE_OPENED].setChecked(True)
    form.is_dirty = False
    app.processEvents()
    form.scroll.verticalScrollBar().setValue(0)
    app.processEvents()
    w.grab().save(str(OUT / "intake.png"))
    w.close()


def shot_cases(app, ctx) -> None:
    from ui.main_window import MainWindow
    w = MainWindow(ctx)
    w.resize(1280, 800)
    w.show()
    page = w.show_area("cases")
    page.table.selectRow(2)
    app.processEvents()
    w.grab().save(str(OUT / "cases.png"))
    w.close()


def shot_stats(app, ctx) -> None:
    from ui.main_window import MainWindow
    w = MainWindow(ctx)
    w.resize(1280, 800)
    w.show()
    page = w.show_area("stats")
    page.preset.setCurrentIndex(4)
    page.list.setCurrentRow(2)
    app.processEvents()
    w.grab().save(str(OUT / "statistics.png"))
    w.close()


SHOTS = [shot_main_window, shot_dashboard, shot_intake, shot_cases, shot_stats]


def main() -> None:
    os.environ.setdefault("KMB_DATA_DIR", tempfile.mkdtemp())
    with tempfile.TemporaryDirectory() as tmp:
        app, ctx = _context(Path(tmp))
        for shot in SHOTS:
            shot(app, ctx)
            print("saved", shot.__name__)
        ctx.db.close()


if __name__ == "__main__":
    main()
