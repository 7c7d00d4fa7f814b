"""One card per item of a rule set in the rules form: a criterion (by its
type), an exclusion or a matching rule. A card keeps the item it was loaded
from and writes only what its fields manage, so keys it does not show and an
unchanged item read back identical."""
from __future__ import annotations

import copy
import re

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QCheckBox, QComboBox, QFormLayout, QFrame, QGridLayout,
                               QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout,
                               QWidget)

from app.allocation.rules import CATEGORY_VALUES, CRITERION_TYPES, EXCLUSION_TYPES, MATCHING_TYPES
from models.housing import FlatCategory
from ui.labels import tl

from .rules_parts import (Categories, compact, Conditions, RowsTable, field_combo, int_spin, mark,
                          num_spin, opt_number, put, set_combo, set_value, tr, value_of, watch)

ETHOS_HINT = ("ETHOS: 1–2 bez střechy, 3–7 bez bytu (ubytovny, azylové domy, instituce), "
              "8–10 nejisté bydlení (nejisté, vystěhování, násilí), 11–13 nevyhovující "
              "(provizorium, nevhodné, přelidněné).")


class ItemCard(QFrame):
    changed = Signal()
    remove_requested = Signal(object)

    def __init__(self, item: dict, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("rulesCard")
        self.setFrameShape(QFrame.StyledPanel)
        self.original = copy.deepcopy(item)
        self.fields: dict[str, QWidget] = {}      # path inside the item → its field
        self.tables: dict[str, QWidget] = {}      # "bands", "cases", "when" → part
        self.title = QLabel(f"<b>{title}</b>")
        self.remove_button = QPushButton(tr("Odebrat"))
        self.remove_button.clicked.connect(lambda: self.remove_requested.emit(self))
        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.remove_button)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        self.form.setRowWrapPolicy(QFormLayout.WrapAllRows)    # label above: fields get the width
        self.error = QLabel()
        self.error.setProperty("error", True)
        self.error.setWordWrap(True)
        self.error.hide()
        v = QVBoxLayout(self)
        v.addLayout(head)
        v.addLayout(self.form)
        v.addWidget(self.error)

    def add(self, key: str, label: str, widget: QWidget) -> QWidget:
        self.form.addRow(label, widget)
        self.fields[key] = widget
        if hasattr(widget, "changed") and not isinstance(widget, (QLineEdit, QComboBox)):
            widget.changed.connect(self.changed.emit)
        else:
            watch(widget, self.changed.emit)
        return widget

    def add_part(self, key: str, label: str, widget: QWidget) -> QWidget:
        self.tables[key] = widget
        return self.add(key, label, widget)

    def body(self) -> dict:
        out = copy.deepcopy(self.original)
        self.write(out)
        return out

    def write(self, out: dict) -> None:
        raise NotImplementedError

    @property
    def item_id(self) -> str:
        return self.original.get("id", "")

    # -- problems at their fields --------------------------------------------------------
    def show_problems(self, problems: list[tuple[str, str]]) -> None:
        for w in self._all_fields():
            mark(w, None)
        lines = []
        for sub, message in problems:
            w = self.widget_for(sub)
            if w is not None:
                mark(w, message)
            what = self._label_of(w) if w is not None else ""
            lines.append(f"{what}: {message}" if what else message)
        self.error.setText("\n".join(lines))
        self.error.setVisible(bool(lines))

    def widget_for(self, sub: str) -> QWidget | None:
        m = re.match(r"^(\w+)(.*)$", sub)
        if not m:
            return None
        key, rest = m.group(1), m.group(2)
        part = self.tables.get(key)
        if isinstance(part, RowsTable):
            r = re.match(r"^\[(\d+)\]\.?(\w*)", rest)
            return part.cell(int(r.group(1)), r.group(2)) if r else part
        if isinstance(part, Conditions):
            return part.widget_for(rest)
        return self.fields.get(key)

    def _label_of(self, w: QWidget) -> str:
        for key, field in self.fields.items():
            if field is w or field.isAncestorOf(w):
                label = self.form.labelForField(field)
                text = label.text().rstrip(":") if isinstance(label, QLabel) else key
                return text + (f" ({w.accessibleName()})" if w.accessibleName() else "")
        return ""

    def _all_fields(self) -> list[QWidget]:
        out = []
        for w in self.fields.values():
            out.append(w)
            out += [c for c in w.findChildren(QWidget) if isinstance(c, (QLineEdit, QComboBox))
                    or c.metaObject().className() in ("QSpinBox", "QDoubleSpinBox")]
        return out


def _int(card: ItemCard, key: str, label: str, item: dict, lo=-100_000, hi=100_000,
         suffix="") -> QWidget:
    w = int_spin(lo, hi, suffix)
    set_value(w, item.get(key))
    return card.add(key, label, w)


def _opt(card: ItemCard, key: str, label: str, item: dict, placeholder="") -> QWidget:
    w = opt_number(placeholder)
    set_value(w, item.get(key))
    return card.add(key, label, w)


def _text(card: ItemCard, key: str, label: str, item: dict, placeholder="") -> QLineEdit:
    w = QLineEdit(item.get(key) or "")
    w.setPlaceholderText(placeholder)
    return card.add(key, label, w)


def _check(card: ItemCard, key: str, text: str, item: dict, default: bool) -> QCheckBox:
    w = QCheckBox(text)
    w.setChecked(bool(item.get(key, default)))
    return card.add(key, "", w)


def _choice(card: ItemCard, key: str, label: str, item: dict, options: dict,
            default: str) -> QComboBox:
    w = compact(QComboBox(), 24)
    for value, text in options.items():
        w.addItem(text, value)
    set_combo(w, item.get(key, default))
    return card.add(key, label, w)


FIELD_KINDS = {"flag": ("bool",), "cases": None, "bands": ("int", "number"),
               "per_unit": ("int", "number"), "linear": ("int", "number")}


class CriterionCard(ItemCard):
    """Points for one fact: its name, the fact, the points by type, caps,
    when it counts and for which flats."""

    def __init__(self, item: dict, parent: QWidget | None = None):
        kind = item.get("type")
        super().__init__(item, tr("Kritérium – {0}").format(
            tr(CRITERION_TYPES.get(kind, str(kind)))), parent)
        self.kind = kind
        self.label = _text(self, "label", tr("Název"), item)
        self.field = field_combo(FIELD_KINDS.get(kind))
        self.field.setMinimumContentsLength(32)
        set_combo(self.field, item.get("field"))
        self.add("field", tr("Údaj žadatele"), self.field)
        getattr(self, f"_build_{kind}", lambda _i: None)(item)
        self.cap_min = _opt(self, "min", tr("Nejméně bodů"), item)
        self.cap_max = _opt(self, "max", tr("Nejvýše bodů"), item)
        self.when = Conditions(tr("Přidat podmínku"))
        self.when.set_condition(item.get("when"))
        self.add_part("when", tr("Počítá se, jen když"), self.when)
        self.when_label = _text(self, "when_label", tr("Proč jinak ne"), item,
                                tr("vysvětlení pro žadatele"))
        self.cats = Categories()
        self.cats.set_values(item.get("flat_categories"))
        self.add("flat_categories", tr("Jen u bytů kategorie"), self.cats)

    def _build_flag(self, item: dict) -> None:
        self.points = _int(self, "points", tr("Body, když ano"), item)

    def _build_cases(self, item: dict) -> None:
        self.cases = RowsTable([("values", tr("Hodnoty"), "values"),
                                ("points", tr("Body"), "int"), ("label", tr("Popis"), "text")],
                               tr("Přidat případ"), lambda: self.field.currentData())
        self.cases.set_rows([c for c in item.get("cases") or [] if isinstance(c, dict)])
        self.add_part("cases", tr("Případy"), self.cases)
        hint = QLabel(tr(ETHOS_HINT))
        hint.setObjectName("muted")
        hint.setWordWrap(True)
        self.form.addRow("", hint)
        self.default = _int(self, "default", tr("Body jinak"), item)
        self.default_label = _text(self, "default_label", tr("Popis „jinak“"), item)

    def _build_bands(self, item: dict) -> None:
        self.bands = RowsTable([("min", tr("Od"), "opt"), ("max", tr("Do (bez)"), "opt"),
                                ("points", tr("Body"), "int"), ("label", tr("Popis"), "text")],
                               tr("Přidat pásmo"), lambda: self.field.currentData())
        self.bands.set_rows([b for b in item.get("bands") or [] if isinstance(b, dict)])
        self.add_part("bands", tr("Pásma"), self.bands)

    def _build_per_unit(self, item: dict) -> None:
        self.per_unit_points = num_spin()
        set_value(self.per_unit_points, item.get("points_per_unit"))
        self.add("points_per_unit", tr("Body za jednotku"), self.per_unit_points)
        self.months = _opt(self, "months", tr("Jen za posledních (měsíců)"), item,
                           tr("celou dobu"))

    def _build_linear(self, item: dict) -> None:
        self.base = num_spin()
        set_value(self.base, item.get("base"))
        self.add("base", tr("Základ"), self.base)
        self.per_unit = num_spin()
        set_value(self.per_unit, item.get("per_unit"))
        self.add("per_unit", tr("Za jednotku (− ubírá)"), self.per_unit)

    def write(self, out: dict) -> None:
        o = self.original
        out["label"] = self.label.text().strip()
        out["field"] = self.field.currentData()
        if self.kind == "flag":
            out["points"] = self.points.value()
        elif self.kind == "cases":
            out["cases"] = self.cases.values()
            put(out, "default", self.default.value(), o, neutral=0)
            put(out, "default_label", self.default_label.text().strip(), o)
        elif self.kind == "bands":
            out["bands"] = self.bands.values()
        elif self.kind == "per_unit":
            out["points_per_unit"] = value_of(self.per_unit_points)
            put(out, "months", value_of(self.months), o)
        elif self.kind == "linear":
            out["base"] = value_of(self.base)
            out["per_unit"] = value_of(self.per_unit)
        put(out, "min", value_of(self.cap_min), o)
        put(out, "max", value_of(self.cap_max), o)
        put(out, "when", self.when.condition(), o)
        if "when" in out:
            put(out, "when_label", self.when_label.text().strip(), o)
        else:
            out.pop("when_label", None)
        put(out, "flat_categories", self.cats.values() or None, o)


ACTIONS = {"review": "posoudit individuálně (žádost zůstává v pořadí)",
           "exclude": "vyřadit (špatná praxe)"}
UNKNOWN_INCOME = {"review": "posoudit individuálně", "exclude": "vyřadit",
                  "ignore": "nepřihlížet"}


class ExclusionCard(ItemCard):
    def __init__(self, item: dict, parent: QWidget | None = None):
        kind = item.get("type")
        super().__init__(item, tr("Vyřazení – {0}").format(
            tr(EXCLUSION_TYPES.get(kind, str(kind)))), parent)
        self.kind = kind
        if kind == "refusals":
            self.max = _int(self, "max", tr("Vyřadit po odmítnutích"), item, 1, 20)
            self.months = _int(self, "months", tr("Za posledních (měsíců)"), item, 1, 240)
        elif kind == "debt":
            self.min_debt = _int(self, "min_debt_czk", tr("Dluh nad"), item, 0, 10_000_000,
                                 " Kč")
            self.lifts = _check(self, "repayment_plan_lifts",
                                tr("Splátkový kalendář vyřazení ruší"), item, True)
            self.action = _choice(self, "action", tr("Co se stane"), item,
                                  {k: tr(v) for k, v in ACTIONS.items()}, "review")
        elif kind == "condition":
            self.when = Conditions(tr("Přidat podmínku"))
            self.when.set_condition(item.get("when"))
            self.add_part("when", tr("Vyřadit, když"), self.when)
            self.reason = _text(self, "reason", tr("Důvod (pro žadatele)"), item)
        elif kind == "expired":
            note = QLabel(tr("Žádost, jejíž platnost uplynula a nebyla obnovena, se do "
                             "pořadí nezařadí."))
            note.setWordWrap(True)
            self.form.addRow(note)

    def write(self, out: dict) -> None:
        if self.kind == "refusals":
            out["max"], out["months"] = self.max.value(), self.months.value()
        elif self.kind == "debt":
            out["min_debt_czk"] = self.min_debt.value()
            out["repayment_plan_lifts"] = self.lifts.isChecked()
            out["action"] = self.action.currentData()
        elif self.kind == "condition":
            put(out, "when", self.when.condition(), self.original)
            out["reason"] = self.reason.text().strip()


class MatchingCard(ItemCard):
    def __init__(self, item: dict, parent: QWidget | None = None):
        kind = item.get("type")
        super().__init__(item, tr("Byt a domácnost – {0}").format(
            tr(MATCHING_TYPES.get(kind, str(kind)))), parent)
        self.kind = kind
        if kind == "category":
            self._build_accepts(item.get("accepts") or {})
        elif kind == "persons_per_room":
            self.min = _opt(self, "min", tr("Nejméně osob na pokoj"), item)
            self.max = _opt(self, "max", tr("Nejvýše osob na pokoj"), item)
        elif kind == "barrier_free":
            self.reserve = _check(self, "reserve_for_need", tr(
                "Bezbariérový byt jen pro domácnost, která ho potřebuje"), item, True)
            self.need = _check(self, "need_requires", tr(
                "Kdo bezbariérový byt potřebuje, dostane jen bezbariérový"), item, False)
        elif kind == "affordability":
            self.pct = _int(self, "max_pct_of_income", tr("Nájem a zálohy nejvýše"),
                            item, 0, 100, " % " + tr("příjmu"))
            self.action = _choice(self, "action", tr("Když je víc"), item,
                                  {k: tr(v) for k, v in ACTIONS.items()}, "exclude")
            self.unknown = _choice(self, "unknown_income", tr("Příjem neuveden"), item,
                                   {k: tr(v) for k, v in UNKNOWN_INCOME.items()}, "review")
        if kind in ("affordability",) or "flat_categories" in item:
            self.cats = Categories()
            self.cats.set_values(item.get("flat_categories"))
            self.add("flat_categories", tr("Jen u bytů kategorie"), self.cats)
        else:
            self.cats = None

    def _build_accepts(self, accepts: dict) -> None:
        grid_w = QWidget()
        grid = QGridLayout(grid_w)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(QLabel(tr("Byt \\ žádost")), 0, 0)
        self.accept_boxes: dict[tuple[str, str], QCheckBox] = {}
        for c, req in enumerate(CATEGORY_VALUES, start=1):
            h = QLabel(tl(FlatCategory(req)).replace(" ", "\n"))
            h.setAlignment(Qt.AlignCenter)
            h.setObjectName("muted")
            grid.addWidget(h, 0, c, Qt.AlignCenter)
        for r, flat in enumerate(CATEGORY_VALUES, start=1):
            grid.addWidget(QLabel(tl(FlatCategory(flat))), r, 0)
            for c, req in enumerate(CATEGORY_VALUES, start=1):
                box = QCheckBox()
                box.setAccessibleName(f"{tl(FlatCategory(flat))} ← {tl(FlatCategory(req))}")
                box.setChecked(req in (accepts.get(flat) or []))
                box.toggled.connect(lambda *_: self.changed.emit())
                self.accept_boxes[(flat, req)] = box
                grid.addWidget(box, r, c, Qt.AlignCenter)
        self.form.addRow(QLabel(tr("Byt které kategorie přijímá žádosti kterých kategorií:")))
        self.form.addRow(grid_w)
        self.fields["accepts"] = grid_w

    def write(self, out: dict) -> None:
        o = self.original
        if self.kind == "category":
            before = o.get("accepts") or {}
            accepts = {}
            for flat in list(before) + [f for f in CATEGORY_VALUES if f not in before]:
                if flat not in CATEGORY_VALUES:
                    accepts[flat] = before[flat]       # unknown: the check reports it
                    continue
                chosen = [r for r in CATEGORY_VALUES if self.accept_boxes[(flat, r)].isChecked()]
                kept = [r for r in before.get(flat) or [] if r in chosen]
                value = kept + [r for r in chosen if r not in kept]
                if value or flat in before:
                    accepts[flat] = value
            out["accepts"] = accepts
        elif self.kind == "persons_per_room":
            put(out, "min", value_of(self.min), o)
            put(out, "max", value_of(self.max), o)
        elif self.kind == "barrier_free":
            out["reserve_for_need"] = self.reserve.isChecked()
            out["need_requires"] = self.need.isChecked()
        elif self.kind == "affordability":
            out["max_pct_of_income"] = self.pct.value()
            out["action"] = self.action.currentData()
            out["unknown_income"] = self.unknown.currentData()
        if self.cats is not None:
            put(out, "flat_categories", self.cats.values() or None, o)


CARD_CLASSES = {"criteria": CriterionCard, "exclusions": ExclusionCard,
                "matching": MatchingCard}
