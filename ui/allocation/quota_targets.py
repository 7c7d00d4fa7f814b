"""Target shares of the housing stock per flat category (an office setting),
next to the current shares."""
from __future__ import annotations

from PySide6.QtWidgets import (QDoubleSpinBox, QFormLayout, QHBoxLayout, QLabel, QPushButton,
                               QVBoxLayout, QWidget)

from app.errors import KmbError, ValidationError
from app.housing.stock import set_quota_targets, stock_overview
from app.security import Permission
from models.housing import FlatCategory
from ui.labels import tl as label

from ..context import UiContext

NO_TARGET = -1.0


class QuotaTargets(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        intro = QLabel(self.tr(
            "Kolik procent městských bytů má sloužit kterému účelu (např. Trutnov: podíl "
            "sociálních bytů). Byty → Obsazenost a kvóty ukazuje skutečnost proti cíli; "
            "volný byt lze přeřadit do kategorie, které chybí."))
        intro.setWordWrap(True)
        intro.setObjectName("muted")
        self.spins: dict[FlatCategory, QDoubleSpinBox] = {}
        self.current: dict[FlatCategory, QLabel] = {}
        form = QFormLayout()
        for c in FlatCategory:
            spin = QDoubleSpinBox()
            spin.setObjectName(f"quota_{c.value}")
            spin.setRange(NO_TARGET, 100)
            spin.setDecimals(1)
            spin.setSingleStep(1)
            spin.setSuffix(" %")
            spin.setSpecialValueText(self.tr("bez cíle"))
            spin.setMaximumWidth(120)
            spin.valueChanged.connect(self._sum)
            now = QLabel()
            now.setObjectName("muted")
            row = QHBoxLayout()
            row.addWidget(spin)
            row.addWidget(now, 1)
            form.addRow(label(c), row)
            self.spins[c], self.current[c] = spin, now
        self.total = QLabel()
        self.error = QLabel()
        self.error.setProperty("error", True)
        self.error.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Uložit kvóty"))
        self.save_button.setProperty("primary", True)
        self.save_button.clicked.connect(self.save)
        can = ctx.actor.can(Permission.SETTINGS)
        self.save_button.setVisible(can)
        for spin in self.spins.values():
            spin.setEnabled(can)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.total)
        layout.addWidget(self.error)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.save_button)
        layout.addLayout(row)
        layout.addStretch(1)
        self.load()

    def load(self) -> None:
        o = stock_overview(self.ctx.db, self.ctx.actor)
        for r in o.rows:
            spin = self.spins[r.category]
            spin.blockSignals(True)
            spin.setValue(NO_TARGET if r.target_pct is None else r.target_pct)
            spin.blockSignals(False)
            self.current[r.category].setText(self.tr("dnes {0} bytů = {1} % fondu").format(
                r.flats, f"{r.share_pct:.1f}".replace(".", ",")))
        self._sum()

    def values(self) -> dict[FlatCategory, float | None]:
        return {c: (None if s.value() == NO_TARGET else s.value()) for c, s in self.spins.items()}

    def _sum(self) -> None:
        total = sum(v for v in self.values().values() if v is not None)
        self.total.setText(self.tr("Součet cílů: {0} %").format(f"{total:.1f}".replace(".", ",")))

    def save(self) -> None:
        self.error.clear()
        try:
            set_quota_targets(self.ctx.db, self.ctx.actor, self.values())
        except ValidationError as exc:
            self.error.setText(exc.message)
            return
        except KmbError as exc:
            self.error.setText(exc.message)
            return
        self.load()
        self.total.setText(self.total.text() + " · " + self.tr("Kvóty uloženy."))
