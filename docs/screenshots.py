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


def shot_sync(app, ctx) -> None:
    """Synchronizace with a field laptop as partner and one conflict to review."""
    from app.config import sqlite_url
    from app.db import open_database
    from app.installation import admin_actor, current, initialise
    from app.people.records import PersonInput, update_person
    from app.people.search import search_persons
    from app.sync.export import export_bundle
    from app.sync.identity import add_peer, contact_card
    from app.sync.importer import import_bundle
    from ui.main_window import MainWindow
    tmp = Path(tempfile.mkdtemp())
    laptop = open_database(sqlite_url(tmp / "laptop.sqlite"), create=True)
    initialise(laptop, "Notebook – Lucie Marková")
    la = admin_actor(laptop)
    add_peer(ctx.db, ctx.actor, contact_card(laptop, la))
    add_peer(laptop, la, contact_card(ctx.db, ctx.actor))
    export_bundle(ctx.db, ctx.actor, current(laptop).id, tmp / "a.kmbx")
    import_bundle(laptop, la, tmp / "a.kmbx")
    p = search_persons(ctx.db, ctx.actor, "dvorak")[0]
    update_person(ctx.db, ctx.actor, p.id, PersonInput(given_name=p.given_name, surname=p.surname,
                  birth_date=p.birth_date, note="Volat až po 14. hodině."))
    update_person(laptop, la, p.id, PersonInput(given_name=p.given_name, surname=p.surname,
                  birth_date=p.birth_date, note="Nový telefon hlásila při návštěvě."))
    export_bundle(laptop, la, current(ctx.db).id, tmp / "b.kmbx")
    import_bundle(ctx.db, ctx.actor, tmp / "b.kmbx")
    w = MainWindow(ctx)
    w.resize(1280, 760)
    w.show()
    page = w.show_area("sync")
    page.refresh()
    app.processEvents()
    w.grab().save(str(OUT / "sync.png"))
    page.tabs.setCurrentIndex(1)
    page.conflict_view.selectRow(0)
    app.processEvents()
    w.grab().save(str(OUT / "sync-conflicts.png"))
    w.close()
    laptop.close()


SHOTS = [shot_main_window, shot_sync]


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
