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


def _as(ctx, username: str):
    """The same window state for another demo user (role)."""
    import dataclasses

    from app.security import actor_from_user, find_user
    with ctx.db.reading() as s:
        actor = actor_from_user(find_user(s, username))
    return dataclasses.replace(ctx, actor=actor)


def _window(ctx, area: str):
    from ui.main_window import MainWindow
    w = MainWindow(ctx)
    w.resize(1360, 800)
    w.show()
    return w, w.show_area(area)


def shot_leases(app, ctx) -> None:
    w, page = _window(_as(ctx, "tomas.krejci"), "leases")
    tab = page.leases
    row = next(r for r in tab.model.rows if r.via_kmb and r.services_hal)
    tab.select(row.id)
    app.processEvents()
    w.grab().save(str(OUT / "leases.png"))
    page.tabs.setCurrentWidget(page.renewals)
    app.processEvents()
    w.grab().save(str(OUT / "lease-renewals.png"))
    w.close()


def shot_arrears_import(app, ctx) -> None:
    import tempfile as tf

    from app.leases.records import list_leases
    from ui.leases.arrears_tab import ArrearsImportDialog
    ctx = _as(ctx, "tomas.krejci")
    numbers = [r.number for r in list_leases(ctx.db, ctx.actor, current_only=True)[:6]]
    path = Path(tf.mkdtemp()) / "saldo-rijen.csv"
    lines = ["Číslo smlouvy;Nájemce;Období;Dluh (Kč)"]
    lines += [f"{n};;10/{dt.date.today().year};{i * 1250},00" for i, n in enumerate(numbers)]
    lines += ["NS/2019/9999;;10/2026;3 400,00", f"{numbers[0]};;13/2026;100"]
    path.write_text("\n".join(lines) + "\n", encoding="cp1250")
    dlg = ArrearsImportDialog(ctx, dt.date.today().replace(day=1) - dt.timedelta(days=1))
    dlg.load_file(path)
    dlg.show()
    app.processEvents()
    dlg.grab().save(str(OUT / "arrears-import.png"))
    dlg.close()


def shot_fund(app, ctx) -> None:
    w, page = _window(_as(ctx, "petr.horak"), "fund")
    row = next(r for r in page.model.rows if r.state.value == "repaying")
    page.select(row.id)
    app.processEvents()
    w.grab().save(str(OUT / "fund.png"))
    w.close()


def shot_lease_settings(app, ctx) -> None:
    w, page = _window(_as(ctx, "petr.horak"), "settings")
    page.tabs.setCurrentIndex(0)
    app.processEvents()
    w.grab().save(str(OUT / "lease-settings.png"))
    w.close()


def shot_lease_cards(app, ctx) -> None:
    from PySide6.QtWidgets import QHBoxLayout, QWidget

    from ui.leases.cards import EndingLeasesCard, RetentionCard
    box = QWidget()
    box.setStyleSheet("background: #f3f5f7;")
    h = QHBoxLayout(box)
    h.addWidget(EndingLeasesCard(ctx), 2)
    h.addWidget(RetentionCard(ctx), 3)
    box.resize(1100, 340)
    box.show()
    app.processEvents()
    box.grab().save(str(OUT / "dashboard-leases.png"))
    box.close()


def shot_contract(app, ctx) -> None:
    import pypdfium2 as pdfium

    from app.leases.documents import contract_pdf
    from app.leases.records import list_leases
    lease = next(r for r in list_leases(ctx.db, ctx.actor) if r.via_kmb and r.household)
    pdf, _ = contract_pdf(ctx.db, ctx.actor, lease.id)
    page = pdfium.PdfDocument(pdf)[0]
    page.render(scale=90 / 72).to_pil().save(str(OUT / "contract.png"))


SHOTS = [shot_main_window, shot_sync, shot_leases, shot_arrears_import, shot_fund, shot_lease_settings,
         shot_lease_cards, shot_contract]


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
