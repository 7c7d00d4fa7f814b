"""Regenerate the README's screenshots from the town demo (run under Xvfb or
offscreen):  python docs/screenshots.py

Each shot is a function that drives the real window like a user, then grabs it.
"""
from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
OUT = ROOT / "docs" / "screenshots"



SHOT_KEY = bytes(range(32))   # screenshot databases are encrypted like real ones

def _wait_for(app, ready, timeout: float = 120.0) -> None:
    """Lists load off the UI thread: let the events run until ``ready()``."""
    end = time.monotonic() + timeout
    while not ready():
        if time.monotonic() > end:
            raise TimeoutError("the screen did not load in time")
        app.processEvents()
        time.sleep(0.02)


class ModalGuard:
    """No one sits at the screen while the shots run: a modal dialog (an error
    box, a question) would wait for a click for ever. The guard closes each one
    it finds and keeps its text, and the run stops naming it."""

    def __init__(self):
        from PySide6.QtCore import QTimer
        self.seen: list[str] = []
        self.timer = QTimer(interval=300)
        self.timer.timeout.connect(self._check)
        self.timer.start()

    def _check(self) -> None:
        from PySide6.QtWidgets import QApplication
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            return
        text = dialog.text() if hasattr(dialog, "text") else ""
        self.seen.append(f"„{dialog.windowTitle()}“ {text}".strip())
        dialog.reject() if hasattr(dialog, "reject") else dialog.close()

    def check(self, shot) -> None:
        if self.seen:
            found, self.seen = self.seen, []
            raise RuntimeError(f"{shot.__name__} left a modal dialog open: " + "; ".join(found))


def run_shots(app, ctx, shots, only=()) -> None:
    """Each shot in turn (those whose name holds a word of ``only``, if any)."""
    guard = ModalGuard()
    try:
        for shot in shots:
            if only and not any(word in shot.__name__ for word in only):
                continue
            shot(app, ctx)
            guard.check(shot)
            print("saved", shot.__name__, flush=True)
    finally:
        guard.timer.stop()          # (in a test run, later dialogs are not the guard's)


def _context(tmp: Path):
    from PySide6.QtCore import QSettings

    from app.config import sqlite_url
    from app.db import open_database
    from app.demo import build_demo
    from app.installation import current
    from app.security import actor_from_user, find_user
    from ui.app import make_application
    from ui.context import UiContext

    app = make_application(lang="cs")
    build_demo(tmp / "town.sqlite", "town", today=dt.date.today(), key=SHOT_KEY).close()
    db = open_database(sqlite_url(tmp / "town.sqlite"), key=SHOT_KEY)
    with db.reading() as s:
        actor = actor_from_user(find_user(s, "jana.dvorakova"))
    ctx = UiContext(db=db, actor=actor, installation=current(db),
                    settings=QSettings(str(tmp / "ui.ini"), QSettings.IniFormat), demo=True)
    return app, ctx


def shot_main_window(app, ctx) -> None:
    from ui.main_window import MainWindow
    w = MainWindow(ctx)
    w.resize(1280, 760)
    w.show()
    page = w.show_area("persons")
    page.search.setText("novák")
    page.refresh()
    page.select_row(1)
    app.processEvents()
    w.grab().save(str(OUT / "main-window.png"))
    w.close()


def shot_sync(app, ctx) -> None:
    """Synchronizace with Lucie Marková's field laptop as partner and one
    conflict to review (both changed a client's note)."""
    import dataclasses
    import shutil

    from sqlalchemy import select

    from app.config import sqlite_url
    from app.db import open_database
    from app.installation import admin_actor, current, initialise
    from app.people.records import stored_input, update_person
    from app.security import find_user
    from app.sync.export import export_bundle
    from app.sync.identity import add_peer, contact_card
    from app.sync.importer import import_bundle
    from models.cases import Case
    from models.people import Person
    from ui.main_window import MainWindow
    tmp = Path(tempfile.mkdtemp())
    laptop = open_database(sqlite_url(tmp / "laptop.sqlite"), create=True, key=SHOT_KEY)
    # a field laptop numbers in a series of its own (pairing two of one series is refused)
    initialise(laptop, "Notebook – Lucie Marková", series="N1")
    la = admin_actor(laptop)
    ctx = _as(ctx, "petr.horak")           # pairing and bundles are the KMB lead's
    with ctx.db.reading() as s:            # Lucie's laptop carries her cases' households
        lucie = find_user(s, "lucie.markova").id
        client = s.scalars(select(Case.person_id).where(Case.assigned_worker_id == lucie)
                           .order_by(Case.opened_on)).first()
    add_peer(ctx.db, ctx.actor, contact_card(laptop, la), scope=f"worker:{lucie}")
    add_peer(laptop, la, contact_card(ctx.db, ctx.actor))
    export_bundle(ctx.db, ctx.actor, current(laptop).id, tmp / "a.kmbx")
    import_bundle(laptop, la, tmp / "a.kmbx")

    def note(db, actor, text: str) -> None:          # the person's note, the rest as stored
        with db.reading() as s:
            data = stored_input(s.get(Person, client))
        update_person(db, actor, client, dataclasses.replace(data, note=text))

    note(ctx.db, ctx.actor, "Volat až po 14. hodině.")               # both sides, one field
    note(laptop, la, "Nový telefon hlásila při návštěvě.")
    export_bundle(laptop, la, current(ctx.db).id, tmp / "b.kmbx")
    import_bundle(ctx.db, ctx.actor, tmp / "b.kmbx")
    w = MainWindow(ctx)
    w.resize(1280, 760)
    w.show()
    page = w.show_area("sync")
    page.refresh()
    app.processEvents()
    w.grab().save(str(OUT / "sync.png"))
    page.tabs.setCurrentIndex(1)
    page.conflict_view.selectRow(0)
    app.processEvents()
    w.grab().save(str(OUT / "sync-conflicts.png"))
    w.close()
    laptop.close()
    shutil.rmtree(tmp, ignore_errors=True)


def _as(ctx, username: str):
    """The same window state for another demo user (role)."""
    import dataclasses

    from app.security import actor_from_user, find_user
    with ctx.db.reading() as s:
        actor = actor_from_user(find_user(s, username))
    return dataclasses.replace(ctx, actor=actor)


def _window(ctx, area: str, size=(1360, 800)):
    from ui.main_window import MainWindow
    w = MainWindow(ctx)
    w.resize(*size)
    w.show()
    return w, w.show_area(area)


def shot_leases(app, ctx) -> None:
    # the smallest supported window: seven columns beside the detail
    w, page = _window(_as(ctx, "tomas.krejci"), "leases", (1280, 800))
    tab = page.leases
    _wait_for(app, lambda: any(r.via_kmb and r.services_hal for r in tab.model.rows))
    row = next(r for r in tab.model.rows if r.via_kmb and r.services_hal)
    tab.select(row.id)
    app.processEvents()
    w.grab().save(str(OUT / "leases.png"))
    w.resize(1360, 800)                       # (the renewals' history needs the width)
    page.tabs.setCurrentWidget(page.renewals)
    _wait_for(app, page.renewals.loader.ready)     # read off the GUI thread when shown
    app.processEvents()
    w.grab().save(str(OUT / "lease-renewals.png"))
    w.close()


def shot_arrears_import(app, ctx) -> None:
    import tempfile as tf

    from app.leases.records import list_leases
    from ui.leases.arrears_tab import ArrearsImportDialog
    ctx = _as(ctx, "tomas.krejci")
    numbers = [r.number for r in list_leases(ctx.db, ctx.actor, current_only=True)[:6]]
    path = Path(tf.mkdtemp()) / "saldo-rijen.csv"
    lines = ["Číslo smlouvy;Nájemce;Období;Dluh (Kč)"]
    lines += [f"{n};;10/{dt.date.today().year};{i * 1250},00" for i, n in enumerate(numbers)]
    lines += ["NS/2019/9999;;10/2026;3 400,00", f"{numbers[0]};;13/2026;100"]
    path.write_text("\n".join(lines) + "\n", encoding="cp1250")
    dlg = ArrearsImportDialog(ctx, dt.date.today().replace(day=1) - dt.timedelta(days=1))
    dlg.load_file(path)
    dlg.show()
    app.processEvents()
    dlg.grab().save(str(OUT / "arrears-import.png"))
    dlg.close()


def shot_fund(app, ctx) -> None:
    w, page = _window(_as(ctx, "petr.horak"), "fund")
    _wait_for(app, page.loader.ready)                    # read off the GUI thread
    row = next(r for r in page.model.rows if r.state.value == "repaying")
    page.select(row.id)
    app.processEvents()
    w.grab().save(str(OUT / "fund.png"))
    w.close()


def shot_lease_settings(app, ctx) -> None:
    w, page = _window(_as(ctx, "petr.horak"), "settings")
    editor = page.open_section("Smlouvy").template_editor
    for _ in range(200):                       # the live preview renders off the UI thread
        app.processEvents()
        time.sleep(0.05)
        if editor.renders:
            break
    for _ in range(10):
        app.processEvents()
    w.grab().save(str(OUT / "lease-settings.png"))
    w.close()


def shot_lease_cards(app, ctx) -> None:
    from PySide6.QtWidgets import QHBoxLayout, QWidget

    from ui.leases.cards import EndingLeasesCard, RetentionCard
    box = QWidget()
    box.setStyleSheet("background: #f3f5f7;")
    h = QHBoxLayout(box)
    cards = [EndingLeasesCard(ctx), RetentionCard(ctx)]
    h.addWidget(cards[0], 2)
    h.addWidget(cards[1], 3)
    box.resize(1100, 340)
    box.show()
    _wait_for(app, lambda: all(card.ready() for card in cards))   # read off the UI thread
    app.processEvents()
    box.grab().save(str(OUT / "dashboard-leases.png"))
    box.close()


def shot_contract(app, ctx) -> None:
    import pypdfium2 as pdfium

    from app.leases.documents import contract_pdf
    from app.leases.records import list_leases
    lease = next(r for r in list_leases(ctx.db, ctx.actor) if r.via_kmb and r.household)
    pdf, _ = contract_pdf(ctx.db, ctx.actor, lease.id)
    page = pdfium.PdfDocument(pdf)[0]
    page.render(scale=90 / 72).to_pil().save(str(OUT / "contract.png"))


def _window_as(app, ctx, username: str):
    """A main window acting as another demo user."""
    from app.security import actor_from_user, find_user
    from ui.context import UiContext
    from ui.main_window import MainWindow
    with ctx.db.reading() as s:
        actor = actor_from_user(find_user(s, username))
    other = UiContext(db=ctx.db, actor=actor, installation=ctx.installation,
                      settings=ctx.settings, demo=True)
    w = MainWindow(other)
    w.resize(1280, 780)
    w.show()
    return w


def _grab(app, w, name: str) -> None:
    for _ in range(5):
        app.processEvents()
    w.grab().save(str(OUT / name))


def _demo_photos(tmp: Path) -> list[str]:
    """Invented pictures (a damp corner, a meter dial) drawn with Pillow."""
    from PIL import Image, ImageDraw, ImageFilter
    wall = Image.new("RGB", (1600, 1200), (226, 220, 205))
    d = ImageDraw.Draw(wall)
    d.rectangle([0, 900, 1600, 1200], fill=(150, 120, 90))
    for i in range(60):
        x, y = 1200 + (i * 37) % 380, 40 + (i * 53) % 500
        d.ellipse([x, y, x + 30 + i % 40, y + 24 + i % 30], fill=(70, 80, 60))
    wall = wall.filter(ImageFilter.GaussianBlur(6))
    meter = Image.new("RGB", (1600, 1200), (60, 64, 70))
    d = ImageDraw.Draw(meter)
    d.rounded_rectangle([300, 350, 1300, 850], 40, fill=(235, 235, 230))
    for n in range(6):
        d.rectangle([380 + n * 140, 500, 490 + n * 140, 660],
                    fill=(20, 20, 20) if n < 5 else (170, 20, 20))
    paths = []
    for name, img in (("vlhkost-loznice.jpg", wall), ("elektromer.jpg", meter)):
        path = tmp / name
        img.save(path, "JPEG", quality=85)
        paths.append(str(path))
    return paths


def shot_assessments(app, ctx) -> None:
    w = _window_as(app, ctx, "jana.dvorakova")
    page = w.show_area("assessments")
    _wait_for(app, page.loader.ready)                 # read off the UI thread
    page.table.selectRow(2)
    _grab(app, w, "assessments-list.png")
    page.open_row(2)
    page.editor.form.nav.setCurrentRow(4)
    _grab(app, w, "assessment-form.png")
    page.show_list()
    page.state.setCurrentIndex(2)
    _wait_for(app, page.loader.ready)
    page.open_row(0)
    page.editor.form.nav.setCurrentRow(8)
    _grab(app, w, "assessment-closed.png")
    w.close()


def shot_inspections(app, ctx) -> None:
    import tempfile
    from models.housing import MeterKind
    from models.inspections import Condition
    w = _window_as(app, ctx, "tomas.krejci")
    page = w.show_area("inspections")
    page.state.setCurrentIndex(1)                     # drafts
    _wait_for(app, page.loader.ready)     # the list is read off the UI thread: row 0 must be there
    page.open_row(0)
    editor = page.editor
    items = editor.items
    for row, v in enumerate(items.values()):
        if "škůdců" in v["item"]:
            combo = items.widget(row, "condition")
            combo.setCurrentIndex(combo.findData(Condition.DAMAGED))
            items.widget(row, "defect").setText("štěnice v ložnici – nutná deratizace")
    editor.mark_rest_good()
    editor.saver.flush()
    editor.tabs.setCurrentIndex(0)
    items.scrollToBottom()
    _grab(app, w, "inspection-rooms.png")
    readings = editor.readings
    for row, v in enumerate(readings.values()):
        cell = readings.widget(row, "value")
        if v["kind"] == MeterKind.ELECTRICITY:
            cell.setText("1250")                      # a typo: lower than last time
        elif not cell.text():
            cell.setText("512,4")
    editor.saver.touch()
    editor.saver.flush()
    editor.tabs.setCurrentIndex(1)
    _grab(app, w, "inspection-meters.png")
    from app.inspections.photos import set_caption
    with tempfile.TemporaryDirectory() as tmp:
        op = editor.photos.add_files(_demo_photos(Path(tmp)))
        op.wait()
        for _ in range(10):
            app.processEvents()
    for photo, caption in zip(editor.detail.photos, ("Vlhkost a plíseň v rohu ložnice",
                                                     "Elektroměr – stav při kontrole")):
        set_caption(editor.ctx.db, editor.ctx.actor, photo.id, caption)
    editor.reload()
    editor.tabs.setCurrentIndex(4)
    _grab(app, w, "inspection-photos.png")
    w.close()


def shot_office_settings(app, ctx) -> None:
    w = _window_as(app, ctx, "petr.horak")
    page = w.show_area("settings")
    page.open_section("Úřad")
    _grab(app, w, "settings-office.png")
    page.open_section("Kontroly bytů")
    _grab(app, w, "settings-checklists.png")
    w.close()


def shot_protocol_pages(app, ctx) -> None:
    """The first page of a handover protocol and of an assessment record, as PNG."""
    import pypdfium2 as pdfium

    from app.assessments.records import RecordState, list_assessments
    from app.inspections.records import list_inspections
    from app.printing import render
    from models.inspections import InspectionKind
    handover = next(r for r in list_inspections(ctx.db, ctx.actor)
                    if r.kind == InspectionKind.MOVE_IN and r.state == "closed")
    record = next(r for r in list_assessments(ctx.db, ctx.actor, state=RecordState.CLOSED))
    for kind, rid, name in (("handover", handover.id, "protocol-handover.png"),
                            ("assessment", record.id, "protocol-assessment.png")):
        pdf, _ = render(ctx.db, ctx.actor, kind, rid)
        doc = pdfium.PdfDocument(pdf)
        doc[0].render(scale=1.1).to_pil().save(str(OUT / name))
        doc.close()


SHOTS_ASSESS = [shot_assessments, shot_inspections, shot_office_settings, shot_protocol_pages]
SHOTS = [shot_main_window, shot_sync, shot_leases, shot_arrears_import, shot_fund, shot_lease_settings,
         shot_lease_cards, shot_contract]
SHOTS += SHOTS_ASSESS


def _vacant_social(ctx) -> str:
    """The largest vacant social flat not paid from a grant (ranking-irop.png shows one)."""
    from app.housing.flats import list_flats
    from app.programmes.funding import funded_flats
    from models.housing import FlatCategory, FlatStatus
    funded = {f.flat_id for f in funded_flats(ctx.db, ctx.actor)}
    flats = list_flats(ctx.db, ctx.actor, category=FlatCategory.SOCIAL, status=FlatStatus.VACANT)
    return max((f for f in flats if f.id not in funded), key=lambda f: f.rooms).id


def shot_ranking(app, ctx) -> None:
    """Byty → a vacant social flat: the ranked applicants with one's breakdown."""
    from ui.main_window import MainWindow
    w = MainWindow(ctx)
    w.resize(1280, 780)
    w.show()
    page = w.show_area("flats")
    detail = page.open_flat(_vacant_social(ctx))
    panel = detail.ranking_panel
    _wait_for(app, lambda: len(panel.rank_model.rows) > 0)
    row = next((i for i, e in enumerate(panel.rank_model.rows) if e.individual), 0)
    panel.select_row(row)
    app.processEvents()
    w.grab().save(str(OUT / "ranking.png"))
    w.close()


def shot_rules_editor(app, ctx) -> None:
    """Nastavení → Pravidla přidělování, as the KMB lead: a draft that excludes
    debtors outright, with the bad-practice warning."""
    from dataclasses import replace

    from app.allocation import rulesets
    from app.security import actor_from_user, find_user
    from ui.main_window import MainWindow
    with ctx.db.reading() as s:
        lead = actor_from_user(find_user(s, "petr.horak"))
    draft = rulesets.new_draft(ctx.db, lead)
    text = rulesets.get_rule_set(ctx.db, lead, draft).text
    rulesets.save_draft(ctx.db, lead, draft, text.replace('"action": "review"',
                                                          '"action": "exclude"'))
    w = MainWindow(replace(ctx, actor=lead))
    w.resize(1280, 780)
    w.show()
    tab = w.show_area("settings").open_section("Pravidla přidělování")
    tab.reload(select=draft)
    app.processEvents()
    w.grab().save(str(OUT / "rules-editor.png"))
    _rules_form_shots(app, w, tab)
    tab.views.setCurrentWidget(tab.whatif)
    tab.whatif.run()
    tab.whatif.op.wait()
    for _ in range(50):
        app.processEvents()
        if tab.whatif.result is not None:
            break
    row = next((i for i, f in enumerate(tab.whatif.flat_model.rows) if f.changed), 0)
    tab.whatif.flats.selectRow(row)
    app.processEvents()
    w.grab().save(str(OUT / "rules-what-if.png"))
    w.close()


def _rules_form_shots(app, w, tab) -> None:
    """The form of the same draft: a criterion with bands in view, then the live what-if."""
    tab.views.setCurrentIndex(1)
    app.processEvents()
    rooms = tab.form.card("criteria", "rooms")
    tab.form.scroll.ensureWidgetVisible(rooms.fields["min"], 0, 40)
    app.processEvents()
    w.grab().save(str(OUT / "rules-form.png"))
    tab.form.card("criteria", "waiting").fields["max"].setText("dvacet")
    tab.preview.setCurrentIndex(1)
    for _ in range(100):
        app.processEvents()
        time.sleep(0.05)
        if tab.preview.result is not None:
            break
    waiting = tab.form.card("criteria", "waiting")
    tab.form.scroll.ensureWidgetVisible(waiting.error, 0, 200)
    app.processEvents()
    w.grab().save(str(OUT / "rules-form-error.png"))
    waiting.fields["max"].setText("300")
    tab.form.card("criteria", "housing").tables["cases"].rows[0]["points"].setValue(400)
    for _ in range(200):
        app.processEvents()
        time.sleep(0.05)
        if tab.preview.result is not None and tab.preview.result.flats and any(
                f.changed for f in tab.preview.result.flats):
            break
    for _ in range(10):             # the summary's new height laid out
        app.processEvents()
    w.grab().save(str(OUT / "rules-form-whatif.png"))


SHOTS += [shot_ranking, shot_rules_editor]


def shot_dashboard(app, ctx) -> None:
    from ui.main_window import MainWindow
    w = MainWindow(ctx)
    w.resize(1280, 800)
    w.show()
    page = w.show_area("dashboard")
    _wait_for(app, lambda: all(card.ready() for card in page.cards))   # cards read off the UI thread
    _grab(app, w, "dashboard.png")
    w.close()


def shot_intake(app, ctx) -> None:
    """A visit half-way through: person found, a child added, ETHOS, referral, case."""
    from app.intake.service import MemberInput
    from app.people.records import PersonInput
    from models.intake import Outcome
    from models.people import Relation
    from ui.main_window import MainWindow
    w = MainWindow(ctx)
    w.resize(1280, 860)
    w.show()
    page = w.show_area("intake")
    form = page.form
    from app.intake.service import person_context
    from ui.intake.household_section import MemberRow
    form.person.search.setText("kovář")
    form.person.run_search()
    for i, row in enumerate(form.person.model.rows):
        c = person_context(ctx.db, ctx.actor, row.id)
        if c.members and not c.open_case_id and c.relation == Relation.HEAD:
            form.person.pick_row(i)
            break
    else:
        form.person.pick_row(0)
    h = form.household
    h.new.append(MemberRow("Kovářová Ema", dt.date(2017, 5, 3), Relation.GRANDCHILD,
                           MemberInput(Relation.GRANDCHILD, person=PersonInput(
                               given_name="Ema", surname="Kovářová",
                               birth_date=dt.date(2017, 5, 3)))))
    h._refresh()
    form.contact.reason.setPlainText("Výpověď z nájmu k 31. 12., dluh na nájemném 18 000 Kč.")
    form.ethos.set_category(9)
    form.ethos.area.setText("34")
    form.law.assessment.setChecked(True)
    form.law.income.setText("21 500")
    form.law.link.setCurrentIndex(1)
    form.outcome.urgency_buttons[list(form.outcome.urgency_buttons)[1]].setChecked(True)
    form.outcome.minutes.setValue(25)
    row = form.outcome.add_referral(focus=False)
    row.partner.setCurrentIndex(next(i for i in range(row.partner.count())
                                     if "Dluhová" in row.partner.itemText(i)))
    row.reason.setText("splátkový kalendář")
    form.outcome.outcome_buttons[Outcome.CASE_OPENED].setChecked(True)
    form.is_dirty = False
    app.processEvents()
    form.scroll.verticalScrollBar().setValue(0)
    app.processEvents()
    w.grab().save(str(OUT / "intake.png"))
    w.close()


def shot_cases(app, ctx) -> None:
    from ui.main_window import MainWindow
    w = MainWindow(ctx)
    w.resize(1280, 800)
    w.show()
    page = w.show_area("cases")
    _wait_for(app, page.loader.ready)                    # read off the GUI thread
    page.table.selectRow(2)
    app.processEvents()
    w.grab().save(str(OUT / "cases.png"))
    w.close()


def shot_stats(app, ctx) -> None:
    from ui.main_window import MainWindow
    w = MainWindow(ctx)
    w.resize(1280, 800)
    w.show()
    page = w.show_area("stats")
    page.preset.setCurrentIndex(4)
    _wait_for(app, page.ready)                 # computed off the UI thread
    page.list.setCurrentRow(2)
    _wait_for(app, page.ready)
    app.processEvents()
    w.grab().save(str(OUT / "statistics.png"))
    w.close()


SHOTS += [shot_dashboard, shot_intake, shot_cases, shot_stats]


def shot_procedure_templates(app, ctx) -> None:
    """Nastavení → Dokumenty řízení as the KMB lead: the decision's wording with
    the placeholder list and the live preview of a made-up applicant."""
    w, page = _window(_as(ctx, "petr.horak"), "settings")
    tab = page.open_section("Dokumenty řízení")
    tab.kind.setCurrentIndex(tab.kind.findData("decision"))
    editor = tab.template_editor
    editor.filter.setText("pohlaví")
    for _ in range(200):
        app.processEvents()
        time.sleep(0.05)
        if editor.pages:
            break
    for _ in range(40):                  # the rendered page is scaled into the view
        app.processEvents()
        time.sleep(0.05)
    _grab(app, w, "procedure-templates.png")
    w.close()


SHOTS += [shot_procedure_templates]


def shot_landlords(app, ctx) -> None:
    """Pronajímatelé: the register, then a landlord's card with a guarantee chosen
    (its claims below, the print button beside them) and the printed guarantee."""
    import pypdfium2 as pdfium

    from app.landlords.guarantee_print import guarantee_pdf
    lead = _as(ctx, "petr.horak")
    w, page = _window(lead, "landlords")
    _wait_for(app, lambda: bool(page.model.rows))
    _grab(app, w, "landlords.png")
    # the landlord whose guarantee has the most claims paid
    from app.landlords.detail import landlord_detail
    best = max(((r, g) for r in page.model.rows
                for gs in landlord_detail(ctx.db, lead.actor, r.id).guarantees.values()
                for g in gs), key=lambda rg: (len(rg[1].claims), rg[1].number or ""))
    landlord, guarantee = best
    page.table.selectRow(page.model.rows.index(landlord))
    page.open_button.click()
    _wait_for(app, lambda: page.stack.currentWidget() is page.editor
              and page.editor.detail is not None)
    editor = page.editor
    editor.tabs.setCurrentIndex(1)
    editor.lease_table.selectRow(next(i for i, r in enumerate(editor.lease_model.rows)
                                      if r.id == guarantee.private_lease_id))
    _wait_for(app, lambda: editor.guarantee_model.rowCount() > 0)
    editor.guarantee_table.selectRow(next(i for i, g in enumerate(editor.guarantee_model.rows)
                                          if g.id == guarantee.id))
    _grab(app, w, "landlord-leases.png")
    w.close()
    pdf, _ = guarantee_pdf(ctx.db, lead.actor, guarantee.id)
    pdfium.PdfDocument(pdf)[0].render(scale=90 / 72).to_pil().save(str(OUT / "guarantee.png"))


SHOTS += [shot_landlords]


def shot_programmes(app, ctx) -> None:
    """Programy a dotace as the KMB lead: Housing First's indicators and records,
    the flats funded by IROP, and an IROP flat's ranking (its target group)."""
    from app.programmes.funding import funded_flats
    lead = _as(ctx, "petr.horak")
    w, page = _window(lead, "programmes")
    row = next(i for i, p in enumerate(page.programmes) if "Housing First" in p.name)
    page.view.selectRow(row)
    page.load_figures()
    _wait_for(app, page.ready)                         # the figures read off the UI thread
    _grab(app, w, "programmes.png")
    page.tabs.setCurrentIndex(1)
    _grab(app, w, "programmes-flats.png")
    flat = max(funded_flats(ctx.db, lead.actor), key=lambda f: f.title)
    flats = w.show_area("flats")
    panel = flats.open_flat(flat.flat_id).ranking_panel
    _wait_for(app, lambda: len(panel.rank_model.rows) > 0)
    panel.select_row(0)
    _grab(app, w, "ranking-irop.png")
    w.close()


def shot_departments(app, ctx) -> None:
    """Nastavení → Odbory: a new department added, and deleting the one that flat
    defects go to refused at its row."""
    from app.departments import manage
    from ui.settings.departments_tab import DepartmentsTab
    w, page = _window(_as(ctx, "petr.horak"), "settings")
    page.open_section("Odbory")
    tab = page.findChild(DepartmentsTab)
    tab.new_name.setText("Bytové oddělení")
    tab._add()
    row = next(r for r in tab.model.rows if r.code == tab.defects.currentData())
    tab.table.selectRow(tab.model.rows.index(row))
    # what "Smazat" → "Ano" does (the question box is answered here, not shown)
    tab._run(lambda: manage.delete_department(tab.ctx.db, tab.ctx.actor, row.id), row)
    _grab(app, w, "settings-departments.png")
    w.close()


def shot_addresses(app, ctx) -> None:
    """Addresses from the RÚIAN extract: a street, then its house numbers offered
    while typing; the municipality of a contact; Nastavení → Obce a lokality."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from ui.persons.form import PersonDialog
    dialog = PersonDialog(ctx)
    dialog.show()
    form = dialog.form
    form.given_name.setText("Alena")
    form.surname.setText("Šustrová")
    for field, typed, pick in ((form.street, "hors", "Horská, Trutnov"),
                               (form.house_number, "1", None)):
        completer = (form.address.street_completer if field is form.street
                     else form.address.number_completer)
        QTest.keyClicks(field, typed)
        _wait_for(app, completer.popup().isVisible, 10)
        if pick is None:                                  # the house numbers offered
            _grab(app, completer.popup(), "address-completion-numbers.png")
            pick = completer.model().index(0, 0).data()
        lines = [completer.model().index(i, 0).data()
                 for i in range(completer.model().rowCount())]
        for _ in range(next(i for i, t in enumerate(lines) if t.startswith(pick)) + 1):
            QTest.keyClick(completer.popup(), Qt.Key_Down)
        QTest.keyClick(completer.popup(), Qt.Key_Return)
    _grab(app, dialog, "address-completion.png")
    dialog.reject()
    w, page = _window(ctx, "intake")
    _grab(app, page.form.contact, "intake-municipality.png")
    w.close()
    w, page = _window(_as(ctx, "petr.horak"), "settings")
    page.open_section("Obce a lokality")
    _grab(app, w, "settings-municipalities.png")
    w.close()


SHOTS += [shot_programmes, shot_departments, shot_addresses]


def main() -> None:
    os.environ.setdefault("KMB_DATA_DIR", tempfile.mkdtemp())
    only = sys.argv[1:]          # e.g. "cases dashboard": the shots whose name holds a word
    with tempfile.TemporaryDirectory() as tmp:
        app, ctx = _context(Path(tmp))
        run_shots(app, ctx, SHOTS, only)
        ctx.db.close()


if __name__ == "__main__":
    main()
