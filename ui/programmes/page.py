"""Programy a dotace: the programme register with each programme's figures
for a period, the records in it (cases, leases, fund budgets – each kind as
the role may see it) and the funder's indicator workbook; and the flats
bought with grants, with their sustainability and target group."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (QFileDialog, QHBoxLayout, QLabel, QMessageBox, QPushButton,
                               QSplitter, QTabWidget, QVBoxLayout, QWidget)

from app.errors import Cancelled, KmbError, ValidationError
from app.files import write_atomic
from app.formatting import format_date, format_money
from app.programmes.funding import clear_flat_funding, funded_flats
from app.programmes.indicators import indicator_workbook, programme_stats
from app.programmes.register import ProgrammeRow, list_programmes, remove_programme
from app.programmes.tags import BUDGET, CASE, LEASE, kind_label, programme_records, untag
from app.security import Permission

from ..labels import shown_date
from ..context import UiContext
from ..ops import read_op, write_op
from ..widgets.dialogs import show_error
from ..widgets.fields import DateField
from ..widgets.sections import error_label, mark
from ..widgets.column_fit import ColumnFitter
from ..widgets.table_model import Col, RowsModel, WholeOnHoverModel
from ..widgets.tables import fit_columns, list_table, selected_row

_T = "ProgrammesPage"
PROGRAMME_COLUMNS = [
    Col(QT_TRANSLATE_NOOP("ProgrammesPage", "Program / projekt"), lambda r: r.name, context=_T),
    Col(QT_TRANSLATE_NOOP("ProgrammesPage", "Kód"), lambda r: r.code, context=_T),
    Col(QT_TRANSLATE_NOOP("ProgrammesPage", "Poskytovatel"), lambda r: r.funder_label,
        context=_T),
    Col(QT_TRANSLATE_NOOP("ProgrammesPage", "Případů"), lambda r: r.cases, align_right=True,
        context=_T),
    Col(QT_TRANSLATE_NOOP("ProgrammesPage", "Smluv"), lambda r: r.leases, align_right=True,
        context=_T),
]
FIGURE_COLUMNS = [
    Col(QT_TRANSLATE_NOOP("ProgrammesPage", "Ukazatel"), lambda r: r[0], context=_T),
    Col(QT_TRANSLATE_NOOP("ProgrammesPage", "Hodnota"), lambda r: r[1], align_right=True,
        context=_T),
]
RECORD_COLUMNS = [
    Col(QT_TRANSLATE_NOOP("ProgrammesPage", "Druh"), lambda r: kind_label(r.kind), context=_T),
    Col(QT_TRANSLATE_NOOP("ProgrammesPage", "Záznam"), lambda r: r.text, context=_T),
    Col(QT_TRANSLATE_NOOP("ProgrammesPage", "Zařazeno"), lambda r: format_date(r.tagged_on),
        context=_T),
]
FLAT_COLUMNS = [
    Col(QT_TRANSLATE_NOOP("ProgrammesPage", "Byt"), lambda r: r.title, context=_T),
    Col(QT_TRANSLATE_NOOP("ProgrammesPage", "Zdroj"), lambda r: r.source, context=_T),
    Col(QT_TRANSLATE_NOOP("ProgrammesPage", "Projekt"), lambda r: r.programme or "", context=_T),
    Col(QT_TRANSLATE_NOOP("ProgrammesPage", "Udržitelnost do"),
        lambda r: format_date(r.sustainability_until), context=_T),
    Col(QT_TRANSLATE_NOOP("ProgrammesPage", "Cílová skupina"), lambda r: r.rule, context=_T),
]


def _share(value) -> str:
    return "—" if value is None else f"{value:.1f} %".replace(".", ",")


class ProgrammesPage(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.programmes: list[ProgrammeRow] = []
        self.loading = False
        self.exported: Path | None = None
        can = ctx.actor.can
        title = QLabel(self.tr("Programy a dotace"))
        title.setObjectName("pageTitle")
        self.tabs = QTabWidget()
        self.tabs.setObjectName("programmeTabs")
        self.tabs.addTab(self._register_tab(can), self.tr("Programy a projekty"))
        if can(Permission.VIEW_FLATS):
            self.tabs.addTab(self._flats_tab(can), self.tr("Byty z dotací"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 10)
        layout.addWidget(title)
        layout.addWidget(self.tabs, 1)
        ctx.changes.watch(self, self.refresh, "programme", "programme_tag", "flat_funding",
                          "case", "lease", "fund_budget")
        self.refresh()

    # -- building ----------------------------------------------------------------------------

    def _button(self, text: str, visible: bool, slot, primary: bool = False) -> QPushButton:
        b = QPushButton(text)
        b.setVisible(visible)
        b.setProperty("primary", primary)
        b.clicked.connect(slot)
        return b

    def _register_tab(self, can) -> QWidget:
        self.new_button = self._button(self.tr("Nový program…"), can(Permission.SETTINGS),
                                       self.new_programme, primary=True)
        self.edit_button = self._button(self.tr("Upravit…"), can(Permission.SETTINGS),
                                        self.edit_programme)
        self.remove_button = self._button(self.tr("Odebrat"), can(Permission.SETTINGS),
                                          self.remove_programme)
        self.model = WholeOnHoverModel(PROGRAMME_COLUMNS)
        self.view = list_table(self.model, "programmeTable")
        # the funder and the counts whole, the name and the code share the rest
        # (whole on hover and below the list, with the period)
        self.fitter = ColumnFitter(self.view, elastic=[0, 1], least=160)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self.show_programme())
        self.about = QLabel()
        self.about.setObjectName("programmeAbout")
        self.about.setWordWrap(True)
        self.about.setTextFormat(Qt.PlainText)
        # the period of the figures
        self.date_from = DateField()
        self.date_from.setObjectName("programmeFrom")
        self.date_to = DateField()
        self.date_to.setObjectName("programmeTo")
        today = dt.date.today()
        self.date_from.set_value(dt.date(today.year, 1, 1))
        self.date_to.set_value(today)
        self.show_button = self._button(self.tr("Zobrazit"), True, self.load_figures)
        self.export_button = self._button(self.tr("Export indikátorů pro poskytovatele…"),
                                          can(Permission.VIEW_STATS), self.export)
        self.period_error = error_label()
        self.figure_model = RowsModel(FIGURE_COLUMNS)
        self.figures = list_table(self.figure_model, "programmeFigures", row_height=22)
        self.figures.setColumnWidth(0, 260)
        self.figures_title = QLabel()
        self.figures_title.setObjectName("sectionTitle")
        self.record_model = RowsModel(RECORD_COLUMNS)
        self.records = list_table(self.record_model, "programmeRecords")
        fit_columns(self.records, [110, 380, 85], stretch=1)
        self.tag_buttons = {
            CASE: self._button(self.tr("Zařadit případ…"), can(Permission.EDIT_CASES),
                               lambda: self.tag(CASE)),
            LEASE: self._button(self.tr("Zařadit smlouvu…"), can(Permission.EDIT_LEASES),
                                lambda: self.tag(LEASE)),
            BUDGET: self._button(self.tr("Zařadit rozpočet fondu…"),
                                 can(Permission.DECIDE_FUND), lambda: self.tag(BUDGET)),
        }
        self.untag_button = self._button(
            self.tr("Vyřadit z programu"), any(can(p) for p in (
                Permission.EDIT_CASES, Permission.EDIT_LEASES, Permission.DECIDE_FUND)),
            self.untag)
        self.status = QLabel()
        self.status.setObjectName("muted")

        top = QHBoxLayout()
        top.addStretch(1)
        for b in (self.remove_button, self.edit_button, self.new_button):
            top.addWidget(b)
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addLayout(top)
        lv.addWidget(self.view, 1)
        lv.addWidget(self.about)
        period = QHBoxLayout()
        period.addWidget(QLabel(self.tr("Období")))
        period.addWidget(self.date_from)
        period.addWidget(QLabel("–"))
        period.addWidget(self.date_to)
        period.addWidget(self.show_button)
        period.addStretch(1)
        period.addWidget(self.export_button)
        right = QWidget()
        rv = QVBoxLayout(right)
        rv.setContentsMargins(8, 0, 0, 0)
        rv.addLayout(period)
        rv.addWidget(self.period_error)
        rv.addWidget(self.figures_title)
        rv.addWidget(self.figures, 2)
        rv.addWidget(QLabel(self.tr("Zařazené záznamy")))
        rv.addWidget(self.records, 2)
        buttons = QHBoxLayout()
        for b in self.tag_buttons.values():
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.untag_button)
        rv.addLayout(buttons)
        rv.addWidget(self.status)
        split = QSplitter(Qt.Horizontal)
        split.addWidget(left)
        split.addWidget(right)
        split.setSizes([660, 520])
        self.date_from.returnPressed.connect(self.load_figures)
        self.date_to.returnPressed.connect(self.load_figures)
        return split

    def _flats_tab(self, can) -> QWidget:
        self.flat_model = RowsModel(FLAT_COLUMNS)
        self.flats = list_table(self.flat_model, "fundedFlats", row_height=50)  # 3 lines
        self.flats.setWordWrap(True)
        fit_columns(self.flats, [260, 60, 190, 120, 420], stretch=4)
        self.flat_new = self._button(self.tr("Zapsat financování bytu…"),
                                     can(Permission.EDIT_FLATS), self.new_funding, primary=True)
        self.flat_edit = self._button(self.tr("Upravit…"), can(Permission.EDIT_FLATS),
                                      self.edit_funding)
        self.flat_clear = self._button(self.tr("Zrušit financování"), can(Permission.EDIT_FLATS),
                                       self.clear_funding)
        hint = QLabel(self.tr(
            "Do konce udržitelnosti pořadník nabídne byt jen domácnostem z cílové skupiny; "
            "o tom, zda udržitelnost ještě trvá, rozhoduje den nabídky."))
        hint.setObjectName("muted")
        hint.setWordWrap(True)
        w = QWidget()
        v = QVBoxLayout(w)
        row = QHBoxLayout()
        row.addWidget(hint, 1)
        for b in (self.flat_clear, self.flat_edit, self.flat_new):
            row.addWidget(b)
        v.addLayout(row)
        v.addWidget(self.flats, 1)
        return w

    # -- reading -----------------------------------------------------------------------------

    def refresh(self) -> None:
        current = self.current()
        self.programmes = list_programmes(self.ctx.db, self.ctx.actor)
        self.model.set_rows(self.programmes)
        keep = next((i for i, p in enumerate(self.programmes)
                     if current and p.id == current.id), 0)
        if self.programmes:
            self.view.selectRow(keep)
        self.show_programme()
        if hasattr(self, "flat_model"):
            self.flat_model.set_rows(funded_flats(self.ctx.db, self.ctx.actor))

    def current(self) -> ProgrammeRow | None:
        return selected_row(self.view) if hasattr(self, "view") else None

    def show_programme(self) -> None:
        p = self.current()
        has = p is not None
        for b in (self.edit_button, self.remove_button, self.untag_button,
                  *self.tag_buttons.values()):
            b.setEnabled(has)
        if p is None:
            self.about.setText(self.tr("V evidenci zatím není žádný program."))
            self.record_model.set_rows([])
            self.figure_model.set_rows([])
            return
        indicators = "; ".join(line.strip() for line in (p.indicators or "").splitlines()
                               if line.strip())
        self.about.setText(self.tr("{0}, poskytovatel {1}, {2} – {3}.\nIndikátory: {4}").format(
            p.title, p.funder_label, shown_date(p.starts_on) or "…",
            shown_date(p.ends_on) or "…", indicators or "—"))
        self.record_model.set_rows(programme_records(self.ctx.db, self.ctx.actor, p.id))
        self.load_figures()

    def period(self) -> tuple[dt.date, dt.date]:
        d_from, d_to = self.date_from.value("date_from"), self.date_to.value("date_to")
        if d_from is None or d_to is None:
            raise ValidationError(self.tr("Zadejte začátek i konec období."), field="date_from")
        if d_from > d_to:
            raise ValidationError(self.tr("Začátek období je po jeho konci."), field="date_from")
        return d_from, d_to

    def load_figures(self) -> None:
        """The programme's figures for the period, computed off the GUI thread."""
        mark(self.date_from, self.period_error, None)
        p = self.current()
        if p is None:
            return
        try:
            d_from, d_to = self.period()
        except (ValidationError, KmbError) as exc:
            mark(self.date_from, self.period_error, exc.message)
            return
        db, actor = self.ctx.db, self.ctx.actor
        self.loading = True
        self.figures_title.setText(self.tr("Počítám…"))
        read_op(self, lambda: programme_stats(db, actor, d_from, d_to),
                lambda tables: self._fill(p, d_from, d_to, tables), key="figures",
                failed=self._failed, show_errors=False)

    def _failed(self, exc: Exception) -> None:
        self.loading = False
        self.figures_title.setText("")
        mark(self.date_from, self.period_error,
             exc.message if isinstance(exc, KmbError) else str(exc))

    def _fill(self, p: ProgrammeRow, d_from: dt.date, d_to: dt.date, tables) -> None:
        self.loading = False
        totals = next((r for r in tables[0].rows if r["code"] == p.code), None)
        retention = next((r for r in tables[1].rows if r["programme"] == p.name), None)
        rows = []
        if totals is not None:
            rows += [(self.tr("Podpořené domácnosti"), totals["households"]),
                     (self.tr("Podpořené osoby"), totals["persons"]),
                     (self.tr("Případy v období"), totals["cases"]),
                     (self.tr("z toho nové"), totals["new_cases"]),
                     (self.tr("z toho zabydlené"), totals["housed_cases"]),
                     (self.tr("Nájemní smlouvy"), totals["leases"]),
                     (self.tr("Rozpočet fondu"), format_money(totals["budget_czk"] * 100))]
        if retention is not None:
            rows.append((self.tr("Zabydlené domácnosti (udržení bydlení)"),
                         retention["households"]))
            for m in (6, 12, 24):
                rows.append((self.tr("Bydlí po {0} měsících").format(m),
                             f"{_share(retention[f'share_{m}m'])} "
                             f"({retention[f'housed_{m}m']} z {retention[f'eligible_{m}m']})"))
        self.figure_model.set_rows(rows)
        self.figures_title.setText(self.tr("{0}: {1} – {2}").format(
            p.name, shown_date(d_from), shown_date(d_to)))

    def ready(self) -> bool:
        """The figures are shown (tests wait for this)."""
        return not self.loading

    # -- the register ------------------------------------------------------------------------

    def new_programme(self) -> None:
        from .dialogs import ProgrammeDialog
        dlg = ProgrammeDialog(self.ctx, None, self)
        if dlg.exec():
            self.refresh()
            row = next((i for i, p in enumerate(self.programmes) if p.id == dlg.programme_id), None)
            if row is not None:          # the new one is shown
                self.view.selectRow(row)

    def edit_programme(self) -> None:
        from .dialogs import ProgrammeDialog
        p = self.current()
        if p is not None and ProgrammeDialog(self.ctx, p, self).exec():
            self.refresh()

    def remove_programme(self) -> None:
        p = self.current()
        if p is None or QMessageBox.question(
                self, self.tr("Odebrat program"),
                self.tr("Odebrat program „{0}“ z evidence?").format(p.name)) != QMessageBox.Yes:
            return
        try:
            remove_programme(self.ctx.db, self.ctx.actor, p.id)
        except KmbError as exc:
            show_error(self, exc)
            return
        self.refresh()

    def tag(self, kind: str) -> None:
        from .dialogs import TagDialog
        p = self.current()
        if p is not None and TagDialog(self.ctx, kind, p, self).exec():
            self.refresh()

    def untag(self) -> None:
        record = selected_row(self.records)
        if record is None:
            self.status.setText(self.tr("Vyberte záznam, který z programu vyřadit."))
            return
        try:
            untag(self.ctx.db, self.ctx.actor, record.tag_id)
        except KmbError as exc:
            show_error(self, exc)
            return
        self.refresh()

    # -- the funder's workbook ---------------------------------------------------------------

    def export(self) -> None:
        try:
            d_from, d_to = self.period()
        except ValidationError as exc:
            mark(self.date_from, self.period_error, exc.message)
            return
        suggested = f"indikatory-{d_from.isoformat()}-{d_to.isoformat()}.xlsx"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export indikátorů"),
                                              str(Path.home() / suggested),
                                              self.tr("Sešit Excel (*.xlsx)"))
        if path:
            self.export_to(Path(path), d_from, d_to)

    def export_to(self, path: Path, d_from: dt.date, d_to: dt.date, *, all_programmes=False):
        """Compute and save the workbook off the GUI thread, with progress and cancel
        (nothing is saved after a cancel). Returns the op."""
        path = path if path.suffix.lower() == ".xlsx" else path.with_suffix(".xlsx")
        db, actor = self.ctx.db, self.ctx.actor
        p = None if all_programmes else self.current()
        programme_id = p.id if p else None
        stopped = self.tr("Export byl zrušen; nic se neuložilo.")

        def work(progress, cancelled) -> Path:
            data = indicator_workbook(db, actor, d_from, d_to, programme_id=programme_id,
                                      progress=progress, cancelled=cancelled)
            if cancelled():
                raise Cancelled(stopped)
            write_atomic(path, data)
            return path

        self.exported = None
        return write_op(self, self.tr("Exportuji indikátory…"), work, self._exported,
                        cancellable=True,
                        cancelled=lambda: self.status.setText(stopped))

    def _exported(self, path: Path) -> None:
        self.exported = path
        self.status.setText(self.tr("Uloženo: {0}").format(path))

    # -- funded flats ------------------------------------------------------------------------

    def new_funding(self) -> None:
        from .dialogs import FundingDialog
        if FundingDialog(self.ctx, self.programmes, parent=self).exec():
            self.refresh()

    def edit_funding(self) -> None:
        from .dialogs import FundingDialog
        row = selected_row(self.flats)
        if row is None:
            return
        if FundingDialog(self.ctx, self.programmes, flat_id=row.flat_id, title=row.title,
                         data=row.funding, parent=self).exec():
            self.refresh()

    def clear_funding(self) -> None:
        row = selected_row(self.flats)
        if row is None or QMessageBox.question(
                self, self.tr("Zrušit financování"),
                self.tr("Zrušit záznam o financování bytu {0}? Pořadník pak byt nabídne "
                        "bez omezení cílovou skupinou.").format(row.title)) != QMessageBox.Yes:
            return
        try:
            clear_flat_funding(self.ctx.db, self.ctx.actor, row.flat_id)
        except KmbError as exc:
            show_error(self, exc)
            return
        self.refresh()
