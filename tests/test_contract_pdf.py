"""The contract PDF: the town's template filled with the lease, Czech glyphs,
an editable wording, ``kmb print contract``."""
from __future__ import annotations

import io
import json

import pypdfium2 as pdfium
import pytest
from pypdf import PdfReader

from app import settings
from app.cli.main import main as _kmb
from app.errors import ValidationError
from app.leases import config
from app.leases.documents import check_template, contract_pdf
from app.leases.records import list_leases
from app.security import actor_from_user, find_user

from .conftest import DEMO_TODAY

pytestmark = pytest.mark.usefixtures("demo_password")   # KMB_PASSWORD for the CLI


def cli(argv):
    """``kmb`` signed in as the demo's administrator."""
    return _kmb(argv + ["--user", "admin"])


def _text(pdf: bytes) -> str:
    return "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)


@pytest.fixture
def lease(town_db, town_worker):
    rows = list_leases(town_db, town_worker, today=DEMO_TODAY)
    return next(r for r in rows if r.via_kmb and any(ch in r.tenant for ch in "ěščřžýůň")
                and r.household and r.services_hal)


def test_contract_reads_like_a_municipal_lease(town_db, town_worker, lease, tmp_path):
    pdf, name = contract_pdf(town_db, town_worker, lease.id)
    assert name == f"smlouva-{lease.number.replace('/', '-')}.pdf"
    text = _text(pdf)
    assert lease.tenant in text                     # the name with its diacritics, exactly
    for phrase in ("Nájemní smlouva", f"č. {lease.number}", "Město Trutnov", "Smluvní strany",
                   "pronajímatel", "nájemce", "Předmět nájmu", "Doba nájmu",
                   "na dobu určitou 12 měsíců", "zálohy na služby", "67/2013 Sb.",
                   "Jistota", "§ 2254", "Prodloužení", "prodlouží", "Domovní řád",
                   "Strana 1 z 4", "V Trutnově dne",
                   "Informace o zpracování osobních údajů", "čl. 13", "2016/679",
                   "Úřadu pro ochranu osobních údajů"):
        assert phrase.lower() in text.lower(), phrase
    assert "{{" not in text
    # the pages render (PNG) and are not blank
    doc = pdfium.PdfDocument(pdf)
    assert len(doc) == 4          # contract, house rules, GDPR information
    image = doc[0].render(scale=70 / 72).to_pil()
    image.save(tmp_path / "page1.png")
    assert image.convert("L").getextrema()[0] < 60          # there is dark text on the page
    doc.close()


def test_the_town_edits_the_wording(town_db, town_worker, lease):
    with town_db.reading() as s:
        lead = actor_from_user(find_user(s, "petr.horak"))
    own = ("# Smlouva o nájmu obecního bytu\nčíslo {{cislo_smlouvy}}\n\n"
           "Nájemce **{{najemce}}** platí {{platba_celkem}} měsíčně.\n{{tabulka_sluzeb}}\n"
           "{{podpisy}}\n")
    assert check_template(own) == []
    with town_db.transaction() as s:
        settings.put(s, lead, config.CONTRACT_TEMPLATE, own)
    # the signed demo lease keeps its signed wording (frozen); the new wording is
    # what the preview and every contract signed from now on print
    signed = _text(contract_pdf(town_db, town_worker, lease.id)[0])
    assert "Domovní řád" in signed and "otisk" in signed
    text = _text(contract_pdf(town_db, town_worker, lease.id, template=own)[0])
    assert "Smlouva o nájmu obecního bytu" in text and lease.tenant in text
    assert "Domovní řád" not in text
    bad = own + "Podpis {{starosta}}\n{{tabulka_sluzeb}} navíc\n"
    problems = check_template(bad)
    assert any("{{starosta}}" in p for p in problems)
    assert any("samostatném řádku" in p for p in problems)
    with pytest.raises(ValidationError):
        contract_pdf(town_db, town_worker, lease.id, template=bad)


def test_kmb_print_contract(capsys, town_url, tmp_path):
    assert cli(["list", "leases", "--format", "json", "--db", town_url]) == 0
    lease = json.loads(capsys.readouterr().out)[0]
    out = tmp_path / "smlouva.pdf"
    assert cli(["print", "contract", lease["id"], "-o", str(out), "--db", town_url]) == 0
    assert lease["tenant"] in _text(out.read_bytes())
    assert cli(["print", "contract", "neni-takova", "-o", str(out), "--db", town_url]) == 1
    assert "neexistuje" in capsys.readouterr().err


def test_kmb_print_renewal_amendment(capsys, town_db, town_url, tmp_path):
    from sqlalchemy import select

    from models.leases import Renewal, RenewalDecision
    with town_db.reading() as s:
        approved = s.scalars(select(Renewal.id).where(
            Renewal.decision == RenewalDecision.APPROVED).order_by(Renewal.id)).first()
        pending = s.scalars(select(Renewal.id).where(
            Renewal.decision == RenewalDecision.PENDING).order_by(Renewal.id)).first()
    out = tmp_path / "dodatek.pdf"
    assert cli(["print", "renewal", approved, "-o", str(out), "--db", town_url]) == 0
    text = " ".join(_text(out.read_bytes()).split())
    assert "Dodatek č." in text and "se prodlužuje do" in text
    assert cli(["print", "renewal", pending, "-o", str(out), "--db", town_url]) == 1
    assert "ještě nebylo rozhodnuto" in capsys.readouterr().err
