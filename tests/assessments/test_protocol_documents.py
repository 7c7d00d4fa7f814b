"""The three documents as a person receives them: Czech names exact, the
office from the settings, page numbers, signature lines; and the office
settings that feed them."""
from __future__ import annotations

import datetime as dt
import io
import json
import os
import re
import subprocess
import sys
from decimal import Decimal

import pypdfium2 as pdfium
import pytest
from pypdf import PdfReader

from app.assessments.records import (
    AssessmentInput,
    DebtLine,
    IncomeLine,
    StepLine,
    close_assessment,
    create_assessment,
    save_draft,
)
from app.cli.main import main
from app.errors import KmbError, NotFound, PermissionDenied, ValidationError
from app.inspections.photos import add_photo
from app.inspections.records import (
    KeyLine,
    close_inspection,
    create_inspection,
    inspection_detail,
    save_inspection,
)
from app.office_settings import (
    OfficeSettings,
    load_office,
    place_phrase,
    save_office,
    set_logo,
)
from app.printing import render
from models.assessments import IncomeKind
from models.housing import MeterKind
from models.inspections import Condition, InspectionKind, KeyKind
from reports.base import Signatory

from .helpers import TODAY, jpeg, png
from ..keys import as_user

pytestmark = pytest.mark.usefixtures("demo_password")


def _office_settings(db, lead):
    save_office(db, lead, OfficeSettings(
        name="Městský úřad Trutnov", department="Odbor sociálních věcí", town="Trutnov",
        address="Slovanské náměstí 165, 541 16 Trutnov", phone="+420 499 803 111",
        email="kmb@trutnov.cz",
        signatories=[Signatory("Mgr. Petr Horák", "vedoucí KMB"),
                     Signatory("Ing. Dana Říhová", "vedoucí majetkového odboru")],
        signatory_assessment="Mgr. Petr Horák", signatory_housing="Ing. Dana Říhová"))
    set_logo(db, lead, "logo.png", png())


def _text(pdf: bytes) -> str:
    return "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)


def _renders(pdf: bytes) -> None:
    """Every page renders to an image that is neither blank nor unreadable."""
    doc = pdfium.PdfDocument(pdf)
    try:
        for i in range(len(doc)):
            img = doc[i].render(scale=0.5).to_pil().convert("L")
            assert sum(img.histogram()[:128]) > 200       # text drawn, not a blank page
    finally:
        doc.close()


def test_every_document_spells_the_names_exactly(db, office):
    _office_settings(db, office.lead)
    w, p = office.worker, office.property
    aid = create_assessment(db, w, office.person_id)
    save_draft(db, w, aid, AssessmentInput(
        consent_given=True, consent_on=dt.date(2026, 11, 20), visit_on=dt.date(2026, 11, 20),
        visit_place="Žluťoučká 12, Trutnov", ethos_category=9,
        housing_situation="Výpověď z nájmu pro dluh na nájemném.",
        health="Diabetes.", conclusion="Domácnost je ohrožena ztrátou bydlení.",
        incomes=[IncomeLine(IncomeKind.WAGE, 2_450_000, office.person_id)],
        debts=[DebtLine("dodavatel elektřiny", 1_234_500, in_execution=True)],
        steps=[StepLine("Podat žádost o příspěvek na bydlení", "klient",
                        dt.date(2026, 12, 4))]), today=TODAY)
    close_assessment(db, w, aid, today=TODAY)
    pdf, filename = render(db, w, "assessment", aid)
    text = _text(pdf)
    for expected in ("Řehoř Šťastný", "Žluťoučká 12", "Záznam ze sociálního šetření",
                     "Městský úřad Trutnov", "24 500 Kč", "12 345 Kč", "exekuce",
                     "Diabetes.", "Mgr. Petr Horák", "Strana 1 z 2", "Strana 2 z 2"):
        assert expected in text.replace("\u00a0", " "), expected
    assert re.search(r"V Trutnově dne \d+\. \d+\. 2026", text)
    assert filename == "socialni-setreni-rehor-stastny-2026-11-20.pdf"
    _renders(pdf)

    iid = create_inspection(db, p, office.flat_id, InspectionKind.MOVE_IN,
                            inspected_on=dt.date(2026, 11, 25), household_id=office.household_id)
    d = inspection_detail(db, p, iid)
    for item in d.data.items:
        item.condition = Condition.GOOD
    item = next(i for i in d.data.items if "škůdců" in i.item)
    item.condition, item.defect = Condition.DAMAGED, "štěnice v ložnici"
    for line in d.data.readings:
        line.value = {MeterKind.ELECTRICITY: Decimal("12345.6")}.get(line.kind, Decimal("321"))
        if line.kind == MeterKind.ELECTRICITY:
            line.value_t2 = Decimal("5432.1")
    d.data.keys = [KeyLine(KeyKind.FLAT, 3), KeyLine(KeyKind.MAILBOX, 2),
                   KeyLine(KeyKind.COMMON, 1)]
    d.data.present_persons = "Řehoř Šťastný, Věra Šťastná, Tomáš Krejčí"
    save_inspection(db, p, iid, d.data, today=TODAY)
    add_photo(db, p, iid, "loznice.jpg", jpeg(1200, 900), caption="Ložnice – matrace")
    close_inspection(db, p, iid, today=TODAY)

    pdf, filename = render(db, p, "inspection", iid)
    text = _text(pdf)
    for expected in ("Protokol o kontrole bytu", "Řehoř Šťastný", "Žluťoučká 12",
                     "859182400123456789", "27ZG600012345678", "12 345,6", "5 432,1",
                     "štěnice v ložnici", "předáno k odstranění do 9. 12.",
                     "za pronajímatele", "Ing. Dana Říhová", "V Trutnově dne 25. 11. 2026",
                     "Foto 1: Ložnice – matrace", "Strana 1 z"):
        assert expected in text, expected
    assert filename.startswith("kontrola-bytu-zlutoucka-12")
    _renders(pdf)

    pdf, _ = render(db, p, "handover", iid)
    text = _text(pdf)
    for expected in ("Předávací protokol", "o předání bytu do nájmu", "Řehoř Šťastný",
                     "Žluťoučká 12", "Pronajímatel: Město Trutnov", "17. 5. 1984",
                     "859182400123456789", "3 ks", "6 ks", "štěnice v ložnici",
                     "přebírající – nájemce", "předávající – za pronajímatele",
                     "V Trutnově dne 25. 11. 2026", "Strana 1 z"):
        assert expected in text, expected
    _renders(pdf)


def test_a_draft_prints_marked_as_draft_and_a_periodic_check_has_no_handover(db, office):
    p = office.property
    iid = create_inspection(db, p, office.flat_id, InspectionKind.PERIODIC, inspected_on=TODAY)
    pdf, _ = render(db, p, "inspection", iid)
    assert "KONCEPT" in _text(pdf)
    with pytest.raises(KmbError, match="jen k předání nebo převzetí"):
        render(db, p, "handover", iid)
    with pytest.raises(NotFound, match="neexistuje"):
        render(db, p, "inspection", "00000000-0000-0000-0000-000000000000")


def test_office_settings_are_validated_and_need_the_permission(db, office):
    lead = office.lead
    with pytest.raises(ValidationError) as exc:
        save_office(db, lead, OfficeSettings(name="", town="", email="kmb@", place="Trutnově",
                                             signatories=[Signatory("", "vedoucí")],
                                             signatory_housing="Nikdo"))
    assert set(exc.value.errors) == {"name", "town", "email", "place", "signatories",
                                     "signatory_housing"}
    with pytest.raises(PermissionDenied):
        save_office(db, office.worker, OfficeSettings(name="X", town="Y"))
    with pytest.raises(ValidationError, match="není obrázek"):
        set_logo(db, lead, "logo.txt", b"hello")
    save_office(db, lead, OfficeSettings(name="Magistrát města Zlína", town="Zlín"))
    got = load_office(db, office.worker)
    assert got.place_phrase == "Ve Zlíně" and got.landlord_name == "Město Zlín"
    assert got.logo_png is None
    width, height = set_logo(db, lead, "erb.jpg", jpeg(1500, 1500))
    assert (width, height) == (600, 600)
    assert load_office(db, office.worker).logo_png.startswith(b"\x89PNG")


@pytest.mark.parametrize("town, phrase", [
    ("Trutnov", "V Trutnově"), ("Brno", "V Brně"), ("Praha", "V Praze"),
    ("Plzeň", "V Plzni"), ("Pardubice", "V Pardubicích"), ("Chomutov", "V Chomutově"),
    ("Jablonec nad Nisou", "V Jablonci nad Nisou"),
    ("České Budějovice", "V Českých Budějovicích"), ("Zlín", "Ve Zlíně"),
    ("Hradec Králové", "V Hradci Králové"), ("Ústí nad Labem", "V Ústí nad Labem")])
def test_place_of_signing_in_the_locative(town, phrase):
    assert place_phrase(town) == phrase


# -- the command line on the town demo ----------------------------------------------
def _run(capsys, *argv):
    code = main(as_user(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_lists_and_prints_on_the_town_demo(capsys, town_path, tmp_path):
    db = str(town_path)
    code, out, _ = _run(capsys, "list", "assessments", "--format", "json", "--db", db)
    assessments = json.loads(out)
    assert code == 0 and len(assessments) >= 40
    assert {"id", "person", "person_id", "household", "visit_on", "state", "version",
            "amends_id"} <= set(assessments[0])
    assert {a["state"] for a in assessments} == {"draft", "closed"}
    assert any(a["version"] == 2 and a["amends_id"] for a in assessments)
    code, out, _ = _run(capsys, "list", "inspections", "--format", "json", "--db", db)
    inspections = json.loads(out)
    assert {i["kind"] for i in inspections} == {"move_in", "move_out", "periodic",
                                               "extraordinary"}
    assert {"id", "flat", "flat_id", "kind", "inspected_on", "state", "defects"} <= \
        set(inspections[0])
    assert re.match(r"\d{4}-\d{2}-\d{2}$", inspections[0]["inspected_on"])
    code, out, _ = _run(capsys, "list", "inspections", "--search", "štěnic", "--db", db)
    assert code == 0

    closed = next(a for a in assessments if a["state"] == "closed")
    handover = next(i for i in inspections if i["kind"] == "move_out")
    periodic = next(i for i in inspections if i["kind"] == "periodic")
    for kind, rid in (("assessment", closed["id"]), ("inspection", periodic["id"]),
                      ("handover", handover["id"])):
        target = tmp_path / f"{kind}.pdf"
        code, out, err = _run(capsys, "print", kind, rid, "-o", str(target), "--db", db)
        assert code == 0 and err == "", err
        pdf = target.read_bytes()
        assert pdf.startswith(b"%PDF") and "Městský úřad Trutnov" in _text(pdf)
    code, out, err = _run(capsys, "print", "handover", periodic["id"], "-o",
                          str(tmp_path / "x.pdf"), "--db", db)
    assert code == 1 and "jen k předání" in err
    code, _, err = _run(capsys, "print", "inspection", "neni-takove-id", "-o",
                        str(tmp_path / "y.pdf"), "--db", db)
    assert code == 1 and err.strip().count("\n") == 0 and "neexistuje" in err
    assert not (tmp_path / "y.pdf").exists()
    code, _, err = _run(capsys, "list", "assessments", "--user", "tomas.krejci", "--db", db)
    assert code == 1 and "oprávnění" in err


def test_kmb_print_runs_as_a_command(town_path, tmp_path):
    """The installed entry point, in its own process, as an office would script it."""
    env = dict(os.environ, KMB_PASSWORD="demo")     # a script passes the password
    listing = subprocess.run([sys.executable, "-m", "ui.launch", "list", "inspections",
                              "--format", "csv", "--db", str(town_path), "--user", "admin"],
                             capture_output=True, text=True, check=True, env=env
                             ).stdout.splitlines()
    assert listing[0] == "\ufeffflat;kind;inspected_on;state;household;defects;id"  # BOM: Excel
    move_in = next(line for line in listing[1:] if ";move_in;" in line)
    rid = move_in.split(";")[-1]
    target = tmp_path / "predani.pdf"
    proc = subprocess.run([sys.executable, "-m", "ui.launch", "print", "handover", rid, "-o",
                           str(target), "--db", str(town_path), "--user", "admin"],
                          capture_output=True, text=True, env=env)
    assert proc.returncode == 0, proc.stderr
    assert "Předávací protokol" in _text(target.read_bytes())
