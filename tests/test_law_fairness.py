"""Fairness check (issue 14): a rule set that penalises children under-ranks
large families and single parents, and the check says so before the council
votes; shown beside the what-if in Nastavení → Pravidla přidělování."""
from __future__ import annotations

import copy
import datetime as dt
import json

import pytest

from app.allocation import fairness, rules
from app.allocation.ranking import FlatRanking, RankedEntry
from app.security import actor_from_user, find_user

from .test_ui_allocation import click, lead_ctx  # noqa: F401
from .ui_helpers import open_window
from tests.settings_sections import open_section

TODAY = dt.date(2026, 11, 27)


def penalising_children() -> dict:
    body = copy.deepcopy(rules.default_rules().body)
    body["name"] = "Návrh: méně bodů za děti"
    body["criteria"].append({"id": "kids", "label": "Děti", "type": "per_unit",
                             "field": "children", "points_per_unit": -150})
    return body


@pytest.fixture
def lead(town_db):
    with town_db.reading() as s:
        return actor_from_user(find_user(s, "petr.horak"))


def test_rules_penalising_children_warn_for_large_families_and_single_parents(town_db, lead):
    result = fairness.check(town_db, lead, rules.parse(penalising_children()), today=TODAY)
    warned = {g.key for g in result.warnings}
    assert {"large_family", "single_parent"} <= warned
    large = next(g for g in result.groups if g.key == "large_family")
    assert large.top_pct < fairness.UNDER_RATIO * large.eligible_pct
    assert "početná rodina" in large.warning
    # the bundled rules do not under-rank large families; the need-first rules
    # warn for neither group with children
    default = fairness.check(town_db, lead, today=TODAY)
    assert "large_family" not in {g.key for g in default.warnings}
    need_first = fairness.check(town_db, lead, rules.shipped()["nejdriv-potreba.json"],
                                today=TODAY)
    assert not {"large_family", "single_parent"} & {g.key for g in need_first.warnings}


def _entry(app_id: str, rank: int) -> RankedEntry:
    return RankedEntry(rank, app_id, None, "x", None, 1, "social", TODAY, 0, 0, (), None, (), "")


def test_assess_counts_top_ranks_against_eligible():
    flat = None
    ranking = FlatRanking(flat, None, TODAY, [],
                          [_entry(f"a{i}", i) for i in range(1, 21)])
    # ten of twenty eligible are large families, all ranked 11th–20th
    groups = {f"a{i}": {"large_family"} for i in range(11, 21)}
    result = fairness.assess([ranking], groups, "test", top=5)
    large = next(g for g in result.groups if g.key == "large_family")
    assert (large.eligible, large.top, large.eligible_pct, large.top_pct) == (10, 0, 50.0, 0.0)
    assert large.warning
    # spread evenly: no warning
    groups = {f"a{i}": {"large_family"} for i in range(1, 21, 2)}
    result = fairness.assess([ranking], groups, "test", top=5)
    assert not next(g for g in result.groups if g.key == "large_family").warning


def test_fairness_tab_beside_the_what_if(qtbot, lead_ctx):  # noqa: F811
    window = open_window(qtbot, lead_ctx)
    tab = open_section(window, "Pravidla přidělování")
    click(qtbot, tab.new_button)
    tab.editor.setPlainText(json.dumps(penalising_children(), ensure_ascii=False, indent=2))
    tab.views.setCurrentWidget(tab.fairness)
    click(qtbot, tab.fairness.run_button)
    qtbot.waitUntil(lambda: tab.fairness.result is not None, timeout=30000)
    assert tab.fairness.model.rowCount() == len(fairness.GROUPS)
    text = tab.fairness.warnings.text()
    assert "Návrh: početná rodina" in text and "Návrh: osamělý rodič" in text

    # printed for the council: the active rules and the draft side by side
    from ui.widgets.pdf_preview import PdfPreviewDialog

    from .ui_modal import when_modal

    def preview(dlg):
        assert isinstance(dlg, PdfPreviewDialog) and dlg.filename.startswith("spravedlnost-")
        assert dlg.page_count >= 2
        dlg.accept()
    state = when_modal(preview, tries=3000)
    click(qtbot, tab.fairness.print_button)
    qtbot.waitUntil(lambda: state["done"], timeout=60000)
    assert state["error"] is None


def test_fairness_check_printed_for_the_council(town_db, lead, tmp_path):
    import subprocess

    from app.allocation.fairness_print import fairness_pdf
    from app.errors import PermissionDenied
    from app.printing import render
    from app.security import Actor
    from models.staff import Role
    pdf, name = fairness_pdf(town_db, lead, rules.parse(penalising_children()), today=TODAY)
    assert name == "spravedlnost-pravidel-2026-11-27.pdf"
    (tmp_path / "f.pdf").write_bytes(pdf)
    text = " ".join(subprocess.run(["pdftotext", str(tmp_path / "f.pdf"), "-"],
                                   capture_output=True, text=True).stdout.split())
    assert "Kontrola spravedlnosti pravidel přidělování" in text
    assert "Platná pravidla:" in text and "Návrh: Návrh: méně bodů za děti" in text
    assert "početná rodina (3 a více dětí): " in text and "zřetelně znevýhodňují" in text
    assert "27. 11. 2026" in text
    active, _ = render(town_db, lead, "fairness", "active")
    assert active.startswith(b"%PDF")
    with pytest.raises(PermissionDenied):
        fairness_pdf(town_db, Actor("ro", "Jen čtení", Role.READONLY))
