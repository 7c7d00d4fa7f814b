"""Under a person's detail (Klienti): guardians and legal representatives
(opatrovník, zákonný zástupce, zmocněnec, podpůrce) with the decision they
rest on and their validity; added, changed and removed here. Documents the
person signs print the ones valid on the document's date."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, Qt
from PySide6.QtWidgets import (QComboBox, QFormLayout, QHBoxLayout, QHeaderView, QLabel,
                               QLineEdit, QMessageBox, QPushButton, QVBoxLayout, QWidget)

from app.errors import KmbError, ValidationError
from app.people import guardians
from app.security import Permission
from models.guardians import GuardianKind

from ..context import UiContext
from ..labels import tl
from ..widgets.fields import DateField, FieldErrors
from ..widgets.table_model import Col, RowsModel
from ..widgets.tables import list_table

_C = "GuardiansPanel"
COLUMNS = [
    Col(QT_TRANSLATE_NOOP("GuardiansPanel", "Druh"), lambda r: tl(r.kind), context=_C),
    Col(QT_TRANSLATE_NOOP("GuardiansPanel", "Jméno"), lambda r: r.name, context=_C),
    Col(QT_TRANSLATE_NOOP("GuardiansPanel", "Rozhodnutí"), lambda r: r.decision_ref or "",
        context=_C),
    Col(QT_TRANSLATE_NOOP("GuardiansPanel", "Platnost"), lambda r: r.period, context=_C),
]


class _GuardiansModel(RowsModel):
    def data(self, index, role=Qt.DisplayRole):
        # a cell cut in the narrow detail shows its whole text on hover
        if index.isValid() and role == Qt.ToolTipRole:
            return super().data(index, Qt.DisplayRole) or None
        return super().data(index, role)


class GuardiansPanel(QWidget):
    @classmethod
    def create(cls, ctx: UiContext) -> "GuardiansPanel | None":
        return cls(ctx) if ctx.actor.can(Permission.VIEW_PERSONS) else None

    def __init__(self, ctx: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.person_id: str | None = None
        self.editing: str | None = None
        title = QLabel(self.tr("Opatrovníci a zástupci"))
        title.setStyleSheet("font-weight:600;font-size:11pt;margin-top:10px")
        self.model = _GuardiansModel(COLUMNS)
        self.table = list_table(self.model, "guardiansTable")
        # the decision (č. j.) takes the room left and wraps, whole words on as many
        # lines as it needs: elided to "rozsudek OS…" it said nothing; the other
        # columns are whole on one line where they can be, else wrap too
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        for col in range(len(COLUMNS)):
            header.setSectionResizeMode(col, QHeaderView.Fixed)
        header.setSectionResizeMode(2, QHeaderView.Stretch)
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.ElideNone)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.table.viewport().installEventFilter(self)
        # as tall as its rows (up to four): a tall empty table pushed the form and
        # its "Odebrat vybraného" below the fold
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarAsNeeded)
        self.table.clicked.connect(self._pick)
        self.empty = QLabel(self.tr("Osoba nemá opatrovníka ani zástupce."))
        self.empty.setObjectName("muted")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 8, 0, 0)
        lay.addWidget(title)
        lay.addWidget(self.empty)
        lay.addWidget(self.table)
        self.form = QWidget()
        self.form.setVisible(ctx.actor.can(Permission.EDIT_PERSONS))
        self._build_form()
        lay.addWidget(self.form)
        self.setVisible(False)

    def _build_form(self) -> None:
        self.kind = QComboBox()
        self.kind.setObjectName("guardianKind")
        for k in GuardianKind:
            self.kind.addItem(tl(k), k)
        self.name = QLineEdit()
        self.name.setObjectName("guardianName")
        self.decision = QLineEdit()
        self.decision.setObjectName("guardianDecision")
        self.decision.setPlaceholderText(self.tr("např. rozsudek OS Trutnov č. j. 12 P 34/2025"))
        self.valid_from, self.valid_to = DateField(), DateField()
        self.valid_from.setObjectName("guardianFrom")
        self.valid_to.setObjectName("guardianTo")
        self.errors = FieldErrors()
        form = QFormLayout(self.form)
        form.setContentsMargins(0, 0, 0, 0)
        for key, label, widget in (("kind", self.tr("Druh"), self.kind),
                                   ("name", self.tr("Jméno a příjmení"), self.name),
                                   ("decision_ref", self.tr("Rozhodnutí (č. j.)"), self.decision),
                                   ("valid_from", self.tr("Platí od"), self.valid_from),
                                   ("valid_to", self.tr("Platí do"), self.valid_to)):
            box = QVBoxLayout()
            box.addWidget(widget)
            box.addWidget(self.errors.bind(key, widget))
            form.addRow(label, box)
        self.save_button = QPushButton(self.tr("Přidat zástupce"))
        self.save_button.setObjectName("saveGuardian")
        self.save_button.clicked.connect(self.save)
        self.remove_button = QPushButton(self.tr("Odebrat vybraného"))
        self.remove_button.setObjectName("removeGuardian")
        self.remove_button.clicked.connect(self.remove)
        self.new_button = QPushButton(self.tr("Nový"))
        self.new_button.clicked.connect(self._clear)
        # two rows of buttons: in one they widened the narrow detail past its edge
        for buttons in ((self.save_button, self.new_button), (self.remove_button,)):
            row = QHBoxLayout()
            for b in buttons:
                row.addWidget(b)
            row.addStretch(1)
            form.addRow(row)

    def show_person(self, person_id: str | None, name: str = "") -> None:
        self.person_id = person_id
        self.setVisible(person_id is not None)
        self._clear()
        self.refresh()

    def refresh(self) -> None:
        rows = (guardians.list_guardians(self.ctx.db, self.ctx.actor, self.person_id)
                if self.person_id else [])
        self.model.set_rows(rows)
        self.table.setVisible(bool(rows))
        self.empty.setVisible(not rows)
        self._fit()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 – Qt's name
        if watched is self.table.viewport() and event.type() == QEvent.Resize:
            self._fit()
        return super().eventFilter(watched, event)

    def _need(self, col: int, longest_word: bool) -> int:
        """A column's width for its header and texts: each whole, or (wrapped)
        its longest word."""
        view, metrics = self.table, self.table.fontMetrics()
        texts = [self.model.index(r, col).data() or "" for r in range(self.model.rowCount())]
        if longest_word:
            texts = [w for t in texts for w in t.split()]
        cells = max((metrics.horizontalAdvance(t) for t in texts), default=0) + 12
        return max(view.horizontalHeader().sectionSizeHint(col), cells)

    def _fit(self) -> None:
        """Druh, Jméno and Platnost whole on one line if the decision keeps
        room for its header and a few words, else wrapped; the decision takes the
        rest; then each row as tall as its wrapped text, the table as tall as its
        rows (up to four)."""
        view = self.table
        header = view.horizontalHeader()
        room = view.viewport().width()
        decision = max(header.sectionSizeHint(2), self._need(2, True), 140)
        whole = {c: self._need(c, False) for c in (0, 1, 3)}
        if sum(whole.values()) + decision > room:
            whole = {c: self._need(c, True) for c in (0, 1, 3)}
        for col, width in whole.items():
            view.setColumnWidth(col, width)
        view.resizeRowsToContents()
        rows = self.model.rowCount()
        shown = sum(view.rowHeight(r) for r in range(min(rows, 4))) if rows \
            else view.verticalHeader().defaultSectionSize()
        view.setFixedHeight(header.sizeHint().height() + 2 * view.frameWidth() + shown)

    def _pick(self, index) -> None:
        r = self.model.row(index.row())
        if r is None or not self.form.isVisible():
            return
        self.editing = r.id
        self.kind.setCurrentIndex(self.kind.findData(r.kind))
        self.name.setText(r.name)
        self.decision.setText(r.decision_ref or "")
        self.valid_from.set_value(r.valid_from)
        self.valid_to.set_value(r.valid_to)
        self.save_button.setText(self.tr("Uložit změny"))

    def _clear(self) -> None:
        self.editing = None
        self.errors.clear()
        for w in (self.name, self.decision, self.valid_from, self.valid_to):
            w.clear()
        self.save_button.setText(self.tr("Přidat zástupce"))

    def save(self) -> None:
        try:
            data = guardians.GuardianInput(
                self.kind.currentData(), self.name.text(), self.decision.text(),
                self.valid_from.value("valid_from"), self.valid_to.value("valid_to"))
            guardians.save_guardian(self.ctx.db, self.ctx.actor, self.person_id, data,
                                    guardian_id=self.editing)
        except ValidationError as exc:
            if not self.errors.show(exc):
                QMessageBox.warning(self, self.tr("Nepodařilo se"), exc.message)
            return
        except KmbError as exc:
            QMessageBox.warning(self, self.tr("Nepodařilo se"), exc.message)
            return
        self._clear()
        self.refresh()

    def remove(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        r = self.model.row(rows[0].row()) if rows else None
        if r is None:
            QMessageBox.information(self, self.tr("Zástupci"), self.tr("Vyberte zástupce."))
            return
        try:
            guardians.remove_guardian(self.ctx.db, self.ctx.actor, r.id)
        except KmbError as exc:
            QMessageBox.warning(self, self.tr("Nepodařilo se"), exc.message)
            return
        self._clear()
        self.refresh()
