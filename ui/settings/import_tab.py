"""Nastavení → Import a export: the office's own Excel/CSV lists come in
(choose the file → check the guessed columns → see the rows and every bad
row by its number → import), and everything goes back out as one workbook.

Reading, checking and importing run off the GUI thread (ui/ops) with
progress and *Zrušit*; a cancelled import stores nothing."""
from __future__ import annotations

import datetime as dt
import enum
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QCheckBox, QComboBox, QFileDialog, QGroupBox, QHBoxLayout,
                               QHeaderView, QLabel, QListWidget, QPushButton,
                               QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from app.formatting import format_date, format_money
from app.imports import service
from app.imports.export import export_xlsx
from app.labels import label
from app.security import Permission

from ..context import UiContext
from ..ops import Op, write_op

ERROR_STYLE = "color: #b3261e;"


def import_tab(ctx: UiContext) -> QWidget | None:
    """The tab for those who may set up the office or take its data out."""
    if not (ctx.actor.can(Permission.SETTINGS) or ctx.actor.can(Permission.EXPORT_BUNDLES)):
        return None
    return ImportTab(ctx)


def shown(key: str, value) -> str:
    """A parsed value as the person reads it (dates d. M. yyyy, money in Kč)."""
    if isinstance(value, dt.date):
        return format_date(value)
    if isinstance(value, enum.Enum):
        return label(value)
    if isinstance(value, bool):
        return "ano" if value else "ne"
    if isinstance(value, int) and key in ("household_income", "rent", "services", "lease_rent",
                                          "deposit"):
        return format_money(value)
    return "" if value is None else str(value)


class ImportTab(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.path: Path | None = None
        self.preview: service.Preview | None = None
        self.result: service.ImportResult | None = None
        self.op: Op | None = None
        self.columns: dict[str, QComboBox] = {}
        self._filling = False
        can_import = ctx.actor.can(Permission.SETTINGS)

        intro = QLabel(self.tr(
            "Seznamy, které úřad vede v Excelu (pořadník, nájemníci, byty), načtete sem: "
            "vyberte, co soubor obsahuje, a soubor XLSX nebo CSV; sloupce se přiřadí podle "
            "záhlaví a vy je zkontrolujete. Nic se neuloží, dokud import nepotvrdíte."))
        intro.setWordWrap(True)
        self.kind = QComboBox()
        self.kind.setObjectName("importKind")
        for key, text in service.kinds():
            self.kind.addItem(self.tr(text), key)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.choose = QPushButton(self.tr("Vybrat soubor…"))
        self.choose.setObjectName("chooseFile")
        self.choose.clicked.connect(self.choose_file)
        self.file_label = QLabel(self.tr("Soubor není vybrán."))
        self.file_label.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Co soubor obsahuje:")))
        top.addWidget(self.kind)
        top.addWidget(self.choose)
        top.addWidget(self.file_label, 1)

        self.mapping_table = QTableWidget(0, 2)
        self.mapping_table.setObjectName("importMapping")
        self.mapping_table.setHorizontalHeaderLabels([self.tr("Pole"), self.tr("Sloupec v souboru")])
        self.mapping_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeToContents)
        self.mapping_table.horizontalHeader().setStretchLastSection(True)
        self.mapping_table.verticalHeader().setVisible(False)
        self.check_button = QPushButton(self.tr("Zkontrolovat soubor"))
        self.check_button.setObjectName("checkFile")
        self.check_button.clicked.connect(self.check)
        mapping_box = QGroupBox(self.tr("1. Přiřazení sloupců"))
        mv = QVBoxLayout(mapping_box)
        mv.addWidget(self.mapping_table, 1)
        mv.addWidget(self.check_button)

        self.status = QLabel()
        self.status.setObjectName("importStatus")
        self.status.setWordWrap(True)
        self.rows_table = QTableWidget(0, 0)
        self.rows_table.setObjectName("previewRows")
        self.rows_table.verticalHeader().setVisible(False)
        self.problems = QListWidget()
        self.problems.setObjectName("importProblems")
        self.skip = QCheckBox()
        self.skip.setObjectName("skipBadRows")
        self.skip.toggled.connect(self._update_buttons)
        self.import_button = QPushButton(self.tr("Importovat"))
        self.import_button.setObjectName("runImport")
        self.import_button.setProperty("primary", True)
        self.import_button.clicked.connect(self.run_import)
        preview_box = QGroupBox(self.tr("2. Náhled a chybné řádky"))
        pv = QVBoxLayout(preview_box)
        pv.addWidget(self.status)
        pv.addWidget(self.rows_table, 2)
        pv.addWidget(QLabel(self.tr("Chybné řádky:")))
        pv.addWidget(self.problems, 1)
        pv.addWidget(self.skip)
        pv.addWidget(self.import_button, 0, Qt.AlignRight)

        middle = QHBoxLayout()
        middle.addWidget(mapping_box, 2)
        middle.addWidget(preview_box, 3)

        self.export_button = QPushButton(self.tr("Vyvézt všechna data do Excelu…"))
        self.export_button.setObjectName("exportAll")
        self.export_button.clicked.connect(self.export_all)
        self.export_button.setVisible(ctx.actor.can(Permission.EXPORT_BUNDLES))
        export_note = QLabel(self.tr(
            "Osoby, domácnosti, žádosti, byty a smlouvy jako jeden sešit (list pro každý "
            "druh záznamu, česká záhlaví); vývoz se zapíše do auditu."))
        export_note.setWordWrap(True)
        export_note.setVisible(self.export_button.isVisible())

        layout = QVBoxLayout(self)
        for w in (intro,):
            layout.addWidget(w)
            w.setVisible(can_import)
        import_parts = QWidget()
        ip = QVBoxLayout(import_parts)
        ip.setContentsMargins(0, 0, 0, 0)
        ip.addLayout(top)
        ip.addLayout(middle, 1)
        import_parts.setVisible(can_import)
        layout.addWidget(import_parts, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(export_note, 1)
        bottom.addWidget(self.export_button)
        layout.addLayout(bottom)
        self._update_buttons()

    # -- 1. the file and its columns -------------------------------------------------
    def kind_key(self) -> str:
        return self.kind.currentData()

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Seznam k importu"), "",
            self.tr("Tabulky (*.xlsx *.csv);;Všechny soubory (*)"))
        if path:
            self.load_file(path)

    def load_file(self, path: str | Path) -> None:
        """Look at the file with the remembered or guessed mapping."""
        self.path = Path(path)
        self.file_label.setText(str(self.path))
        self._start_preview(None)

    def _kind_changed(self) -> None:
        if self.path is not None:
            self._start_preview(None)

    def mapping(self) -> dict[str, str | None]:
        return {key: combo.currentData() for key, combo in self.columns.items()}

    def check(self) -> None:
        if self.path is not None:
            self._start_preview(self.mapping())

    def _start_preview(self, mapping) -> None:
        db, actor, kind, path = self.ctx.db, self.ctx.actor, self.kind_key(), self.path
        self.preview = None
        self._update_buttons()
        self.op = Op(self, lambda progress, cancelled: service.preview_import(
            db, actor, kind, path, mapping, progress=progress, cancelled=cancelled),
            title=self.tr("Kontroluji soubor…"), writes=False, cancellable=True,
            show_errors=False)
        self.op.succeeded.connect(self._previewed)
        self.op.failed.connect(self._failed)
        self.op.cancelled.connect(lambda: self._say(self.tr("Kontrola byla zrušena."), True))
        self.op.start()

    def _fill_mapping(self, p: service.Preview) -> None:
        self._filling = True
        fields = service.field_labels(p.kind)
        self.mapping_table.setRowCount(len(fields))
        self.columns = {}
        for row, (key, text) in enumerate(fields):
            item = QTableWidgetItem(self.tr(text))
            item.setFlags(Qt.ItemIsEnabled)
            self.mapping_table.setItem(row, 0, item)
            combo = QComboBox()
            combo.setObjectName(f"map_{key}")
            combo.addItem(self.tr("(nevybráno)"), None)
            for h in p.headers:
                if h:
                    combo.addItem(h, h)
            combo.setCurrentIndex(max(combo.findData(p.mapping.get(key)), 0))
            combo.currentIndexChanged.connect(self._mapping_edited)
            self.mapping_table.setCellWidget(row, 1, combo)
            self.columns[key] = combo
        self._filling = False

    def _mapping_edited(self) -> None:
        if not self._filling:       # the preview no longer matches: check again first
            self.preview = None
            self._say(self.tr("Přiřazení se změnilo – soubor znovu zkontrolujte."), False)
            self._update_buttons()

    # -- 2. the preview --------------------------------------------------------------
    def _previewed(self, p: service.Preview) -> None:
        self.preview = p
        self._fill_mapping(p)
        self.problems.clear()
        self.problems.addItems([str(x) for x in p.problems])
        self._fill_rows(p)
        if p.mapping_error:
            self._say(p.mapping_error, True)
        else:
            text = self.tr("Řádků: {0} · nových: {1} · už v evidenci: {2} · chybných: {3}").format(
                p.rows, p.new, p.existing, len(p.problems))
            if p.mapping_remembered:
                text += self.tr(" (přiřazení sloupců zapamatované z minula)")
            if p.problems:
                text += self.tr(" – opravte soubor, nebo chybné řádky výslovně vynechejte.")
            self._say(text, bool(p.problems))
        self.skip.setText(self.tr("Vynechat chybné řádky ({0}) a importovat ostatní")
                          .format(len(p.problems)))
        self.skip.setChecked(False)
        self._update_buttons()

    def _fill_rows(self, p: service.Preview) -> None:
        labels = dict(service.field_labels(p.kind))
        keys = [k for k, v in p.mapping.items() if v] if not p.mapping_error else []
        self.rows_table.clear()
        self.rows_table.setColumnCount(len(keys) + 2)
        self.rows_table.setHorizontalHeaderLabels(
            [self.tr("Řádek"), self.tr("Stav")] + [labels[k] for k in keys])
        self.rows_table.setRowCount(len(p.sample) if keys else 0)
        for r, (line, values) in enumerate(p.sample if keys else []):
            self.rows_table.setItem(r, 0, QTableWidgetItem(str(line)))
            self.rows_table.setItem(r, 1, QTableWidgetItem(p.state(line)))
            for c, key in enumerate(keys, start=2):
                self.rows_table.setItem(r, c, QTableWidgetItem(shown(key, values.get(key))))
        self.rows_table.resizeColumnsToContents()

    def _failed(self, exc: Exception) -> None:
        self.preview = None
        self.mapping_table.setRowCount(0)
        self.rows_table.setRowCount(0)
        self.problems.clear()
        self._say(getattr(exc, "message", str(exc)), True)
        self._update_buttons()

    def _say(self, text: str, error: bool) -> None:
        self.status.setText(text)
        self.status.setStyleSheet(ERROR_STYLE if error else "")

    def _update_buttons(self) -> None:
        p = self.preview
        ok = (p is not None and p.mapping_error is None and p.new > 0
              and (not p.problems or self.skip.isChecked()))
        self.import_button.setEnabled(ok)
        self.skip.setVisible(p is not None and bool(p.problems))
        self.check_button.setEnabled(self.path is not None)

    # -- 3. the import ----------------------------------------------------------------
    def run_import(self) -> None:
        db, actor, kind, path = self.ctx.db, self.ctx.actor, self.kind_key(), self.path
        mapping, skip = self.mapping(), self.skip.isChecked()
        self.import_button.setEnabled(False)
        self.op = write_op(
            self, self.tr("Importuji…"),
            lambda progress, cancelled: service.run_import(
                db, actor, kind, path, mapping, skip_invalid=skip, progress=progress,
                cancelled=cancelled),
            self._imported, cancellable=True, cancelled=self._cancelled,
            failed=lambda exc: self._say(getattr(exc, "message", str(exc)), True),
            show_errors=False)

    def _imported(self, result: service.ImportResult) -> None:
        self.result = result
        self.preview = None
        self._say(self.tr("Importováno: {0} nových záznamů, {1} už bylo v evidenci, "
                          "vynecháno {2} chybných řádků.").format(
            result.created, result.existing, len(result.skipped)), False)
        self._update_buttons()

    def _cancelled(self) -> None:
        self._say(self.tr("Import byl zrušen; nic se neuložilo."), True)
        self._update_buttons()

    # -- everything back out -------------------------------------------------------------
    def export_all(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Vývoz dat úřadu"), "kmb-data.xlsx", self.tr("Sešit Excelu (*.xlsx)"))
        if not path:
            return
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        db, actor = self.ctx.db, self.ctx.actor
        self.op = write_op(self, self.tr("Vyvážím data…"),
                           lambda _progress, _cancelled: export_xlsx(db, actor, path),
                           self._exported)

    def _exported(self, result) -> None:
        counts = ", ".join(f"{k}: {v}" for k, v in result.counts.items())
        self._say(self.tr("Uloženo do {0} ({1}).").format(result.path, counts), False)
