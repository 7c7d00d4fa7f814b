"""The rules editor as a form: the rule set's name and validity, individual
points and the order on equal points in fields; criteria, exclusions and
matching rules as cards added from a palette. ``body()`` gives the rule-set
data (validated by app/allocation/rules.py like any JSON); problems come back
to the field they belong to."""
from __future__ import annotations

import copy

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (QCheckBox, QComboBox, QFormLayout, QGridLayout, QGroupBox, QHBoxLayout, QLabel,
                               QLineEdit, QPlainTextEdit,
                               QPushButton, QScrollArea, QVBoxLayout, QWidget)

from app.allocation import rules_palette as P
from app.allocation.rules import TIE_BREAK_KEYS, Problem

from .rules_cards import CARD_CLASSES, ItemCard
from .rules_parts import compact, int_spin, mark, opt_number, set_combo, set_value, tr, value_of, watch

SECTIONS = (("criteria", "Body"), ("exclusions", "Vyřazení"),
            ("matching", "Byt a domácnost"))


class RulesForm(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.original: dict = {}
        self.cards: dict[str, list[ItemCard]] = {s: [] for s, _ in SECTIONS}
        self._loading = False
        self.top_fields: dict[str, QWidget] = {}
        # palette: what can be added, by section
        self.palette = compact(QComboBox(), 20)
        self.palette.setObjectName("rulesPalette")
        model = self.palette.model()
        for section, title in SECTIONS:
            self.palette.addItem(tr(title), None)
            head = model.item(self.palette.count() - 1)
            head.setEnabled(False)
            font = head.font()
            font.setBold(True)
            head.setFont(font)
            for p in P.PALETTE:
                if p.section == section:
                    self.palette.addItem("   " + tr(p.title), p.key)
        self.palette.setCurrentIndex(1)
        self.add_button = QPushButton(tr("Přidat do pravidel"))
        self.add_button.clicked.connect(lambda: self.add_from_palette(self.palette.currentData()))
        pal = QHBoxLayout()
        pal.addWidget(QLabel(tr("Přidat:")))
        pal.addWidget(self.palette, 1)
        pal.addWidget(self.add_button)
        # general fields
        general = QGroupBox(tr("Pravidla"))
        gf = QFormLayout(general)
        self.name = self._top("name", QLineEdit())
        gf.addRow(tr("Název"), self.name)
        self.version = self._top("version", int_spin(1, 999))
        gf.addRow(tr("Verze"), self.version)
        self.description = QPlainTextEdit()
        self.description.setMaximumHeight(70)
        self.description.textChanged.connect(self._changed)
        self.top_fields["description"] = self.description
        gf.addRow(tr("Popis"), self.description)
        self.source = self._top("source", QLineEdit())
        gf.addRow(tr("Zdroj (vzor)"), self.source)
        self.validity = self._top("validity_months", int_spin(1, 120, " " + tr("měsíců")))
        gf.addRow(tr("Žádost platí"), self.validity)
        self.max_total = self._top("max_total", opt_number())
        gf.addRow(tr("Součet kritérií nejvýše"), self.max_total)
        self.individual = self._top("individual.max_points", int_spin(0, 1000, " b."))
        gf.addRow(tr("Individuální body nejvýše ±"), self.individual)
        self.justify = self._top("individual.requires_justification",
                                 QCheckBox(tr("vždy s písemným odůvodněním")))
        gf.addRow("", self.justify)
        tie = QWidget()
        th = QGridLayout(tie)
        th.setContentsMargins(0, 0, 0, 0)
        self.tie_break: list[QComboBox] = []
        for _ in range(len(TIE_BREAK_KEYS)):
            combo = compact(QComboBox(), 8)
            combo.addItem("—", None)
            for key, text in TIE_BREAK_KEYS.items():
                combo.addItem(tr(text), key)
            watch(combo, self._changed)
            th.addWidget(combo, len(self.tie_break) // 2, len(self.tie_break) % 2)
            self.tie_break.append(combo)
        self.top_fields["tie_break"] = tie
        gf.addRow(tr("Při shodě bodů"), tie)
        self.general_error = QLabel()
        self.general_error.setProperty("error", True)
        self.general_error.setWordWrap(True)
        self.general_error.hide()
        gf.addRow(self.general_error)
        # sections of cards
        body = QWidget()
        self.body_layout = QVBoxLayout(body)
        self.body_layout.addWidget(general)
        self.section_boxes: dict[str, QVBoxLayout] = {}
        self.section_errors: dict[str, QLabel] = {}
        for section, title in SECTIONS:
            box = QGroupBox(tr(title))
            v = QVBoxLayout(box)
            err = QLabel()
            err.setProperty("error", True)
            err.hide()
            v.addWidget(err)
            self.section_errors[section] = err
            self.section_boxes[section] = v
            self.body_layout.addWidget(box)
        self.body_layout.addStretch(1)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(body)
        self.summary = QLabel()
        self.summary.setObjectName("rulesFormSummary")
        self.summary.setWordWrap(True)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        v = QVBoxLayout(self)
        v.setContentsMargins(0, 0, 0, 0)
        v.addLayout(pal)
        v.addWidget(self.summary)
        v.addWidget(self.scroll, 1)

    def _top(self, key: str, w: QWidget) -> QWidget:
        self.top_fields[key] = w
        watch(w, self._changed)
        return w

    def _changed(self) -> None:
        if not self._loading:
            self.changed.emit()

    # -- data ------------------------------------------------------------------------------
    def load(self, body: dict) -> None:
        self._loading = True
        try:
            self.original = copy.deepcopy(body)
            self.name.setText(body.get("name") or "")
            set_value(self.version, body.get("version"))
            self.description.setPlainText(body.get("description") or "")
            self.source.setText(body.get("source") or "")
            set_value(self.validity, body.get("validity_months", 12))
            set_value(self.max_total, body.get("max_total"))
            ind = body.get("individual") if isinstance(body.get("individual"), dict) else {}
            set_value(self.individual, ind.get("max_points", 0))
            self.justify.setChecked(bool(ind.get("requires_justification", True)))
            ties = body.get("tie_break") if isinstance(body.get("tie_break"), list) else []
            for i, combo in enumerate(self.tie_break):
                set_combo(combo, ties[i] if i < len(ties) else None)
            for section, _ in SECTIONS:
                for card in list(self.cards[section]):
                    self._drop(section, card)
                for item in body.get(section) or []:
                    if isinstance(item, dict):
                        self._add_card(section, item)
        finally:
            self._loading = False

    def body(self) -> dict:
        out = copy.deepcopy(self.original)
        out["name"] = self.name.text().strip()
        out["version"] = self.version.value()
        out["description"] = self.description.toPlainText().strip()
        out["source"] = self.source.text().strip()
        out["validity_months"] = self.validity.value()
        out["max_total"] = value_of(self.max_total)
        ind = dict(out.get("individual") or {}) if isinstance(out.get("individual"), dict) else {}
        ind["max_points"] = self.individual.value()
        ind["requires_justification"] = self.justify.isChecked()
        out["individual"] = ind
        out["tie_break"] = [c.currentData() for c in self.tie_break if c.currentData()]
        for section, _ in SECTIONS:
            out[section] = [card.body() for card in self.cards[section]]
        return out

    def add_from_palette(self, key: str | None) -> None:
        if not key:
            return
        # ids are unique within a section (an exclusion may share a criterion's id)
        section = P.PALETTE_BY_KEY[key].section
        section, item = P.new_item(key, [c.body().get("id") for c in self.cards[section]])
        card = self._add_card(section, item)
        self.changed.emit()
        # show the new card and put the cursor in its first field
        QTimer.singleShot(0, lambda: self.scroll.ensureWidgetVisible(card))
        first = next(iter(card.fields.values()), None)
        if first is not None:
            first.setFocus()

    def _add_card(self, section: str, item: dict) -> ItemCard:
        card = CARD_CLASSES[section](item)
        card.changed.connect(self._changed)
        card.remove_requested.connect(lambda c, s=section: (self._drop(s, c), self._changed()))
        card.remove_button.setEnabled(self.palette.isEnabled())
        layout = self.section_boxes[section]
        layout.insertWidget(layout.count(), card)
        self.cards[section].append(card)
        return card

    def _drop(self, section: str, card: ItemCard) -> None:
        self.cards[section].remove(card)
        self.section_boxes[section].removeWidget(card)
        card.hide()
        card.deleteLater()

    def card(self, section: str, item_id: str) -> ItemCard:
        return next(c for c in self.cards[section] if c.body().get("id") == item_id)

    def set_editable(self, editable: bool) -> None:
        self.palette.setEnabled(editable)
        self.add_button.setEnabled(editable)
        self.scroll.widget().setEnabled(editable)
        for cards in self.cards.values():
            for c in cards:
                c.remove_button.setEnabled(editable)

    # -- problems --------------------------------------------------------------------------
    def show_problems(self, problems: list[Problem]) -> None:
        """Each problem at its field; the card or section says it in words."""
        per_card: dict[int, list[tuple[str, str]]] = {}
        general: list[str] = []
        section_msgs: dict[str, list[str]] = {s: [] for s, _ in SECTIONS}
        for w in self.top_fields.values():
            mark(w, None)
        for p in problems:
            section, index, sub = P.split_path(p.path)
            if index is not None and index < len(self.cards[section]):
                per_card.setdefault(id(self.cards[section][index]), []).append((sub, p.message))
            elif section in section_msgs:
                section_msgs[section].append(p.message)
            else:
                key = P.nearest(section, self.top_fields)
                if key:
                    mark(self.top_fields[key], p.message)
                general.append(f"{self._top_label(key)}: {p.message}" if key else p.message)
        for cards in self.cards.values():
            for c in cards:
                c.show_problems(per_card.get(id(c), []))
        for section, err in self.section_errors.items():
            err.setText("\n".join(section_msgs[section]))
            err.setVisible(bool(section_msgs[section]))
        self.general_error.setText("\n".join(general))
        self.general_error.setVisible(bool(general))
        count = len(problems)
        self.summary.setText(tr("Pravidla jsou v pořádku.") if not count else tr(
            "Chyby ({0}) – opravte zvýrazněná pole; takto pravidla uložit nelze.").format(count))
        self.summary.setProperty("error", bool(count))
        self.summary.style().unpolish(self.summary)
        self.summary.style().polish(self.summary)

    def _top_label(self, key: str | None) -> str:
        labels = {"name": "Název", "version": "Verze", "description": "Popis",
                  "source": "Zdroj", "validity_months": "Žádost platí",
                  "max_total": "Součet kritérií nejvýše",
                  "individual.max_points": "Individuální body",
                  "individual.requires_justification": "Individuální body",
                  "tie_break": "Při shodě bodů"}
        return tr(labels.get(key or "", key or ""))
