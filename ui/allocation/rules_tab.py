"""Nastavení → Pravidla přidělování: the town's rule sets (data, never code),
a plain-language overview with the bad-practice warnings, the editor with
live validation, adoption by the council, the what-if comparison with the
current rules, and the target quotas of the housing stock."""
from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (QFileDialog, QHBoxLayout, QLabel, QLineEdit, QListWidget,
                               QListWidgetItem, QMenu, QPlainTextEdit, QPushButton, QScrollArea,
                               QSplitter, QTabWidget, QToolButton, QVBoxLayout, QWidget)

from app.allocation import rules as R
from app.allocation import rulesets
from app.allocation.describe import describe
from app.errors import KmbError
from app.formatting import format_date
from app.security import Permission

from ..context import UiContext
from ..widgets.dialogs import FormDialog
from ..widgets.fields import DateField
from .quota_targets import QuotaTargets
from .fairness_view import FairnessView
from .rules_form import RulesForm
from .rules_preview import RulesPreview
from .whatif_view import WhatIfView

ID_ROLE = Qt.UserRole + 1


def state_text(state: str) -> str:
    return {"draft": QCoreApplication.translate("RulesTab", "návrh"),
            "active": QCoreApplication.translate("RulesTab", "platná"),
            "archived": QCoreApplication.translate("RulesTab", "archivovaná"),
            "default": QCoreApplication.translate("RulesTab", "výchozí (dodaná s aplikací)"),
            }[state]


class RulesTab(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.detail: rulesets.RuleSetDetail | None = None
        layout = QVBoxLayout(self)
        if not ctx.actor.can(Permission.MANAGE_ALLOCATION):
            layout.addWidget(QLabel(self.tr("Pravidla přidělování vidí pracovníci, kteří "
                                            "přidělují byty.")))
            self.list = None
            return
        can_edit = ctx.actor.can(Permission.EDIT_RULES)
        self.list = QListWidget()
        self.list.setObjectName("ruleSetList")
        # a long name wraps in the narrow list (whole on hover too), never scrolls sideways
        self.list.setWordWrap(True)
        self.list.setTextElideMode(Qt.ElideNone)
        self.list.setResizeMode(QListWidget.Adjust)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.list.setAccessibleName(self.tr("Sady pravidel"))
        self.list.currentItemChanged.connect(lambda cur, _prev: self._selected(cur))
        self.new_button = QPushButton(self.tr("Nový návrh z platných"))
        self.new_button.clicked.connect(lambda: self._new_draft())
        self.example_button = QPushButton(self.tr("Nový návrh ze vzoru"))
        menu = QMenu(self.example_button)
        for name, title in rulesets.shipped_choices():
            menu.addAction(title, lambda n=name: self._new_draft(from_file=n))
        self.example_button.setMenu(menu)
        self.discard_button = QPushButton(self.tr("Smazat návrh"))
        self.discard_button.clicked.connect(self._discard)
        for b in (self.new_button, self.example_button, self.discard_button):
            b.setVisible(can_edit)
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        hint = QLabel(self.tr("Pravidla jsou data: bodová kritéria, vyřazení a párování bytu "
                              "s domácností. Platná pravidla se nemění – upravuje se návrh, "
                              "který rada přijme."))
        hint.setWordWrap(True)
        hint.setObjectName("muted")
        lv.addWidget(hint)
        lv.addWidget(self.list, 1)
        for b in (self.new_button, self.example_button, self.discard_button):
            lv.addWidget(b)

        # overview
        self.overview = QLabel()
        self.overview.setObjectName("rulesOverview")
        self.overview.setWordWrap(True)
        self.overview.setTextFormat(Qt.RichText)
        self.overview.setAlignment(Qt.AlignTop | Qt.AlignLeft)
        self.overview.setTextInteractionFlags(Qt.TextSelectableByMouse)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.overview)
        # editor
        self.editor = QPlainTextEdit()
        self.editor.setObjectName("rulesEditor")
        self.editor.setLineWrapMode(QPlainTextEdit.NoWrap)
        font = self.editor.font()
        font.setFamily("DejaVu Sans Mono")
        font.setStyleHint(font.StyleHint.Monospace)
        self.editor.setFont(font)
        self.problems = QLabel()
        self.problems.setObjectName("rulesProblems")
        self.problems.setWordWrap(True)
        self.problems.setTextFormat(Qt.RichText)
        self.save_button = QPushButton(self.tr("Uložit návrh"))
        self.save_button.setProperty("primary", True)
        self.save_button.clicked.connect(self._save)
        self.adopt_button = QPushButton(self.tr("Rada pravidla přijala…"))
        self.adopt_button.clicked.connect(self._adopt)
        self.message = QLabel()
        self.message.setStyleSheet("color:#1f5f8b;font-weight:600")
        self.message.setWordWrap(True)
        for b in (self.save_button, self.adopt_button):
            b.setVisible(can_edit)
        # the JSON: for import, export and those who prefer it
        json_page = QWidget()
        ev = QVBoxLayout(json_page)
        ev.setContentsMargins(0, 6, 0, 0)
        ev.addWidget(self.editor, 1)
        ev.addWidget(self.problems)
        # the form, with the overview and the what-if of what is being edited beside it
        self.form = RulesForm()
        self.form.changed.connect(lambda: self._form_timer.start())
        self.preview = RulesPreview(ctx, self._draft_for_whatif)
        self.import_button = QPushButton(self.tr("Načíst z JSON…"))
        self.import_button.clicked.connect(self._import_json)
        self.export_button = QPushButton(self.tr("Uložit jako JSON…"))
        self.export_button.clicked.connect(self._export_json)
        form_page = QWidget()
        fv = QVBoxLayout(form_page)
        fv.setContentsMargins(0, 6, 0, 0)
        form_split = QSplitter(Qt.Horizontal)
        form_split.addWidget(self.form)
        form_split.addWidget(self.preview)
        form_split.setStretchFactor(0, 3)
        form_split.setStretchFactor(1, 1)
        form_split.setSizes([600, 260])
        fv.addWidget(form_split, 1)
        io_row = QHBoxLayout()
        io_row.addStretch(1)
        io_row.addWidget(self.import_button)
        io_row.addWidget(self.export_button)
        fv.addLayout(io_row)
        self._form_text = ""
        self._form_timer = QTimer(self, singleShot=True, interval=250)
        self._form_timer.timeout.connect(self._form_to_json)
        self._check_timer = QTimer(self, singleShot=True, interval=350)
        self._check_timer.timeout.connect(self._check)
        self.editor.textChanged.connect(lambda: self._check_timer.start())

        self.whatif = WhatIfView(ctx, self._draft_for_whatif)
        self.quotas = QuotaTargets(ctx)
        self.fairness = FairnessView(ctx, self._draft_for_whatif)
        self.views = QTabWidget()
        # short titles, all in view at 1280 px; the longer name on hover
        for page, title, tip in (
                (scroll, self.tr("Přehled"), self.tr("Přehled a upozornění")),
                (form_page, self.tr("Úpravy"), ""),
                (json_page, self.tr("JSON"), self.tr("Pravidla jako JSON: načtení a uložení")),
                (self.whatif, self.tr("Co kdyby"), self.tr("Co kdyby – porovnání s platnými")),
                (self.fairness, self.tr("Spravedlnost"), self.tr("Spravedlnost pravidel")),
                (self.quotas, self.tr("Kvóty"), self.tr("Kvóty bytového fondu"))):
            index = self.views.addTab(page, title)
            self.views.setTabToolTip(index, tip)
        self.list_toggle = QToolButton()
        self.list_toggle.setCheckable(True)
        self.list_toggle.setAutoRaise(True)
        self.list_toggle.toggled.connect(self._hide_list)
        self.views.setCornerWidget(self.list_toggle, Qt.TopLeftCorner)
        self.split = split = QSplitter(Qt.Horizontal)
        split.addWidget(left)
        split.addWidget(self.views)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 4)
        split.setSizes([190, 890])
        self._hide_list(False)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(split, 1)
        row = QHBoxLayout()
        row.addWidget(self.message, 1)
        row.addWidget(self.save_button)
        row.addWidget(self.adopt_button)
        layout.addLayout(row)
        self.views.currentChanged.connect(lambda _i: self._json_to_form())
        self.reload()

    # -- list ------------------------------------------------------------------------------
    def reload(self, select: str | None = "") -> None:
        current = select if select != "" else (self.detail.row.id if self.detail else None)
        rows = rulesets.list_rule_sets(self.ctx.db, self.ctx.actor)
        self.list.blockSignals(True)
        self.list.clear()
        chosen = 0
        for i, r in enumerate(rows):
            text = self.tr("{0}\nverze {1} · {2}").format(r.name, r.version, state_text(r.state))
            if r.adopted_on:
                text += self.tr(" od {0}").format(format_date(r.adopted_on))
            if r.warnings:
                text += "\n⚠ " + self.tr("{0} upozornění").format(r.warnings)
            item = QListWidgetItem(text)
            item.setToolTip(text)
            item.setData(ID_ROLE, r.id)
            self.list.addItem(item)
            if r.id == current:
                chosen = i
            elif current is None and r.state in ("active", "default") and not self.detail:
                chosen = i
        self.list.blockSignals(False)
        if rows:
            self.list.setCurrentRow(chosen)
            self._selected(self.list.currentItem())

    def _hide_list(self, hidden: bool) -> None:
        """The rule sets' list folds away to give the form the whole width."""
        self.split.widget(0).setVisible(not hidden)
        self.list_toggle.setText("»" if hidden else "«")
        tip = self.tr("Ukázat seznam pravidel") if hidden else self.tr("Skrýt seznam pravidel")
        self.list_toggle.setToolTip(tip)
        self.list_toggle.setAccessibleName(tip)

    def _selected(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        try:
            self.detail = rulesets.get_rule_set(self.ctx.db, self.ctx.actor, item.data(ID_ROLE))
        except KmbError as exc:
            self.message.setText(exc.message)
            return
        d = self.detail
        self.editor.blockSignals(True)
        self.editor.setPlainText(d.text)
        self.editor.blockSignals(False)
        editable = d.editable and self.ctx.actor.can(Permission.EDIT_RULES)
        self.editor.setReadOnly(not editable)
        self._load_form(d.text)
        self.form.set_editable(editable)
        self.import_button.setVisible(editable)
        self.save_button.setVisible(editable)
        self.adopt_button.setVisible(editable)
        self.discard_button.setEnabled(editable)
        self.message.setText("" if editable else self.tr(
            "Tato pravidla se už nemění. Pro změnu vytvořte nový návrh."))
        self._check()

    # -- validation and overview -----------------------------------------------------------
    def current_rules(self) -> R.Rules | None:
        try:
            return R.parse(self.editor.toPlainText())
        except KmbError:
            return None

    def _check(self) -> None:
        errors, warnings = rulesets.check_text(self.editor.toPlainText())
        e = html.escape
        parts = []
        if errors:
            heading = self.tr("Chyby – takto pravidla uložit nelze:")
            parts.append(f"<p style='color:#b3261e;font-weight:600'>{e(heading)}</p><ul>")
            parts += [f"<li style='color:#b3261e'>{e(p.path)}: {e(p.message)}</li>"
                      for p in errors[:12]]
            parts.append("</ul>")
        else:
            ok = self.tr("Pravidla jsou v pořádku.")      # (lupdate reads no f-string)
            parts.append(f"<p style='color:#2e7d32'>{e(ok)}</p>")
        parts += self._warnings_html(warnings)
        self.problems.setText("".join(parts))
        if not (errors and errors[0].path.startswith("řádek")):   # JSON the form can show
            self.form.show_problems(errors)
        rules = self.current_rules()
        if rules is not None:
            self._overview(rules, warnings)

    def _warnings_html(self, warnings) -> list[str]:
        e = html.escape
        if not warnings:
            return []
        heading = self.tr("Špatná praxe podle MV a veřejného ochránce práv")
        out = [f"<div style='background:#fff4e0;padding:6px'><p style='color:#9a5b00;"
               f"font-weight:600'>⚠ {e(heading)}</p><ul>"]
        out += [f"<li>{e(w.message)} <i style='color:#5f6f7c'>({e(w.source)}; {e(w.path)})</i>"
                f"</li>" for w in warnings]
        out.append("</ul></div>")
        return out

    def _overview(self, rules: R.Rules, warnings) -> None:
        e = html.escape
        d = self.detail
        head = f"<h2 style='margin-bottom:2px'>{e(rules.name)}</h2>"
        meta = self.tr("verze {0}").format(rules.version)
        if d is not None:
            meta += " · " + state_text(d.row.state)
            if d.row.adopted_on:
                meta += " · " + self.tr("přijato {0} ({1})").format(
                    format_date(d.row.adopted_on), d.row.adopted_by or "")
        head += f"<p style='color:#5f6f7c'>{e(meta)}</p>"
        parts = [head] + self._warnings_html(warnings)
        if rules.body.get("description"):
            parts.append(f"<p>{e(rules.body['description'])}</p>")
        for title, lines in describe(rules):
            parts.append(f"<p style='font-weight:600;font-size:11pt;margin-top:8px'>{e(title)}</p>"
                         "<ul>" + "".join(f"<li>{e(x)}</li>" for x in lines) + "</ul>")
        if rules.body.get("source"):
            source = self.tr("Zdroj")
            parts.append(f"<p style='color:#5f6f7c'>{e(source)}: {e(rules.body['source'])}</p>")
        self.overview.setText("".join(parts))
        self.preview.set_overview("".join(parts))
        self.preview.refresh()

    # -- actions ---------------------------------------------------------------------------
    def _new_draft(self, from_file: str | None = None) -> None:
        try:
            new_id = rulesets.new_draft(self.ctx.db, self.ctx.actor, from_file=from_file)
        except KmbError as exc:
            self.message.setText(exc.message)
            return
        self.reload(select=new_id)
        self.views.setCurrentIndex(1)
        self.message.setText(self.tr("Návrh vytvořen. Upravte ho a uložte."))

    def _save(self) -> None:
        if self.detail is None:
            return
        try:
            if self._form_timer.isActive():          # form changes not yet in the JSON
                self._form_timer.stop()
                self._form_to_json()
            rulesets.save_draft(self.ctx.db, self.ctx.actor, self.detail.row.id,
                                self.editor.toPlainText())
        except KmbError as exc:
            self.message.setText(exc.message)
            return
        self.reload()
        self.message.setText(self.tr("Návrh uložen."))

    def _adopt(self) -> None:
        if self.detail is None:
            return
        dlg = AdoptDialog(self.ctx, self.detail.row.id, self)
        if dlg.exec():
            self.reload()
            self.message.setText(self.tr("Pravidla jsou platná; předchozí byla archivována."))

    def _discard(self) -> None:
        if self.detail is None or not self.detail.editable:
            return
        try:
            rulesets.discard_draft(self.ctx.db, self.ctx.actor, self.detail.row.id)
        except KmbError as exc:
            self.message.setText(exc.message)
            return
        self.detail = None
        self.reload(select=None)

    def _draft_for_whatif(self) -> R.Rules | None:
        return self.current_rules()

    # -- form and JSON ---------------------------------------------------------------------
    def _load_form(self, text: str) -> None:
        try:
            body = R.loads(text)
        except KmbError:
            return
        if isinstance(body, dict):
            self.form.load(body)
            self._form_text = text

    def _form_to_json(self) -> None:
        """The form's rule set into the JSON, which is checked and previewed."""
        self._form_text = R.pretty_json(self.form.body())
        if self._form_text != self.editor.toPlainText():
            self.editor.setPlainText(self._form_text)

    def _json_to_form(self) -> None:
        """JSON edited by hand shows in the form when the person returns to it."""
        text = self.editor.toPlainText()
        if self.views.currentIndex() == 1 and text != self._form_text:
            self._load_form(text)

    def _import_json(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Načíst pravidla z JSON"), "",
                                              self.tr("Pravidla (*.json)"))
        if path:
            self.import_text(R.read_file(path))

    def import_text(self, text: str) -> None:
        """Put imported JSON into the draft (saved only with Uložit návrh)."""
        self.editor.setPlainText(text)
        self._load_form(text)
        self._check()
        self.message.setText(self.tr("Pravidla načtena do návrhu; zkontrolujte je a uložte."))

    def _export_json(self) -> None:
        rules = self.current_rules()
        if rules is None:
            self.message.setText(self.tr("Pravidla obsahují chyby; opravte je před uložením."))
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Uložit pravidla jako JSON"),
                                              "pravidla.json", self.tr("Pravidla (*.json)"))
        if path:
            self.export_to(path)

    def export_to(self, path: str) -> None:
        try:
            R.write_file(self.current_rules(), path)
        except KmbError as exc:
            self.message.setText(exc.message)
            return
        self.message.setText(self.tr("Pravidla uložena do {0}.").format(path))


class AdoptDialog(FormDialog):
    def __init__(self, ctx: UiContext, rule_set_id: str, parent=None):
        super().__init__(QCoreApplication.translate("AdoptDialog", "Přijetí pravidel"),
                         parent=parent, width=520)
        self.ctx = ctx
        self.rule_set_id = rule_set_id
        self.set_intro(self.tr("Návrh se stane platnými pravidly; dosavadní pravidla se "
                               "archivují (zůstanou u dřívějších rozhodnutí)."))
        self.adopted_on = self.add("adopted_on", self.tr("Přijato dne *"), DateField())
        self.adopted_on.set_value(dt.date.today())
        self.adopted_by = self.add("adopted_by", self.tr("Usnesení *"), QLineEdit())
        self.adopted_by.setPlaceholderText(self.tr("např. usnesení RM č. 2026/123"))
        self.ok_button.setText(self.tr("Přijmout"))

    def submit(self) -> None:
        rulesets.adopt(self.ctx.db, self.ctx.actor, self.rule_set_id,
                       self.adopted_on.value("adopted_on"), self.adopted_by.text())

