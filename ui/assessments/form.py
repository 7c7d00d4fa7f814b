"""The assessment form: sections in the order of the standardised record,
one long page with a section index on the left (a click scrolls to it).
It converts between widgets and app's AssessmentInput; nothing is stored here."""
from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.assessments.records import (
    AssessmentDetail,
    AssessmentInput,
    DebtLine,
    IncomeLine,
    StepLine,
)
from app.errors import ValidationError
from app.formatting import format_date, format_money, parse_date, parse_money
from app.legal.benefits import offered_kinds
from models.assessments import IncomeKind
from ui.labels import ethos, shown_date, tl

from ..widgets.fields import DateField, FieldErrors
from ..widgets.hooks import Hook
from ..widgets.lines import CHECK, COMBO, DATE, LABEL, MONEY, LineCol, LinesTable
from ..widgets.sections import FormSection, text_box

SENSITIVE_KEYS = ("health", "disability")


LABEL_WIDTH = 190
NAV_QSS = ("QListWidget#sectionNav { background: white; border: 1px solid #d9e0e6; "
           "border-radius: 6px; padding: 4px; font-size: 10pt; outline: 0; }"
           "QListWidget#sectionNav::item { padding: 7px 8px; border-radius: 4px; }"
           "QListWidget#sectionNav::item:selected { background: #cfe3f3; color: #102030; }")
READ_ONLY_QSS = ("QPlainTextEdit[readOnly=\"true\"], QLineEdit[readOnly=\"true\"] "
                 "{ background: #f6f8fa; }")


def repolish(widgets) -> None:
    for w in widgets:
        w.style().unpolish(w)
        w.style().polish(w)


def form_label(text: str) -> QLabel:
    """Labels of one width in every section, so the fields line up."""
    label = QLabel(text)
    label.setFixedWidth(LABEL_WIDTH)
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignRight | Qt.AlignTop)
    return label


class AssessmentForm(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.edited = Hook()
        self.errors = FieldErrors()
        self.sections: list[FormSection] = []
        self._members: list[tuple[str, str]] = []
        self._sensitive = True
        self._locked = False

        # 1 consent
        s = self._section("consent", self.tr("Souhlas a prohlášení klienta"))
        self.consent_given = QCheckBox(self.tr(
            "Klient(ka) souhlasí se zpracováním osobních údajů pro účely sociální práce"))
        self.consent_on = DateField()
        self.client_declaration = text_box(60)
        self._row(s, "consent_given", "", self.consent_given)
        self._row(s, "consent_on", self.tr("Souhlas udělen dne"), self.consent_on)
        self._row(s, "client_declaration", self.tr("Prohlášení klienta"), self.client_declaration)

        # 2 visit
        s = self._section("visit", self.tr("Návštěva"))
        self.visit_on = DateField()
        self.visit_place = QLineEdit()
        self.visit_place.setPlaceholderText(self.tr("např. v místě pobytu klienta, na ubytovně"))
        self.present_persons = text_box(48)
        self.worker = QLabel()
        self._row(s, "visit_on", self.tr("Datum návštěvy *"), self.visit_on)
        self._row(s, "visit_place", self.tr("Místo"), self.visit_place)
        self._row(s, "present_persons", self.tr("Přítomné osoby"), self.present_persons)
        s.form.addRow(form_label(self.tr("Šetření provádí")), self.worker)

        # 3 household
        s = self._section("household", self.tr("Domácnost a vztahy"))
        self.members_label = QLabel()
        self.members_label.setTextFormat(Qt.RichText)
        self.members_label.setWordWrap(True)
        self.household_description = text_box()
        s.form.addRow(form_label(self.tr("Členové")), self.members_label)
        self._row(s, "household_description", self.tr("Vztahy a fungování domácnosti"),
                  self.household_description)

        # 4 housing
        s = self._section("housing", self.tr("Bydlení"))
        self.ethos = QComboBox()
        self.ethos.addItem(self.tr("neurčeno"), None)
        for n in range(1, 14):
            self.ethos.addItem(ethos(n), n)
        self.housing_situation = text_box()
        self.housing_condition = text_box()
        self._row(s, "ethos_category", self.tr("Kategorie ETHOS"), self.ethos)
        self._row(s, "housing_situation", self.tr("Bytová situace"), self.housing_situation)
        self._row(s, "housing_condition", self.tr("Stav a vybavení bydlení"),
                  self.housing_condition)

        # 5 incomes
        s = self._section("incomes", self.tr("Příjmy a dávky"))
        self.incomes = LinesTable([
            LineCol("person_id", self.tr("Kdo"), COMBO, 190),
            LineCol("kind", self.tr("Druh příjmu"), COMBO, 210,
                    [(tl(k) if paid else self.tr("{0} (do 30. 9. 2025)").format(tl(k)), k)
                     for k, paid in offered_kinds(dt.date.today())]),
            LineCol("monthly", self.tr("Měsíčně (Kč)"), MONEY, 120, placeholder="0"),
            LineCol("note", self.tr("Poznámka"))], min_rows_visible=2, fit_to_rows=True)
        self.income_total = QLabel()
        self.income_note = text_box(48)
        s.form.addRow(self._lines_box(self.incomes, self.tr("Přidat příjem"), self.income_total,
                                      "add_income"))
        self._row(s, "income_note", self.tr("Poznámka k příjmům"), self.income_note)

        # 6 debts
        s = self._section("debts", self.tr("Dluhy a exekuce"))
        self.debts = LinesTable([
            LineCol("creditor", self.tr("Věřitel")),
            LineCol("amount", self.tr("Výše (Kč)"), MONEY, 110, placeholder="0"),
            LineCol("in_execution", self.tr("Exekuce"), CHECK, 70),
            LineCol("insolvency", self.tr("Insolvence"), CHECK, 92),
            LineCol("repayment_plan", self.tr("Splátky"), CHECK, 64),
            LineCol("note", self.tr("Poznámka"), width=180)], min_rows_visible=2, fit_to_rows=True)
        self.debt_total = QLabel()
        self.debts_note = text_box(48)
        s.form.addRow(self._lines_box(self.debts, self.tr("Přidat dluh"), self.debt_total,
                                      "add_debt"))
        self._row(s, "debts_note", self.tr("Poznámka k dluhům"), self.debts_note)

        # 7 health (special category)
        s = self._section("health", self.tr("Zdraví a zdravotní postižení"))
        self.sensitive_note = QLabel()
        self.sensitive_note.setObjectName("muted")
        self.sensitive_note.setWordWrap(True)
        self.health = text_box()
        self.disability = text_box(60)
        s.form.addRow(self.sensitive_note)
        self._row(s, "health", self.tr("Zdravotní stav"), self.health)
        self._row(s, "disability", self.tr("Zdravotní postižení, příspěvek na péči"),
                  self.disability)
        self.health_section = s

        # 8 risks and needs
        s = self._section("risks", self.tr("Rizika a potřeby"))
        self.risks = text_box()
        self.needs = text_box()
        self._row(s, "risks", self.tr("Rizika"), self.risks)
        self._row(s, "needs", self.tr("Potřeby"), self.needs)

        # 9 conclusion
        s = self._section("conclusion", self.tr("Závěr a doporučení"))
        self.conclusion = text_box(90)
        self.recommendation = text_box()
        self._row(s, "conclusion", self.tr("Závěr pracovníka *"), self.conclusion)
        self._row(s, "recommendation", self.tr("Doporučení"), self.recommendation)

        # 10 next steps
        s = self._section("steps", self.tr("Dohodnuté další kroky"))
        hint = QLabel(self.tr("Při uzavření záznamu se z každého kroku stane úkol."))
        hint.setObjectName("muted")
        self.steps = LinesTable([
            LineCol("text", self.tr("Co se udělá")),
            LineCol("who", self.tr("Kdo"), width=170),
            LineCol("due", self.tr("Termín"), DATE, 100, placeholder=self.tr("d. m. rrrr")),
            LineCol("task", self.tr("Úkol"), LABEL, 110)], min_rows_visible=2, fit_to_rows=True)
        s.form.addRow(hint)
        s.form.addRow(self._lines_box(self.steps, self.tr("Přidat krok"), None, "add_step"))

        # layout: section index + scroll
        self.nav = QListWidget()
        self.nav.setObjectName("sectionNav")
        self.nav.setFixedWidth(250)
        self.nav.setStyleSheet(NAV_QSS)
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        for n, sec in enumerate(self.sections, start=1):
            self.nav.addItem(f"{n}. {sec.title.text()}")
        self.nav.currentRowChanged.connect(self.scroll_to)
        body = QWidget()
        bl = QVBoxLayout(body)
        bl.setContentsMargins(0, 0, 8, 0)
        bl.setSpacing(12)
        for sec in self.sections:
            bl.addWidget(sec)
        bl.addStretch(1)
        self.scroll = QScrollArea()
        self.scroll.setWidget(body)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.NoFrame)
        self.scroll.verticalScrollBar().valueChanged.connect(self._follow_scroll)
        self.setStyleSheet(READ_ONLY_QSS)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.nav)
        lay.addWidget(self.scroll, 1)

        for w in (self.visit_place,):
            w.textEdited.connect(lambda _t: self.edited.emit())
        for w in (self.client_declaration, self.present_persons, self.household_description,
                  self.housing_situation, self.housing_condition, self.income_note,
                  self.debts_note, self.health, self.disability, self.risks, self.needs,
                  self.conclusion, self.recommendation):
            w.textChanged.connect(self.edited.emit)
        for w in (self.consent_on, self.visit_on):
            w.textEdited.connect(lambda _t: self.edited.emit())
        self.consent_given.toggled.connect(lambda _b: self.edited.emit())
        self.ethos.activated.connect(lambda _i: self.edited.emit())
        for table in (self.incomes, self.debts, self.steps):
            table.changed.connect(self.edited.emit)
        self.incomes.changed.connect(self._update_totals)
        self.debts.changed.connect(self._update_totals)

    # -- building blocks -------------------------------------------------------------
    def _section(self, key: str, title: str) -> FormSection:
        s = FormSection(key, title)
        s.setObjectName("card")
        self.sections.append(s)
        return s

    def _row(self, s: FormSection, name: str, text: str, widget: QWidget) -> None:
        widget.setObjectName(name)
        box = QWidget()
        v = QVBoxLayout(box)
        v.setContentsMargins(0, 0, 0, 0)
        v.setSpacing(2)
        v.addWidget(widget)
        v.addWidget(self.errors.bind(name, widget))
        s.form.addRow(form_label(text), box)

    def _lines_box(self, table: LinesTable, add_text: str, total: QLabel | None,
                   name: str) -> QWidget:
        add = QPushButton(add_text)
        add.setObjectName(name)
        remove = QPushButton(self.tr("Odebrat řádek"))
        add.clicked.connect(lambda: self._add_line(table))
        remove.clicked.connect(table.remove_current)
        table.buttons = (add, remove)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        if total is not None:
            buttons.addWidget(total)
        box = QWidget()
        v = QVBoxLayout(box)
        v.setContentsMargins(0, 0, 0, 0)
        v.addWidget(table)
        v.addLayout(buttons)
        return box

    def _add_line(self, table: LinesTable) -> None:
        row = table.add_row()
        table.setCurrentCell(row, 0)
        first = table.cellWidget(row, 0)
        first.setFocus()
        self.edited.emit()

    def _follow_scroll(self, value: int) -> None:
        """Highlight the section being read in the index (without scrolling)."""
        bar = self.scroll.verticalScrollBar()
        current = 0 if value < bar.maximum() else len(self.sections) - 1
        if value < bar.maximum():
            for i, sec in enumerate(self.sections):
                if sec.y() <= value + 40:
                    current = i
        self.nav.blockSignals(True)
        self.nav.setCurrentRow(current)
        self.nav.blockSignals(False)

    def scroll_to(self, index: int) -> None:
        if 0 <= index < len(self.sections):
            self.scroll.ensureWidgetVisible(self.sections[index], 0, 0)
            self.scroll.verticalScrollBar().setValue(self.sections[index].y())

    # -- load ------------------------------------------------------------------------------
    def load(self, d: AssessmentDetail) -> None:
        data = d.data
        self._sensitive = d.sensitive_visible
        self._members = [(m.person_id, m.name) for m in d.members]
        self.worker.setText(d.worker_name)
        e = html.escape
        self.members_label.setText("<br>".join(
            f"{e(m.name)} – {e(m.relation)}"
            + (f", {e(shown_date(m.birth_date))}" if m.birth_date else "")
            for m in d.members) or e(self.tr("Osoba není členem žádné domácnosti.")))
        self.consent_given.setChecked(data.consent_given)
        self.consent_on.set_value(data.consent_on)
        self.visit_on.set_value(data.visit_on)
        for name in ("client_declaration", "present_persons", "household_description",
                     "housing_situation", "housing_condition", "income_note", "debts_note",
                     "health", "disability", "risks", "needs", "conclusion", "recommendation"):
            getattr(self, name).setPlainText(getattr(data, name) or "")
        self.visit_place.setText(data.visit_place or "")
        self.ethos.setCurrentIndex(max(self.ethos.findData(data.ethos_category), 0))
        who = [(self.tr("domácnost"), None)] + [(name, pid) for pid, name in self._members]
        self.incomes.columns[0].options = who
        self.incomes.set_rows([({"person_id": i.person_id, "kind": i.kind,
                                 "monthly": _money_text(i.monthly_hal), "note": i.note},
                                {"id": i.id}) for i in data.incomes])
        self.debts.set_rows([({"creditor": x.creditor, "amount": _money_text(x.amount_hal),
                               "in_execution": x.in_execution, "insolvency": x.insolvency,
                               "repayment_plan": x.repayment_plan, "note": x.note},
                              {"id": x.id}) for x in data.debts])
        self.steps.set_rows([({"text": st.text, "who": st.who, "due": format_date(st.due_on),
                               "task": self.tr("vytvořen") if st.task_id else ""},
                              {"id": st.id, "task_id": st.task_id, "owner_id": st.owner_id})
                             for st in data.steps])
        for row, st in enumerate(data.steps):
            if st.task_id:   # already a task: the text is what the task says
                self.steps.lock_cells(row, {"text", "who", "due"})
        self.health.setVisible(self._sensitive)
        self.disability.setVisible(self._sensitive)
        self.health_section.form.labelForField(self.health.parentWidget()).setVisible(
            self._sensitive)
        self.health_section.form.labelForField(self.disability.parentWidget()).setVisible(
            self._sensitive)
        self.sensitive_note.setText(
            self.tr("Zvláštní kategorie osobních údajů: vidí je jen sociální pracovníci.")
            if self._sensitive else
            self.tr("Údaje o zdraví vidí jen sociální pracovníci; vaše role k nim nemá přístup."))
        self.errors.clear()
        self._update_totals()

    # -- value -----------------------------------------------------------------------------
    def value(self) -> AssessmentInput:
        """The typed data; raises ValidationError (with field names) for what
        cannot be read: a date or an amount that is not one."""
        errors: dict[str, str] = {}

        def date_of(widget: DateField, name: str):
            try:
                return widget.value(name)
            except ValidationError as exc:
                errors[name] = exc.message

        data = AssessmentInput(
            consent_given=self.consent_given.isChecked(),
            consent_on=date_of(self.consent_on, "consent_on"),
            visit_on=date_of(self.visit_on, "visit_on"),
            visit_place=self.visit_place.text() or None,
            ethos_category=self.ethos.currentData())
        for name in ("client_declaration", "present_persons", "household_description",
                     "housing_situation", "housing_condition", "income_note", "debts_note",
                     "health", "disability", "risks", "needs", "conclusion", "recommendation"):
            setattr(data, name, getattr(self, name).toPlainText() or None)
        if not self._sensitive:
            data.health = data.disability = None
        for row, (v, meta) in enumerate(zip(self.incomes.values(), self.incomes.meta)):
            amount = _money(v["monthly"], f"incomes.{row}.monthly", errors)
            data.incomes.append(IncomeLine(v["kind"] or IncomeKind.OTHER, amount,
                                           v["person_id"], v["note"] or None, meta.get("id")))
        for row, (v, meta) in enumerate(zip(self.debts.values(), self.debts.meta)):
            amount = _money(v["amount"], f"debts.{row}.amount", errors)
            data.debts.append(DebtLine(v["creditor"], amount, v["in_execution"],
                                       v["insolvency"], v["repayment_plan"], v["note"] or None,
                                       meta.get("id")))
        for row, (v, meta) in enumerate(zip(self.steps.values(), self.steps.meta)):
            due = None
            if v["due"].strip():
                try:
                    due = parse_date(v["due"], f"steps.{row}.due")
                except ValidationError as exc:
                    errors[exc.field] = exc.message
            data.steps.append(StepLine(v["text"], v["who"] or None, due, meta.get("owner_id"),
                                       meta.get("id"), meta.get("task_id")))
        if errors:
            raise ValidationError.from_errors(errors)
        return data

    # -- state -----------------------------------------------------------------------------
    def set_read_only(self, locked: bool) -> None:
        self._locked = locked
        for w in (self.visit_place, self.consent_on, self.visit_on):
            w.setReadOnly(locked)
        for w in (self.client_declaration, self.present_persons, self.household_description,
                  self.housing_situation, self.housing_condition, self.income_note,
                  self.debts_note, self.health, self.disability, self.risks, self.needs,
                  self.conclusion, self.recommendation):
            w.setReadOnly(locked)
        self.consent_given.setEnabled(not locked)
        self.ethos.setEnabled(not locked)
        repolish(self.findChildren(QPlainTextEdit) + self.findChildren(QLineEdit))
        for table in (self.incomes, self.debts, self.steps):
            table.set_read_only(locked)
            for b in table.buttons:
                b.setVisible(not locked)

    def show_errors(self, exc: ValidationError) -> list[str]:
        """Messages at fields and table cells; returns those not shown anywhere."""
        self.errors.show(exc)
        shown = set(self.errors.message(n) for n in exc.errors if self.errors.message(n))
        for table, prefix in ((self.incomes, "incomes"), (self.debts, "debts"),
                              (self.steps, "steps")):
            table.clear_errors()
            shown |= set(table.mark_errors(self._table_keys(exc.errors), prefix))
        return [m for m in exc.errors.values() if m not in shown]

    @staticmethod
    def _table_keys(errors: dict[str, str]) -> dict[str, str]:
        # app names amounts "monthly_hal"/"amount_hal", the form "monthly"/"amount"
        return {k.replace("monthly_hal", "monthly").replace("amount_hal", "amount"): v
                for k, v in errors.items()}

    def take_ids(self, line_ids: dict) -> None:
        """Stored ids of new lines (so the next autosave updates, not adds)."""
        for key, table in (("incomes", self.incomes), ("debts", self.debts),
                           ("steps", self.steps)):
            for meta, new_id in zip(table.meta, line_ids.get(key, [])):
                meta["id"] = new_id

    def clear_errors(self) -> None:
        self.errors.clear()
        for table in (self.incomes, self.debts, self.steps):
            table.clear_errors()

    def _update_totals(self) -> None:
        try:
            data = AssessmentInput(
                incomes=[IncomeLine(monthly_hal=_money(v["monthly"], "", None))
                         for v in self.incomes.values()],
                debts=[DebtLine(amount_hal=_money(v["amount"], "", None))
                       for v in self.debts.values()])
        except ValidationError:
            return
        self.income_total.setText(self.tr("Celkem měsíčně: {0}").format(
            format_money(data.income_total_hal)))
        self.debt_total.setText(self.tr("Dluhy celkem: {0}").format(
            format_money(data.debt_total_hal)))


def _money_text(hal: int | None) -> str:
    return format_money(hal, nbsp=False).replace(" Kč", "") if hal else ""


def _money(text: str, field: str, errors: dict | None) -> int:
    if not (text or "").strip():
        return 0
    try:
        return parse_money(text, field)
    except ValidationError as exc:
        if errors is None:
            return 0
        errors[field] = exc.message
        return 0
