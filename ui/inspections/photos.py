"""Photos of an inspection as thumbnails: add (checked and scaled down in
app/, off the UI thread), caption, remove."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import KmbError
from app.images import MAX_INPUT_BYTES
from app.inspections.photos import add_photo, photo_thumbnail, remove_photo, set_caption
from app.inspections.records import PhotoRow

from ..context import UiContext
from ..ops import BackgroundOp
from ..widgets.hooks import Hook

ID_ROLE = Qt.UserRole + 1
THUMB = 160


class PhotosPanel(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.changed = Hook()
        self.inspection_id: str | None = None
        self.op: BackgroundOp | None = None
        self.last_problems: list[str] = []
        self.list = QListWidget()
        self.list.setObjectName("photoList")
        self.list.setViewMode(QListView.IconMode)
        self.list.setIconSize(QSize(THUMB, THUMB))
        self.list.setGridSize(QSize(THUMB + 24, THUMB + 44))
        self.list.setResizeMode(QListView.Adjust)
        self.list.setMovement(QListView.Static)
        self.list.setWordWrap(True)
        self.list.itemDoubleClicked.connect(lambda _i: self.edit_caption())
        self.add_button = QPushButton(self.tr("Přidat fotografie…"))
        self.add_button.setProperty("primary", True)
        self.add_button.clicked.connect(self.choose_files)
        self.caption_button = QPushButton(self.tr("Popisek…"))
        self.caption_button.clicked.connect(self.edit_caption)
        self.remove_button = QPushButton(self.tr("Odebrat"))
        self.remove_button.clicked.connect(self.remove)
        hint = QLabel(self.tr("Fotografie se zmenší a uloží k protokolu (bez údajů o poloze). "
                              "Obrázek JPEG nebo PNG, nejvýše 15 MB."))
        hint.setObjectName("muted")
        hint.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.caption_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)

    def load(self, inspection_id: str, photos: list[PhotoRow], editable: bool) -> None:
        self.inspection_id = inspection_id
        self.list.clear()
        for p in photos:
            item = QListWidgetItem(p.caption or p.filename)
            item.setData(ID_ROLE, p.id)
            item.setToolTip(f"{p.filename} · {p.width} × {p.height}")
            try:
                data = photo_thumbnail(self.ctx.db, self.ctx.actor, p.id, THUMB)
                pix = QPixmap()
                pix.loadFromData(data)
                item.setIcon(QIcon(pix))
            except KmbError:
                pass
            self.list.addItem(item)
        for b in (self.add_button, self.caption_button, self.remove_button):
            b.setVisible(editable)

    # -- adding ------------------------------------------------------------------
    def choose_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Přidat fotografie"), str(Path.home()),
            self.tr("Obrázky (*.jpg *.jpeg *.png *.heic *.webp *.bmp *.tif *.tiff);;"
                    "Všechny soubory (*)"))
        if paths:
            self.add_files(paths)

    def add_files(self, paths: list[str]) -> BackgroundOp:
        """Import in a worker thread; refused files are listed afterwards."""
        db, actor, iid = self.ctx.db, self.ctx.actor, self.inspection_id
        unreadable = self.tr("Soubor „{0}“ nelze přečíst: {1}.")

        def work(progress, cancelled):
            problems = []
            for n, path in enumerate(paths):
                if cancelled():
                    break
                name = Path(path).name
                progress(name, int(100 * n / len(paths)))
                try:
                    with open(path, "rb") as fh:
                        data = fh.read(MAX_INPUT_BYTES + 1)
                    add_photo(db, actor, iid, name, data)
                except KmbError as exc:
                    problems.append(exc.message)
                except OSError as exc:
                    problems.append(unreadable.format(name, exc.strerror))
            return problems

        # not cancellable: ui.ops closes a cancellable op's dialog in a way that
        # reports it as cancelled (QProgressDialog emits canceled on close)
        self.op = BackgroundOp(self, self.tr("Ukládám fotografie…"), work)
        self.op.succeeded.connect(self._added)
        self.op.start()
        return self.op

    def _added(self, problems: list[str]) -> None:
        self.last_problems = problems
        self.changed.emit()
        if problems:
            QMessageBox.warning(self, self.tr("Některé soubory nelze přidat"),
                                "\n\n".join(problems))

    # -- editing -------------------------------------------------------------------
    def _current_id(self) -> str | None:
        item = self.list.currentItem()
        return item.data(ID_ROLE) if item else None

    def edit_caption(self) -> None:
        pid = self._current_id()
        if not pid or not self.add_button.isVisible():
            return
        text, ok = QInputDialog.getText(self, self.tr("Popisek fotografie"),
                                        self.tr("Co je na fotografii:"),
                                        text=self.list.currentItem().text())
        if not ok:
            return
        try:
            set_caption(self.ctx.db, self.ctx.actor, pid, text)
        except KmbError as exc:
            QMessageBox.warning(self, self.tr("Nepodařilo se"), exc.message)
            return
        self.changed.emit()

    def remove(self) -> None:
        pid = self._current_id()
        if not pid:
            return
        if QMessageBox.question(self, self.tr("Odebrat fotografii"),
                                self.tr("Odebrat vybranou fotografii z protokolu?")) \
                != QMessageBox.Yes:
            return
        try:
            remove_photo(self.ctx.db, self.ctx.actor, pid)
        except KmbError as exc:
            QMessageBox.warning(self, self.tr("Nepodařilo se"), exc.message)
            return
        self.changed.emit()
