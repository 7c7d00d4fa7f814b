"""Nastavení → Obce a lokality: the RÚIAN address file (import with progress,
what is loaded) and the lists that contacts and cases choose from — the
ORP's municipalities and the office's localities (excluded localities,
lodging houses; town parts come from RÚIAN by themselves)."""
from __future__ import annotations

from PySide6.QtWidgets import (QFileDialog, QGroupBox, QHBoxLayout, QLabel, QPlainTextEdit,
                               QPushButton, QVBoxLayout, QWidget)

from app.addresses.completion import imported_count
from app.addresses.geography import geography, save_geography
from app.addresses.importer import ImportResult, import_addresses
from app.errors import KmbError

from ..context import UiContext
from ..ops import write_op


def _lines(edit: QPlainTextEdit) -> list[str]:
    return [line.strip() for line in edit.toPlainText().splitlines() if line.strip()]


class GeographyTab(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        ruian = QGroupBox(self.tr("Adresy z RÚIAN (výpis ČÚZK)"))
        self.loaded = QLabel()
        self.loaded.setObjectName("ruianLoaded")
        self.loaded.setWordWrap(True)
        self.import_button = QPushButton(self.tr("Načíst výpis adres…"))
        self.import_button.setObjectName("ruianImport")
        self.import_button.clicked.connect(self.choose_file)
        rv = QVBoxLayout(ruian)
        hint = QLabel(self.tr(
            "Výpis adresních míst stáhněte na nahlížení do RÚIAN (CSV za obce, windows-1250), "
            "celý zip nebo soubor jedné obce. Adresy se pak doplňují při psaní ulice a čísla "
            "domu; bez výpisu se píší volně."))
        hint.setWordWrap(True)          # on one line it widened the window past 1280 px
        rv.addWidget(hint)
        rv.addWidget(self.loaded)
        rv.addWidget(self.import_button)

        lists = QGroupBox(self.tr("Obce a lokality pro kontakty, případy a statistiky"))
        self.municipalities = QPlainTextEdit()
        self.municipalities.setObjectName("municipalities")
        self.municipalities.setTabChangesFocus(True)
        self.localities = QPlainTextEdit()
        self.localities.setObjectName("localities")
        self.localities.setTabChangesFocus(True)
        self.save_button = QPushButton(self.tr("Uložit seznamy"))
        self.save_button.setProperty("primary", True)
        self.save_button.clicked.connect(self.save)
        self.status = QLabel()
        self.status.setObjectName("muted")
        self.status.setWordWrap(True)
        lv = QVBoxLayout(lists)
        lv.addWidget(QLabel(self.tr("Obce správního obvodu ORP (jedna na řádek; prázdné = obce "
                                    "z načteného výpisu RÚIAN):")))
        lv.addWidget(self.municipalities)
        lv.addWidget(QLabel(self.tr("Další lokality – vyloučené lokality, ubytovny (jedna na "
                                    "řádek; části obcí se nabízejí z RÚIAN samy):")))
        lv.addWidget(self.localities)
        bar = QHBoxLayout()
        bar.addWidget(self.status, 1)
        bar.addWidget(self.save_button)
        lv.addLayout(bar)
        layout = QVBoxLayout(self)
        layout.addWidget(ruian)
        layout.addWidget(lists, 1)
        self.reload()

    def reload(self) -> None:
        geo = geography(self.ctx.db, self.ctx.actor)
        count = imported_count(self.ctx.db, self.ctx.actor)
        if count:
            towns = ", ".join(sorted(geo.town_parts)[:8])
            self.loaded.setText(self.tr("Načteno {0} adresních míst ({1} obcí: {2}).")
                                .format(f"{count:,}".replace(",", " "), len(geo.town_parts),
                                        towns))
        else:
            self.loaded.setText(self.tr("Výpis zatím není načten: adresy se píší volně."))
        self.municipalities.setPlainText("" if geo.from_ruian else "\n".join(geo.municipalities))
        self.municipalities.setPlaceholderText("\n".join(geo.municipalities[:6]))
        self.localities.setPlainText("\n".join(geo.localities))

    def save(self) -> None:
        try:
            geo = save_geography(self.ctx.db, self.ctx.actor, _lines(self.municipalities),
                                 _lines(self.localities))
        except KmbError as exc:
            self.status.setText(exc.message)
            return
        self.reload()
        self.status.setText(self.tr("Uloženo: {0} obcí, {1} dalších lokalit.")
                            .format(len(geo.municipalities), len(geo.localities)))

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Výpis adresních míst RÚIAN"), "",
            self.tr("Výpis RÚIAN (*.csv *.zip);;Všechny soubory (*)"))
        if path:
            self.import_file(path)

    def import_file(self, path: str):
        """Import in the background with progress and Zrušit (nothing stored if cancelled)."""
        db, actor = self.ctx.db, self.ctx.actor
        self.status.setText("")
        return write_op(self, self.tr("Načítám adresy RÚIAN…"),
                        lambda progress, cancelled: import_addresses(
                            db, actor, path, progress=progress, cancelled=cancelled),
                        self._imported, cancellable=True,
                        failed=lambda exc: self.status.setText(
                            getattr(exc, "message", str(exc))),
                        show_errors=False)

    def _imported(self, result: ImportResult) -> None:
        self.reload()
        self.status.setText(self.tr("Načteno {0} adresních míst ze {1} souborů.")
                            .format(result.addresses, result.files))
