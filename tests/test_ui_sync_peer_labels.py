"""The Synchronizace page's partner list (state, scope) in the UI language: the
English UI showed "aktivní" and "jen případy: …" (seen in the re-shot screenshots)."""
from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

from PySide6.QtWidgets import QApplication

from ui import i18n
from ui.sync.page import PEER_COLUMNS, _PeerRow


def _peer(scope, revoked=None):
    return SimpleNamespace(name="Notebook", fingerprint="0427 7209", revoked_at=revoked,
                           kind="laptop", scope=scope, added_at=dt.datetime(2026, 12, 2, 10, 0))


def _state_and_scope(scope, revoked=None) -> tuple[str, str]:
    row = _PeerRow(_peer(scope, revoked), {"u1": "Lucie Marková"})
    state = next(c for c in PEER_COLUMNS if c.header == "Stav")
    return state.value(row), row.scope_label


def test_partner_state_and_scope_in_czech_and_in_english(qapp):
    when = dt.datetime(2026, 12, 1)
    assert _state_and_scope("worker:u1") == ("aktivní", "jen případy: Lucie Marková")
    assert _state_and_scope("cases", when) == ("odvolán", "jen případy se souhlasem klienta")
    assert _state_and_scope(None)[1] == "všechna data"
    i18n.install(QApplication.instance(), "en")
    try:
        assert _state_and_scope("worker:u1") == ("active", "only the cases of: Lucie Marková")
        assert _state_and_scope("cases", when) == ("revoked", "only cases with the client's consent")
        assert _state_and_scope(None)[1] == "all data"
    finally:
        i18n.install(QApplication.instance(), "cs")
