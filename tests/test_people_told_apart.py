"""Same-named households and people told apart (issue 18 item 5): the shared
helper, and the ranking as the screen, the offer dialog and the PDF show it."""
from __future__ import annotations

import io

from pypdf import PdfReader
from sqlalchemy import select

from app.allocation import ranking
from app.people.disambiguate import Named, told_apart
from app.printing import render
from models.allocation import Application, ApplicationState
from models.housing import Flat, FlatCategory, FlatStatus
from models.people import Household

from .conftest import DEMO_TODAY


def test_unique_names_stay_and_repeated_ones_get_the_first_telling_detail():
    assert told_apart([Named("Novákovi", 1970), Named("Malí", 1984)]) == ["Novákovi", "Malí"]
    # birth years differ: they are enough
    assert told_apart([Named("Malí", 1984, "Horská 3", "Z-1"), Named("Novákovi", 1970),
                       Named("malí", 1991, "Polská 2", "Z-2")]) == [
        "Malí (nar. 1984)", "Novákovi", "malí (nar. 1991)"]
    # the same year: the address
    assert told_apart([Named("Lubomír Šimek", 1980, "Horská 1"),
                       Named("Lubomír Šimek", 1980, "Polská 2")]) == [
        "Lubomír Šimek (Horská 1)", "Lubomír Šimek (Polská 2)"]
    # a year missing for one: the application number
    assert told_apart([Named("Malí", 1984, None, "Z-1"), Named("Malí", None, None, "Z-2"),
                       Named("Malí", 1990, None, "Z-3")]) == [
        "Malí (žádost Z-1)", "Malí (žádost Z-2)", "Malí (žádost Z-3)"]
    # nothing tells them apart alone: everything known
    assert told_apart([Named("Malí", 1984, "Horská 3"), Named("Malí", 1990, "Horská 3"),
                       Named("Malí", 1984, "Polská 2")]) == [
        "Malí (nar. 1984, Horská 3)", "Malí (nar. 1990, Horská 3)",
        "Malí (nar. 1984, Polská 2)"]


def _three_called_mali(db) -> str:
    """Three households with applications renamed "Malí"; a vacant social flat."""
    flat_id = None
    with db.reading() as s:
        for fid in s.scalars(select(Flat.id).where(Flat.category == FlatCategory.SOCIAL,
                                                   Flat.status == FlatStatus.VACANT)
                             .order_by(Flat.id)):
            r = ranking.rank_in_session(s, fid, DEMO_TODAY)
            if len(r.ranked) >= 3:
                flat_id = fid
                households = [e.application_id for e in r.ranked[:3]]
                break
    assert flat_id, "no vacant social flat with three ranked households"
    with db.transaction() as s:
        for app_id in households:
            s.get(Household, s.get(Application, app_id).household_id).name = "Malí"
    return flat_id


def test_ranking_screen_offer_and_pdf_tell_same_named_households_apart(town_db, town_worker):
    flat_id = _three_called_mali(town_db)
    r = ranking.rank_flat(town_db, town_worker, flat_id, today=DEMO_TODAY)
    mali = [e for e in r.ranked if e.household == "Malí"]
    assert len(mali) >= 3                  # (the demo may have "Malí" already)
    shown = [e.shown for e in mali]
    assert len(set(shown)) == len(mali) and all(s.startswith("Malí (") for s in shown)
    others = [e for e in r.ranked if e.household != "Malí"]
    names = [e.household for e in r.ranked + r.excluded]
    assert all(e.shown == e.household for e in others if names.count(e.household) == 1)
    # the JSON of `kmb rank` and the decision snapshot carry it too
    assert [e["shown"] for e in r.to_dict()["ranked"]][:3] == [e.shown for e in r.ranked[:3]]
    # the ranking PDF
    pdf, _ = render(town_db, town_worker, "ranking", flat_id)
    text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
    for label in shown:
        assert f"{label} — celkem" in text
    with town_db.reading() as s:
        assert s.scalars(select(Application.state).where(
            Application.id == mali[0].application_id)).one() == ApplicationState.ACTIVE


def test_ranking_panel_and_offer_dialog_show_the_households_apart(qtbot, town_db, town_worker,
                                                                  tmp_path):
    from PySide6.QtCore import Qt

    from ui.flats.offer_dialogs import OfferDialog

    from .ui_helpers import make_context, open_window
    flat_id = _three_called_mali(town_db)
    ctx = make_context(town_db, town_worker, tmp_path / "ui.ini")
    window = open_window(qtbot, ctx)
    window.resize(1400, 900)
    page = window.show_area("flats")
    page.status.setCurrentIndex(page.status.findText("volný"))
    page.category.setCurrentIndex(page.category.findText("sociální"))
    qtbot.waitUntil(page.loader.ready, timeout=20000)
    row = next(i for i, f in enumerate(page.model.rows) if f.id == flat_id)
    rect = page.table.visualRect(page.model.index(row, 0))
    qtbot.mouseClick(page.table.viewport(), Qt.LeftButton, pos=rect.center())
    qtbot.mouseClick(page.open_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: not page.detail.ranking_pending, timeout=20000)
    panel = page.detail.ranking_panel
    model = panel.rank_model
    shown = [model.index(i, 1).data() for i in range(model.rowCount())]
    mali = [s for s in shown if s.startswith("Malí")]
    assert len(mali) >= 3 and len(set(mali)) == len(mali) and all("(" in s for s in mali)
    entry = next(e for e in model.rows if e.household == "Malí")
    dlg = OfferDialog(ctx, page.detail.flat, entry)
    qtbot.addWidget(dlg)
    assert entry.shown in dlg.intro.text() and entry.shown != "Malí"
    window.grab().save(str(tmp_path / "ranking-told-apart.png"))
    import os
    if os.environ.get("KMB_SHOT_DIR"):              # to look at it
        window.grab().save(os.path.join(os.environ["KMB_SHOT_DIR"], "ranking-told-apart.png"))


def test_ranking_note_has_no_glyphless_emoji_and_its_tooltip_says_all(qtbot):
    from PySide6.QtCore import Qt

    from ui.flats.ranking_panel import RANK_COLUMNS, _RankModel
    entry = ranking.RankedEntry(1, "a", "Z-2025/0013", "Malí", "Malá Jana", 3, "social",
                                DEMO_TODAY, 600, 600, (), None, (), "",
                                "smlouva NS/2026/0012, Horská 3, byt č. 2", "Malí (nar. 2002)")
    model = _RankModel(RANK_COLUMNS)
    model.set_rows([entry])
    note = model.index(0, len(RANK_COLUMNS) - 1).data()
    assert note == "už má obecní byt" and "🏠" not in note
    assert "NS/2026/0012" in model.index(0, 7).data(Qt.ToolTipRole)
    assert model.index(0, 1).data() == "Malí (nar. 2002)"
