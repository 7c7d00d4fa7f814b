"""Czech grammar in generated texts (issue 18 item 6): the person's sex
decides narozen/narozena, podal/podala, účastník/účastnice, sám/sama; names
after a verb are declined or stand as the subject of an agreeing verb."""
from __future__ import annotations

import datetime as dt
import io

import pytest
from pypdf import PdfReader

from app.cases import procedure as proc
from app.czech_names import referral_check, verb_with_name
from app.printing import render
from models.people import Sex

from .test_procedure import _case, _through_opinion

D = dt.date


def _text(pdf: bytes) -> str:
    return " ".join(" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(pdf)).pages)


def test_task_titles_decline_the_name_or_let_the_verb_agree():
    assert verb_with_name("kontaktovat", "Šárka", "Řezníčková", "F") == \
        "kontaktovat Šárku Řezníčkovou"
    assert verb_with_name("kontaktovat", "Lubomír", "Šimek", "M") == "kontaktovat Lubomíra Šimka"
    assert referral_check("Šárka", "Řezníčková", "F", "Charita Trutnov") == \
        "Ověřit, zda Šárka Řezníčková dorazila (předána: Charita Trutnov)"
    assert referral_check("Lubomír", "Šimek", "M", "Charita Trutnov") == \
        "Ověřit, zda Lubomír Šimek dorazil (předán: Charita Trutnov)"
    assert "dorazil(a)" in referral_check("Kim", "Lee", None, "Charita")


@pytest.mark.parametrize("sex, words, not_words", [
    (Sex.FEMALE, ["narozena", "podala účastnice řízení"], ["narozen ", "účastník řízení"]),
    (Sex.MALE, ["narozen ", "podal účastník řízení"], ["narozena", "účastnice"]),
])
def test_procedure_documents_agree_with_the_applicants_sex(db, admin, sex, words, not_words):
    cid = _case(db, admin, sex=sex)
    pid = _through_opinion(db, admin, cid)
    proc.record_step(db, admin, pid, "decision", {
        "decision_on": D(2026, 8, 20), "decision_ref": "MUTR 8/2026",
        "decision_outcome": "entered", "decision_reason": "Podmínky jsou splněny."},
        today=D(2026, 11, 27))
    decision = _text(render(db, admin, "need-decision", pid)[0])
    for w in words:
        assert w in decision, w
    for w in not_words:
        assert w not in decision, w
    # the application and the protocol: she lives alone, signs as žadatelka/účastnice
    application = _text(render(db, admin, "need-application", pid)[0])
    protocol = _text(render(db, admin, "need-protocol", pid)[0])
    if sex == Sex.FEMALE:
        assert "žadatelka žije sama" in application and "žadatel žije sám" not in application
        assert "účastnice" in protocol and "žadatelka" in application
    else:
        assert "žadatel žije sám" in application and "účastník" in protocol
