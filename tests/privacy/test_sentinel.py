"""A special-category sentinel planted in the demo town (a health text in a
social assessment, a written reason for individual points, both values of a
synchronisation conflict on the health field) must not reach the property
department or a read-only user: not through any CLI command, screen, PDF,
conflict list or export. The same commands as a social worker do show it,
so the test would notice a leak."""
from __future__ import annotations

import io
import json
import os
import zipfile

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QLabel, QLineEdit,
                               QPlainTextEdit, QTextEdit)
from sqlalchemy import select

from app.allocation.ranking import rank_flat
from app.auth import NewUser, create_user
from app.cli.listing import LISTERS
from app.cli.main import main
from app.security import actor_from_user, find_user
from models.allocation import Application
from models.assessments import Assessment
from models.housing import Flat, FlatCategory, FlatStatus
from models.staff import Role, User
from models.sync import SyncConflict
from ui import ops

from ..ui_helpers import make_context, open_window

HEALTH = "HIV pozitivní SENTINEL-ZDRAVI-7731"
REASON = "Doložené domácí násilí SENTINEL-BODY-4410"
SENTINELS = ("SENTINEL-ZDRAVI", "SENTINEL-BODY")


@pytest.fixture
def planted(town_db):
    """(assessment id, vacant flat id) with the sentinels in place."""
    db = town_db
    with db.reading() as s:
        lead = actor_from_user(find_user(s, "petr.horak"))
        flat_id = s.scalars(select(Flat.id).where(Flat.category == FlatCategory.SOCIAL,
                                                  Flat.status == FlatStatus.VACANT)
                            .order_by(Flat.id)).first()
    first = rank_flat(db, lead, flat_id).ranked[0]
    with db.transaction() as s:
        a = s.scalars(select(Assessment).where(Assessment.deleted_at.is_(None))
                      .order_by(Assessment.id)).first()
        a.health = HEALTH
        app = s.get(Application, first.application_id)
        app.individual_points, app.individual_justification = 5, REASON
        s.add(SyncConflict(table_name="assessment", row_id=a.id, column="health",
                           kept_json=json.dumps(HEALTH), kept_stamp="1@x",
                           lost_json=json.dumps(HEALTH + " (starší)"), lost_stamp="2@y"))
        planted_ids = a.id, flat_id
    with db.reading() as s:
        admin = actor_from_user(find_user(s, "admin"))
    create_user(db, admin, NewUser("eva.ctenar", "Eva Čtenářová", Role.READONLY,
                                   PASSWORDS["eva.ctenar"], PASSWORDS["eva.ctenar"]))
    return planted_ids


# Demo accounts sign in with "demo"; the read-only account is made here.
PASSWORDS = {"eva.ctenar": "ctenar-heslo"}


def _cli(capsys, tmp_path, db_path, user, *argv) -> str:
    """Everything a command shows or writes (stdout, stderr, the -o file)."""
    out_file = tmp_path / f"out-{len(list(tmp_path.iterdir()))}"
    args = [*argv, "--db", str(db_path), "--user", user]
    if "-o" in argv:
        args[args.index("-o") + 1] = str(out_file)
    before = os.environ.get("KMB_PASSWORD")
    os.environ["KMB_PASSWORD"] = PASSWORDS.get(user, "demo")
    try:
        main(args)
    finally:
        if before is None:
            del os.environ["KMB_PASSWORD"]
        else:
            os.environ["KMB_PASSWORD"] = before
    out, err = capsys.readouterr()
    text = out + err
    assert "Nesprávné uživatelské jméno nebo heslo" not in text    # really signed in
    if out_file.exists():
        data = out_file.read_bytes()
        if data.startswith(b"%PDF"):
            text += "".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages)
        elif data.startswith(b"PK"):
            with zipfile.ZipFile(io.BytesIO(data)) as z:
                text += "".join(z.read(n).decode("utf-8", "replace") for n in z.namelist())
        else:
            text += data.decode("utf-8-sig", "replace")
    return text


def _everything_on_the_command_line(capsys, tmp_path, db_path, user, assessment_id, flat_id):
    texts = []
    for kind in LISTERS:
        for fmt in ("table", "csv", "json"):
            texts.append(_cli(capsys, tmp_path, db_path, user, "list", kind, "--format", fmt))
    for fmt in ("table", "csv", "json", "xlsx"):
        texts.append(_cli(capsys, tmp_path, db_path, user, "stats", "--from", "2020-01-01",
                          "--to", "2030-12-31", "--format", fmt, "-o", "x"))
    for fmt in ("table", "json"):
        texts.append(_cli(capsys, tmp_path, db_path, user, "conflicts", "list", "--format", fmt))
        texts.append(_cli(capsys, tmp_path, db_path, user, "rank", flat_id, "--format", fmt))
    texts.append(_cli(capsys, tmp_path, db_path, user, "print", "assessment", assessment_id,
                      "-o", "x"))
    texts.append(_cli(capsys, tmp_path, db_path, user, "print", "ranking", flat_id, "-o", "x"))
    return "\n".join(texts)


def test_the_social_worker_sees_the_sentinels(capsys, tmp_path, town_url, planted):
    text = _everything_on_the_command_line(capsys, tmp_path, town_url, "petr.horak", *planted)
    for sentinel in SENTINELS:
        assert sentinel in text                  # the test can see a leak


@pytest.mark.parametrize("user", ["tomas.krejci", "eva.ctenar"])
def test_no_command_shows_special_category_data(capsys, tmp_path, town_url, planted, user):
    text = _everything_on_the_command_line(capsys, tmp_path, town_url, user, *planted)
    for sentinel in SENTINELS:
        assert sentinel not in text


def _screen_text(window) -> str:
    parts = []
    for w in window.findChildren(QLabel):
        parts.append(w.text() + " " + w.toolTip())
    for w in window.findChildren(QAbstractButton):
        parts.append(w.text() + " " + w.toolTip())
    for w in window.findChildren(QLineEdit):
        parts.append(w.text())
    for w in window.findChildren(QTextEdit) + window.findChildren(QPlainTextEdit):
        parts.append(w.toPlainText())
    for view in window.findChildren(QAbstractItemView):
        model = view.model()
        if model is None:
            continue
        rows = model.rowCount()
        try:
            cols = model.columnCount()
        except TypeError:            # a list model: one column
            cols = 1
        for r in range(min(rows, 500)):
            for c in range(cols):
                for role in (Qt.DisplayRole, Qt.ToolTipRole):
                    value = model.index(r, c).data(role)
                    if value is not None:
                        parts.append(str(value))
    return "\n".join(parts)


@pytest.mark.parametrize("user", ["tomas.krejci", "eva.ctenar", "petr.horak"])
def test_no_screen_shows_special_category_data(qtbot, tmp_path, town_db, planted, user):
    assessment_id, flat_id = planted
    with town_db.reading() as s:
        actor = actor_from_user(find_user(s, user))
    window = open_window(qtbot, make_context(town_db, actor, tmp_path / "ui.ini"))
    texts = []
    for area in window.areas:
        window.show_area(area.key)
        qtbot.waitUntil(lambda: ops.running() == 0, timeout=30000)   # lists read in the background
        texts.append(_screen_text(window))
    if any(a.key == "flats" for a in window.areas):      # the ranking of the vacant flat
        detail = window.show_area("flats").open_flat(flat_id)
        qtbot.waitUntil(lambda: not detail.ranking_pending, timeout=30000)
        panel = detail.ranking_panel
        for row in range(panel.rank_model.rowCount()):
            panel.ranked.selectRow(row)
            texts.append(_screen_text(panel))
    text = "\n".join(texts)
    if user == "petr.horak":          # the lead reads the reason of individual points
        assert "SENTINEL-BODY" in text
    else:
        for sentinel in SENTINELS:
            assert sentinel not in text
