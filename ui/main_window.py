"""The main window: sidebar navigation and the areas' pages. Pages are built
on first visit, so start-up costs only the first page."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QMainWindow,
                               QStackedWidget, QStatusBar, QVBoxLayout, QWidget)

from app.czech_names import sex_of_full_name
from resources import path as resource_path

from .areas import AREAS, OPENERS, Area
from .context import UiContext

KEY_ROLE = Qt.UserRole + 1


class MainWindow(QMainWindow):
    def __init__(self, ctx: UiContext):
        super().__init__()
        self.ctx = ctx
        self.setObjectName("mainWindow")
        title = self.tr("KMB Desk – {0}").format(ctx.installation.name)
        self.setWindowTitle(title + (self.tr(" (ukázka)") if ctx.demo else ""))
        self.setWindowIcon(QIcon(str(resource_path("icons", "logo.svg"))))
        self.areas: list[Area] = [a for a in AREAS
                                  if a.permission is None or ctx.actor.can(a.permission)]
        self.pages: dict[str, QWidget] = {}

        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setIconSize(QSize(20, 20))
        self.sidebar.setFixedWidth(210)
        for area in self.areas:
            item = QListWidgetItem(QIcon(str(resource_path("icons", f"{area.icon}.svg"))),
                                   QCoreApplication.translate("areas", area.title))
            item.setData(KEY_ROLE, area.key)
            self.sidebar.addItem(item)
        brand = QLabel(self.tr("KMB Desk"))
        brand.setObjectName("brand")
        sub = QLabel(ctx.installation.name)
        sub.setObjectName("brandSub")
        sub.setWordWrap(True)
        side = QWidget()
        side.setObjectName("side")
        sv = QVBoxLayout(side)
        sv.setContentsMargins(0, 0, 0, 0)
        sv.setSpacing(0)
        sv.addWidget(brand)
        sv.addWidget(sub)
        sv.addWidget(self.sidebar, 1)
        user = QLabel(f"{ctx.actor.name}")
        user.setObjectName("brandSub")
        user.setWordWrap(True)
        sv.addWidget(user)
        # One dark column, as wide as the list, down to the window's bottom: a long
        # user or office name widened it beside the list, and the window's status
        # bar ran under it as a light strip (issue 18). The status bar sits under
        # the pages instead.
        side.setFixedWidth(self.sidebar.width())
        side.setAttribute(Qt.WA_StyledBackground, True)
        self.status = QStatusBar()
        self.status.setObjectName("status")

        self.stack = QStackedWidget()
        central = QWidget()
        h = QHBoxLayout(central)
        h.setContentsMargins(0, 0, 0, 0)
        h.setSpacing(0)
        h.addWidget(side)
        right = QWidget()
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        rv.setSpacing(0)
        rv.addWidget(self.stack, 1)
        rv.addWidget(self.status)
        h.addWidget(right, 1)
        self.setCentralWidget(central)
        signed_in = {"F": self.tr("Přihlášena: {0}"), "M": self.tr("Přihlášen: {0}")}.get(
            sex_of_full_name(ctx.actor.name), self.tr("Přihlášen(a): {0}"))
        self.statusBar().showMessage(signed_in.format(ctx.actor.name))
        self.sidebar.currentRowChanged.connect(self._show_row)
        self.resize(1280, 780)
        self._restore_state()

    def statusBar(self) -> QStatusBar:  # noqa: N802 – Qt's name
        """The bar under the pages (not QMainWindow's own, which spans the sidebar)."""
        return self.status

    def event(self, event) -> bool:
        if event.type() == QEvent.StatusTip:        # an action's tip, as QMainWindow shows it
            self.status.showMessage(event.tip())
            return True
        return super().event(event)

    # -- navigation ------------------------------------------------------------
    def show_area(self, key: str) -> QWidget:
        for row, area in enumerate(self.areas):
            if area.key == key:
                self.sidebar.setCurrentRow(row)
                self._show_row(row)       # also when the row was already current
                return self.pages[key]
        raise KeyError(key)

    def open_record(self, kind: str, record_id: str) -> bool:
        """Show a record in the area that owns it (ui/widgets/nav.py)."""
        opener = OPENERS.get(kind)
        if opener is None:
            return False
        try:
            page = self.show_area(opener.area)
        except KeyError:          # the user may not see that area
            return False
        opener.open(page, record_id)
        return True

    def page(self, key: str) -> QWidget:
        if key not in self.pages:
            area = next(a for a in self.areas if a.key == key)
            page = area.factory(self.ctx)
            self.pages[key] = page
            self.stack.addWidget(page)
            if hasattr(page, "restore_state"):
                page.restore_state(self.ctx.settings)
        return self.pages[key]

    def _show_current(self) -> None:
        self._show_row(self.sidebar.currentRow())

    def _show_row(self, row: int) -> None:
        if 0 <= row < len(self.areas):
            page = self.page(self.areas[row].key)
            if self.stack.currentWidget() is not page:
                self.stack.setCurrentWidget(page)

    # -- window state ----------------------------------------------------------
    def _restore_state(self) -> None:
        s = self.ctx.settings
        if s.value("window/geometry") is not None:
            self.restoreGeometry(s.value("window/geometry"))
        if s.value("window/state") is not None:
            self.restoreState(s.value("window/state"))
        last = s.value("window/area", "")
        keys = [a.key for a in self.areas]
        if self.areas:
            row = keys.index(last) if last in keys else 0
            # Highlight the area now, build its page once the window is on screen:
            # the window appears at once and the first page fills in right after.
            self.sidebar.blockSignals(True)
            self.sidebar.setCurrentRow(row)
            self.sidebar.blockSignals(False)
            QTimer.singleShot(0, self, self._show_current)

    def save_state(self) -> None:
        s = self.ctx.settings
        s.setValue("window/geometry", self.saveGeometry())
        s.setValue("window/state", self.saveState())
        row = self.sidebar.currentRow()
        if 0 <= row < len(self.areas):
            s.setValue("window/area", self.areas[row].key)
        for page in self.pages.values():
            if hasattr(page, "save_state"):
                page.save_state(s)
        s.sync()

    def changeEvent(self, event) -> None:
        # Back in the window: writes made meanwhile by the CLI or another
        # program reach every open screen (the feed also polls every few seconds).
        if event.type() == QEvent.ActivationChange and self.isActiveWindow():
            self.ctx.changes.check_external()
        super().changeEvent(event)

    def closeEvent(self, event) -> None:
        for page in self.pages.values():
            if hasattr(page, "can_close") and not page.can_close():
                event.ignore()
                return
        self.save_state()
        super().closeEvent(event)
