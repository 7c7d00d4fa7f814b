"""Documents the screens print without going through ``printing.render``
(the renewal amendment, the landlord's guarantee, the procedure documents and
their records export, the recovery sheet) are built in Czech under --lang en:
a label shared with the screens ("byt č.", "nar.") must not turn English in a
PDF handed to a client or filed."""
from __future__ import annotations

import pytest
from sqlalchemy import select

from app import i18n
from app.keyslots import recovery_text
from app.security import actor_from_user, find_user
from models.landlords import Guarantee
from models.leases import Renewal, RenewalDecision
from models.procedure import HousingProcedure

pytestmark = pytest.mark.usefixtures("demo_password")


@pytest.fixture
def english():
    i18n.set_language("en")
    yield
    i18n.set_language("cs")


@pytest.fixture
def lead(town_db):
    with town_db.reading() as s:
        return actor_from_user(find_user(s, "petr.horak"))


def _spy(monkeypatch, module, name, seen):
    original = getattr(module, name)

    def spy(*args, **kwargs):
        seen.append((name, i18n.language(), i18n._("nar. {year}")))
        return original(*args, **kwargs)
    monkeypatch.setattr(module, name, spy)


def _first(db, statement):
    with db.reading() as s:
        found = s.scalars(statement.limit(1)).first()
        assert found is not None, f"the town demo has no row for {statement}"
        return found.id


def test_renewal_and_guarantee_are_built_in_czech(english, town_db, lead, monkeypatch):
    from app.landlords import guarantee_print
    from app.leases import documents
    seen = []
    for name in ("_renewal_from_snapshot", "_renewal_data", "render_renewal"):
        _spy(monkeypatch, documents, name, seen)
    _spy(monkeypatch, guarantee_print, "document_data", seen)
    _spy(monkeypatch, guarantee_print, "render", seen)
    renewal = _first(town_db, select(Renewal).where(
        Renewal.decision != RenewalDecision.PENDING, Renewal.deleted_at.is_(None)))
    guarantee = _first(town_db, select(Guarantee).where(Guarantee.deleted_at.is_(None)))
    assert documents.renewal_pdf(town_db, lead, renewal)[0].startswith(b"%PDF")
    assert guarantee_print.guarantee_pdf(town_db, lead, guarantee)[0].startswith(b"%PDF")
    assert {n for n, *_ in seen} >= {"render_renewal", "document_data", "render"}
    assert all(language == "cs" and label == "nar. {year}" for _n, language, label in seen), seen
    assert i18n.language() == "en"                    # the screens keep their language


def test_procedure_documents_and_export_are_built_in_czech(english, town_db, lead,
                                                           monkeypatch, tmp_path):
    from app.cases import procedure_documents as docs
    seen = []
    _spy(monkeypatch, docs, "_render", seen)
    procedure = _first(town_db, select(HousingProcedure).where(
        HousingProcedure.deleted_at.is_(None)))
    kind = next(iter(docs.KINDS))
    docs.print_procedure_document(town_db, lead, procedure, kind)
    docs.export_for_records(town_db, lead, procedure, kind, str(tmp_path / "spis.zip"))
    assert [(language, label) for _n, language, label in seen] == [("cs", "nar. {year}")] * 2


def test_a_refusal_stays_in_the_ui_language(english, town_db, lead):
    """Only the document is Czech: a refusal raised before it is built is shown
    on the screen, in the screen's language."""
    from app.errors import KmbError
    from app.leases.documents import renewal_pdf
    pending = _first(town_db, select(Renewal).where(
        Renewal.decision == RenewalDecision.PENDING, Renewal.deleted_at.is_(None)))
    with pytest.raises(KmbError) as refused:
        renewal_pdf(town_db, lead, pending)
    assert "rozhodnuto" not in str(refused.value)


def test_recovery_sheet_is_built_in_czech(english, town_db, monkeypatch):
    import reports.recovery_sheet as sheet_module
    from app.recovery import recovery_sheet_pdf
    if town_db.key is None:
        pytest.skip("a server database has no file key to recover")
    with town_db.reading() as s:
        admin = actor_from_user(find_user(s, "admin"))
    seen = []
    _spy(monkeypatch, sheet_module, "render_recovery_sheet", seen)
    pdf, _name = recovery_sheet_pdf(town_db, admin, recovery_text(town_db.key))
    assert pdf.startswith(b"%PDF") and [s[1:] for s in seen] == [("cs", "nar. {year}")]
