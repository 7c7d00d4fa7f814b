"""The leases list tells namesakes apart only in the rows being shown (issue 18
leftovers, item 3): the read labels its first chunk, the next chunks are
labelled as the person scrolls to them, each with a fixed number of queries.
The Smlouvy tab reads those chunks as pages (app/leases/paging.py)."""
from __future__ import annotations

import datetime as dt


from app.czech_text import fold, sort_key
from app.leases.paging import PAGE_ROWS
from app.leases.records import FIRST_CHUNK, list_leases, tell_leases_apart
from app.security import actor_from_user, find_user
from models.people import Person

from ui.leases.list_tab import LeaseListTab

from .ui_helpers import make_context, open_window
from .statements import counted

BORN = (dt.date(1961, 3, 2), dt.date(1984, 7, 15))


def _admin(db):
    with db.reading() as s:
        return actor_from_user(find_user(s, "admin"))


def _last_two_renamed(db, admin) -> list:
    """The two tenants at the end of the list (far beyond the first chunk)
    become two "Lubomír Šimek"; returns the list as read."""
    rows = list_leases(db, admin, current_only=True)
    assert len(rows) > 2 * FIRST_CHUNK, "the town demo has too few leases for this test"
    tenants = list(dict.fromkeys(r.tenant_id for r in reversed(rows)))[:2]
    with db.transaction() as s:
        for pid, born in zip(tenants, BORN):
            p = s.get(Person, pid)
            p.given_name, p.surname, p.birth_date, p.title_before = "Lubomír", "Šimek", born, None
            p.title_after = None
            p.search_given, p.search_surname = fold("Lubomír"), fold("Šimek")
            p.sort_key = sort_key("Šimek Lubomír")
    return tenants


def test_the_read_tells_apart_only_its_first_chunk(town_db):
    admin = _admin(town_db)
    tenants = _last_two_renamed(town_db, admin)
    rows = list_leases(town_db, admin, current_only=True, told_apart=FIRST_CHUNK)
    late = [r for r in rows[FIRST_CHUNK:] if r.tenant_id in tenants]
    assert late and all(r.tenant == "Lubomír Šimek" for r in late)    # not looked up yet
    shown = tell_leases_apart(town_db, admin, late)
    assert sorted(r.tenant for r in shown) == ["Lubomír Šimek (nar. 1961)",
                                               "Lubomír Šimek (nar. 1984)"][:len(shown)]
    # every row told apart when asked for all (the CLI, the arrears tab)
    full = list_leases(town_db, admin, current_only=True)
    assert {r.tenant for r in full if r.tenant_id in tenants} == {
        "Lubomír Šimek (nar. 1961)", "Lubomír Šimek (nar. 1984)"}


def test_a_chunk_costs_the_same_few_queries_whatever_its_size(town_db):
    admin = _admin(town_db)
    _last_two_renamed(town_db, admin)
    rows = list_leases(town_db, admin, told_apart=0)
    with counted(town_db) as few:
        tell_leases_apart(town_db, admin, rows[-5:])
    with counted(town_db) as many:
        tell_leases_apart(town_db, admin, rows[-FIRST_CHUNK:])
    assert len(many) <= len(few) + 2 and len(many) <= 12, (len(few), len(many))


def test_scrolling_down_tells_the_next_rows_apart(qtbot, town_db, tmp_path):
    admin = _admin(town_db)
    tenants = _last_two_renamed(town_db, admin)
    window = open_window(qtbot, make_context(town_db, admin, tmp_path / "ui.ini"))
    window.resize(1280, 800)
    page = window.show_area("leases")
    tab = page.findChildren(LeaseListTab)[0]
    qtbot.waitUntil(lambda: tab.model.rowCount() > 0, timeout=30000)
    model, table = tab.model, tab.table
    total = len(list_leases(town_db, admin, current_only=True))
    assert model.rowCount() == PAGE_ROWS < total and model.canFetchMore()
    assert not any(r.tenant_id in tenants for r in model.rows)
    # the person scrolls to the end; each page is read as it comes into view
    for _ in range(total // PAGE_ROWS + 2):
        table.scrollToBottom()
        qtbot.wait(20)
    assert model.rowCount() == total and not model.canFetchMore()
    simek = {model.index(r, 1).data() for r in range(model.rowCount())
             if model.rows[r].tenant_id in tenants}
    assert simek == {"Lubomír Šimek (nar. 1961)", "Lubomír Šimek (nar. 1984)"}, simek
    # the summary counts every lease, not only those read
    assert f"Smluv: {total} " in tab.summary.text()


def test_a_lease_far_down_is_selected_without_reading_on_the_gui_thread(
        qtbot, town_db, tmp_path, monkeypatch):
    """A lease just entered with an old start date sits far down the list: the
    list's read goes on to it in the background (first_page(reaching=…)); the
    GUI thread selects it among the rows read and reads no page itself."""
    import threading

    from app.leases import paging
    admin = _admin(town_db)
    rows = list_leases(town_db, admin, current_only=True)
    assert len(rows) > 2 * PAGE_ROWS, "the town demo has too few leases for this test"
    far = rows[-1].id
    window = open_window(qtbot, make_context(town_db, admin, tmp_path / "ui.ini"))
    page = window.show_area("leases")
    tab = page.findChildren(LeaseListTab)[0]
    qtbot.waitUntil(lambda: tab.model.rowCount() > 0, timeout=30000)
    on_gui: list[str] = []
    read = paging.lease_page

    def watched(*args, **kwargs):
        if threading.current_thread() is threading.main_thread():
            on_gui.append("lease_page")
        return read(*args, **kwargs)
    monkeypatch.setattr(paging, "lease_page", watched)
    monkeypatch.setattr("ui.leases.list_tab.lease_page", watched)
    tab._opened(far)
    qtbot.waitUntil(lambda: tab.detail.detail is not None
                    and tab.detail.detail.row.id == far, timeout=30000)
    assert selected_id(tab) == far
    assert tab.model.rowCount() > PAGE_ROWS and not on_gui


def selected_id(tab) -> str | None:
    rows = tab.table.selectionModel().selectedRows()
    return tab.model.rows[rows[0].row()].id if rows else None
