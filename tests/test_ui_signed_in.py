"""The status bar's "Přihlášena / Přihlášen" agrees with the worker's name
(issue 18 item 6); a name that tells nothing keeps "Přihlášen(a)"."""
from __future__ import annotations

from app.security import actor_from_user, find_user

from .ui_helpers import make_context, open_window


def test_the_status_bar_greets_a_woman_a_man_and_a_neutral_account(qtbot, town_db, tmp_path):
    shown = {}
    for username in ("jana.dvorakova", "tomas.krejci", "admin"):
        with town_db.reading() as s:
            actor = actor_from_user(find_user(s, username))
        window = open_window(qtbot, make_context(town_db, actor, tmp_path / f"{username}.ini"))
        shown[username] = window.statusBar().currentMessage()
        window.close()
    assert shown["jana.dvorakova"] == "Přihlášena: Jana Dvořáková"
    assert shown["tomas.krejci"] == "Přihlášen: Tomáš Krejčí"
    assert shown["admin"].startswith("Přihlášen(a): "), shown
