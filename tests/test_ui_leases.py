"""Smlouvy used as the property department would: a lease from an accepted
offer, its contract printed, arrears entered (the social worker gets the
task), the renewal proposed and decided, the amendment printed; the import
of the property manager's file; the dashboard cards; the settings tab."""
from __future__ import annotations

import datetime as dt
import io

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox
from sqlalchemy import select

from app.leases.retention import retention
from app.leases.renewals import renewal_candidates
from app.security import actor_from_user, find_user
from models.allocation import Application, Offer, OfferResponse
from models.cases import Case, CaseStatus, Task, TaskSource
from models.housing import Flat, FlatStatus
from models.leases import ArrearsBalance, Lease, LeaseState, RenewalDecision
from models.people import Household, HouseholdMember, Person, Relation
from ui.leases.cards import EndingLeasesCard, RetentionCard
from ui.leases.dialogs import BalanceDialog, NoteDialog, OfferPickerDialog, SignDialog
from ui.leases.form import LeaseDialog
from ui.widgets.pdf_preview import PdfPreviewDialog

from .ui_helpers import make_context, open_window, type_text
from tests.settings_sections import open_section

TODAY = dt.date.today()


def when_dialog(qtbot, cls, action, errors: list, timeout_ms: int = 8000) -> None:
    """Act on the next modal dialog of ``cls`` (opened with exec()) as a
    person would; a failure closes it so the test never hangs."""
    deadline = [timeout_ms]

    def poll():
        w = QApplication.activeModalWidget()
        if isinstance(w, cls) and w.isVisible():
            try:
                action(w)
            except Exception as exc:  # noqa: BLE001 – reported by the test
                errors.append(exc)
                w.reject()
            return
        deadline[0] -= 20
        if deadline[0] > 0:
            QTimer.singleShot(20, poll)
        else:
            errors.append(AssertionError(f"no {cls.__name__} appeared"))
    QTimer.singleShot(0, poll)


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.LeftButton)


@pytest.fixture
def setup(town_db, tmp_path, monkeypatch):
    """The property department's user; an accepted offer of a free flat to a
    KMB household whose case is assigned to Jana Dvořáková."""
    with town_db.transaction() as s:
        clerk = actor_from_user(find_user(s, "tomas.krejci"))
        jana = find_user(s, "jana.dvorakova")
        leased_flats = select(Lease.flat_id)
        flat = s.scalars(select(Flat).where(Flat.status == FlatStatus.VACANT,
                                            Flat.id.not_in(leased_flats))
                         .order_by(Flat.id)).first()
        housed = select(Lease.household_id).where(Lease.household_id.is_not(None))
        hh, head = s.execute(select(Household, Person).join(
            HouseholdMember, HouseholdMember.household_id == Household.id).join(
            Person, Person.id == HouseholdMember.person_id).where(
            HouseholdMember.relation == Relation.HEAD, Household.id.not_in(housed))
            .order_by(Household.id)).first()
        s.add(Case(person_id=head.id, household_id=hh.id, assigned_worker_id=jana.id,
                   status=CaseStatus.IN_PROGRESS, opened_on=TODAY - dt.timedelta(days=300)))
        application = Application(household_id=hh.id, applicant_id=head.id,
                                  filed_on=TODAY - dt.timedelta(days=400),
                                  requested_category=flat.category)
        s.add(application)
        s.flush()
        offer = Offer(application_id=application.id, flat_id=flat.id,
                      offered_on=TODAY - dt.timedelta(days=330),
                      response=OfferResponse.ACCEPTED,
                      responded_on=TODAY - dt.timedelta(days=325))
        s.add(offer)
        s.flush()
        info = dict(offer=offer.id, flat=flat.id, rent=flat.rent_hal, household=hh.id,
                    tenant=head.full_name, tenant_id=head.id, jana=jana.id)
    ctx = make_context(town_db, clerk, tmp_path / "ui.ini")
    printed: list[bytes] = []
    monkeypatch.setattr(PdfPreviewDialog, "exec", lambda self: printed.append(self.pdf_bytes)
                        or QDialog.Accepted)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: QMessageBox.Ok)
    return ctx, info, printed


def _text(pdf: bytes) -> str:
    return "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)


def test_lease_from_offer_print_arrears_task_and_renewal(qtbot, setup):
    ctx, info, printed = setup
    window = open_window(qtbot, ctx)
    page = window.show_area("leases")
    tab = page.leases
    errors: list = []

    def pick_offer(dlg: OfferPickerDialog):
        row = next(i for i, r in enumerate(dlg.model.rows) if r.id == info["offer"])
        rect = dlg.view.visualRect(dlg.model.index(row, 0))
        qtbot.mouseClick(dlg.view.viewport(), Qt.LeftButton, pos=rect.center())
        when_dialog(qtbot, LeaseDialog, fill_lease, errors)
        click(qtbot, dlg.ok_button)

    def fill_lease(dlg: LeaseDialog):
        f = dlg.form
        assert f.flat.currentData() == info["flat"] and not f.flat.isEnabled()
        assert f.tenant.currentData() == info["tenant_id"] and f.via_kmb.isChecked()
        # the lease was signed a year ago and is recorded now: it ends within 60 days
        f.starts_on.clear()
        type_text(qtbot, f.starts_on, "1. 1. 2026")
        f.starts_on.editingFinished.emit()
        assert f.ends_on.text() == "31. 12. 2026"
        f.deposit.clear()
        type_text(qtbot, f.deposit, "99 000")             # more than 3 months' rent
        click(qtbot, dlg.save_button)
        assert dlg.isVisible()
        assert "trojnásobek" in f.errors.message("deposit_hal")
        f.deposit.clear()
        type_text(qtbot, f.deposit, "8 000")
        click(qtbot, dlg.save_button)
        assert not dlg.isVisible()

    when_dialog(qtbot, OfferPickerDialog, pick_offer, errors)
    click(qtbot, tab.offer_button)
    qtbot.waitUntil(lambda: tab.detail.detail is not None or bool(errors), timeout=8000)
    assert not errors, errors
    with ctx.db.reading() as s:
        lease = s.scalars(select(Lease).where(Lease.offer_id == info["offer"])).one()
        lease_id, number = lease.id, lease.number
        assert lease.state == LeaseState.DRAFT and lease.deposit_hal == 800_000
        assert lease.via_kmb and lease.ends_on == dt.date(2026, 12, 31)
    assert tab.detail.detail.row.id == lease_id
    assert number in tab.detail.title.text().replace("\u2060", "")     # (word joiners)

    # signed
    def sign(dlg: SignDialog):
        click(qtbot, dlg.ok_button)
    when_dialog(qtbot, SignDialog, sign, errors)
    click(qtbot, tab.detail.buttons["sign"])
    qtbot.waitUntil(lambda: tab.detail.detail.row.state == LeaseState.ACTIVE or bool(errors),
                    timeout=5000)
    assert not errors, errors

    # the contract, printed from the preview
    click(qtbot, tab.detail.buttons["print"])
    qtbot.waitUntil(lambda: bool(printed), timeout=20000)     # rendered off the GUI thread
    assert info["tenant"] in _text(printed[-1])
    assert number in _text(printed[-1])

    # arrears entered: above the threshold, the household's worker gets a task
    def arrears(dlg: BalanceDialog):
        assert dlg.lease.currentData() == lease_id
        type_text(qtbot, dlg.amount, "7 300")
        click(qtbot, dlg.ok_button)
    when_dialog(qtbot, BalanceDialog, arrears, errors)
    click(qtbot, tab.detail.buttons["arrears"])
    qtbot.waitUntil(lambda: "Jana Dvořáková" in tab.detail.info.text() or bool(errors), timeout=5000)
    assert not errors, errors
    with ctx.db.reading() as s:
        task = s.scalars(select(Task).where(Task.source == TaskSource.ARREARS,
                                            Task.household_id == info["household"])).one()
        assert task.owner_id == info["jana"] and "7 300 Kč" in task.title
        assert s.scalar(select(ArrearsBalance.balance_hal).where(
            ArrearsBalance.lease_id == lease_id)) == 730_000
    assert "Dluh na nájemném 7 300 Kč" in tab.detail.info.text()

    # renewal: proposed by the rule (debt → decision), approved with a reason
    page.tabs.setCurrentWidget(page.renewals)
    ren = page.renewals
    qtbot.waitUntil(ren.loader.ready)              # read off the GUI thread when shown
    row = next(i for i, c in enumerate(ren.candidates.rows) if c.lease.id == lease_id)
    assert ren.candidates.index(row, 5).data() == "k rozhodnutí (dluh)"
    assert ren.candidates.index(row, 6).data() == "bez návrhu"
    click(qtbot, ren.propose_button)
    qtbot.waitUntil(lambda: next(c for c in ren.candidates.rows if c.lease.id == lease_id)
                    .decision == RenewalDecision.PENDING)
    row = next(i for i, c in enumerate(ren.candidates.rows) if c.lease.id == lease_id)
    rect = ren.cand_view.visualRect(ren.candidates.index(row, 0))
    qtbot.mouseClick(ren.cand_view.viewport(), Qt.LeftButton, pos=rect.center())
    assert ren.approve_button.isEnabled()

    def approve(dlg: NoteDialog):
        type_text(qtbot, dlg.note, "Dluh uhradí do konce roku, splátky dohodnuty.")
        click(qtbot, dlg.ok_button)
    when_dialog(qtbot, NoteDialog, approve, errors)
    click(qtbot, ren.approve_button)
    qtbot.waitUntil(lambda: any(h.lease_id == lease_id and h.decision ==
                                RenewalDecision.APPROVED for h in ren.history.rows) or bool(errors),
                    timeout=5000)
    assert not errors, errors
    with ctx.db.reading() as s:
        lease = s.get(Lease, lease_id)
        assert lease.state == LeaseState.RENEWED and lease.ends_on == dt.date(2027, 12, 31)
    hrow = next(i for i, h in enumerate(ren.history.rows) if h.lease_id == lease_id)
    rect = ren.hist_view.visualRect(ren.history.index(hrow, 0))
    qtbot.mouseClick(ren.hist_view.viewport(), Qt.LeftButton, pos=rect.center())
    before = len(printed)
    click(qtbot, ren.print_button)
    qtbot.waitUntil(lambda: len(printed) > before, timeout=20000)
    text = " ".join(_text(printed[-1]).split())
    assert "Dodatek č. 1" in text and info["tenant"] in text and "31. 12. 2027" in text


def test_arrears_import_names_bad_lines_and_imports_after_skipping(qtbot, setup, tmp_path,
                                                                   monkeypatch):
    ctx, _, _ = setup
    with ctx.db.reading() as s:
        numbers = list(s.scalars(select(Lease.number).where(Lease.state == LeaseState.ACTIVE)
                                 .order_by(Lease.number).limit(2)))
    month = dt.date(TODAY.year, TODAY.month, 1) - dt.timedelta(days=1)
    month = month.replace(day=1)                     # the tab shows the last closed month
    with ctx.db.reading() as s:
        before = dict(s.execute(select(Lease.number, ArrearsBalance.balance_hal).join(
            ArrearsBalance, ArrearsBalance.lease_id == Lease.id).where(
            ArrearsBalance.month == month, Lease.number.in_(numbers))).all())
    path = tmp_path / "saldo.csv"
    path.write_text("Smlouva;Jméno;Saldo\n"
                    f"{numbers[0]};někdo;3 200,00\n"
                    "NS/1900/0001;nikdo;10\n"
                    f"{numbers[1]};někdo;nula\n", encoding="utf-8")
    from PySide6.QtWidgets import QFileDialog
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        lambda *a, **k: (str(path), "Tabulky (*.csv *.xlsx)"))
    window = open_window(qtbot, ctx)
    page = window.show_area("leases")
    page.tabs.setCurrentWidget(page.arrears)
    tab = page.arrears
    errors: list = []
    from ui.leases.arrears_tab import ArrearsImportDialog

    def check(dlg: ArrearsImportDialog):
        assert dlg.columns["lease_number"].currentData() == "Smlouva"     # guessed
        assert dlg.columns["balance"].currentData() == "Saldo"
        # the file as the person chose it, not the folder it sits in
        assert dlg.file_label.text() == "saldo.csv"
        problems = [dlg.problems.item(i).text() for i in range(dlg.problems.count())]
        assert problems == ["řádek 3: neznámé číslo smlouvy „NS/1900/0001“",
                            "řádek 4: částka „nula“ není číslo v Kč"]
        assert not dlg.import_button.isEnabled() and dlg.skip.isVisible()
        click(qtbot, dlg.skip)
        assert dlg.import_button.isEnabled()
        click(qtbot, dlg.import_button)
    when_dialog(qtbot, ArrearsImportDialog, check, errors)
    click(qtbot, tab.import_button)
    assert not errors, errors
    assert tab.month.currentData() == month
    with ctx.db.reading() as s:
        stored = s.execute(select(Lease.number, ArrearsBalance.balance_hal).join(
            ArrearsBalance, ArrearsBalance.lease_id == Lease.id).where(
            ArrearsBalance.month == month, Lease.number.in_(numbers))).all()
    assert dict(stored)[numbers[0]] == 320_000
    assert dict(stored).get(numbers[1]) == before.get(numbers[1])    # the skipped row
    # the list reloads off the GUI thread after the change event: give a loaded machine time
    qtbot.waitUntil(lambda: any(r.number == numbers[0] and r.balance_hal == 320_000
                                for r in tab.model.rows), timeout=30000)


def test_dashboard_cards_show_the_ending_leases_and_retention(qtbot, town_db, town_worker,
                                                              tmp_path):
    ctx = make_context(town_db, town_worker, tmp_path / "ui.ini")
    ending = EndingLeasesCard(ctx)
    qtbot.addWidget(ending)
    qtbot.waitUntil(ending.ready)           # read off the GUI thread
    soon = [c for c in renewal_candidates(town_db, town_worker)
            if c.lease.ends_on <= TODAY + dt.timedelta(days=60)]
    assert ending.headline.text() == str(len(soon)) and len(soon) > 10
    assert soon[0].lease.tenant in ending.lines.text()
    card = RetentionCard(ctx)
    qtbot.addWidget(card)
    qtbot.waitUntil(card.ready)
    r = retention(town_db, town_worker)
    assert [round(v) for _, v in card.chart.items] == [round(100 * r.overall[m].share)
                                                       for m in (6, 12, 24)]
    assert f"Sledováno {r.households} domácností" in card.note.text()


def test_lease_settings_tab_validates_and_saves(qtbot, town_db, tmp_path, monkeypatch):
    with town_db.reading() as s:
        lead = actor_from_user(find_user(s, "petr.horak"))
    ctx = make_context(town_db, lead, tmp_path / "ui.ini")
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: QMessageBox.Ok)
    window = open_window(qtbot, ctx)
    tab = open_section(window, "Smlouvy")
    tab.number_pattern.clear()
    type_text(qtbot, tab.number_pattern, "NS/{rok}/{n:04d}")
    tab.template.setPlainText(tab.template.toPlainText() + "\nPodpis: {{starosta}}\n")
    click(qtbot, tab.save_button)
    assert "{rok}" in tab.errors.message("number_pattern")
    assert "{{starosta}}" in tab.errors.message("contract_template")
    tab.number_pattern.clear()
    type_text(qtbot, tab.number_pattern, "NS/{year}/{series}{n:04d}")
    type_text(qtbot, tab.series, "K")
    tab.renewal_threshold_hal.clear()
    type_text(qtbot, tab.renewal_threshold_hal, "500")
    click(qtbot, tab.default_button)
    click(qtbot, tab.save_button)
    assert tab.errors.message("number_pattern") == ""
    from app.leases.config import settings_input
    saved = settings_input(town_db)
    assert saved.number_pattern == "NS/{year}/{series}{n:04d}" and saved.series == "K"
    assert saved.renewal_threshold_hal == 50_000


def test_contract_template_placeholders_from_a_list_and_a_live_preview(qtbot, town_db, tmp_path):
    """A placeholder picked from the list goes in at the cursor; the preview beside the
    text follows each change (example tenant, never a real one) and reports a bad one."""
    import io

    from pypdf import PdfReader

    from models.audit import AuditEvent
    from app.leases.template_preview import SAMPLE, sample_contract_pdf
    from sqlalchemy import func, select
    with town_db.reading() as s:
        lead = actor_from_user(find_user(s, "petr.horak"))
    ctx = make_context(town_db, lead, tmp_path / "ui.ini")
    window = open_window(qtbot, ctx)
    tab = open_section(window, "Smlouvy")
    te = tab.template_editor
    qtbot.waitUntil(lambda: te.renders > 0, timeout=30000)     # shown on opening
    with town_db.reading() as s:
        audits = s.scalar(select(func.count()).select_from(AuditEvent))
    # the cursor after the first line; the tenant's name picked by typing in the search
    tab.template.setFocus()
    cursor = tab.template.textCursor()
    cursor.movePosition(cursor.MoveOperation.Start)
    cursor.movePosition(cursor.MoveOperation.EndOfBlock)
    tab.template.setTextCursor(cursor)
    qtbot.keyClick(tab.template, Qt.Key_Return)
    type_text(qtbot, te.filter, "jméno a příjmení nájemce")
    visible = [te.list.item(i) for i in range(te.list.count()) if not te.list.item(i).isHidden()]
    assert len(visible) == 1
    te.list.setCurrentItem(visible[0])
    click(qtbot, te.insert_button)
    renders = te.renders
    second_line = tab.template.toPlainText().splitlines()[1]
    assert second_line == "{{najemce}}"
    # the preview renders the example tenant, off the UI thread
    qtbot.waitUntil(lambda: te.renders > renders, timeout=30000)
    assert te.status.text().startswith("stran: ") and te.pages
    pdf = sample_contract_pdf(town_db, lead, tab.template.toPlainText())
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
    assert text.count(SAMPLE["najemce"]) >= 2 and "VZOR" in text
    # an unknown placeholder: the preview says so in Czech, nothing stored
    type_text(qtbot, tab.template, "{{starosta}}")
    qtbot.waitUntil(lambda: "{{starosta}}" in te.status.text(), timeout=30000)
    assert te.status.text().startswith("Šablonu smlouvy nelze použít")
    with town_db.reading() as s:           # previews print nothing and record nothing
        assert s.scalar(select(func.count()).select_from(AuditEvent)) == audits
