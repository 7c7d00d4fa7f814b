"""Smlouvy → Dluhy na nájemném: balances of a month, entry by hand and the
import of the property manager's file (with a remembered column mapping)."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QTimer
from PySide6.QtWidgets import (QCheckBox, QComboBox, QFileDialog,
                               QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit,
                               QListWidget, QPushButton, QVBoxLayout, QWidget)

from app.errors import KmbError, ValidationError
from app.formatting import format_money
from app.leases.arrears import (FIELDS, enter_balance, import_arrears, month_overview,
                                preview_import)
from app.leases.records import list_leases
from app.security import Permission

from ..context import UiContext
from ..ops import write_op
from ..widgets.dialogs import FormDialog, KeepOpen
from ..widgets.fields import select_data
from ..widgets.lazy import LazyLoad
from ..widgets.table_model import Col, RowsModel
from ..widgets.tables import fit_columns, list_table, selected_row
from ..labels import month_year
from .dialogs import BalanceDialog, month_choices

_T = "ArrearsTab"


def _money(v):
    return "—" if v is None else format_money(v)


COLUMNS = [
    Col(QT_TRANSLATE_NOOP("ArrearsTab", "Smlouva"), lambda r: r.number, context=_T),
    Col(QT_TRANSLATE_NOOP("ArrearsTab", "Nájemce"), lambda r: r.tenant, context=_T),
    Col(QT_TRANSLATE_NOOP("ArrearsTab", "Byt"), lambda r: r.flat, context=_T),
    Col(QT_TRANSLATE_NOOP("ArrearsTab", "Předchozí měsíc"), lambda r: _money(r.previous_hal),
        align_right=True, context=_T),
    Col(QT_TRANSLATE_NOOP("ArrearsTab", "Dluh"), lambda r: _money(r.balance_hal),
        align_right=True, context=_T),
]
FIELD_LABELS = {
    "lease_number": QT_TRANSLATE_NOOP("ArrearsImportDialog", "Číslo smlouvy"),
    "balance": QT_TRANSLATE_NOOP("ArrearsImportDialog", "Dluh (Kč)"),
    "month": QT_TRANSLATE_NOOP("ArrearsImportDialog", "Období (měsíc)"),
}
PREVIEW_COLUMNS = [
    Col(QT_TRANSLATE_NOOP("ArrearsTab", "Řádek"), lambda r: r.line, align_right=True,
        context=_T),
    Col(QT_TRANSLATE_NOOP("ArrearsTab", "Smlouva"), lambda r: r.lease_number, context=_T),
    Col(QT_TRANSLATE_NOOP("ArrearsTab", "Měsíc"), lambda r: month_year(r.month), context=_T),
    Col(QT_TRANSLATE_NOOP("ArrearsTab", "Dluh"), lambda r: format_money(r.balance_hal),
        align_right=True, context=_T),
]


class ArrearsTab(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.month = QComboBox()
        self.month.setObjectName("arrearsMonth")
        for m in month_choices():
            self.month.addItem(month_year(m), m)
        self.month.setCurrentIndex(1)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Hledat smlouvu, nájemce, adresu…"))
        self.search.setClearButtonEnabled(True)
        self.only_debts = QCheckBox(self.tr("jen s dluhem"))
        self.only_debts.setChecked(True)
        self.enter_button = QPushButton(self.tr("Zadat dluh…"))
        self.import_button = QPushButton(self.tr("Import od správce…"))
        self.import_button.setProperty("primary", True)
        can_edit = ctx.actor.can(Permission.EDIT_LEASES)
        self.enter_button.setVisible(can_edit)
        self.import_button.setVisible(can_edit)
        self.summary = QLabel()
        self.summary.setObjectName("muted")
        self.model = RowsModel(COLUMNS)
        self.view = list_table(self.model, "arrearsTable")
        fit_columns(self.view, [110, 190, 320, 130, 130], stretch=2)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Stav ke konci měsíce")))
        top.addWidget(self.month)
        top.addWidget(self.search, 1)
        top.addWidget(self.only_debts)
        top.addWidget(self.enter_button)
        top.addWidget(self.import_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.summary)
        self._debounce = QTimer(self, singleShot=True, interval=180)
        self._debounce.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _: self._debounce.start())
        self.month.currentIndexChanged.connect(self.refresh)
        self.only_debts.toggled.connect(self.refresh)
        self.enter_button.clicked.connect(self.enter)
        self.import_button.clicked.connect(self.import_file)
        # read when first shown (Smlouvy opens on its first tab), off the GUI thread
        self.loader = LazyLoad(self, ctx.changes, self._query, self._fill,
                               "arrears_balance", "lease")

    def refresh(self) -> None:
        self._debounce.stop()
        self.loader.load()

    def _query(self):
        db, actor, month = self.ctx.db, self.ctx.actor, self.month.currentData()
        text, only_debts = self.search.text(), self.only_debts.isChecked()
        return lambda: month_overview(db, actor, month, text, only_debts=only_debts)

    def _fill(self, rows) -> None:
        self.model.set_rows(rows)
        total = sum(r.balance_hal or 0 for r in rows)
        debtors = sum(1 for r in rows if r.balance_hal)
        self.summary.setText(self.tr("Smluv: {0} · s dluhem: {1} · dluh celkem {2}").format(
            len(rows), debtors, format_money(total)))

    def enter(self) -> None:
        leases = [(r.id, f"{r.number} – {r.tenant}, {r.flat}")
                  for r in list_leases(self.ctx.db, self.ctx.actor, current_only=True)
                  if r.state.value != "draft"]
        chosen = selected_row(self.view)
        dlg = BalanceDialog(self.ctx, leases, enter_balance,
                            lease_id=chosen.lease_id if chosen else None,
                            month=self.month.currentData(), parent=self)
        dlg.exec()

    def import_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Soubor od správce bytů"), "",
            self.tr("Tabulky (*.csv *.xlsx);;Všechny soubory (*)"))
        if not path:
            return
        dlg = ArrearsImportDialog(self.ctx, self.month.currentData(), parent=self)
        dlg.load_file(path)
        dlg.exec()


class ArrearsImportDialog(FormDialog):
    """Check the file, map its columns, see every bad line; import only when
    the file is clean or the user chose to skip the bad rows."""

    def __init__(self, ctx: UiContext, month, parent=None):
        tr = lambda text: QCoreApplication.translate("", text)  # noqa: E731 – lupdate files bare tr() without a context
        super().__init__(tr("Import dluhů od správce bytů"), parent=parent,
                         ok_text=tr("Importovat"), width=700)
        self.ctx = ctx
        self.path: Path | None = None
        self.preview = None
        self.result = None
        self.file_label = QLabel(self.tr("Soubor není vybrán."))
        self.file_label.setWordWrap(True)
        self.month = QComboBox()
        for m in month_choices():
            self.month.addItem(month_year(m), m)
        if not select_data(self.month, month):
            self.month.setCurrentIndex(1)
        self.columns: dict[str, QComboBox] = {}
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        form = QFormLayout()
        form.addRow(self.tr("Soubor"), self.file_label)
        for key in FIELDS:
            text = QCoreApplication.translate("ArrearsImportDialog", FIELD_LABELS[key])
            combo = QComboBox()
            combo.setObjectName(f"map_{key}")
            combo.currentIndexChanged.connect(self.check)
            self.columns[key] = combo
            form.addRow(self.tr("Sloupec „{0}“").format(text), combo)
        form.addRow(self.tr("Měsíc, není-li v souboru"), self.month)
        self.month.currentIndexChanged.connect(self.check)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.rows_model = RowsModel(PREVIEW_COLUMNS)
        self.rows_view = list_table(self.rows_model, "importRows")
        fit_columns(self.rows_view, [60, 130, 120])
        self.problems = QListWidget()
        self.problems.setObjectName("importProblems")
        self.skip = QCheckBox()
        self.skip.setObjectName("skipBadRows")
        self.skip.toggled.connect(self._update_button)
        good = QGroupBox(self.tr("Řádky k importu"))
        QVBoxLayout(good).addWidget(self.rows_view)
        bad = QGroupBox(self.tr("Chybné řádky"))
        bv = QVBoxLayout(bad)
        bv.addWidget(self.problems)
        bv.addWidget(self.skip)
        lists = QHBoxLayout()
        lists.addWidget(good, 1)
        lists.addWidget(bad, 1)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addLayout(lists, 1)
        self.set_body(body, stretch=1)
        self.import_button = self.ok_button
        self.resize(900, 560)
        self._loading = False
        self._update_button()

    def load_file(self, path: str | Path) -> None:
        self.path = Path(path)
        # the name the person chose, not the folder (often a temporary one)
        self.file_label.setText(self.path.name)
        self.file_label.setToolTip(str(self.path))
        try:
            preview = preview_import(self.ctx.db, self.ctx.actor, self.path,
                                     month=self.month.currentData())
        except KmbError as exc:
            self.status.setText(exc.message)
            self.status.setStyleSheet("color: #b3261e;")
            return
        self._loading = True
        for key, combo in self.columns.items():
            combo.clear()
            combo.addItem(self.tr("(nevybráno)"), None)
            for h in preview.headers:
                if h:
                    combo.addItem(h, h)
            combo.setCurrentIndex(max(combo.findData(preview.mapping.get(key)), 0))
        self._loading = False
        self.check()

    def mapping(self) -> dict:
        return {key: combo.currentData() for key, combo in self.columns.items()}

    def check(self) -> None:
        if self._loading or self.path is None:
            return
        self.preview = None
        try:
            self.preview = preview_import(self.ctx.db, self.ctx.actor, self.path, self.mapping(),
                                          self.month.currentData())
        except ValidationError as exc:
            self.rows_model.set_rows([])
            self.problems.clear()
            self.status.setText(exc.message)
            self.status.setStyleSheet("color: #b3261e;")
        else:
            p = self.preview
            self.rows_model.set_rows(p.rows)
            self.problems.clear()
            self.problems.addItems([str(x) for x in p.problems])
            self.status.setText(self.tr("Řádků k importu: {0} · chybných: {1}").format(
                len(p.rows), len(p.problems)) + ("" if p.clean else self.tr(
                    " – opravte soubor, nebo chybné řádky výslovně přeskočte.")))
            self.status.setStyleSheet("" if p.clean else "color: #b3261e;")
            self.skip.setText(self.tr("Přeskočit chybné řádky ({0}) a importovat ostatní")
                              .format(len(p.problems)))
        self.skip.setChecked(False)
        self._update_button()

    def _update_button(self) -> None:
        p = self.preview
        ok = p is not None and bool(p.rows) and (p.clean or self.skip.isChecked())
        self.import_button.setEnabled(ok)
        self.skip.setVisible(p is not None and not p.clean)

    def do_import(self) -> None:
        self._ok()

    def submit(self) -> None:
        """Import off the GUI thread with progress; *Zrušit* in the progress
        dialog stops it only before the commit (then nothing is stored). The
        dialog stays open until the import reports (``_imported``)."""
        db, actor, path, mapping = self.ctx.db, self.ctx.actor, self.path, self.mapping()
        month, skip = self.month.currentData(), self.skip.isChecked()
        self.import_button.setEnabled(False)
        self.op = write_op(
            self, self.tr("Importuji dluhy…"),
            lambda progress, cancelled: import_arrears(
                db, actor, path, mapping, month, skip_bad=skip, progress=progress,
                cancelled=cancelled),
            self._imported, cancellable=True, cancelled=self._cancelled,
            failed=lambda _exc: self._update_button())
        raise KeepOpen()

    def _imported(self, result) -> None:
        self.result = result
        self.accept()

    def _cancelled(self) -> None:
        self.status.setText(self.tr("Import byl zrušen; nic se neuložilo."))
        self.status.setStyleSheet("color: #b3261e;")
        self._update_button()
