"""The intake form (Příjem → Nový příjem): six numbered sections a trained
worker fills with the keyboard in about a minute, one save (Ctrl+S) that
stores everything or nothing, messages at the fields, and a question before
unsaved work is thrown away."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QFrame, QGridLayout,
                               QHBoxLayout, QLabel, QLineEdit, QMessageBox, QPlainTextEdit,
                               QPushButton, QScrollArea, QSpinBox, QVBoxLayout, QWidget)

from app.cases.service import list_workers
from app.czech_names import guess_sex
from app.errors import KmbError, ValidationError
from app.intake.duplicates import PossibleDuplicateFound
from app.intake.eligibility import load_rules
from app.intake.partners import list_partners
from app.addresses.geography import geography
from app.intake.service import IntakeInput, IntakeResult, save_intake
from models.intake import Outcome
from models.people import Relation

from ..context import UiContext
from ..widgets.nav import open_record
from ..widgets.sections import QSS
from .duplicate_dialog import CREATE_NEW, USE_EXISTING, DuplicateDialog
from .household_section import HouseholdSection
from .law_section import LawSection
from .outcome_section import OutcomeSection
from .person_section import PersonSection
from .situation_section import ContactSection, EthosSection

class IntakeForm(QWidget):
    saved = Signal(object)           # IntakeResult

    def __init__(self, ctx: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setStyleSheet(QSS)
        self.is_dirty = False
        self._resetting = True          # building the sections is no user edit
        self.rules = load_rules(ctx.db, ctx.actor)
        partners = list_partners(ctx.db, ctx.actor)
        workers = list_workers(ctx.db, ctx.actor)

        self.person = PersonSection(ctx)
        self.household = HouseholdSection(ctx)
        self.contact = ContactSection(
            geo_source=lambda: geography(self.ctx.db, self.ctx.actor))
        self.ethos = EthosSection(self.rules)
        self.law = LawSection(self.rules)
        self.outcome = OutcomeSection(partners, workers, ctx.actor.user_id)

        content = QWidget()
        grid = QGridLayout(content)
        grid.setContentsMargins(0, 0, 6, 0)
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(12)
        left, right = QVBoxLayout(), QVBoxLayout()
        for box, sections in ((left, (self.person, self.household, self.contact)),
                              (right, (self.ethos, self.law, self.outcome))):
            box.setSpacing(12)
            for s in sections:
                box.addWidget(s)
            box.addStretch(1)
        grid.addLayout(left, 0, 0)
        grid.addLayout(right, 0, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        self.scroll = QScrollArea()
        self.scroll.setWidget(content)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.NoFrame)
        self.scroll.setFocusPolicy(Qt.NoFocus)     # a frame, not a stop for Tab

        self.banner = QFrame()
        self.banner.setObjectName("banner")
        bl = QHBoxLayout(self.banner)
        bl.setContentsMargins(10, 6, 10, 6)
        self.banner_text = QLabel()
        self.banner_text.setWordWrap(True)
        self.open_case_button = QPushButton(self.tr("Otevřít případ"))
        self.open_case_button.clicked.connect(self._open_saved_case)
        bl.addWidget(self.banner_text, 1)
        bl.addWidget(self.open_case_button)
        self.banner.hide()
        self.problem = QLabel()
        self.problem.setProperty("error", True)
        self.problem.setWordWrap(True)
        self.discard_button = QPushButton(self.tr("Zahodit"))
        self.discard_button.setToolTip(self.tr("Zahodit rozepsaný příjem a začít znovu"))
        self.discard_button.clicked.connect(self.discard)
        self.save_button = QPushButton(self.tr("Uložit příjem"))
        self.save_button.setObjectName("saveIntake")
        self.save_button.setProperty("primary", True)
        self.save_button.setToolTip(self.tr("Uložit celý příjem (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        shortcuts = QLabel(self.tr("Enter hledá · Ctrl+N nová osoba · Ctrl+M člen domácnosti · "
                                   "Ctrl+P předání · Ctrl+S uložit"))
        shortcuts.setObjectName("hint")
        bar = QHBoxLayout()
        bar.addWidget(shortcuts, 1)
        bar.addWidget(self.problem, 2)
        bar.addWidget(self.discard_button)
        bar.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(self.banner)
        layout.addWidget(self.scroll, 1)
        layout.addLayout(bar)

        # Shortcuts as key presses seen before the focused field (eventFilter):
        # they work wherever the focus is, also where no window is active.
        self._keys = {
            (Qt.ControlModifier, Qt.Key_S): self.save,
            (Qt.ControlModifier, Qt.Key_N): self.person.start_new,
            (Qt.ControlModifier, Qt.Key_F): self.focus_search,
            (Qt.NoModifier, Qt.Key_F3): self.focus_search,
            (Qt.ControlModifier, Qt.Key_M): self.household.add_member,
            (Qt.ControlModifier, Qt.Key_P): self.outcome.add_referral,
        }

        self.person.person_changed.connect(self._person_changed)
        self.person.dirty.connect(self.mark_dirty)
        self.household.changed.connect(self._household_changed)
        self._watch_edits()
        QApplication.instance().focusChanged.connect(self._focus_changed)
        # the application-wide key filter (eventFilter) is installed only while
        # the form is shown: a Python call on every event of every screen costs
        # the whole window (~10,000 events to open a big area)
        self._filtering = False
        self._last_result: IntakeResult | None = None
        self._person_changed()
        self._resetting = False

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._filtering:
            QApplication.instance().installEventFilter(self)
            self._filtering = True

    def hideEvent(self, event) -> None:
        super().hideEvent(event)
        if self._filtering:
            QApplication.instance().removeEventFilter(self)
            self._filtering = False

    def eventFilter(self, obj, event) -> bool:
        """The form's shortcuts wherever the focus is in it — also in a combo
        box, which would otherwise take Ctrl+S as a letter to search for."""
        if event.type() != QEvent.KeyPress or not isinstance(obj, QWidget) \
                or not (obj is self or self.isAncestorOf(obj)):
            return False
        mods = event.modifiers() & (Qt.ControlModifier | Qt.ShiftModifier | Qt.AltModifier)
        action = self._keys.get((mods, event.key()))
        if action is None:
            return False
        action()
        return True

    def focusNextPrevChild(self, next: bool) -> bool:
        """Tab and Shift+Tab go round the form: past "Uložit příjem" back to
        the search, never out to the sidebar."""
        moved = super().focusNextPrevChild(next)
        focus = self.window().focusWidget()
        if focus is None or not self.isAncestorOf(focus):
            target = self.person.search if next else self.save_button
            target.setFocus(Qt.TabFocusReason if next else Qt.BacktabFocusReason)
            return True
        return moved

    # -- dirty tracking and focus ---------------------------------------------------
    def _watch_edits(self) -> None:
        """User edits (not programmatic changes) make the intake unsaved."""
        skip = {self.person.search}
        for w in self.findChildren(QLineEdit):
            if w not in skip and not isinstance(w.parent(), QComboBox) \
                    and not isinstance(w.parent(), QSpinBox):
                w.textEdited.connect(self.mark_dirty)
        for w in self.findChildren(QPlainTextEdit):
            w.textChanged.connect(lambda: self._resetting or self.mark_dirty())
        for w in self.findChildren(QComboBox):
            w.activated.connect(self.mark_dirty)
        for w in self.findChildren(QAbstractButton):
            if w.isCheckable():
                w.clicked.connect(self.mark_dirty)
        self.outcome.add_referral_button.clicked.connect(self.mark_dirty)

    def mark_dirty(self, *_args) -> None:
        if not self.is_dirty:
            self.is_dirty = True
            self.banner.hide()
        self.outcome.start_clock()

    def _focus_changed(self, _old, new) -> None:
        if new is not None and self.scroll.widget().isAncestorOf(new):
            self.scroll.ensureWidgetVisible(new, 40, 60)

    def focus_search(self) -> None:
        self.person.search.setFocus()
        self.person.search.selectAll()

    # -- cross-section updates ----------------------------------------------------------
    def _person_changed(self) -> None:
        p = self.person
        if p.mode == "existing":
            c = p.context
            self.household.set_person(c.surname, c.household_name, c.members, c.sex)
            self.outcome.set_open_case(c.open_case_number, c.open_case_worker)
            self.contact.reason.setFocus()
        elif p.mode == "new":
            self.household.set_person(p.new_form.surname.text(), None, [],
                                      guess_sex(p.new_form.given_name.text(),
                                                p.new_form.surname.text()))
            self.outcome.set_open_case(None, None)
        else:
            self.household.set_person(None, None, [])
            self.outcome.set_open_case(None, None)
        self._household_changed()

    def _household_changed(self) -> None:
        p = self.person
        if p.mode == "existing":
            born, relation = p.context.birth_date, p.context.relation or Relation.HEAD
        elif p.mode == "new":
            born, relation = p.new_birth_date(), Relation.HEAD
        else:
            self.law.set_composition([], dt.date.today())
            return
        composition = [(born, relation)] + self.household.composition()
        self.law.set_composition(composition, dt.date.today())
        self.ethos.suggest_persons(len(composition))

    # -- saving -----------------------------------------------------------------------
    def collect(self) -> IntakeInput:
        """The typed intake; a field that cannot be read raises ValidationError."""
        errors: dict[str, str] = {}
        today = dt.date.today()
        p = self.person
        data = IntakeInput(channel=self.contact.channel.currentData(),
                           reason=self.contact.reason.toPlainText(),
                           ethos_category=self.ethos.category.currentData(),
                           dwelling_persons=self.ethos.persons.value() or None,
                           urgency=self.outcome.current_urgency(),
                           minutes_spent=self.outcome.minutes.value() or None,
                           outcome=self.outcome.current_outcome(),
                           counselling_given=self.law.counselling.isChecked(),
                           referrals=self.outcome.referrals(),
                           case_worker_id=self.outcome.worker.currentData(),
                           members=self.household.members(),
                           note=self.outcome.note.toPlainText())
        data.municipality, data.locality = self.contact.place()
        for name, read in (("person", None), ("occurred_at", self.contact.occurred_at),
                           ("dwelling_area_m2", self.ethos.area_value),
                           ("need", self.law.value)):
            try:
                if name == "person":
                    if p.mode == "existing":
                        data.person_id = p.context.person_id
                    elif p.mode == "new":
                        data.new_person = p.new_form.value()
                elif name == "occurred_at":
                    data.occurred_at = read(today)
                elif name == "dwelling_area_m2":
                    data.dwelling_area_m2 = read()
                else:
                    data.need = read()
            except ValidationError as exc:
                errors.update(exc.errors or {name: exc.message})
        if not data.dwelling_area_m2:
            data.dwelling_persons = None      # persons alone say nothing about crowding
        if errors:
            raise ValidationError.from_errors(errors)
        return data

    def save(self, *, allow_duplicate: bool = False) -> IntakeResult | None:
        self.problem.clear()
        try:
            data = self.collect()
            data.allow_duplicate = allow_duplicate
            result = save_intake(self.ctx.db, self.ctx.actor, data)
        except PossibleDuplicateFound as exc:
            self.show_errors({})
            return self._ask_duplicate(exc)
        except ValidationError as exc:
            self.show_errors(exc.errors or {"_": exc.message})
            return None
        except KmbError as exc:
            self.problem.setText(exc.message)
            return None
        self._saved(result)
        return result

    def _ask_duplicate(self, exc: PossibleDuplicateFound) -> IntakeResult | None:
        dlg = DuplicateDialog(exc.candidates, parent=self)
        if not dlg.exec():
            return None
        if dlg.choice == USE_EXISTING:
            self.person.use_existing(dlg.selected().id)
            return self.save()
        if dlg.choice == CREATE_NEW:
            return self.save(allow_duplicate=True)
        return None

    def show_errors(self, errors: dict) -> None:
        bad = []
        for section in (self.person, self.household, self.contact, self.ethos, self.law,
                        self.outcome):
            bad += section.show_errors(errors)
        shown = len(bad)
        if errors and not shown:
            self.problem.setText(" ".join(errors.values()))
        elif errors:
            self.problem.setText(self.tr("Zkontrolujte zvýrazněná pole ({0}).").format(shown))
        if bad:
            bad[0].setFocus()
            self.scroll.ensureWidgetVisible(bad[0], 40, 80)

    def _saved(self, r: IntakeResult) -> None:
        parts = [self.tr("Uloženo: {0}.").format(r.person_name)]
        if r.referral_ids:
            parts.append(self.tr("Předání: {0}, ověření naplánováno.").format(len(r.referral_ids)))
        if r.case_opened:
            parts.append(self.tr("Otevřen případ {0} – {1}.").format(
                r.case_number, self.outcome.worker.currentText()))
        elif r.case_number:
            parts.append(self.tr("Kontakt připojen k případu {0}.").format(r.case_number))
        if r.need_state is not None:
            parts.append(self.tr("Zahájeno šetření bytové situace (§16)."))
        if r.flagged_duplicates:
            parts.append(self.tr("Označeno jako možná duplicita k posouzení."))
        self._last_result = r
        self.reset()
        self.banner_text.setText(" ".join(parts))
        self.open_case_button.setVisible(bool(r.case_id))
        self.banner.show()
        self.saved.emit(r)

    def _open_saved_case(self) -> None:
        if self._last_result and self._last_result.case_id:
            open_record(self, "case", self._last_result.case_id)

    # -- discard ------------------------------------------------------------------------
    def reset(self) -> None:
        self._resetting = True
        try:
            for section in (self.person, self.household, self.contact, self.ethos, self.law,
                            self.outcome):
                section.reset()
        finally:
            self._resetting = False
        self.problem.clear()
        self.is_dirty = False
        self.focus_search()

    def discard(self) -> None:
        if self.can_close():
            self.reset()
            self.banner.hide()

    def can_close(self) -> bool:
        """Ask before unsaved intake is thrown away (window closing, Zahodit)."""
        if not self.is_dirty:
            return True
        answer = QMessageBox.question(
            self, self.tr("Neuložený příjem"),
            self.tr("Příjem není uložený. Opravdu ho chcete zahodit?"),
            QMessageBox.Discard | QMessageBox.Cancel, QMessageBox.Cancel)
        return answer == QMessageBox.Discard

    def refresh_lists(self) -> None:
        """Partners or workers changed in the settings: offer the new lists."""
        partners = list_partners(self.ctx.db, self.ctx.actor)
        self.outcome.partners = partners
        self.rules = load_rules(self.ctx.db, self.ctx.actor)
        self.ethos.rules = self.law.rules = self.rules

    def outcome_value(self) -> Outcome:
        return self.outcome.current_outcome()
