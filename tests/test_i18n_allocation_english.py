"""Issue 18.3, allocation: one builder, two languages. Under ``--lang en`` the rules
overview, the ranking reasons and the fairness warnings read in English on screen;
every document for the council (ranking PDF, fairness PDF, the ranking frozen with
a decision) is built inside ``i18n.czech()`` and stays Czech."""
from __future__ import annotations

import copy
import datetime as dt
import io
import re
import threading
from dataclasses import replace

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from app import i18n
from app.allocation import describe, engine, fairness, offers, ranking, rules
from app.allocation.engine import Facts, FlatFacts
from app.allocation.fairness_print import fairness_pdf
from app.printing import render
from app.security import actor_from_user, find_user
from models.allocation import DecisionOutcome
from models.housing import Flat, FlatCategory, FlatStatus

from .conftest import DEMO_TODAY

pytestmark = pytest.mark.usefixtures("demo_password")

CZECH = re.compile(r"\w*[áčďéěíňóřšťúůýžÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ]\w*")
TODAY = DEMO_TODAY
SOCIAL_2 = FlatFacts("flat-s", "social", rooms=2, rent_hal=350_000, services_hal=200_000)
BARRIER_1 = FlatFacts("flat-b", "special_purpose", rooms=1, barrier_free=True,
                      rent_hal=250_000, services_hal=150_000)


@pytest.fixture
def english():
    i18n.set_language("en")
    yield
    i18n.set_language("cs")


def no_czech(text: str) -> str:
    assert not CZECH.findall(text), f"Czech in the English text: {text!r}"
    return text


def plain_labels(body: dict) -> dict:
    """The bundled rules with the town's own words (labels, reasons – data the
    office writes in Czech) replaced, so only the app's words are left to check."""
    body = copy.deepcopy(body)

    def walk(node):
        if isinstance(node, dict):
            for k, v in node.items():
                if k in ("label", "default_label", "when_label", "reason") and v:
                    node[k] = "L"
                elif k == "values" and any(isinstance(x, str) for x in v):
                    node[k] = ["v"]
                else:
                    walk(v)
        elif isinstance(node, list):
            for v in node:
                walk(v)
    walk(body)
    return body


def test_czech_keeps_the_source_per_thread_and_nested(english):
    assert i18n._("ano") == "yes" and i18n.language() == "en"
    seen = []
    with i18n.czech():
        assert i18n._("ano") == "ano" and i18n.language() == "cs"
        with i18n.czech():
            assert i18n._("ne") == "ne"
        assert i18n._("ne") == "ne"
        # another thread (the UI's) keeps the UI language meanwhile
        t = threading.Thread(target=lambda: seen.append(i18n._("ano")))
        t.start()
        t.join()
    assert seen == ["yes"] and i18n._("ano") == "yes"


@pytest.mark.parametrize("name", sorted(rules.shipped()))
def test_the_rules_overview_in_english_and_czech(english, name):
    parsed = rules.parse(plain_labels(rules.shipped()[name].body))
    sections = describe.describe(parsed)
    for title, lines in sections:
        no_czech(title)
        for line in lines:
            no_czech(line)
    assert [t for t, _ in sections][:2] == ["Points", "Individual assessment"]
    with i18n.czech():
        czech = describe.describe(parsed)
    assert [t for t, _ in czech][:2] == ["Body", "Individuální posouzení"]
    assert any("Vyřazení po 2. odmítnutí" in ln for _, lines in czech for ln in lines)


def test_ranking_reasons_in_english_on_screen(english):
    body = plain_labels(rules.default_rules().body)
    body["max_total"] = 100
    c = engine.compile_rules(rules.parse(body), TODAY)
    f = Facts(id="a1", filed_on=dt.date(2025, 11, 27), requested_category="standard",
              household_size=5, household_income_hal=1_000_000, ethos=2, children=3,
              refusal_dates=(TODAY - dt.timedelta(days=30), TODAY - dt.timedelta(days=60)),
              debt_hal=2_000_000, individual_points=40, active_lease="NS/2026/1")
    _, _, lines, individual = engine.score(c, replace(f, refusal_dates=()), "social")
    reasons, reviews = engine.exclusions(c, f, SOCIAL_2)
    more, _ = engine.exclusions(c, f, BARRIER_1)
    texts = ([ln.detail for ln in lines] + [individual.note] + [r.text for r in reasons]
             + reviews + [r.text for r in more])
    assert any("exceeds the cap" in t for t in texts), texts
    assert any("refused an offered flat 2×" in t for t in texts), texts
    assert any("already has a valid lease" in t for t in texts), texts
    for text in texts:
        no_czech(text)
    with i18n.czech():
        c_cs = engine.compile_rules(rules.parse(body), TODAY)
        czech, _ = engine.exclusions(c_cs, f, SOCIAL_2)
    assert any("odmítla nabídnutý byt" in r.text for r in czech)


def _actor(db, username):
    with db.reading() as s:
        return actor_from_user(find_user(s, username))


def _pdf_text(pdf: bytes) -> str:
    text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
    return " ".join(text.split())


def test_fairness_warnings_english_on_screen_czech_in_the_pdf(town_db, english):
    lead = _actor(town_db, "petr.horak")
    body = copy.deepcopy(rules.default_rules().body)
    body["criteria"].append({"id": "kids", "label": "Kids", "type": "per_unit",
                             "field": "children", "points_per_unit": -150})
    draft = rules.parse(body)
    result = fairness.check(town_db, lead, draft, today=TODAY)
    assert result.warnings
    for g in result.groups:
        no_czech(g.label)
        no_czech(g.warning)
    assert any("large family (3 or more children): " in g.warning for g in result.warnings)
    text = _pdf_text(fairness_pdf(town_db, lead, draft, today=TODAY)[0])
    assert "početná rodina (3 a více dětí): " in text and "zřetelně znevýhodňují" in text
    assert "large family" not in text and "disadvantage" not in text


def test_ranking_english_on_screen_czech_in_the_pdf_and_the_frozen_record(town_db, english):
    worker = _actor(town_db, "jana.dvorakova")
    with town_db.reading() as s:
        flat = s.scalars(select(Flat.id).where(Flat.category == FlatCategory.SOCIAL,
                                               Flat.status == FlatStatus.VACANT)
                         .order_by(Flat.id)).first()
    shown = ranking.rank_flat(town_db, worker, flat, today=TODAY)
    reasons = [r.text for x in shown.excluded for r in x.reasons]
    assert reasons and shown.flat.title.count("flat no.") == 1
    assert any("applies for a flat of category" in t for t in reasons), reasons
    text = _pdf_text(render(town_db, worker, "ranking", flat)[0])
    assert "byt č." in text and "flat no." not in text
    assert "applies for" not in text and "value missing" not in text
    decision = offers.record_decision(
        town_db, worker, flat, outcome=DecisionOutcome.DEFERRED, decided_on=TODAY,
        resolution_number="RM 2026/777")
    frozen = offers.decision_snapshot(town_db, worker, decision).ranking
    frozen_reasons = [r.text for x in frozen.excluded for r in x.reasons]
    assert any("žádá o byt kategorie" in t for t in frozen_reasons)
    assert not any("applies for" in t for t in frozen_reasons)


def test_a_templates_problems_in_the_ui_language(english):
    from app.leases.documents import check_template
    bad = "Bez nadpisu {{starosta}}\n{{tabulka_sluzeb}} navíc\n"
    problems = check_template(bad)
    assert "Unknown placeholder {{starosta}}." in problems
    assert "Line 2: {{tabulka_sluzeb}} must stand on a line of its own." in problems
    for p in problems:
        no_czech(p)
    i18n.set_language("cs")
    assert "Neznámý zástupný symbol {{starosta}}." in check_template(bad)


def test_every_registered_document_is_built_in_czech(english, monkeypatch):
    """`render` builds each printer's document inside ``czech()``: a label shared
    with the screens ("nar. 1984", "byt č. 3") stays Czech in the PDF under --lang en."""
    from app import printing
    seen = {}

    def printer(db, actor, record_id):
        seen["language"] = i18n.language()
        seen["label"] = i18n._("nar. {year}").format(year=1984)
        return b"%PDF", "x.pdf"

    monkeypatch.setitem(printing.PRINTERS, "contract", printer)
    assert i18n.language() == "en" and i18n._("nar. {year}") != "nar. {year}"
    render(None, None, "contract", "any")
    assert seen == {"language": "cs", "label": "nar. 1984"}
    assert i18n.language() == "en"            # the screens keep their language
