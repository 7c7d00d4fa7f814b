"""Printing leaves nothing personal in the temp folder (issue 12, "Temp
files"): every printer of app/printing.py PRINTERS is run through the
service, through ``kmb print`` and through the preview (pages rendered,
printed to a PDF printer, saved); afterwards no file under the temp folder
holds a name, a rodné číslo or the health note that the documents carry."""
from __future__ import annotations

import dataclasses
import re
import tempfile
import zlib

import pytest
from sqlalchemy import select

from app.assessments.records import assessment_detail, create_assessment, save_draft
from app.cli.main import main as cli
from app.errors import KmbError
from app.installation import admin_actor
from app.printing import PRINTERS, render
from models.allocation import Application
from models.housing import Flat, FlatStatus
from models.inspections import Inspection, InspectionKind
from models.leases import Lease, Renewal, RenewalDecision
from models.people import Person

HEALTH = "Závislost na alkoholu – SENTINEL-TISK-ZDRAVI"


@pytest.fixture
def private_temp(tmp_path, monkeypatch):
    """A temp folder of this test's own (Python's tempfile and Qt both read TMPDIR)."""
    temp = tmp_path / "temp"
    temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    return temp


AGGREGATE = {"fairness"}


def _records(db, admin) -> dict[str, str]:
    """One record for every printer; the assessment gets the health note."""
    with db.reading() as s:
        lease = s.scalars(select(Lease.id).order_by(Lease.id)).first()
        renewal = s.scalars(select(Renewal.id).where(
            Renewal.decision == RenewalDecision.APPROVED).order_by(Renewal.id)).first()
        periodic = s.scalars(select(Inspection.id).where(
            Inspection.kind == InspectionKind.PERIODIC).order_by(Inspection.id)).first()
        handovers = s.scalars(select(Inspection.id).where(Inspection.kind.in_(
            [InspectionKind.MOVE_IN, InspectionKind.MOVE_OUT])).order_by(Inspection.id)).all()
        flats = s.scalars(select(Flat.id).where(Flat.status == FlatStatus.VACANT)
                          .order_by(Flat.id)).all()
        applicant = s.scalars(select(Application.household_id)).first()
        person = s.scalars(select(Person.id).where(Person.birth_number.is_not(None))
                           .order_by(Person.id)).first()
    aid = create_assessment(db, admin, person)
    data = assessment_detail(db, admin, aid).data
    save_draft(db, admin, aid, dataclasses.replace(data, health=HEALTH))
    records = {"contract": lease, "renewal": renewal, "assessment": aid,
               "inspection": periodic}
    records["handover"] = next(i for i in handovers if _prints(db, admin, "handover", i))
    records["ranking"] = next(f for f in flats if _prints(db, admin, "ranking", f))
    records["fairness"] = "active"
    from models.procedure import HousingProcedure
    with db.reading() as s:
        procedures = s.scalars(select(HousingProcedure.id).where(
            HousingProcedure.decision_on.is_not(None)).order_by(HousingProcedure.id)).all()
    for kind in ("need-application", "need-protocol", "need-decision"):
        records[kind] = next(p for p in procedures if _prints(db, admin, kind, p))
    assert applicant and set(records) == set(PRINTERS), "a printer without a record here"
    return records


def _prints(db, admin, kind, record_id) -> bool:
    try:
        render(db, admin, kind, record_id)
    except KmbError:
        return False
    return True


def _pdf_text(pdf: bytes) -> str:
    import pypdfium2 as pdfium
    doc = pdfium.PdfDocument(pdf)
    try:
        return " ".join(doc[i].get_textpage().get_text_range() for i in range(len(doc)))
    finally:
        doc.close()


def _personal(db, text: str) -> set[str]:
    """The names of the office's people that a document shows, with their
    rodná čísla (no document prints one: they use the birth date; the scan
    looks for them all the same)."""
    flat = " ".join(text.split())
    found = set()
    with db.reading() as s:
        for given, surname, rc in s.execute(select(Person.given_name, Person.surname,
                                                   Person.birth_number)):
            names = {f"{given} {surname}", f"{surname} {given}"} & {
                n for n in (f"{given} {surname}", f"{surname} {given}") if n in flat}
            if names:
                found |= names
                if rc:
                    found |= {rc, rc.replace("/", "")}
    if HEALTH in flat:
        found.add(HEALTH)
    return found


def _readable(data: bytes) -> list[bytes]:
    """A file's bytes as they are, every zlib stream in it inflated, and a
    PDF's text as a reader sees it (embedded fonts store glyph numbers)."""
    out = [data]
    if b"%PDF" in data[:1024]:
        try:
            out.append(" ".join(_pdf_text(data[data.index(b"%PDF"):]).split()).encode())
        except Exception:       # noqa: BLE001 – a broken PDF: the raw bytes are still scanned
            pass
    for m in re.finditer(rb"stream\r?\n", data):
        try:
            out.append(zlib.decompressobj().decompress(data[m.end():]))
        except zlib.error:
            pass
    return out


def _leaks(temp, secrets: set[str]) -> list[str]:
    needles = set()
    for value in secrets:
        for enc in ("utf-8", "utf-16-le", "utf-16-be"):
            needles.add(value.encode(enc))
    leaks = []
    for f in temp.rglob("*"):
        if f.is_file():
            for blob in _readable(f.read_bytes()):
                leaks += [f"{f.name}: {n[:20]!r}" for n in needles if n in blob]
    return leaks


def test_printing_every_document_leaves_nothing_personal_in_temp(
        qtbot, town_db, town_url, tmp_path, private_temp, capsys, monkeypatch):
    from PySide6.QtGui import QPageSize
    from PySide6.QtPrintSupport import QPrinter
    from ui.app import make_application
    from ui.widgets.pdf_preview import PdfPreviewDialog
    make_application(lang="cs")
    admin = admin_actor(town_db)
    records = _records(town_db, admin)
    out = tmp_path / "vystup"
    out.mkdir()
    secrets: set[str] = set()
    for kind, record_id in records.items():
        pdf, name = render(town_db, admin, kind, record_id)      # the service (UI and CLI)
        shown = _personal(town_db, _pdf_text(pdf))
        # the fairness check prints shares of household types, never a person
        assert shown or kind in AGGREGATE, \
            f"{kind}: the document shows no one; the check would prove nothing"
        secrets |= shown
        dialog = PdfPreviewDialog(pdf, kind, name)               # the preview, as a person uses it
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.save_to(out / f"{kind}-ulozeno.pdf")
        printer = QPrinter(QPrinter.HighResolution)
        printer.setOutputFormat(QPrinter.PdfFormat)
        printer.setPageSize(QPageSize(QPageSize.A4))
        printer.setOutputFileName(str(out / f"{kind}-tisk.pdf"))
        dialog.print_to(printer)
        dialog.close()
        assert (out / f"{kind}-tisk.pdf").stat().st_size > 1000
    assert HEALTH in secrets and any(re.fullmatch(r"\d{6}/?\d{3,4}", s) for s in secrets)
    town_db.close()
    monkeypatch.setenv("KMB_PASSWORD", "demo")
    for kind, record_id in records.items():                      # kmb print, signed in
        target = out / f"{kind}-kmb.pdf"
        assert cli(["print", kind, record_id, "-o", str(target), "--db", town_url,
                    "--user", "admin"]) == 0, capsys.readouterr().err
        assert target.stat().st_size > 1000
    assert [p.name for p in private_temp.rglob("*.pdf")] == []
    assert _leaks(private_temp, secrets) == []


def test_the_check_finds_a_leak(tmp_path):
    """The scan is real: a PDF dropped in the temp folder is found, compressed or not."""
    temp = tmp_path / "temp"
    temp.mkdir()
    from reports.base import Document, OfficeInfo
    doc = Document(OfficeInfo(), "Zkouška")
    doc.paragraph(f"Jan Novák 840517/1234 {HEALTH}")
    (temp / "tmp1234.pdf").write_bytes(doc.render())
    assert _leaks(temp, {"840517/1234"}) and _leaks(temp, {HEALTH}), \
        "the scan does not see inside a PDF"
    (temp / "tmp1234.pdf").write_bytes(f"x {HEALTH} y".encode("utf-16-le"))
    assert _leaks(temp, {HEALTH})
