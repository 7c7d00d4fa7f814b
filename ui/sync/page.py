"""Synchronizace: this installation's card, partners, bundles out and in
(with progress and cancel), and the conflicts to review."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (QComboBox,
                               QFileDialog, QFrame, QHBoxLayout, QLabel,
                               QMessageBox, QPushButton, QTableView, QTabWidget, QVBoxLayout,
                               QWidget)

from app.errors import KmbError
from app.files import write_atomic
from app.formatting import format_datetime
from app.staff import list_users
from app.sync import conflicts as conflict_service
from app.sync.export import export_bundle
from app.sync.identity import (add_peer, contact_card, list_peers, own_identity, read_card,
                               revoke_peer, set_scope)
from app.sync.importer import import_bundle
from app.sync.trust import kind_label

from ..context import UiContext
from ..ops import BackgroundOp
from ..widgets.dialogs import FormDialog
from ..widgets.column_fit import NAME_TAILS, ColumnFitter
from ..widgets.table_model import Col, RowsModel, WholeOnHoverModel
from ..widgets.tables import list_table

_P = "SyncPage"
PEER_COLUMNS = [
    Col(QT_TRANSLATE_NOOP("SyncPage", "Partner"), lambda p: p.name, context=_P),
    Col(QT_TRANSLATE_NOOP("SyncPage", "Otisk"), lambda p: p.fingerprint, context=_P),
    Col(QT_TRANSLATE_NOOP("SyncPage", "Stav"),
        lambda p: (QCoreApplication.translate("SyncPage", "odvolán") if p.revoked_at
                   else QCoreApplication.translate("SyncPage", "aktivní")), context=_P),
    Col(QT_TRANSLATE_NOOP("SyncPage", "Druh"), lambda p: p.kind_label, context=_P),
    Col(QT_TRANSLATE_NOOP("SyncPage", "Rozsah"), lambda p: p.scope_label, context=_P),
    Col(QT_TRANSLATE_NOOP("SyncPage", "Přidán"), lambda p: format_datetime(p.added_at),
        context=_P),
]
CONFLICT_COLUMNS = [
    Col(QT_TRANSLATE_NOOP("SyncPage", "Záznam"), lambda c: c.record, context=_P),
    Col(QT_TRANSLATE_NOOP("SyncPage", "Pole"), lambda c: c.field, context=_P),
    Col(QT_TRANSLATE_NOOP("SyncPage", "Platná hodnota"), lambda c: c.kept, context=_P),
    Col(QT_TRANSLATE_NOOP("SyncPage", "Zapsal(a)"),
        lambda c: f"{c.kept_by}, {format_datetime(c.kept_at)}", context=_P),
    Col(QT_TRANSLATE_NOOP("SyncPage", "Přepsaná hodnota"), lambda c: c.lost, context=_P),
    Col(QT_TRANSLATE_NOOP("SyncPage", "Zapsal(a)"),
        lambda c: f"{c.lost_by}, {format_datetime(c.lost_at)}", context=_P),
]


class _PeerRow:
    """A peer as listed, with its scope shown as the worker's name."""

    def __init__(self, peer, workers: dict[str, str]):
        self.__dict__.update(peer.__dict__)
        self.peer = peer
        worker = (peer.scope or "").removeprefix("worker:")
        if peer.scope == "cases":
            self.scope_label = QCoreApplication.translate(
                "SyncPage", "jen případy se souhlasem klienta")
        elif peer.scope:
            self.scope_label = QCoreApplication.translate("SyncPage", "jen případy: {0}").format(
                workers.get(worker, worker))
        else:
            self.scope_label = QCoreApplication.translate("SyncPage", "všechna data")
        self.kind_label = kind_label(peer.kind)


def _table(model) -> QTableView:
    return list_table(model, fit_contents=True)

# "Notebook – Lucie Mar…, 2. 12. 2026 10:32": when a value was written stays in view
WHEN_TAILS = [(r", \d{1,2}\. \d{1,2}\. \d{4} \d{1,2}:\d{2}$", None, 40)]


class _ConflictColumns(ColumnFitter):
    """Every header whole; the room left is shared evenly among the record, the
    two values and who wrote them, a column that needs less giving the rest to
    the others: a long value never squeezes the other one or its author out."""

    def fit(self) -> None:
        super().fit()                     # the fixed column (the field) whole
        view, needs = self.view, self._needs
        hint = view.horizontalHeader().sectionSizeHint
        fixed = sum(view.columnWidth(c) for c in range(view.model().columnCount())
                    if c not in self.elastic)
        spare = max(0, view.viewport().width() - fixed - sum(hint(c) for c in self.elastic))
        lacks = sorted((max(0, needs[c] - hint(c)), c) for c in self.elastic)
        extra = {}
        for i, (lack, col) in enumerate(lacks):        # the least lacking first
            extra[col] = min(lack, spare // (len(lacks) - i))
            spare -= extra[col]
        for col in self.elastic[:-1]:     # the last one stretches to the edge
            view.setColumnWidth(col, hint(col) + extra[col])


class SyncPage(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.last_summary = None
        self._op: BackgroundOp | None = None
        title = QLabel(self.tr("Synchronizace"))
        title.setObjectName("pageTitle")
        intro = QLabel(self.tr(
            "Výměna dat bez serveru: balíček se uloží do souboru (USB disk, e-mail), je "
            "podepsaný a zašifrovaný jen pro zvoleného partnera."))
        intro.setObjectName("muted")
        intro.setWordWrap(True)

        me = own_identity(ctx.db)
        card = QFrame()
        card.setObjectName("card")
        cl = QHBoxLayout(card)
        info = QLabel(self.tr("<b>Tato instalace:</b> {0}<br>Otisk pro ověření telefonem: "
                              "<span style='font-size:13pt; font-family:monospace'>{1}</span>")
                      .format(me.name, me.fingerprint))
        info.setTextFormat(Qt.RichText)
        self.card_button = QPushButton(self.tr("Uložit kartu instalace…"))
        self.card_button.clicked.connect(self.save_card)
        cl.addWidget(info, 1)
        cl.addWidget(self.card_button)

        self.peers = RowsModel(PEER_COLUMNS)
        self.peer_view = _table(self.peers)
        self.add_button = QPushButton(self.tr("Přidat partnera z karty…"))
        self.scope_button = QPushButton(self.tr("Rozsah dat…"))
        self.revoke_button = QPushButton(self.tr("Odvolat"))
        self.export_button = QPushButton(self.tr("Vytvořit balíček pro partnera…"))
        self.export_button.setProperty("primary", True)
        self.import_button = QPushButton(self.tr("Načíst balíček…"))
        self.import_button.setProperty("primary", True)
        self.add_button.clicked.connect(self.add_peer)
        self.scope_button.clicked.connect(self.change_scope)
        self.revoke_button.clicked.connect(self.revoke)
        self.export_button.clicked.connect(self.export)
        self.import_button.clicked.connect(self.import_)
        self.status = QLabel()
        self.status.setWordWrap(True)
        buttons = QHBoxLayout()
        for b in (self.add_button, self.scope_button, self.revoke_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.import_button)
        peers_tab = QWidget()
        pl = QVBoxLayout(peers_tab)
        pl.addWidget(card)
        pl.addWidget(self.peer_view, 1)
        pl.addLayout(buttons)
        pl.addWidget(self.status)

        self.conflicts = WholeOnHoverModel(CONFLICT_COLUMNS)
        self.conflict_view = list_table(self.conflicts)
        # the record, the two values and who wrote them share the room, whole on hover
        self.conflict_fitter = _ConflictColumns(
            self.conflict_view, elastic=[0, 2, 3, 4, 5],
            tails={0: [*NAME_TAILS], 3: WHEN_TAILS, 5: WHEN_TAILS})   # (a copy: "Osoba …"
                                                   # comes first, no initial for it)
        self.keep_button = QPushButton(self.tr("Ponechat platnou hodnotu"))
        self.restore_button = QPushButton(self.tr("Obnovit přepsanou hodnotu"))
        self.keep_button.clicked.connect(lambda: self.resolve(keep=True))
        self.restore_button.clicked.connect(lambda: self.resolve(keep=False))
        explain = QLabel(self.tr(
            "Když dva lidé změní stejný údaj, než si instalace vymění data, platí novější "
            "změna. Ta druhá se neztratí: je tady, dokud ji někdo neposoudí. Obnovená hodnota "
            "platí po další výměně všude."))
        explain.setWordWrap(True)
        explain.setObjectName("muted")
        cb = QHBoxLayout()
        cb.addStretch(1)
        cb.addWidget(self.keep_button)
        cb.addWidget(self.restore_button)
        conflicts_tab = QWidget()
        cv = QVBoxLayout(conflicts_tab)
        cv.addWidget(explain)
        cv.addWidget(self.conflict_view, 1)
        cv.addLayout(cb)

        self.tabs = QTabWidget()
        self.tabs.addTab(peers_tab, self.tr("Partneři a výměna"))
        self.tabs.addTab(conflicts_tab, "")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 10)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addWidget(self.tabs, 1)
        ctx.changes.watch(self, self.refresh, "peer", "sync_conflict", "user")
        self.refresh()

    # -- data ------------------------------------------------------------------
    def refresh(self) -> None:
        workers = {u.id: u.full_name for u in list_users(self.ctx.db, self.ctx.actor)}
        self.peers.set_rows([_PeerRow(p, workers) for p in list_peers(self.ctx.db, self.ctx.actor)])
        items = conflict_service.list_conflicts(self.ctx.db, self.ctx.actor)
        self.conflicts.set_rows(items)
        self.tabs.setTabText(1, self.tr("Konflikty ({0})").format(len(items)))

    def _selected_peer(self):
        row = self.peer_view.currentIndex().row()
        peer = self.peers.row(row)
        if peer is None:
            QMessageBox.information(self, self.tr("Synchronizace"),
                                    self.tr("Nejdřív vyberte partnera v seznamu."))
        return peer

    def _fail(self, exc: KmbError) -> None:
        QMessageBox.warning(self, self.tr("Synchronizace"), exc.message)

    # -- actions -----------------------------------------------------------------
    def save_card(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Uložit kartu instalace"),
                                              "karta-instalace.kmbcard",
                                              self.tr("Karta instalace (*.kmbcard)"))
        if not path:
            return
        try:
            write_atomic(path, contact_card(self.ctx.db, self.ctx.actor))
        except KmbError as exc:
            self._fail(exc)
            return
        self.status.setText(self.tr("Karta uložena do {0}. Pošlete ji partnerovi a otisk mu "
                                    "přečtěte do telefonu.").format(path))

    def add_peer(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Karta partnera"), "",
                                              self.tr("Karta instalace (*.kmbcard *.json);;"
                                                      "Všechny soubory (*)"))
        if not path:
            return
        try:
            data = open(path, "rb").read()
            card = read_card(data)
        except (OSError, KmbError) as exc:
            self._fail(exc if isinstance(exc, KmbError) else KmbError(str(exc)))
            return
        answer = QMessageBox.question(
            self, self.tr("Ověřte otisk"),
            self.tr("Partner: {0}\n\nOtisk: {1}\n\nZavolejte partnerovi a nechte si přečíst "
                    "otisk jeho instalace. Souhlasí?").format(card["name"], card["fingerprint"]))
        if answer != QMessageBox.Yes:
            return
        try:
            add_peer(self.ctx.db, self.ctx.actor, data)
        except KmbError as exc:
            self._fail(exc)
            return

    def revoke(self) -> None:
        peer = self._selected_peer()
        if peer is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Odvolat partnera"),
            self.tr("Odvolat instalaci „{0}“? Její balíčky se už nenačtou (např. ztracený "
                    "notebook). Vrátit to nelze.").format(peer.name))
        if answer == QMessageBox.Yes:
            revoke_peer(self.ctx.db, self.ctx.actor, peer.id)

    def change_scope(self) -> None:
        peer = self._selected_peer()
        if peer is None:
            return
        ScopeDialog(self.ctx, peer.peer, peer.id, self).exec()

    def export(self) -> None:
        peer = self._selected_peer()
        if peer is None:
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Uložit balíček"),
                                              f"pro-{peer.name}.kmbx",
                                              self.tr("Balíček KMB (*.kmbx)"))
        if not path:
            return
        db, actor, peer_id = self.ctx.db, self.ctx.actor, peer.id
        self._run(self.tr("Vytvářím balíček…"),
                  lambda progress, cancelled: export_bundle(db, actor, peer_id, path,
                                                            progress=progress,
                                                            cancelled=cancelled),
                  lambda s: self.status.setText(" ".join([self.tr(
                      "Balíček pro „{0}“ je uložen: {1} záznamů, {2} kB.").format(
                      s.peer_name, s.rows, round(s.size / 1024)), *s.warnings])))

    def import_(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Načíst balíček"), "",
                                              self.tr("Balíček KMB (*.kmbx);;Všechny soubory (*)"))
        if not path:
            return
        db, actor = self.ctx.db, self.ctx.actor
        self._run(self.tr("Načítám balíček…"),
                  lambda progress, cancelled: import_bundle(db, actor, path, progress=progress,
                                                            cancelled=cancelled),
                  self._imported)

    def _imported(self, summary) -> None:
        self.last_summary = summary
        self.status.setText(summary.line())

    def _run(self, title: str, work, done) -> None:
        self._op = BackgroundOp(self, title, work, cancellable=True)
        self._op.succeeded.connect(done)
        self._op.cancelled.connect(lambda: self.status.setText(
            self.tr("Zrušeno; nic se nezměnilo.")))
        self._op.start()

    def resolve(self, keep: bool) -> None:
        item = self.conflicts.row(self.conflict_view.currentIndex().row())
        if item is None:
            QMessageBox.information(self, self.tr("Konflikty"),
                                    self.tr("Nejdřív vyberte konflikt v seznamu."))
            return
        try:
            if keep:
                conflict_service.keep_winner(self.ctx.db, self.ctx.actor, item.id)
            else:
                conflict_service.restore_loser(self.ctx.db, self.ctx.actor, item.id)
        except KmbError as exc:
            self._fail(exc)
            return


class ScopeDialog(FormDialog):
    """All data, only the cases of one worker (a field laptop), or only the cases
    whose client consented to sharing with this partner office."""

    def __init__(self, ctx: UiContext, peer, peer_id: str, parent=None):
        super().__init__(self.tr("Rozsah dat pro „{0}“").format(peer.name),
                         self.tr("Co se má posílat na tuto instalaci:"), parent)
        self._save = lambda scope, kind: set_scope(ctx.db, ctx.actor, peer_id, scope, kind)
        self.combo = self.add("scope", self.tr("Rozsah"), QComboBox())
        # a kind, or a worker scope (a laptop): what the peer may write follows from it
        self.combo.addItem(self.tr("všechna data – vlastní kancelář"), "office")
        self.combo.addItem(self.tr("všechna data – partnerská kancelář (bez nastavení a "
                                   "pravidel)"), "partner")
        self.combo.addItem(self.tr("jen případy, k jejichž předání dal klient souhlas – "
                                   "partnerská kancelář"), "cases")
        for u in list_users(ctx.db, ctx.actor):
            self.combo.addItem(self.tr("jen případy: {0}").format(u.full_name),
                               f"worker:{u.id}")
        index = self.combo.findData(peer.scope or peer.kind or "office")
        self.combo.setCurrentIndex(max(index, 0))

    def submit(self) -> None:
        self._save(self.scope(), self.kind())

    def scope(self) -> str | None:
        data = self.combo.currentData()
        return data if data.startswith("worker:") or data == "cases" else None

    def kind(self) -> str | None:
        data = self.combo.currentData()
        if data == "cases":
            return "partner"
        return None if data.startswith("worker:") else data
