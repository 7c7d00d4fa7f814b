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


def _window(app, ctx, username: str):
    """A main window acting as another demo user."""
    from app.security import actor_from_user, find_user
    from ui.context import UiContext
    from ui.main_window import MainWindow
    with ctx.db.reading() as s:
        actor = actor_from_user(find_user(s, username))
    other = UiContext(db=ctx.db, actor=actor, installation=ctx.installation,
                      settings=ctx.settings, demo=True)
    w = MainWindow(other)
    w.resize(1280, 780)
    w.show()
    return w


def _grab(app, w, name: str) -> None:
    for _ in range(5):
        app.processEvents()
    w.grab().save(str(OUT / name))


def _demo_photos(tmp: Path) -> list[str]:
    """Invented pictures (a damp corner, a meter dial) drawn with Pillow."""
    from PIL import Image, ImageDraw, ImageFilter
    wall = Image.new("RGB", (1600, 1200), (226, 220, 205))
    d = ImageDraw.Draw(wall)
    d.rectangle([0, 900, 1600, 1200], fill=(150, 120, 90))
    for i in range(60):
        x, y = 1200 + (i * 37) % 380, 40 + (i * 53) % 500
        d.ellipse([x, y, x + 30 + i % 40, y + 24 + i % 30], fill=(70, 80, 60))
    wall = wall.filter(ImageFilter.GaussianBlur(6))
    meter = Image.new("RGB", (1600, 1200), (60, 64, 70))
    d = ImageDraw.Draw(meter)
    d.rounded_rectangle([300, 350, 1300, 850], 40, fill=(235, 235, 230))
    for n in range(6):
        d.rectangle([380 + n * 140, 500, 490 + n * 140, 660],
                    fill=(20, 20, 20) if n < 5 else (170, 20, 20))
    paths = []
    for name, img in (("vlhkost-loznice.jpg", wall), ("elektromer.jpg", meter)):
        path = tmp / name
        img.save(path, "JPEG", quality=85)
        paths.append(str(path))
    return paths


def shot_assessments(app, ctx) -> None:
    w = _window(app, ctx, "jana.dvorakova")
    page = w.show_area("assessments")
    page.table.selectRow(2)
    _grab(app, w, "assessments-list.png")
    page.open_row(2)
    page.editor.form.nav.setCurrentRow(4)
    _grab(app, w, "assessment-form.png")
    page.show_list()
    page.state.setCurrentIndex(2)
    page.open_row(0)
    page.editor.form.nav.setCurrentRow(8)
    _grab(app, w, "assessment-closed.png")
    w.close()


def shot_inspections(app, ctx) -> None:
    import tempfile
    from models.housing import MeterKind
    from models.inspections import Condition
    w = _window(app, ctx, "tomas.krejci")
    page = w.show_area("inspections")
    page.state.setCurrentIndex(1)                     # drafts
    page.open_row(0)
    editor = page.editor
    items = editor.items
    for row, v in enumerate(items.values()):
        if "škůdců" in v["item"]:
            combo = items.widget(row, "condition")
            combo.setCurrentIndex(combo.findData(Condition.DAMAGED))
            items.widget(row, "defect").setText("štěnice v ložnici – nutná deratizace")
    editor.mark_rest_good()
    editor.saver.flush()
    editor.tabs.setCurrentIndex(0)
    items.scrollToBottom()
    _grab(app, w, "inspection-rooms.png")
    readings = editor.readings
    for row, v in enumerate(readings.values()):
        cell = readings.widget(row, "value")
        if v["kind"] == MeterKind.ELECTRICITY:
            cell.setText("1250")                      # a typo: lower than last time
        elif not cell.text():
            cell.setText("512,4")
    editor.saver.touch()
    editor.saver.flush()
    editor.tabs.setCurrentIndex(1)
    _grab(app, w, "inspection-meters.png")
    from app.inspections.photos import set_caption
    with tempfile.TemporaryDirectory() as tmp:
        op = editor.photos.add_files(_demo_photos(Path(tmp)))
        op.wait()
        for _ in range(10):
            app.processEvents()
    for photo, caption in zip(editor.detail.photos, ("Vlhkost a plíseň v rohu ložnice",
                                                     "Elektroměr – stav při kontrole")):
        set_caption(editor.ctx.db, editor.ctx.actor, photo.id, caption)
    editor.reload()
    editor.tabs.setCurrentIndex(4)
    _grab(app, w, "inspection-photos.png")
    w.close()


def shot_office_settings(app, ctx) -> None:
    w = _window(app, ctx, "petr.horak")
    page = w.show_area("settings")
    titles = [page.tabs.tabText(i) for i in range(page.tabs.count())]
    page.tabs.setCurrentIndex(titles.index("Úřad"))
    _grab(app, w, "settings-office.png")
    page.tabs.setCurrentIndex(titles.index("Kontroly bytů"))
    _grab(app, w, "settings-checklists.png")
    w.close()


def shot_protocol_pages(app, ctx) -> None:
    """The first page of a handover protocol and of an assessment record, as PNG."""
    import pypdfium2 as pdfium

    from app.assessments.records import RecordState, list_assessments
    from app.inspections.records import list_inspections
    from app.printing import render
    from models.inspections import InspectionKind
    handover = next(r for r in list_inspections(ctx.db, ctx.actor)
                    if r.kind == InspectionKind.MOVE_IN and r.state == "closed")
    record = next(r for r in list_assessments(ctx.db, ctx.actor, state=RecordState.CLOSED))
    for kind, rid, name in (("handover", handover.id, "protocol-handover.png"),
                            ("assessment", record.id, "protocol-assessment.png")):
        pdf, _ = render(ctx.db, ctx.actor, kind, rid)
        doc = pdfium.PdfDocument(pdf)
        doc[0].render(scale=1.1).to_pil().save(str(OUT / name))
        doc.close()


SHOTS = [shot_main_window]
SHOTS += [shot_assessments, shot_inspections, shot_office_settings, shot_protocol_pages]


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
