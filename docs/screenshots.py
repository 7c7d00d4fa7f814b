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


def _vacant_social(ctx) -> str:
    from app.housing.flats import list_flats
    from models.housing import FlatCategory, FlatStatus
    flats = list_flats(ctx.db, ctx.actor, category=FlatCategory.SOCIAL, status=FlatStatus.VACANT)
    return max(flats, key=lambda f: f.rooms).id


def shot_ranking(app, ctx) -> None:
    """Byty → a vacant social flat: the ranked applicants with one's breakdown."""
    from ui.main_window import MainWindow
    w = MainWindow(ctx)
    w.resize(1280, 780)
    w.show()
    page = w.show_area("flats")
    detail = page.open_flat(_vacant_social(ctx))
    panel = detail.ranking_panel
    row = next((i for i, e in enumerate(panel.rank_model.rows) if e.individual), 0)
    panel.select_row(row)
    app.processEvents()
    w.grab().save(str(OUT / "ranking.png"))
    w.close()


def shot_rules_editor(app, ctx) -> None:
    """Nastavení → Pravidla přidělování, as the KMB lead: a draft that excludes
    debtors outright, with the bad-practice warning."""
    from dataclasses import replace

    from app.allocation import rulesets
    from app.security import actor_from_user, find_user
    from ui.main_window import MainWindow
    with ctx.db.reading() as s:
        lead = actor_from_user(find_user(s, "petr.horak"))
    draft = rulesets.new_draft(ctx.db, lead)
    text = rulesets.get_rule_set(ctx.db, lead, draft).text
    rulesets.save_draft(ctx.db, lead, draft, text.replace('"action": "review"',
                                                          '"action": "exclude"'))
    w = MainWindow(replace(ctx, actor=lead))
    w.resize(1280, 780)
    w.show()
    tab = w.show_area("settings").tabs.widget(0)
    tab.reload(select=draft)
    app.processEvents()
    w.grab().save(str(OUT / "rules-editor.png"))
    tab.views.setCurrentWidget(tab.whatif)
    tab.whatif.run()
    tab.whatif.op.wait()
    for _ in range(50):
        app.processEvents()
        if tab.whatif.result is not None:
            break
    row = next((i for i, f in enumerate(tab.whatif.flat_model.rows) if f.changed), 0)
    tab.whatif.flats.selectRow(row)
    app.processEvents()
    w.grab().save(str(OUT / "rules-what-if.png"))
    w.close()


SHOTS = [shot_main_window, shot_ranking, shot_rules_editor]


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
