"""Screenshots of the task queues, deputies and guardians (issue 16) from the
town demo:  QT_QPA_PLATFORM=offscreen python docs/screenshots_queues.py"""
from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "docs"))

from screenshots import OUT, _context, run_shots  # noqa: E402


def _as(ctx, username):
    from dataclasses import replace

    from app.security import actor_from_user, find_user
    with ctx.db.reading() as s:
        return replace(ctx, actor=actor_from_user(find_user(s, username)))


def shot_inbox(app, ctx) -> None:
    """Lucie Marková's inbox while she covers for Jana Dvořáková."""
    from ui import ops
    from ui.main_window import MainWindow
    w = MainWindow(_as(ctx, "lucie.markova"))
    w.resize(1280, 760)
    w.show()
    page = w.show_area("inbox")
    ops.wait_idle()
    app.processEvents()
    w.grab().save(str(OUT / "inbox.png"))
    w.close()


def shot_property_inbox(app, ctx) -> None:
    from ui import ops
    from ui.main_window import MainWindow
    w = MainWindow(_as(ctx, "tomas.krejci"))
    w.resize(1280, 760)
    w.show()
    w.show_area("inbox")
    ops.wait_idle()
    app.processEvents()
    w.grab().save(str(OUT / "inbox-property.png"))
    w.close()


def shot_deputies(app, ctx) -> None:
    from ui.inbox.cover_tab import CoverTab
    tab = CoverTab.create(_as(ctx, "petr.horak"))
    tab.resize(1000, 720)
    tab.show()
    app.processEvents()
    tab.grab().save(str(OUT / "deputies.png"))
    tab.close()


def shot_guardians(app, ctx) -> None:
    from sqlalchemy import select

    from models.guardians import Guardian
    from models.people import Person
    from ui.main_window import MainWindow
    with ctx.db.reading() as s:
        person = s.scalars(select(Person).join(Guardian, Guardian.person_id == Person.id)
                           .order_by(Person.surname)).first()
        surname = person.surname
    w = MainWindow(ctx)
    w.resize(1280, 900)
    w.show()
    page = w.show_area("persons")
    page.search.setText(surname)
    page.refresh()
    from ui import ops
    ops.wait_idle()
    app.processEvents()
    for row in range(page.model.rowCount()):
        page.select_row(row)
        app.processEvents()
        panel = next(p for p in page.detail.panels if type(p).__name__ == "GuardiansPanel")
        if panel.model.rowCount():
            break
    app.processEvents()
    w.grab().save(str(OUT / "guardians.png"))
    w.close()


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        app, ctx = _context(Path(tmp))
        run_shots(app, ctx, (shot_inbox, shot_property_inbox, shot_deputies, shot_guardians))
        ctx.db.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
