"""Intake, step 6: urgency, time spent and the outcome — information only,
referral(s) to partner services, or a case opened and assigned to a worker."""
from __future__ import annotations

import math
import time

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (QButtonGroup, QComboBox, QGridLayout, QHBoxLayout, QLabel,
                               QLineEdit, QPlainTextEdit, QPushButton, QRadioButton, QSpinBox,
                               QVBoxLayout, QWidget)

from app.intake.partners import PartnerRow
from app.intake.service import ReferralInput
from models.intake import Outcome, Urgency

from ..labels import tl
from ..widgets.sections import Section, error_label, hint, mark


class ReferralRow(QWidget):
    removed = Signal(object)

    def __init__(self, partners: list[PartnerRow], parent: QWidget | None = None):
        super().__init__(parent)
        self.partner = QComboBox()
        self.partner.setObjectName("referralPartner")
        self.partner.addItem(self.tr("— vyberte službu —"), None)
        for p in partners:
            self.partner.addItem(f"{p.name} ({tl(p.kind)})", p.id)
        self.partner.setMinimumContentsLength(24)
        self.reason = QLineEdit()
        self.reason.setObjectName("referralReason")
        self.reason.setPlaceholderText(self.tr("proč (nepovinné)"))
        self.remove = QPushButton("×")
        self.remove.setToolTip(self.tr("Odebrat předání"))
        self.remove.setObjectName("removeRow")
        self.remove.setFixedWidth(30)
        self.remove.clicked.connect(lambda: self.removed.emit(self))
        self.error = error_label()
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(1)
        grid.addWidget(self.partner, 0, 0)
        grid.addWidget(self.reason, 0, 1)
        grid.addWidget(self.remove, 0, 2)
        grid.addWidget(self.error, 1, 0, 1, 3)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)

    def value(self) -> ReferralInput:
        return ReferralInput(self.partner.currentData(), self.reason.text().strip() or None)

    def is_empty(self) -> bool:
        return self.partner.currentData() is None and not self.reason.text().strip()


class _ExplicitPress(QObject):
    """Tells a click by mouse or Space on a radio button from the click() Qt
    makes while the arrow keys move through the group (no row for that)."""

    def __init__(self, button):
        super().__init__(button)
        self.pressed = False
        button.installEventFilter(self)

    def eventFilter(self, _obj, event) -> bool:
        if event.type() == QEvent.MouseButtonRelease or (
                event.type() == QEvent.KeyRelease and event.key() == Qt.Key_Space):
            self.pressed = True
        return False

    def take(self) -> bool:
        pressed, self.pressed = self.pressed, False
        return pressed


class OutcomeSection(Section):
    changed = Signal()

    def __init__(self, partners: list[PartnerRow], workers, me: str,
                 parent: QWidget | None = None):
        super().__init__("6", self.tr("Výsledek"), parent)
        self.partners = partners
        self.me = me
        self.rows: list[ReferralRow] = []
        self._sent: list[ReferralRow] = []      # the rows of the last save, for the errors
        self._started: float | None = None
        self._minutes_touched = False

        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(4)
        grid.addWidget(QLabel(self.tr("Naléhavost")), 0, 0)
        urg = QHBoxLayout()
        self.urgency = QButtonGroup(self)
        self.urgency_buttons: dict[Urgency, QRadioButton] = {}
        for u in Urgency:
            b = QRadioButton(tl(u))
            b.setObjectName(f"urgency_{u.value}")
            self.urgency.addButton(b)
            self.urgency_buttons[u] = b
            urg.addWidget(b)
        urg.addStretch(1)
        grid.addLayout(urg, 0, 1)
        self.minutes = QSpinBox()
        self.minutes.setObjectName("minutes")
        self.minutes.setRange(0, 600)
        self.minutes.setMaximumWidth(110)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setSpecialValueText("—")
        self.minutes.setToolTip(self.tr("Měří se od výběru klienta; můžete přepsat."))
        self.minutes.valueChanged.connect(self._minutes_edited)
        minutes_label = QLabel(self.tr("Ča&s s klientem"))
        minutes_label.setBuddy(self.minutes)
        self.minutes_error = error_label()
        grid.addWidget(minutes_label, 1, 0)
        mrow = QHBoxLayout()
        mrow.addWidget(self.minutes, 0, Qt.AlignLeft)
        mrow.addWidget(self.minutes_error, 1)
        mrow.addStretch(1)
        grid.addLayout(mrow, 1, 1)

        grid.addWidget(QLabel(self.tr("Výsledek")), 2, 0, Qt.AlignTop)
        out = QVBoxLayout()
        self.outcome = QButtonGroup(self)
        self.outcome_buttons: dict[Outcome, QRadioButton] = {}
        texts = {Outcome.INFORMATION: self.tr("jen informace a poradenství"),
                 Outcome.REFERRAL: self.tr("předání na službu"),
                 Outcome.CASE_OPENED: self.tr("otevřít případ a přidělit pracovníkovi")}
        for o in Outcome:
            b = QRadioButton(texts[o])
            b.setObjectName(f"outcome_{o.value}")
            self.outcome.addButton(b)
            self.outcome_buttons[o] = b
            out.addWidget(b)
        self.outcome_error = error_label()
        out.addWidget(self.outcome_error)
        grid.addLayout(out, 2, 1)
        grid.setColumnStretch(1, 1)
        self.body.addLayout(grid)

        # referrals
        self.referral_box = QVBoxLayout()
        self.referral_box.setSpacing(4)
        head = QHBoxLayout()
        head.addWidget(QLabel("<b>" + self.tr("Předání na službu") + "</b>"))
        head.addStretch(1)
        self.add_referral_button = QPushButton(self.tr("Přidat předání"))
        self.add_referral_button.setObjectName("addReferral")
        self.add_referral_button.setToolTip(self.tr("Přidat předání na službu (Ctrl+P)"))
        self.add_referral_button.clicked.connect(self.add_referral)
        head.addWidget(self.add_referral_button)
        self.body.addLayout(head)
        self.body.addLayout(self.referral_box)
        self.referrals_error = error_label()
        self.referrals_hint = hint(self.tr("Ověření, zda klient ke službě dorazil, se naplánuje "
                                           "jako úkol."))
        self.body.addWidget(self.referrals_error)
        self.body.addWidget(self.referrals_hint)

        # case
        case_row = QHBoxLayout()
        self.case_label = QLabel(self.tr("Přidělit &pracovníkovi"))
        self.worker = QComboBox()
        self.worker.setObjectName("caseWorker")
        for w in workers:
            self.worker.addItem(w.name, w.id)
        self.case_label.setBuddy(self.worker)
        case_row.addWidget(self.case_label)
        case_row.addWidget(self.worker, 1)
        self.body.addLayout(case_row)
        self.worker_error = error_label()
        self.case_info = hint()
        self.body.addWidget(self.worker_error)
        self.body.addWidget(self.case_info)

        note_label = QLabel(self.tr("Poznámka"))
        self.note = QPlainTextEdit()
        self.note.setObjectName("intakeNote")
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(48)
        self.body.addWidget(note_label)
        self.body.addWidget(self.note)

        self.outcome.buttonToggled.connect(self._outcome_changed)
        referral = self.outcome_buttons[Outcome.REFERRAL]
        self._referral_press = _ExplicitPress(referral)
        referral.clicked.connect(self._referral_chosen)
        self._tick = QTimer(self, interval=20_000)
        self._tick.timeout.connect(self._update_minutes)
        self.open_case_number: str | None = None
        self.reset()

    # -- time spent ---------------------------------------------------------------
    def start_clock(self) -> None:
        if self._started is None:
            self._started = time.monotonic()
            self._tick.start()
            self._update_minutes()

    def _update_minutes(self) -> None:
        if self._started is None or self._minutes_touched:
            return
        elapsed = max(1, math.ceil((time.monotonic() - self._started) / 60))
        self.minutes.blockSignals(True)
        self.minutes.setValue(elapsed)
        self.minutes.blockSignals(False)

    def _minutes_edited(self) -> None:
        self._minutes_touched = True

    # -- outcome -------------------------------------------------------------------
    def current_outcome(self) -> Outcome:
        return next(o for o, b in self.outcome_buttons.items() if b.isChecked())

    def current_urgency(self) -> Urgency:
        return next(u for u, b in self.urgency_buttons.items() if b.isChecked())

    def set_open_case(self, number: str | None, worker: str | None) -> None:
        """The client already has an open case: the contact joins it."""
        self.open_case_number = number
        button = self.outcome_buttons[Outcome.CASE_OPENED]
        button.setEnabled(number is None)
        if number and button.isChecked():
            self.outcome_buttons[Outcome.INFORMATION].setChecked(True)
        self._outcome_changed()

    def _outcome_changed(self, *_args) -> None:
        opening = self.outcome_buttons[Outcome.CASE_OPENED].isChecked()
        self.worker.setEnabled(opening)
        self.case_label.setEnabled(opening)
        if self.open_case_number:
            self.case_info.setText(self.tr("Kontakt se připojí k otevřenému případu {0}.")
                                   .format(self.open_case_number))
        elif opening:
            self.case_info.setText(self.tr("Pracovník dostane úkol klienta kontaktovat – "
                                           "termín podle naléhavosti."))
        else:
            self.case_info.setText("")
        self.changed.emit()

    def _referral_chosen(self) -> None:
        """A row for the first referral, only when the person chose it (a click
        or Space), not while arrowing through the outcomes."""
        if self._referral_press.take() and not self.rows:
            self.add_referral()

    # -- referrals -----------------------------------------------------------------
    def add_referral(self, focus: bool = True) -> ReferralRow:
        row = ReferralRow(self.partners)
        row.removed.connect(self._remove_row)
        row.partner.currentIndexChanged.connect(lambda _=None: self.changed.emit())
        self.rows.append(row)
        self.referral_box.addWidget(row)
        row.show()          # at once, not at the next event loop turn: it takes the focus
        if self.outcome_buttons[Outcome.INFORMATION].isChecked():
            self.outcome_buttons[Outcome.REFERRAL].setChecked(True)
        self._chain_tabs()
        if focus:
            row.partner.setFocus()
        self.changed.emit()
        return row

    def _chain_tabs(self) -> None:
        """Rows come and go: Tab goes through them in reading order (service,
        proč, ×) between "Přidat předání" and the worker, never off the form."""
        chain = [self.add_referral_button]
        for row in self.rows:
            chain += [row.partner, row.reason, row.remove]
        chain.append(self.worker)
        for first, second in zip(chain, chain[1:]):
            QWidget.setTabOrder(first, second)

    def _remove_row(self, row: ReferralRow) -> None:
        index = self.rows.index(row)
        focus = self.window().focusWidget()
        had_focus = focus is not None and row.isAncestorOf(focus)
        self.rows.remove(row)
        row.setParent(None)
        row.deleteLater()
        self._chain_tabs()
        if had_focus:       # keep the keyboard in the form: next row, or the add button
            later = self.rows[index:] or self.rows[-1:]
            (later[0].partner if later else self.add_referral_button).setFocus()
        if not self.rows and self.outcome_buttons[Outcome.REFERRAL].isChecked():
            self.outcome_buttons[Outcome.INFORMATION].setChecked(True)
        self.changed.emit()

    def sent_rows(self) -> list[ReferralRow]:
        """The rows that go to the save: an empty row is ignored, unless the
        outcome is a referral and no row says where (then it shows the error)."""
        rows = [r for r in self.rows if not r.is_empty()]
        if not rows and self.rows and self.outcome_buttons[Outcome.REFERRAL].isChecked():
            rows = self.rows[:1]
        return rows

    def referrals(self) -> list[ReferralInput]:
        self._sent = self.sent_rows()
        return [r.value() for r in self._sent]

    # -- the form ------------------------------------------------------------------
    def show_errors(self, errors: dict) -> list[QWidget]:
        bad = []
        sent = self._sent
        for row in self.rows:
            i = sent.index(row) if row in sent else -1
            msg = errors.get(f"referrals.{i}.partner")
            mark(row.partner, row.error, msg)
            if msg:
                bad.append(row.partner)
        mark(self.add_referral_button, self.referrals_error, errors.get("referrals"))
        mark(self.worker, self.worker_error, errors.get("case_worker_id"))
        mark(self.minutes, self.minutes_error, errors.get("minutes_spent"))
        button = self.outcome_buttons[Outcome.INFORMATION]
        mark(button, self.outcome_error, errors.get("outcome"))
        for name, widget in (("referrals", self.add_referral_button),
                             ("case_worker_id", self.worker), ("minutes_spent", self.minutes),
                             ("outcome", button)):
            if name in errors:
                bad.append(widget)
        return bad

    def reset(self) -> None:
        for row in list(self.rows):
            self._remove_row(row)
        self.urgency_buttons[Urgency.PLANNED].setChecked(True)
        self.outcome_buttons[Outcome.INFORMATION].setChecked(True)
        idx = self.worker.findData(self.me)
        self.worker.setCurrentIndex(max(idx, 0))
        self.note.clear()
        self._started = None
        self._minutes_touched = False
        self._tick.stop()
        self.minutes.blockSignals(True)
        self.minutes.setValue(0)
        self.minutes.blockSignals(False)
        self.set_open_case(None, None)
        self.show_errors({})
