"""The Synchronizace screen, used as two offices would: exchange cards, send a
bundle, load it, cancel a load, review a conflict."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton
from sqlalchemy import func, select

from app.files import write_atomic
from app.installation import admin_actor
from app.people.records import PersonInput, create_person, update_person
from app.sync.export import export_bundle
from app.sync.identity import contact_card
from app.sync.importer import import_bundle
from models.people import Person

from .sync_helpers import installation, link
from .ui_helpers import make_context, open_window


@pytest.fixture
def office_ctx(town_db, tmp_path):
    return make_context(town_db, admin_actor(town_db), tmp_path / "office.ini")


@pytest.fixture
def laptop(tmp_path):
    db, actor = installation(tmp_path / "laptop.sqlite", "Notebook Jana")
    yield db, actor
    db.close()


def _click(qtbot, button):
    qtbot.mouseClick(button, Qt.LeftButton)


def _choose_file(monkeypatch, path):
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))


def test_exchange_cards_send_and_load_a_bundle(qtbot, office_ctx, laptop, tmp_path, monkeypatch):
    laptop_db, laptop_actor = laptop
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.Yes)
    window = open_window(qtbot, office_ctx)
    page = window.show_area("sync")

    card = tmp_path / "notebook.kmbcard"
    write_atomic(card, contact_card(laptop_db, laptop_actor))
    _choose_file(monkeypatch, card)
    _click(qtbot, page.add_button)
    qtbot.waitUntil(lambda: page.peers.rowCount() == 1)
    assert page.peers.rows[0].name == "Notebook Jana"

    office_card = tmp_path / "office.kmbcard"
    _choose_file(monkeypatch, office_card)
    _click(qtbot, page.card_button)
    assert office_card.exists()

    page.peer_view.selectRow(0)
    bundle = tmp_path / "pro-notebook.kmbx"
    _choose_file(monkeypatch, bundle)
    _click(qtbot, page.export_button)
    qtbot.waitUntil(lambda: "je uložen" in page.status.text(), timeout=20000)
    assert bundle.exists()

    laptop_ctx = make_context(laptop_db, laptop_actor, tmp_path / "laptop.ini")
    other = open_window(qtbot, laptop_ctx)
    lpage = other.show_area("sync")
    _choose_file(monkeypatch, office_card)
    _click(qtbot, lpage.add_button)
    _choose_file(monkeypatch, bundle)
    _click(qtbot, lpage.import_button)
    qtbot.waitUntil(lambda: lpage.last_summary is not None, timeout=20000)
    assert "nových záznamů" in lpage.status.text()
    with laptop_db.reading() as s, office_ctx.db.reading() as o:
        assert s.scalar(select(func.count()).select_from(Person)) == o.scalar(
            select(func.count()).select_from(Person))


def test_cancel_loads_nothing(qtbot, office_ctx, laptop, tmp_path, monkeypatch):
    laptop_db, laptop_actor = laptop
    link(office_ctx.db, office_ctx.actor, laptop_db, laptop_actor)
    from app.installation import current
    bundle = tmp_path / "b.kmbx"
    export_bundle(office_ctx.db, office_ctx.actor, current(laptop_db).id, bundle)
    ctx = make_context(laptop_db, laptop_actor, tmp_path / "l.ini")
    window = open_window(qtbot, ctx)
    page = window.show_area("sync")
    _choose_file(monkeypatch, bundle)
    _click(qtbot, page.import_button)
    page._op.dialog.findChild(QPushButton).click()     # the person presses "Zrušit"
    qtbot.waitUntil(lambda: "Zrušeno" in page.status.text(), timeout=20000)
    with laptop_db.reading() as s:
        assert s.scalar(select(func.count()).select_from(Person)) == 0


def test_review_a_conflict_and_restore_the_other_value(qtbot, laptop, tmp_path, db, admin):
    laptop_db, laptop_actor = laptop
    link(db, admin, laptop_db, laptop_actor)
    from app.installation import current
    pid = create_person(db, admin, PersonInput(given_name="Jan", surname="Novák"))
    export_bundle(db, admin, current(laptop_db).id, tmp_path / "1.kmbx")
    import_bundle(laptop_db, laptop_actor, tmp_path / "1.kmbx")
    update_person(db, admin, pid, PersonInput(given_name="Jan", surname="Novák",
                                              birth_date=dt.date(1980, 1, 1), note="kancelář"))
    update_person(laptop_db, laptop_actor, pid, PersonInput(given_name="Jan", surname="Novák",
                                                            note="terén"))
    export_bundle(laptop_db, laptop_actor, current(db).id, tmp_path / "2.kmbx")
    import_bundle(db, admin, tmp_path / "2.kmbx")
    ctx = make_context(db, admin, tmp_path / "o.ini")
    window = open_window(qtbot, ctx)
    page = window.show_area("sync")
    assert page.tabs.tabText(1) == "Konflikty (1)"
    page.tabs.setCurrentIndex(1)
    assert page.conflicts.rows[0].kept == "terén" and page.conflicts.rows[0].lost == "kancelář"
    page.conflict_view.selectRow(0)
    _click(qtbot, page.restore_button)
    with db.reading() as s:
        assert s.get(Person, pid).note == "kancelář"
    qtbot.waitUntil(lambda: page.tabs.tabText(1) == "Konflikty (0)")


def test_choose_what_a_peer_is_a_partner_office_or_a_workers_laptop(qtbot, office_ctx, laptop,
                                                                   tmp_path):
    from PySide6.QtWidgets import QComboBox

    from app.sync.identity import list_peers

    from .ui_modal import when_modal
    laptop_db, laptop_actor = laptop
    link(office_ctx.db, office_ctx.actor, laptop_db, laptop_actor)
    window = open_window(qtbot, office_ctx)
    page = window.show_area("sync")
    page.peer_view.selectRow(0)
    assert page.peers.rows[0].kind_label == "kancelář (vlastní)"

    def choose(text):
        def action(dialog):
            combo = dialog.findChild(QComboBox, "scope")
            combo.setCurrentIndex(next(i for i in range(combo.count())
                                       if combo.itemText(i).startswith(text)))
            dialog.ok_button.click()   # saves through the kit
        return action

    state = when_modal(choose("všechna data – partnerská kancelář"))
    _click(qtbot, page.scope_button)
    assert state["done"] and state["error"] is None
    [peer] = list_peers(office_ctx.db, office_ctx.actor)
    assert peer.kind == "partner" and peer.scope is None
    qtbot.waitUntil(lambda: page.peers.rows[0].kind_label == "partnerská kancelář")

    page.peer_view.selectRow(0)
    state = when_modal(choose("jen případy:"))
    _click(qtbot, page.scope_button)
    assert state["done"] and state["error"] is None
    [peer] = list_peers(office_ctx.db, office_ctx.actor)
    assert peer.kind == "laptop" and peer.scope.startswith("worker:")
