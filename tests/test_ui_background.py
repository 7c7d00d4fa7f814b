"""Work off the GUI thread (issue 10): the ranking, the lists, statistics and
their export, and the arrears import run in the background; the window keeps
answering meanwhile; *Zrušit* before the commit leaves nothing stored and says
so, after the commit the result is shown.

The slow parts are made slow on purpose (a sleep around the real service), as
a city-sized office would make them; everything else is the real thing."""
from __future__ import annotations

import datetime as dt
import time

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QPushButton
from sqlalchemy import func, select

from app.allocation.ranking import rank_flat
from app.leases import arrears as arrears_svc
from app.security import actor_from_user, find_user
from models.housing import Flat, FlatCategory, FlatStatus
from models.leases import ArrearsBalance, Lease, LeaseState
from ui import ops

from .ui_helpers import make_context, open_window

TODAY = dt.date.today()


@pytest.fixture
def lead_ctx(town_db, tmp_path):
    with town_db.reading() as s:
        lead = actor_from_user(find_user(s, "petr.horak"))
    return make_context(town_db, lead, tmp_path / "ui.ini")


@pytest.fixture
def ticks():
    """Counts turns of the event loop (a 10 ms timer): a blocked GUI thread counts
    none. Stopped and deleted here, on the GUI thread (not by a garbage collection
    that may run in a worker thread)."""
    count = [0]
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: count.__setitem__(0, count[0] + 1))
    timer.start()
    yield count
    timer.stop()
    shiboken_delete(timer)


def shiboken_delete(obj) -> None:
    from shiboken6 import Shiboken
    Shiboken.delete(obj)


def _slow(real, seconds: float):
    def slow(*args, **kwargs):
        time.sleep(seconds)
        return real(*args, **kwargs)
    return slow


def _cancel_button(op) -> QPushButton:
    return next(b for b in op.dialog.findChildren(QPushButton) if b.text() == "Zrušit")


def test_ranking_arrives_while_the_window_keeps_answering(qtbot, lead_ctx, monkeypatch, ticks):
    ctx = lead_ctx
    with ctx.db.reading() as s:
        flat_id = s.scalars(select(Flat.id).where(Flat.category == FlatCategory.SOCIAL,
                                                  Flat.status == FlatStatus.VACANT)
                            .order_by(Flat.id)).first()
    monkeypatch.setattr("ui.flats.detail.rank_flat", _slow(rank_flat, 0.6))
    window = open_window(qtbot, ctx)
    page = window.show_area("flats")
    detail = page.open_flat(flat_id)
    # the screen is back before the ranking (which takes 0.6 s here) is done …
    assert detail.ranking_pending and "Sestavuji pořadí" in detail.not_vacant.text()
    assert not detail.print_button.isEnabled()          # nothing to print yet
    before = ticks[0]
    qtbot.waitUntil(lambda: not detail.ranking_pending, timeout=20000)
    assert ticks[0] - before >= 5                      # … and kept answering meanwhile
    expected = rank_flat(ctx.db, ctx.actor, flat_id)
    shown = [(e.rank, e.household, e.total) for e in detail.ranking_panel.rank_model.rows]
    assert shown == [(e.rank, e.household, e.total) for e in expected.ranked] and shown
    assert detail.print_button.isEnabled()
    assert f"Pořadí žadatelů ({len(expected.ranked)})" == detail.tabs.tabText(0)


def test_a_newer_ranking_replaces_one_still_running(qtbot, lead_ctx, monkeypatch):
    ctx = lead_ctx
    with ctx.db.reading() as s:
        first, second = s.scalars(select(Flat.id).where(
            Flat.category == FlatCategory.SOCIAL, Flat.status == FlatStatus.VACANT)
            .order_by(Flat.id).limit(2)).all()
    monkeypatch.setattr("ui.flats.detail.rank_flat", _slow(rank_flat, 0.4))
    window = open_window(qtbot, ctx)
    page = window.show_area("flats")
    page.open_flat(first)
    detail = page.open_flat(second)          # the person opened another flat meanwhile
    qtbot.waitUntil(lambda: not detail.ranking_pending and ops.running() == 0, timeout=20000)
    assert ops.wait_idle()
    assert detail.ranking.flat.id == second   # the first flat's ranking never shows up


def test_flat_list_is_read_in_the_background(qtbot, lead_ctx, monkeypatch, ticks):
    from app.housing.flats import list_flats
    monkeypatch.setattr("ui.flats.page.list_flats", _slow(list_flats, 0.5))
    window = open_window(qtbot, lead_ctx)
    page = window.show_area("flats")
    assert page.loader.loading                          # shown before the list is read
    assert page.model.rowCount() == 0 and page.summary.text() == "Načítám byty…"
    qtbot.waitUntil(page.loader.ready, timeout=20000)
    assert ticks[0] >= 5
    assert page.model.rowCount() == len(list_flats(lead_ctx.db, lead_ctx.actor))
    assert page.summary.text().startswith(f"Bytů: {page.model.rowCount()} · volných:")


# -- the arrears import ---------------------------------------------------------------

@pytest.fixture
def clerk_ctx(town_db, tmp_path):
    with town_db.reading() as s:
        clerk = actor_from_user(find_user(s, "tomas.krejci"))
    return make_context(town_db, clerk, tmp_path / "ui.ini")


def _month() -> dt.date:
    return (dt.date(TODAY.year, TODAY.month, 1) - dt.timedelta(days=1)).replace(day=1)


def _import_dialog(qtbot, ctx, tmp_path, rows: int):
    from ui.leases.arrears_tab import ArrearsImportDialog
    with ctx.db.reading() as s:
        numbers = list(s.scalars(select(Lease.number).where(Lease.state == LeaseState.ACTIVE)
                                 .order_by(Lease.number).limit(rows)))
    path = tmp_path / "saldo.csv"
    path.write_text("Smlouva;Saldo\n" + "".join(f"{n};{1000 + i},50\n"
                                                 for i, n in enumerate(numbers)),
                    encoding="utf-8")
    dlg = ArrearsImportDialog(ctx, _month())
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.load_file(path)
    assert dlg.import_button.isEnabled(), dlg.status.text()
    return dlg, numbers


def _stored(db, numbers) -> dict:
    with db.reading() as s:
        return dict(s.execute(select(Lease.number, ArrearsBalance.balance_hal).join(
            ArrearsBalance, ArrearsBalance.lease_id == Lease.id).where(
            ArrearsBalance.month == _month(), Lease.number.in_(numbers))).all())


def _count(db) -> int:
    with db.reading() as s:
        return s.scalar(select(func.count()).select_from(ArrearsBalance))


def test_arrears_import_cancelled_before_commit_stores_nothing(qtbot, clerk_ctx, tmp_path,
                                                               monkeypatch, ticks):
    ctx = clerk_ctx
    dlg, numbers = _import_dialog(qtbot, ctx, tmp_path, rows=8)
    before, count = _stored(ctx.db, numbers), _count(ctx.db)
    monkeypatch.setattr(arrears_svc, "_upsert", _slow(arrears_svc._upsert, 0.15))
    qtbot.mouseClick(dlg.import_button, Qt.LeftButton)
    assert dlg.op.is_running() and not dlg.import_button.isEnabled()
    qtbot.waitUntil(lambda: dlg.op.dialog.isVisible(), timeout=5000)   # progress after 300 ms
    qtbot.waitUntil(lambda: "Ukládám řádek" in dlg.op.dialog.labelText(), timeout=5000)
    qtbot.mouseClick(_cancel_button(dlg.op), Qt.LeftButton)          # the person's Zrušit
    qtbot.waitUntil(lambda: not dlg.op.is_running(), timeout=20000)
    assert ticks[0] >= 5
    assert dlg.isVisible() and dlg.result is None                     # not closed as done
    assert dlg.status.text() == "Import byl zrušen; nic se neuložilo."
    assert _stored(ctx.db, numbers) == before and _count(ctx.db) == count
    assert dlg.import_button.isEnabled()                              # may try again


def test_arrears_import_cancelled_after_commit_reports_the_result(qtbot, clerk_ctx, tmp_path,
                                                                  monkeypatch):
    ctx = clerk_ctx
    dlg, numbers = _import_dialog(qtbot, ctx, tmp_path, rows=3)
    real = arrears_svc.import_arrears

    def pressed_after_commit(*args, **kwargs):
        result = real(*args, **kwargs)        # committed …
        dlg.op.cancel()                       # … and only then Zrušit
        return result
    monkeypatch.setattr("ui.leases.arrears_tab.import_arrears", pressed_after_commit)
    qtbot.mouseClick(dlg.import_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: not dlg.op.is_running(), timeout=20000)
    assert dlg.result is not None and dlg.result.imported == 3 and not dlg.isVisible()
    assert _stored(ctx.db, numbers) == {n: 100_000 + 100 * i + 50
                                        for i, n in enumerate(numbers)}


# -- statistics -------------------------------------------------------------------------

def test_statistics_export_cancelled_before_writing_saves_no_file(qtbot, lead_ctx, tmp_path,
                                                                  monkeypatch):
    from app import stats
    window = open_window(qtbot, lead_ctx)
    page = window.show_area("stats")
    qtbot.waitUntil(page.ready, timeout=20000)
    monkeypatch.setattr("ui.stats.page.compute", _slow(stats.compute, 0.8))
    target = tmp_path / "statistiky.xlsx"
    op = page.export_to(target, dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    qtbot.waitUntil(lambda: op.dialog.isVisible(), timeout=5000)
    qtbot.mouseClick(_cancel_button(op), Qt.LeftButton)
    qtbot.waitUntil(lambda: not op.is_running(), timeout=20000)
    assert not target.exists() and page.exported is None
    assert page.status.text() == "Export zrušen; nic se neuložilo."
    # without Zrušit the same export saves the workbook
    op = page.export_to(target, dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    qtbot.waitUntil(lambda: page.exported == target, timeout=20000)
    assert target.read_bytes()[:2] == b"PK" and page.status.text().startswith("Uloženo:")


def test_statistics_are_computed_off_the_gui_thread(qtbot, lead_ctx, monkeypatch, ticks):
    from app import stats
    window = open_window(qtbot, lead_ctx)
    page = window.show_area("stats")
    qtbot.waitUntil(page.ready, timeout=20000)
    monkeypatch.setattr("ui.stats.page.compute", _slow(stats.compute, 0.5))
    qtbot.mouseClick(page.show_button, Qt.LeftButton)
    assert not page.ready()                             # back before the tables are there
    assert page.status.text() == "Počítám statistiky…"
    qtbot.waitUntil(page.ready, timeout=20000)
    assert ticks[0] >= 5 and page.list.count() > 5


def test_a_screen_closed_while_it_reads_leaves_no_busy_cursor(qtbot, lead_ctx, monkeypatch):
    from PySide6.QtWidgets import QApplication
    from app.housing.flats import list_flats
    monkeypatch.setattr("ui.flats.page.list_flats", _slow(list_flats, 0.5))
    window = open_window(qtbot, lead_ctx)
    qtbot.waitUntil(lambda: ops.running() == 0)
    page = window.show_area("flats")
    assert page.loader.loading and ops.running() >= 1
    assert QApplication.overrideCursor() is not None          # busy while it reads
    window.stack.removeWidget(window.pages.pop("flats"))
    page.deleteLater()                                        # the screen goes away
    qtbot.waitUntil(lambda: ops.running() == 0, timeout=5000)
    assert QApplication.overrideCursor() is None
    assert ops.wait_idle()                                    # the read itself ends too
