"""How much each area reads when it opens (the city-scale speed of issue 10):
Smlouvy reads its leases once, for the tab on screen; Přehled reads each card
once; Žádosti o byt does not measure every cell to size its columns."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QHeaderView

from app.cases import dashboard
from app.leases import records
from app.security import actor_from_user, find_user
from ui.cases import cards as cards_cases

from .conftest import DEMO_TODAY
from .ui_helpers import make_context, open_window


@pytest.fixture
def lead_ctx(town_db, tmp_path, monkeypatch):
    monkeypatch.setattr(cards_cases, "today", lambda: DEMO_TODAY)
    with town_db.reading() as s:
        lead = actor_from_user(find_user(s, "petr.horak"))
    return make_context(town_db, lead, tmp_path / "ui.ini")


def _counting(monkeypatch, module, name):
    calls = []
    real = getattr(module, name)

    def counted(*a, **k):
        calls.append(name)
        return real(*a, **k)
    monkeypatch.setattr(module, name, counted)
    return calls


def test_leases_read_once_and_other_tabs_when_opened(qtbot, lead_ctx, monkeypatch):
    window = open_window(qtbot, lead_ctx)       # opens on Přehled (its lease cards read)
    calls = _counting(monkeypatch, records, "_rows")
    page = window.show_area("leases")
    qtbot.waitUntil(page.leases.loader.ready, timeout=30000)   # read off the GUI thread
    assert len(calls) == 1                      # the list tab only
    assert page.leases.model.rowCount() > 0
    page.tabs.setCurrentWidget(page.renewals)   # a person opens Prodloužení
    qtbot.waitUntil(page.renewals.loader.ready, timeout=30000)
    page.tabs.setCurrentWidget(page.arrears)
    qtbot.waitUntil(page.arrears.loader.ready, timeout=30000)
    assert page.renewals.history.rowCount() + page.renewals.candidates.rowCount() > 0
    opened = len(calls)
    page.tabs.setCurrentWidget(page.leases)     # back and forth: nothing read again
    page.tabs.setCurrentWidget(page.arrears)
    assert len(calls) == opened


def test_dashboard_cards_read_once_when_shown(qtbot, lead_ctx, monkeypatch):
    calls = _counting(monkeypatch, dashboard, "stale_lines")
    window = open_window(qtbot, lead_ctx)
    page = window.show_area("dashboard")
    qtbot.waitUntil(lambda: page.isVisible() and page.ready(), timeout=30000)
    assert calls == ["stale_lines"]
    stale = next(c for c in page.cards if isinstance(c, cards_cases.StaleCasesCard))
    assert stale.model.rowCount() > 0
    # another day: showing the card again reads the new day's figures
    monkeypatch.setattr(cards_cases, "today", lambda: DEMO_TODAY.replace(day=1))
    window.show_area("persons")
    window.show_area("dashboard")
    qtbot.waitUntil(page.ready, timeout=30000)
    assert len(calls) == 2


def test_applications_columns_are_not_fitted_to_every_cell(qtbot, lead_ctx):
    window = open_window(qtbot, lead_ctx)
    page = window.show_area("applications")
    qtbot.waitUntil(page.loader.ready, timeout=30000)
    header = page.table.horizontalHeader()
    assert page.model.rowCount() > 0
    assert all(header.sectionResizeMode(i) != QHeaderView.ResizeToContents
               for i in range(header.count()))


def test_dashboard_cards_read_one_after_another_when_opened(qtbot, lead_ctx, monkeypatch):
    """Přehled's first reads share one warm connection instead of racing on six
    cold ones; a card read anew meanwhile still fills, and later refreshes run
    at once as before."""
    import threading

    from app.cases import tasks
    from ui.widgets import card as card_module
    lock, state = threading.Lock(), {"now": 0, "most": 0, "reads": 0}

    def counted(fn):
        def read(*args, **kwargs):
            with lock:
                state["now"] += 1
                state["reads"] += 1
                state["most"] = max(state["most"], state["now"])
            try:
                return fn(*args, **kwargs)
            finally:
                with lock:
                    state["now"] -= 1
        return read
    for module, name in ((dashboard, "stale_lines"), (dashboard, "new_contacts"),
                         (dashboard, "open_cases_per_worker"), (tasks, "my_tasks")):
        monkeypatch.setattr(module, name, counted(getattr(module, name)))
    window = open_window(qtbot, lead_ctx)
    page = window.show_area("dashboard")
    qtbot.waitUntil(lambda: page.isVisible() and page.ready(), timeout=30000)
    assert state["reads"] >= 4 and state["most"] == 1
    assert card_module._collecting is None
    stale = next(c for c in page.cards if isinstance(c, cards_cases.StaleCasesCard))
    assert stale.model.rowCount() > 0
    # a card asked to read again while the first reads are queued: the queue goes on
    with card_module.one_after_another():
        for c in page.cards:
            c.refresh()
    page.cards[0].refresh()                 # replaces its queued read, starts at once
    qtbot.waitUntil(page.ready, timeout=30000)
    assert all(not c.loading for c in page.cards)
