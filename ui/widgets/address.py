"""Address fields that complete from the imported RÚIAN file: typing a street
offers streets (with their municipality), picking one offers its house
numbers, and picking a number fills PSČ and municipality and keeps the
address point's kód ADM. Retyping the street or number makes it free text
again (no code). Without an imported file nothing pops up: free text.

The lookups are prefix ranges on an index returning a handful of rows
(≈ 15 ms median on 100 000 points on a busy test machine, see
benchmarks/bench_ruian.py), so they run as the person types, on the GUI thread."""
from __future__ import annotations

from PySide6.QtCore import QObject, QStringListModel, Qt, QTimer
from PySide6.QtWidgets import QCompleter, QLabel, QLineEdit

from app.addresses.completion import (AddressPoint, StreetSuggestion, address_point,
                                      address_points, street_suggestions)
from app.errors import KmbError

from ..context import UiContext


def _completer(edit: QLineEdit) -> tuple[QCompleter, QStringListModel]:
    model = QStringListModel(edit)
    completer = QCompleter(model, edit)
    # the service already filtered by prefix (without diacritics): show all it gave
    completer.setCompletionMode(QCompleter.UnfilteredPopupCompletion)
    completer.setCaseSensitivity(Qt.CaseInsensitive)
    completer.setMaxVisibleItems(12)
    completer.setWidget(edit)
    # "512/12a – 541 01 Trutnov (Horní Předměstí)" is wider than the number field
    completer.popup().setMinimumWidth(340)
    return completer, model


class AddressCompletion(QObject):
    """Attach to existing line edits; ``code`` is the picked kód ADM or None."""

    def __init__(self, ctx: UiContext, street: QLineEdit, house_number: QLineEdit,
                 city: QLineEdit, postcode: QLineEdit, parent: QObject | None = None):
        super().__init__(parent or street)
        self.ctx = ctx
        self.street, self.house_number, self.city, self.postcode = (
            street, house_number, city, postcode)
        self.code: str | None = None
        self._street: StreetSuggestion | None = None
        self._streets: dict[str, StreetSuggestion] = {}
        self._points: dict[str, AddressPoint] = {}
        self.status = QLabel()                 # "RÚIAN: Horní Předměstí (kód ADM …)"
        self.status.setProperty("hint", True)
        self.status.setObjectName("ruian_status")
        self.status.setWordWrap(True)
        self.street_completer, self._street_model = _completer(street)
        self.number_completer, self._number_model = _completer(house_number)
        self.street_completer.activated[str].connect(self._street_picked)
        self.number_completer.activated[str].connect(self._number_picked)
        street.textEdited.connect(self._street_typed)
        house_number.textEdited.connect(self._number_typed)
        house_number.installEventFilter(self)

    # -- loading a stored address ---------------------------------------------------
    def load(self, code: str | None) -> None:
        """The stored code of the address shown (the street's numbers come with it)."""
        self.code, self._street = code or None, None
        point = self._lookup(lambda: address_point(self.ctx.db, self.ctx.actor, code)) \
            if code else None
        if point is not None:
            self._street = StreetSuggestion(point.street, point.municipality,
                                            point.municipality_code)
        self._show(point)

    # -- typing ---------------------------------------------------------------------------
    def _lookup(self, fn, default=None):
        try:
            return fn()
        except KmbError:                   # a lookup must never stop typing an address
            return default

    def _street_typed(self, text: str) -> None:
        self._forget()
        self._street = None
        found = self._lookup(lambda: street_suggestions(self.ctx.db, self.ctx.actor, text), [])
        self._streets = {s.text: s for s in found}
        self._street_model.setStringList(list(self._streets))
        if found and len(text.strip()) >= 2:
            self.street_completer.complete()
        else:
            self.street_completer.popup().hide()

    def _street_picked(self, text: str) -> None:
        street = self._streets.get(text)
        if street is None:
            return
        self._street = street
        self._fill_street(street)      # the completer is not the field's own: it writes nothing

    def _fill_street(self, street: StreetSuggestion) -> None:
        self.street.setText(street.street)
        self.city.setText(street.municipality)
        # on to the number (after the closing popup has given the focus back to the street)
        QTimer.singleShot(0, self.house_number,
                          lambda: self.house_number.setFocus(Qt.OtherFocusReason))

    def _number_typed(self, text: str) -> None:
        self._forget()
        self._offer_numbers(text)

    def _offer_numbers(self, text: str) -> None:
        s = self._street
        if s is None:
            return
        found = self._lookup(lambda: address_points(self.ctx.db, self.ctx.actor,
                                                    s.municipality_code, s.street, text), [])
        self._points = {p.text: p for p in found}
        self._number_model.setStringList(list(self._points))
        if found:
            self.number_completer.complete()
        else:
            self.number_completer.popup().hide()

    def _number_picked(self, text: str) -> None:
        point = self._points.get(text)
        if point is not None:
            self._fill_point(point)

    def _fill_point(self, point: AddressPoint) -> None:
        self.house_number.setText(point.house_number)
        self.postcode.setText(point.postcode)
        self.city.setText(point.municipality)
        self.code = point.code
        self._show(point)

    def _forget(self) -> None:
        self.code = None
        self._show(None)

    def _show(self, point: AddressPoint | None) -> None:
        if point is None:
            self.status.setText("")
            return
        part = f"{point.town_part}, " if point.town_part != point.municipality else ""
        self.status.setText(self.tr("Ověřeno v RÚIAN: {0}{1}, kód adresního místa {2}")
                            .format(part, point.municipality, point.code))

    def eventFilter(self, watched, event) -> bool:   # noqa: N802 – Qt's name
        # entering the house number after a picked street offers its numbers at once
        if watched is self.house_number and event.type() == event.Type.FocusIn \
                and self._street is not None and not self.code:
            QTimer.singleShot(0, self.house_number,
                              lambda: self._offer_numbers(self.house_number.text()))
        return False
