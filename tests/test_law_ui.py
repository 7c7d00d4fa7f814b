"""Issue 14 on the screens: the rooms of the current flat in the application
form, the active-lease flag in a flat's ranking."""
from __future__ import annotations

from sqlalchemy import select

from models.allocation import Application
from models.housing import FlatCategory
from ui.allocation.form import ApplicationDialog

from .test_ui_allocation import click, ctx, fake_exec, open_flat_from_list, vacant_social  # noqa: F401
from .ui_helpers import open_window, type_text


def test_application_records_the_rooms_of_the_current_flat(qtbot, ctx, monkeypatch):  # noqa: F811
    window = open_window(qtbot, ctx)
    page = window.show_area("applications")

    def fill(dlg):
        type_text(qtbot, dlg.household_search, "Novák")
        qtbot.waitUntil(lambda: dlg.household.count() > 1, timeout=3000)
        dlg.household.setCurrentIndex(1)
        dlg.category.setCurrentIndex(dlg.category.findText("sociální"))
        assert dlg.current_rooms.text() == "neuvedeno"
        dlg.current_rooms.setValue(2)
        type_text(qtbot, dlg.note, "pokoje test")
        click(qtbot, dlg.save_button)
    monkeypatch.setattr(ApplicationDialog, "exec", fake_exec(qtbot, fill))
    click(qtbot, page.new_button)
    with ctx.db.reading() as s:
        app = s.scalars(select(Application).where(Application.note == "pokoje test")).one()
        assert app.current_rooms == 2 and app.requested_category == FlatCategory.SOCIAL


def test_ranking_flags_a_household_that_already_rents(qtbot, ctx):  # noqa: F811
    window = open_window(qtbot, ctx)
    for flat_id in vacant_social(ctx.db)[:6]:
        page, detail = open_flat_from_list(qtbot, window, flat_id)
        panel = detail.ranking_panel
        model = panel.rank_model
        flagged = [i for i, e in enumerate(model.rows) if e.active_lease]
        if flagged:
            note = model.index(flagged[0], model.columnCount() - 1).data()
            assert "už má obecní byt" in note
            tip = model.index(flagged[0], 1).data(0x03)          # Qt.ToolTipRole
            assert "platnou nájemní smlouvu" in tip and "výměnou" in tip
            return
        page.show_list()
    raise AssertionError("no flagged household in the first vacant social flats")


def test_building_and_flat_carry_land_register_data_and_appurtenances(qtbot, town_db,
                                                                      monkeypatch, tmp_path):
    from app.security import actor_from_user, find_user
    from models.housing import Building, Flat
    from ui.flats.edit import BuildingDialog, FlatDialog

    from .ui_helpers import make_context
    with town_db.reading() as s:
        lead = actor_from_user(find_user(s, "petr.horak"))
    lead_ctx = make_context(town_db, lead, tmp_path / "lead.ini")
    window = open_window(qtbot, lead_ctx)
    page = window.show_area("flats")

    def building(dlg):
        type_text(qtbot, dlg.street, "Žižkova")
        type_text(qtbot, dlg.house_number, "977")
        type_text(qtbot, dlg.city, "Trutnov")
        type_text(qtbot, dlg.cadastral_area, "Trutnov")
        type_text(qtbot, dlg.parcel, "st. 1284")
        click(qtbot, dlg.save_button)
    monkeypatch.setattr(BuildingDialog, "exec", fake_exec(qtbot, building))
    click(qtbot, page.new_building_button)

    def flat(dlg):
        dlg.building.setCurrentIndex(dlg.building.findText("Žižkova 977, Trutnov"))
        type_text(qtbot, dlg.number, "1")
        dlg.rooms.setValue(2)
        type_text(qtbot, dlg.area, "48,5")
        type_text(qtbot, dlg.appurtenances, "sklep č. 3")
        click(qtbot, dlg.save_button)
    monkeypatch.setattr(FlatDialog, "exec", fake_exec(qtbot, flat))
    click(qtbot, page.new_flat_button)
    with town_db.reading() as s:
        b = s.scalars(select(Building).where(Building.street == "Žižkova",
                                             Building.house_number == "977")).one()
        assert (b.cadastral_area, b.parcel) == ("Trutnov", "st. 1284")
        f = s.scalars(select(Flat).where(Flat.building_id == b.id)).one()
        assert f.appurtenances == "sklep č. 3"
