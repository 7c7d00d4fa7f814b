"""Příjem → Možné duplicity: pairs of records flagged at intake (or after an
import). The worker merges them (every contact, case and note goes with the
kept record) or confirms two different people."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (QButtonGroup, QGridLayout, QHBoxLayout,
                               QLabel, QMessageBox, QPushButton, QRadioButton, QVBoxLayout, QWidget)

from app.errors import KmbError
from app.formatting import format_date, format_datetime
from app.intake.duplicates import list_open_pairs, mark_different
from app.people.merge import merge_persons, merge_preview
from app.security import Permission

from ..labels import shown_date
from ..context import UiContext
from ..widgets.dialogs import FormDialog
from ..widgets.lazy import LazyLoad
from ..widgets.tables import fit_columns, list_table
from ..widgets.table_model import Col, RowsModel

_T = "DuplicatesTab"


def _who(c) -> str:
    born = format_date(c.birth_date)
    return f"{c.name}, {born}" if born else c.name


COLUMNS = [
    Col(QT_TRANSLATE_NOOP("DuplicatesTab", "První záznam"), lambda p: _who(p.a), context=_T),
    Col(QT_TRANSLATE_NOOP("DuplicatesTab", "Druhý záznam"), lambda p: _who(p.b), context=_T),
    Col(QT_TRANSLATE_NOOP("DuplicatesTab", "Shoda"),
        lambda p: QCoreApplication.translate("PersonSection", p.reason_label), context=_T),
    Col(QT_TRANSLATE_NOOP("DuplicatesTab", "Označeno"), lambda p: format_datetime(p.flagged_at),
        context=_T),
]
TABLE_NAMES = {
    "contact_record": QT_TRANSLATE_NOOP("DuplicatesTab", "kontakty"),
    "case": QT_TRANSLATE_NOOP("DuplicatesTab", "případy"),
    "note": QT_TRANSLATE_NOOP("DuplicatesTab", "poznámky"),
    "task": QT_TRANSLATE_NOOP("DuplicatesTab", "úkoly"),
    "referral": QT_TRANSLATE_NOOP("DuplicatesTab", "předání"),
    "household_member": QT_TRANSLATE_NOOP("DuplicatesTab", "domácnosti"),
    "person_contact": QT_TRANSLATE_NOOP("DuplicatesTab", "telefony a e-maily"),
    "housing_need_record": QT_TRANSLATE_NOOP("DuplicatesTab", "zápisy potřebných"),
    "assessment": QT_TRANSLATE_NOOP("DuplicatesTab", "sociální šetření"),
    "lease": QT_TRANSLATE_NOOP("DuplicatesTab", "nájemní smlouvy"),
}


class MergeDialog(FormDialog):
    """Two records side by side; the worker picks the one to keep."""

    def __init__(self, ctx: UiContext, a_id: str, b_id: str, parent=None):
        tr = lambda text: QCoreApplication.translate("", text)  # noqa: E731 – lupdate files bare tr() without a context
        super().__init__(tr("Sloučit záznamy osoby"), tr(
            "Vše z druhého záznamu (kontakty, případy, poznámky, členství v domácnosti …) "
            "přejde k ponechanému záznamu. Sloučení se zapíše do auditního záznamu."),
            parent, tr("Sloučit"), width=640)
        self.ctx = ctx
        self.a, self.b = merge_preview(ctx.db, ctx.actor, a_id, b_id)
        body = QWidget()
        grid = QGridLayout(body)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(18)
        self.keep = QButtonGroup(self)
        for col, s in enumerate((self.a, self.b)):
            radio = QRadioButton(self.tr("Ponechat tento záznam"))
            radio.setProperty("person_id", s.id)
            self.keep.addButton(radio)
            refs = ", ".join(QCoreApplication.translate("DuplicatesTab", TABLE_NAMES.get(t, t))
                             + f" {n}" for t, n in sorted(s.references.items()))
            info = QLabel(f"<b>{s.name}</b><br>"
                          + self.tr("nar. {0}").format(shown_date(s.birth_date) or "—") + "<br>"
                          + self.tr("RČ {0}").format(s.birth_number or "—") + "<br>"
                          + (s.address or "—") + "<br><br>"
                          + self.tr("Vazby: {0}").format(refs or self.tr("žádné")))
            info.setWordWrap(True)
            info.setTextFormat(Qt.RichText)
            grid.addWidget(radio, 0, col)
            grid.addWidget(info, 1, col, Qt.AlignTop)
        # keep the record with more history by default
        first = 0 if self.a.total_references >= self.b.total_references else 1
        self.keep.buttons()[first].setChecked(True)
        self.set_body(body)
        self.error = self.general_error
        self.resize(640, self.sizeHint().height())

    def survivor(self) -> str:
        return self.keep.checkedButton().property("person_id")

    def merge(self) -> None:
        self._ok()

    def submit(self) -> None:
        survivor = self.survivor()
        other = self.b.id if survivor == self.a.id else self.a.id
        merge_persons(self.ctx.db, self.ctx.actor, survivor, other)


class DuplicatesTab(QWidget):
    count_changed = Signal(int)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        info = QLabel(self.tr("Záznamy, které mohou patřit jedné osobě. Sloučením se spojí "
                              "všechny kontakty, případy a poznámky; „Různé osoby“ označení "
                              "zruší."))
        info.setWordWrap(True)
        info.setObjectName("muted")
        self.model = RowsModel(COLUMNS)
        self.table = list_table(self.model, "duplicatesTable")
        fit_columns(self.table, [260, 260, 200])
        self.merge_button = QPushButton(self.tr("Sloučit…"))
        self.merge_button.setProperty("primary", True)
        self.different_button = QPushButton(self.tr("Různé osoby"))
        self.merge_button.clicked.connect(self.merge_selected)
        self.different_button.clicked.connect(self.different_selected)
        can = ctx.actor.can(Permission.MERGE_PERSONS)
        self.merge_button.setEnabled(can)
        self.different_button.setEnabled(ctx.actor.can(Permission.EDIT_PERSONS))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.different_button)
        buttons.addWidget(self.merge_button)
        self.empty = QLabel(self.tr("Žádné možné duplicity k posouzení."))
        self.empty.setObjectName("muted")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(info)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addLayout(buttons)
        self.empty.hide()
        # read off the GUI thread (a city's flags with both records and addresses),
        # at once, not when first shown: the tab's title counts the pairs
        self.loader = LazyLoad(self, ctx.changes, self._query, self._fill,
                               "possible_duplicate", "person")
        self.refresh()

    def refresh(self) -> None:
        self.loader.load()

    def _query(self):
        db, actor = self.ctx.db, self.ctx.actor
        return lambda: list_open_pairs(db, actor)

    def _fill(self, rows) -> None:
        self.model.set_rows(rows)
        self.empty.setVisible(not rows)
        if rows:
            self.table.selectRow(0)
        self.count_changed.emit(len(rows))

    def _selected(self):
        return self.model.row(self.table.currentIndex().row())

    def merge_selected(self) -> None:
        pair = self._selected()
        if pair is None:
            return
        try:
            dlg = MergeDialog(self.ctx, pair.a.id, pair.b.id, parent=self)
        except KmbError as exc:
            QMessageBox.warning(self, self.tr("Nelze sloučit"), exc.message)
            return
        if dlg.exec():
            self.refresh()

    def different_selected(self) -> None:
        pair = self._selected()
        if pair is None:
            return
        mark_different(self.ctx.db, self.ctx.actor, pair.id)
