"""Printed words agree with the worker and the client (issue 14: pracovnice /
pracovník, provedla / provedl, klientka / klient); a name that tells nothing
keeps both forms, and a frozen protocol keeps the words it was signed with."""
from __future__ import annotations

import io

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from app.assessments.printing import print_assessment
from app.czech_names import sex_of_full_name, worker_forms
from app.security import actor_from_user, find_user
from models.assessments import Assessment
from models.people import Person, Sex
from models.staff import User


def _text(pdf: bytes) -> str:
    raw = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
    return " ".join(raw.replace("\u00a0", " ").split())


@pytest.mark.parametrize("name, sex", [
    ("Jana Nováková", "F"), ("Bc. Petr Horák", "M"), ("Mgr. Šárka Řezníčková", "F"),
    ("Lubomír Šimek", "M"), ("Xaver Kadlec", None), ("", None)])
def test_the_workers_sex_is_read_from_the_name(name, sex):
    assert sex_of_full_name(name) == sex


def test_the_forms_for_a_woman_a_man_and_an_unknown_name():
    assert worker_forms("Jana Nováková") == {
        "social_worker": "sociální pracovnice", "of_social_worker": "sociální pracovnice",
        "prepared": "zpracovala", "did": "provedla"}
    assert worker_forms("Petr Horák")["social_worker"] == "sociální pracovník"
    assert worker_forms("Petr Horák")["did"] == "provedl"
    assert worker_forms("Xaver Kadlec")["social_worker"] == "sociální pracovník/pracovnice"


def test_the_assessment_record_speaks_of_its_worker_and_client(town_db):
    with town_db.reading() as s:
        a, worker, client = s.execute(
            select(Assessment, User, Person).join(User, User.id == Assessment.worker_id)
            .join(Person, Person.id == Assessment.person_id)
            .where(Assessment.deleted_at.is_(None), Person.sex.is_not(None))
            .order_by(Assessment.id)).first()
        a_id, worker_name, client_sex = a.id, worker.full_name, client.sex
        lead = actor_from_user(find_user(s, "petr.horak"))
    forms = worker_forms(worker_name)
    assert sex_of_full_name(worker_name) is not None, worker_name   # demo staff have Czech names
    text = _text(print_assessment(town_db, lead, a_id)[0])
    assert f"{forms['social_worker'].capitalize()} {worker_name}" in text
    assert f"Šetření {forms['did']} {worker_name}" in text
    assert f"Závěr {forms['of_social_worker']} a doporučení" in text
    assert "pracovník/pracovnice" not in text and "provedl(a)" not in text
    client = "klientka" if client_sex == Sex.FEMALE else "klient"
    assert f"{client.capitalize()} udělil" in text or "Souhlas se zpracováním" in text
    assert "klient/klientka" not in text and "Klient(ka)" not in text
