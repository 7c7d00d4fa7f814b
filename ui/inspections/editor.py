"""One flat inspection: the checklist room by room, meters, keys, persons
and summary, photos. Saved automatically as a draft; closing locks it and
turns defects into tasks; the protocol and the handover protocol print from
here."""
from __future__ import annotations

from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.errors import KmbError, ValidationError
from app.formatting import format_date
from app.inspections.readings import UNITS, format_reading, parse_reading
from app.inspections.records import (
    InspectionDetail,
    InspectionInput,
    ItemLine,
    KeyLine,
    ReadingLine,
    close_inspection,
    delete_draft,
    inspection_detail,
    save_inspection,
)
from app.printing import render
from app.security import Permission
from models.housing import MeterKind
from models.inspections import Condition, KeyKind
from ui.labels import shown_date, tl

from ..context import UiContext
from ..widgets.fields import DateField, FieldErrors
from ..widgets.lines import COMBO, INT, LABEL, NUMBER, LineCol, LinesTable
from ..widgets.pdf_preview import preview_in_background
from ..widgets.record_editor import RecordEditor
from ..widgets.sections import text_box
from .photos import PhotosPanel

WARNING_STYLE = ("QLabel#meterWarnings { background: #fff4d6; border: 1px solid #e8c66a; "
                 "border-radius: 4px; padding: 6px 10px; color: #4a3b00; }")


def _buttons(*buttons) -> QHBoxLayout:
    row = QHBoxLayout()
    for b in buttons:
        row.addWidget(b)
    row.addStretch(1)
    return row


class InspectionEditor(RecordEditor):
    TABLE = "inspection"

    def __init__(self, ctx: UiContext, parent: QWidget | None = None):
        super().__init__(ctx, self.tr("← Seznam kontrol"), parent)
        # a long address and the template's name wrap beside the buttons, not cut
        self.title.setWordWrap(True)
        self.subtitle.setWordWrap(True)
        self.detail: InspectionDetail | None = None
        self.warnings: list = []
        self.errors = FieldErrors()
        self.print_button = QPushButton(self.tr("Protokol…"))
        self.print_button.clicked.connect(lambda: self.print_document("inspection"))
        self.handover_button = QPushButton(self.tr("Předávací protokol…"))
        self.handover_button.clicked.connect(lambda: self.print_document("handover"))
        self.close_button = QPushButton(self.tr("Uzavřít protokol"))
        self.close_button.setProperty("primary", True)
        self.close_button.clicked.connect(self.close_record)
        self.discard_button = QPushButton(self.tr("Zahodit koncept"))
        self.discard_button.clicked.connect(self.discard)

        # rooms
        self.items = LinesTable([
            LineCol("room", self.tr("Místnost"), width=170),
            LineCol("item", self.tr("Položka")),
            LineCol("condition", self.tr("Stav"), COMBO, 140, [(tl(c), c) for c in Condition]),
            LineCol("defect", self.tr("Závada")),
            LineCol("note", self.tr("Poznámka"), width=150),
            LineCol("task", self.tr("Úkol"), LABEL, 80)], min_rows_visible=8)
        self.all_good_button = QPushButton(self.tr("Nezkontrolované označit „v pořádku“"))
        self.all_good_button.clicked.connect(self.mark_rest_good)
        self.add_item_button = QPushButton(self.tr("Přidat položku"))
        self.add_item_button.clicked.connect(lambda: self._add(self.items))
        self.remove_item_button = QPushButton(self.tr("Odebrat položku"))
        self.remove_item_button.clicked.connect(self.items.remove_current)
        rooms = QWidget()
        rv = QVBoxLayout(rooms)
        rv.addWidget(self.items, 1)
        rv.addLayout(_buttons(self.all_good_button, self.add_item_button,
                              self.remove_item_button))

        # meters
        self.meter_warnings = QLabel()
        self.meter_warnings.setObjectName("meterWarnings")
        self.meter_warnings.setStyleSheet(WARNING_STYLE)
        self.meter_warnings.setWordWrap(True)
        self.meter_warnings.hide()
        self.readings = LinesTable([
            LineCol("kind", self.tr("Měřidlo"), COMBO, 130, [(tl(k), k) for k in MeterKind]),
            LineCol("serial", self.tr("Výrobní číslo"), width=120),
            LineCol("supply_point", self.tr("EAN / EIC"), width=175),
            LineCol("value", self.tr("Stav (T1)"), NUMBER, 110),
            LineCol("value_t2", self.tr("T2"), NUMBER, 90),
            LineCol("unit", self.tr("Jedn."), width=60),
            LineCol("previous", self.tr("Předchozí odečet"), LABEL)], min_rows_visible=5)
        self.add_meter_button = QPushButton(self.tr("Přidat měřidlo"))
        self.add_meter_button.clicked.connect(self._add_meter)
        meters = QWidget()
        mv = QVBoxLayout(meters)
        hint = QLabel(self.tr("Stavy opište z měřidel. Elektřina se dvěma tarify má stav T1 "
                              "(vysoký) a T2 (nízký)."))
        hint.setObjectName("muted")
        hint.setWordWrap(True)
        mv.addWidget(hint)
        mv.addWidget(self.meter_warnings)
        mv.addWidget(self.readings, 1)
        mv.addLayout(_buttons(self.add_meter_button))

        # keys
        self.keys = LinesTable([
            LineCol("kind", self.tr("Klíče od"), COMBO, 200, [(tl(k), k) for k in KeyKind]),
            LineCol("count", self.tr("Počet"), INT, 90),
            LineCol("note", self.tr("Poznámka"))], min_rows_visible=4)
        self.add_key_button = QPushButton(self.tr("Přidat klíče"))
        self.add_key_button.clicked.connect(lambda: self._add(self.keys))
        keys = QWidget()
        kv = QVBoxLayout(keys)
        kv.addWidget(self.keys, 1)
        kv.addLayout(_buttons(self.add_key_button))

        # persons and summary
        self.inspected_on = DateField()
        self.inspected_on.setObjectName("inspected_on")
        self.present_persons = text_box(60)
        self.present_persons.setObjectName("present_persons")
        self.household = QLabel()
        self.summary = text_box(110)
        self.summary.setObjectName("summary")
        people = QWidget()
        pf = QFormLayout(people)
        for label, widget, name in ((self.tr("Datum kontroly"), self.inspected_on,
                                     "inspected_on"),
                                    (self.tr("Přítomné osoby"), self.present_persons,
                                     "present_persons")):
            box = QWidget()
            bv = QVBoxLayout(box)
            bv.setContentsMargins(0, 0, 0, 0)
            bv.addWidget(widget)
            bv.addWidget(self.errors.bind(name, widget))
            pf.addRow(label, box)
        pf.addRow(self.tr("Nájemce / domácnost"), self.household)
        pf.addRow(self.tr("Shrnutí a ujednání"), self.summary)

        self.photos = PhotosPanel(ctx)
        self.photos.changed.connect(self.reload)

        self.tabs = QTabWidget()
        self.tabs.addTab(rooms, self.tr("Místnosti"))
        self.tabs.addTab(meters, self.tr("Měřidla"))
        self.tabs.addTab(keys, self.tr("Klíče"))
        self.tabs.addTab(people, self.tr("Osoby a shrnutí"))
        self.tabs.addTab(self.photos, self.tr("Fotografie"))

        self.set_body(self.tabs, [self.discard_button, self.print_button, self.handover_button,
                                  self.close_button])

        for table in (self.items, self.readings, self.keys):
            table.changed.connect(self.saver.touch)
        self.items.changed.connect(self._style_items)
        self.inspected_on.textEdited.connect(lambda _t: self.saver.touch())
        self.present_persons.textChanged.connect(self.saver.touch)
        self.summary.textChanged.connect(self.saver.touch)

    # -- open ------------------------------------------------------------------------
    def open_refused_title(self) -> str:
        return self.tr("Kontrolu nelze otevřít")

    def fetch(self, inspection_id: str) -> InspectionDetail:
        return inspection_detail(self.ctx.db, self.ctx.actor, inspection_id)

    def reload(self) -> None:
        if self.detail is not None:
            tab = self.tabs.currentIndex()
            self.open(self.detail.id)
            self.tabs.setCurrentIndex(tab)

    def load(self, d: InspectionDetail) -> None:
        data = d.data
        self.items.set_rows([({"room": i.room, "item": i.item, "condition": i.condition,
                               "defect": i.defect, "note": i.note,
                               "task": self.tr("vytvořen") if i.task_id else ""},
                              {"id": i.id}) for i in data.items])
        self.readings.set_rows([({"kind": r.kind, "serial": r.serial,
                                  "supply_point": r.supply_point,
                                  "value": format_reading(r.value),
                                  "value_t2": format_reading(r.value_t2), "unit": r.unit,
                                  "previous": self._previous_text(r)},
                                 {"id": r.id, "meter_id": r.meter_id,
                                  "two_tariffs": r.two_tariffs}) for r in data.readings])
        for row, r in enumerate(data.readings):
            locked = {"kind", "serial", "unit"} if r.meter_id else set()
            if r.meter_id and not r.two_tariffs:
                locked.add("value_t2")
            self.readings.lock_cells(row, locked)
        keys = data.keys or ([KeyLine(k, 0) for k in (KeyKind.FLAT, KeyKind.MAILBOX,
                                                         KeyKind.COMMON)]
                             if d.is_handover else [])
        self.keys.set_rows([({"kind": k.kind, "count": k.count, "note": k.note}, {"id": k.id})
                            for k in keys])
        self.inspected_on.set_value(data.inspected_on)
        self.present_persons.setPlainText(data.present_persons or "")
        self.summary.setPlainText(data.summary or "")
        tenant = d.tenant_name or ""
        self.household.setText(", ".join(p for p in (d.household_name, tenant) if p)
                               or self.tr("nepřiřazena"))
        self.photos.load(d.id, d.photos, d.editable)
        self.tabs.setTabText(4, self.tr("Fotografie ({0})").format(len(d.photos)))
        self._style_items()
        self.errors.clear()
        self.show_warnings([])

    def _style_items(self) -> None:
        """Rooms written once per group; defects in red, "v pořádku" in green."""
        self.items.mark_repeats("room")
        for row, v in enumerate(self.items.values()):
            bad = v["condition"] in (Condition.DAMAGED, Condition.MISSING) or bool(v["defect"])
            flag = "bad" if bad else ("fine" if v["condition"] == Condition.GOOD else "")
            self.items.set_flag(row, "condition", "flag", flag)
            self.items.set_flag(row, "defect", "flag", "bad" if v["defect"] else "")

    def _previous_text(self, r: ReadingLine) -> str:
        p = r.previous
        if p is None:
            return ""
        text = f"{format_reading(p.value)}"
        if p.value_t2 is not None:
            text += f" / {format_reading(p.value_t2)}"
        return self.tr("{0} ({1})").format(text, format_date(p.read_on))

    def show_state(self) -> None:
        d = self.detail
        flat = self.tr("{0}, byt č. {1}").format(d.flat_address.split(",")[0], d.flat_number)
        # "č." stays with its number when the title wraps (a no-break space)
        self.title.setText(self.tr("Kontrola bytu – {0}").format(flat.replace(". ", ".\u00a0")))
        self.title.setToolTip(d.flat_label)
        parts = [tl(d.kind), shown_date(d.data.inspected_on), d.worker_name,
                 tl_state(d.state)]
        if d.template_name:
            parts.append(self.tr("šablona: {0}").format(d.template_name))
        self.subtitle.setText(" · ".join(p for p in parts if p))
        editable = d.editable
        for table in (self.items, self.readings, self.keys):
            table.set_read_only(not editable)
        for w in (self.inspected_on,):
            w.setReadOnly(not editable)
        self.present_persons.setReadOnly(not editable)
        self.summary.setReadOnly(not editable)
        for b in (self.all_good_button, self.add_item_button, self.remove_item_button,
                  self.add_meter_button, self.add_key_button, self.close_button,
                  self.discard_button):
            b.setVisible(editable)
        self.handover_button.setVisible(d.is_handover)
        can_print = self.ctx.actor.can(Permission.PRINT)
        self.print_button.setEnabled(can_print)
        self.handover_button.setEnabled(can_print)
        if d.locked:
            self.banner.setText(self.tr(
                "Protokol je uzavřený ({0}, {1}) a nelze ho měnit. Závady byly předány "
                "jako úkoly.").format(shown_date(d.closed_at), d.closed_by_name or ""))
            self.banner.show()
            self.status.setText(self.tr("Jen ke čtení"))
        else:
            self.banner.hide()
            self.status.setText(self.tr("Koncept se ukládá sám."))

    # -- value -----------------------------------------------------------------------------
    def value(self) -> InspectionInput:
        errors: dict[str, str] = {}
        try:
            on = self.inspected_on.value("inspected_on")
        except ValidationError as exc:
            errors["inspected_on"] = exc.message
            on = None
        d = self.detail
        data = InspectionInput(inspected_on=on,
                               present_persons=self.present_persons.toPlainText() or None,
                               summary=self.summary.toPlainText() or None,
                               household_id=d.data.household_id, lease_id=d.data.lease_id)
        for v, meta in zip(self.items.values(), self.items.meta):
            data.items.append(ItemLine(v["room"], v["item"], v["condition"], v["defect"] or None,
                                       v["note"] or None, meta.get("id")))
        for row, (v, meta) in enumerate(zip(self.readings.values(), self.readings.meta)):
            values = []
            for key in ("value", "value_t2"):
                try:
                    values.append(parse_reading(v[key], f"readings.{row}.{key}"))
                except ValidationError as exc:
                    errors[exc.field] = exc.message
                    values.append(None)
            data.readings.append(ReadingLine(v["kind"], v["serial"] or None,
                                             v["supply_point"] or None, values[0], values[1],
                                             v["unit"] or None, meta.get("meter_id"),
                                             meta.get("id")))
        for v, meta in zip(self.keys.values(), self.keys.meta):
            data.keys.append(KeyLine(v["kind"], v["count"], v["note"] or None, meta.get("id")))
        if errors:
            raise ValidationError.from_errors(errors)
        return data

    # -- saving ------------------------------------------------------------------------------
    def save_draft(self) -> bool:
        if self.detail is None or not self.detail.editable:
            return True
        self._clear_errors()
        try:
            result = save_inspection(self.ctx.db, self.ctx.actor, self.detail.id, self.value())
        except ValidationError as exc:
            self._show_errors(exc)
            self.status_error(self.tr("Neuloženo: {0}").format(exc.message))
            return False
        except KmbError as exc:
            self.status_error(self.tr("Neuloženo: {0}").format(exc.message))
            return False
        self._take_ids(result.line_ids)
        self.show_warnings(result.warnings)
        return True

    def _take_ids(self, line_ids: dict) -> None:
        """New lines got ids when saved: remember them (the next save updates
        the same rows instead of adding new ones)."""
        for key, table in (("items", self.items), ("readings", self.readings),
                           ("keys", self.keys)):
            for meta, new_id in zip(table.meta, line_ids.get(key, [])):
                meta["id"] = new_id

    def show_warnings(self, warnings) -> None:
        self.warnings = list(warnings)
        for row in range(self.readings.rowCount()):
            w = self.readings.widget(row, "value")
            w.setStyleSheet("")
            w.setToolTip("")
        if not warnings:
            self.meter_warnings.hide()
            self.tabs.setTabText(1, self.tr("Měřidla"))
            return
        for warn in warnings:
            if warn.index < self.readings.rowCount():
                w = self.readings.widget(warn.index, "value")
                w.setStyleSheet("background: #fff4d6; border: 1px solid #d9a400;")
                w.setToolTip(warn.message)
        self.meter_warnings.setText("\n".join(f"⚠ {w.message}" for w in warnings))
        self.meter_warnings.show()
        self.tabs.setTabText(1, self.tr("Měřidla ⚠"))

    def _show_errors(self, exc: ValidationError) -> None:
        self.errors.show(exc)
        self.items.mark_errors(exc.errors, "items")
        self.readings.mark_errors(exc.errors, "readings")
        self.keys.mark_errors(exc.errors, "keys")

    def _clear_errors(self) -> None:
        self.errors.clear()
        for table in (self.items, self.readings, self.keys):
            table.clear_errors()

    # -- actions --------------------------------------------------------------------------
    def _add(self, table: LinesTable) -> None:
        row = table.add_row()
        table.setCurrentCell(row, 0)
        table.cellWidget(row, 0).setFocus()
        self.saver.touch()

    def _add_meter(self) -> None:
        row = self.readings.add_row({"kind": MeterKind.HEAT, "unit": UNITS[MeterKind.HEAT]})
        self.readings.setCurrentCell(row, 0)
        self.readings.cellWidget(row, 0).setFocus()

    def mark_rest_good(self) -> None:
        for row, v in enumerate(self.items.values()):
            if v["condition"] == Condition.NOT_CHECKED:
                self.items.set_value(row, "condition", Condition.GOOD)
        self._style_items()
        self.saver.touch()

    def close_record(self) -> None:
        result = self.close_with(
            lambda: close_inspection(self.ctx.db, self.ctx.actor, self.detail.id),
            self.tr("Uzavřít protokol"),
            self.tr("Po uzavření už protokol nepůjde měnit. Zjištěné závady se stanou "
                    "úkoly.\n\nUzavřít protokol?"),
            self.tr("Protokol nelze uzavřít"), self._show_errors)
        if result is None:
            return
        self.open(self.detail.id)
        self.show_warnings(result.warnings)
        self.status.setText(self.tr("Protokol je uzavřený. Úkolů ze závad: {0}.").format(
            result.tasks_created))

    def discard(self) -> None:
        self.discard_with(lambda: delete_draft(self.ctx.db, self.ctx.actor, self.detail.id),
                          self.tr("Zahodit rozpracovanou kontrolu? Tuto akci nelze vrátit."))

    def print_document(self, kind: str) -> None:
        if not self.saved_before():
            return
        title = self.tr("Předávací protokol") if kind == "handover" else \
            self.tr("Protokol o kontrole bytu")
        db, actor, record_id = self.ctx.db, self.ctx.actor, self.detail.id
        preview_in_background(self, title, lambda: render(db, actor, kind, record_id),
                              failed=self._print_failed)

    def _print_failed(self, exc: Exception) -> None:
        QMessageBox.warning(self, self.tr("Tisk se nepodařil"),
                            exc.message if isinstance(exc, KmbError) else str(exc))


def tl_state(state: str) -> str:
    from models.assessments import RecordState
    return tl(RecordState(state))
