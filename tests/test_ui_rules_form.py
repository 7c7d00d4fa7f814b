"""The allocation rules as a form, used as the lead of a KMB would: Blansko's
public table typed in field by field (never JSON), then the what-if against
the bundled Blansko rule set shows no household moving; a slip is shown in
Czech at its field and nothing is saved; every bundled rule set goes through
the form and is saved unchanged."""
from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt

from app.allocation import rules as R
from app.allocation import whatif
from app.security import actor_from_user, find_user
from models.allocation import RuleSet

from .ui_helpers import make_context, open_window, type_text
from tests.settings_sections import open_section


@pytest.fixture
def lead_ctx(town_db, tmp_path):
    with town_db.reading() as s:
        lead = actor_from_user(find_user(s, "petr.horak"))
    return make_context(town_db, lead, tmp_path / "ui-lead.ini")


def click(qtbot, widget):
    assert widget.isEnabled(), widget.text()
    qtbot.mouseClick(widget, Qt.LeftButton)


def fill(qtbot, widget, text: str) -> None:
    """Select what is in a field and type over it."""
    line = widget.lineEdit() if hasattr(widget, "lineEdit") else widget
    line.selectAll()
    qtbot.keyClick(line, Qt.Key_Delete)
    type_text(qtbot, line, text)


def choose(combo, data) -> None:
    """Pick an entry of a combo box as with the arrow keys."""
    combo.setFocus()
    combo.setCurrentIndex(combo.findData(data))


def rules_tab(qtbot, ctx):
    window = open_window(qtbot, ctx)
    return window, open_section(window, "Pravidla přidělování")


def select_rule_set(tab, starts_with: str) -> None:
    for i in range(tab.list.count()):
        if tab.list.item(i).text().startswith(starts_with) and "návrh" in tab.list.item(i).text():
            tab.list.setCurrentRow(i)
            return
    raise AssertionError(starts_with)


def add(qtbot, form, key: str):
    """Pick an item in the palette and press Přidat do pravidel; the new card."""
    form.palette.setFocus()
    form.palette.setCurrentIndex(form.palette.findData(key))
    section = {"ex": "exclusions", "m": "matching"}.get(key.split("_")[0], "criteria")
    before = len(form.cards[section])
    click(qtbot, form.add_button)
    assert len(form.cards[section]) == before + 1
    return form.cards[section][-1]


def set_rows(qtbot, table, rows: list[tuple]) -> None:
    """Type a table of bands or cases; rows added or removed with its buttons."""
    while len(table.rows) > len(rows):
        click(qtbot, table.rows[-1]["_remove"])
    while len(table.rows) < len(rows):
        click(qtbot, table.add_button)
    keys = [k for k, _h, _kind in table.columns]
    for cells, values in zip(table.rows, rows):
        for key, value in zip(keys, values):
            fill(qtbot, cells[key], str(value))


def test_blansko_table_entered_through_the_form_ranks_like_the_bundled_rules(qtbot, lead_ctx):
    ctx = lead_ctx
    _window, tab = rules_tab(qtbot, ctx)
    # start from the other draft of the demo (Nejdřív potřeba) and clear its points
    select_rule_set(tab, "Nejdřív potřeba")
    tab.views.setCurrentIndex(1)
    form = tab.form
    assert tab.views.tabText(1) == "Úpravy" and form.isVisible()
    draft_id = tab.detail.row.id
    while form.cards["criteria"]:
        click(qtbot, form.cards["criteria"][0].remove_button)
    fill(qtbot, form.name, "Bodový systém Blanska (zadaný formulářem)")
    fill(qtbot, form.individual, "50")
    choose(form.tie_break[0], "filed_on")
    choose(form.tie_break[1], None)

    not_housed = "1, 2, 3, 4, 5, 11"
    housing = add(qtbot, form, "housing")
    set_rows(qtbot, housing.cases, [(not_housed, 300, "nebydlí"), ("6, 7", 100, "azylové"),
                                    ("9, 10, 12, 13", 100, "ohrožené nebo nevyhovující")])
    fill(qtbot, housing.default, "0")

    two = add(qtbot, form, "two_households")
    fill(qtbot, two.points, "100")
    click(qtbot, two.when.add_button)
    field, op, value, _x = two.when.rows[0]
    choose(field, "ethos")
    choose(op, "not_in")
    type_text(qtbot, value, not_housed)

    rooms = add(qtbot, form, "rooms")
    set_rows(qtbot, rooms.bands, [(0, 2, 180, "1 pokoj"), (2, 3, 120, "2 pokoje"),
                                  (3, 4, 60, "3 pokoje"), (4, "", 0, "4 a více")])
    fill(qtbot, rooms.when.rows[0][2], not_housed)

    area = add(qtbot, form, "area")
    fill(qtbot, area.base, "360")
    fill(qtbot, area.per_unit, "-20")
    fill(qtbot, area.cap_min, "0")
    fill(qtbot, area.cap_max, "360")
    fill(qtbot, area.when.rows[0][2], not_housed)

    fill(qtbot, add(qtbot, form, "dependants").points, "80")
    fill(qtbot, add(qtbot, form, "permanent_residence").points, "50")
    residence = add(qtbot, form, "residence")
    set_rows(qtbot, residence.bands, [(1, "", 50, "aspoň rok")])

    waiting = add(qtbot, form, "waiting")
    fill(qtbot, waiting.per_unit_points, "30")
    fill(qtbot, waiting.cap_max, "300")

    refusals = add(qtbot, form, "refusals")
    fill(qtbot, refusals.per_unit_points, "-200")
    fill(qtbot, refusals.months, "36")

    key = add(qtbot, form, "key_profession")
    set_rows(qtbot, key.cases, [("lékař", 300, "lékař"), ("zubní lékař", 280, "zubní lékař"),
                                ("zdravotní sestra", 200, "sestra"), ("učitel", 150, "učitel"),
                                ("policista, hasič", 120, "bezpečnostní sbor"),
                                ("sociální pracovník", 100, "sociální služby")])

    # exclusion after the second refusal within 36 months; debt above 1 000 Kč → review
    ex_refusals = form.card("exclusions", "refusals")
    fill(qtbot, ex_refusals.max, "2")
    fill(qtbot, ex_refusals.months, "36")
    fill(qtbot, form.card("exclusions", "debt").min_debt, "1000")
    # flat and household as in Blansko's rules
    category = form.card("matching", "category")
    category.accept_boxes[("special_purpose", "social")].click()
    size = form.card("matching", "size")
    fill(qtbot, size.min, "0,5")
    fill(qtbot, size.max, "2,5")
    form.card("matching", "barrier_free").need.click()
    affordability = form.card("matching", "affordability")
    fill(qtbot, affordability.pct, "40")
    affordability.cats.boxes["seniors"].click()

    body = form.body()
    assert R.check(body) == []
    qtbot.waitUntil(lambda: "v pořádku" in form.summary.text(), timeout=5000)
    # the plain-Czech overview beside the form follows what was typed
    qtbot.waitUntil(lambda: "zadaný formulářem" in tab.preview.overview.text(), timeout=5000)
    assert "360 − 20 ×" in tab.preview.overview.text()
    # the live what-if beside the form: against the bundled Blansko rules nothing moves
    tab.preview.setCurrentIndex(1)
    qtbot.waitUntil(lambda: tab.preview.result is not None, timeout=60000)
    result = tab.preview.result
    assert result.flats and "Bodový systém (podle vzoru Blanska)" in result.current_name
    assert all(f.changed == 0 and f.top_before == f.top_after for f in result.flats)
    assert all(m.total_before == m.total_after and m.rank_before == m.rank_after
               for f in result.flats for m in f.moves)
    assert "pořadí se mění u 0 z" in tab.preview.summary.text()
    # the same from the rules alone: every flat's ranking as under the bundled file
    typed = R.parse(body)
    assert R.default_rules().name.startswith("Bodový systém")
    again = whatif.compare(ctx.db, ctx.actor, typed)
    assert sum(len(f.moves) for f in again.flats) > 20
    assert all(m.total_before == m.total_after for f in again.flats for m in f.moves)
    click(qtbot, tab.save_button)
    assert tab.message.text() == "Návrh uložen."
    with ctx.db.reading() as s:
        stored = json.loads(s.get(RuleSet, draft_id).body_json)
    assert stored["name"] == "Bodový systém Blanska (zadaný formulářem)"
    assert [c["id"] for c in stored["criteria"]] == [
        "housing", "two_households", "rooms", "area", "dependants", "permanent_residence",
        "actual_residence", "waiting", "refusals", "key_profession"]


def test_a_slip_is_shown_in_czech_at_its_field_and_nothing_is_saved(qtbot, lead_ctx):
    ctx = lead_ctx
    _window, tab = rules_tab(qtbot, ctx)
    select_rule_set(tab, "Nejdřív potřeba")
    tab.views.setCurrentIndex(1)
    form = tab.form
    draft_id = tab.detail.row.id
    with ctx.db.reading() as s:
        before = s.get(RuleSet, draft_id).body_json
    waiting = form.card("criteria", "waiting")
    fill(qtbot, waiting.cap_max, "deset")                      # instead of 10
    qtbot.waitUntil(lambda: waiting.error.isVisible(), timeout=5000)
    assert "Nejvýše bodů: „deset“ není číslo." in waiting.error.text()
    assert waiting.cap_max.property("invalid") is True
    assert "není číslo" in waiting.cap_max.toolTip()
    assert form.summary.text().startswith("Chyby (1)")
    # an ETHOS category that does not exist, in the second row of the cases
    need = form.card("criteria", "need")
    fill(qtbot, need.cases.rows[1]["values"], "10, 14")
    qtbot.waitUntil(lambda: "1 až 13" in need.error.text(), timeout=5000)
    assert need.cases.rows[1]["values"].property("invalid") is True
    click(qtbot, tab.save_button)
    assert "chyby" in tab.message.text().lower()
    with ctx.db.reading() as s:
        assert s.get(RuleSet, draft_id).body_json == before      # nothing half-saved
    # fixed in the fields: saved
    fill(qtbot, waiting.cap_max, "10")
    fill(qtbot, need.cases.rows[1]["values"], "10")
    qtbot.waitUntil(lambda: "v pořádku" in form.summary.text(), timeout=5000)
    assert not waiting.error.isVisible() and waiting.cap_max.property("invalid") is False
    click(qtbot, tab.save_button)
    assert tab.message.text() == "Návrh uložen."
    with ctx.db.reading() as s:
        body = json.loads(s.get(RuleSet, draft_id).body_json)
    assert next(c for c in body["criteria"] if c["id"] == "waiting")["max"] == 10


def test_every_bundled_rule_set_goes_through_the_form_unchanged(qtbot, lead_ctx):
    ctx = lead_ctx
    _window, tab = rules_tab(qtbot, ctx)
    menu = tab.example_button.menu()
    for i, name in enumerate(R.shipped()):
        menu.actions()[i].trigger()                            # Nový návrh ze vzoru
        assert tab.views.currentIndex() == 1 and tab.detail.row.state == "draft"
        draft_id = tab.detail.row.id
        with ctx.db.reading() as s:
            created = s.get(RuleSet, draft_id).body_json
        assert R.parse(tab.form.body()).body == R.parse(created).body, name   # the form's reading
        click(qtbot, tab.save_button)
        assert tab.message.text() == "Návrh uložen."
        with ctx.db.reading() as s:
            saved = s.get(RuleSet, draft_id).body_json
        assert R.parse(saved).body == R.parse(created).body, name
        shipped = R.shipped()[name].body
        assert {k: v for k, v in R.parse(saved).body.items() if k != "version"} == {
            k: v for k, v in shipped.items() if k != "version"}


def test_json_import_and_export_keep_the_form_in_step(qtbot, lead_ctx, tmp_path):
    ctx = lead_ctx
    _window, tab = rules_tab(qtbot, ctx)
    select_rule_set(tab, "Nejdřív potřeba")
    tab.views.setCurrentIndex(1)
    out = tmp_path / "pravidla.json"
    tab.export_to(str(out))
    assert R.parse(out.read_text(encoding="utf-8")).body == R.parse(tab.editor.toPlainText()).body
    # the Blansko file imported into this draft: the form shows its criteria
    tab.import_text(R.read_file(R.rules_dir() / "bodovy-system.json"))
    assert [c.item_id for c in tab.form.cards["criteria"]][:3] == [
        "housing", "two_households", "rooms"]
    assert tab.form.card("criteria", "area").base.value() == 360
    # a broken file is reported, the form keeps what it had
    bad = tmp_path / "spatne.json"
    bad.write_bytes(b"\xff\xfe{")
    with pytest.raises(Exception) as info:
        R.read_file(bad)
    assert "UTF-8" in str(info.value)
