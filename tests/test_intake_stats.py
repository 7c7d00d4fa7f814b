"""``kmb stats`` on the town demo: every figure recomputed independently from
the records with plain SQL, and the CLI listers of contacts and cases."""
from __future__ import annotations

import csv
import io
import json

import pytest
from openpyxl import load_workbook

from app.cli.main import main
from .keys import as_user, raw_connect


pytestmark = pytest.mark.usefixtures("demo_password")
FROM, TO = "2026-01-01", "2026-12-31"
END = "2027-01-01"


def read_csv(text: str) -> dict[str, list[dict]]:
    tables: dict[str, list[dict]] = {}
    header = None
    for row in csv.reader(io.StringIO(text), delimiter=";"):
        if row[0] == "table":
            header = row[1:]
            continue
        tables.setdefault(row[0], []).append(dict(zip(header, row[1:])))
    return tables


@pytest.fixture
def stats(town_path, tmp_path, capsys):
    out = tmp_path / "stats.csv"
    code = main(as_user(["stats", "--db", str(town_path), "--from", FROM, "--to", TO,
                 "--format", "csv", "-o", str(out)]))
    assert code == 0, capsys.readouterr().err
    return read_csv(out.read_text(encoding="utf-8-sig"))


def q(con, sql, *args):
    return con.execute(sql, args).fetchall()


IN_PERIOD = "deleted_at IS NULL AND occurred_at >= ? AND occurred_at < ?"


def test_contact_figures_match_the_records(stats, town_path):
    con = raw_connect(town_path)

    def by(column):
        return {(str(k) if k is not None else "none"): n for k, n in q(
            con, f"SELECT {column}, count(*) FROM contact_record WHERE {IN_PERIOD} "
                 f"GROUP BY {column}", FROM, END)}

    def table(key, value="contacts"):
        return {r["key"]: int(r[value]) for r in stats[key] if int(r[value])}

    assert table("contacts_by_channel") == by("channel")
    assert table("contacts_by_urgency") == by("urgency")
    assert table("contacts_by_outcome") == by("outcome")
    assert table("contacts_by_ethos") == by("ethos_category")
    groups = {}
    for cat, n in by("ethos_category").items():
        key = "none" if cat == "none" else (
            "roofless" if int(cat) <= 2 else "houseless" if int(cat) <= 7
            else "insecure" if int(cat) <= 10 else "inadequate")
        groups[key] = groups.get(key, 0) + n
    assert table("contacts_by_ethos_group") == groups
    total, persons, minutes, counselling = q(
        con, f"SELECT count(*), count(DISTINCT person_id), sum(minutes_spent), "
             f"sum(counselling_given) FROM contact_record WHERE {IN_PERIOD}", FROM, END)[0]
    summary = {r["key"]: int(r["value"]) for r in stats["contacts_summary"]}
    assert (summary["contacts"], summary["persons"], summary["minutes"],
            summary["counselling"]) == (total, persons, minutes, counselling)
    assert total > 300        # a year of the town's front desk: hundreds of contacts
    registered = q(con, "SELECT count(*) FROM housing_need_record WHERE deleted_at IS NULL "
                        "AND registered_on BETWEEN ? AND ?", FROM, TO)[0][0]
    assert summary["registered_in_need"] == registered
    # time per worker
    per_worker = dict(q(con, "SELECT u.full_name, sum(c.minutes_spent) FROM contact_record c "
                             "JOIN user u ON u.id = c.worker_id WHERE c.deleted_at IS NULL "
                             "AND c.occurred_at >= ? AND c.occurred_at < ? GROUP BY u.full_name",
                        FROM, END))
    assert {r["label"]: int(r["minutes"]) for r in stats["worker_time"]} == per_worker
    months = {r["key"]: int(r["contacts"]) for r in stats["by_month"]}
    assert len(months) == 12 and sum(months.values()) == total
    con.close()


def test_referral_and_case_figures_match_the_records(stats, town_path):
    con = raw_connect(town_path)
    expected = {pid: (n, arrived, not_arrived, unknown) for pid, n, arrived, not_arrived, unknown
                in q(con, "SELECT partner_id, count(*), sum(arrived IS 1), sum(arrived IS 0), "
                          "sum(arrived IS NULL) FROM referral WHERE deleted_at IS NULL AND "
                          "referred_on BETWEEN ? AND ? GROUP BY partner_id", FROM, TO)}
    got = {r["key"]: (int(r["referrals"]), int(r["arrived"]), int(r["not_arrived"]),
                      int(r["unknown"])) for r in stats["referrals_by_partner"]}
    assert got == expected and len(got) >= 5
    opened = q(con, 'SELECT count(*) FROM "case" WHERE deleted_at IS NULL AND opened_on '
                    'BETWEEN ? AND ?', FROM, TO)[0][0]
    closed = q(con, 'SELECT count(*) FROM "case" WHERE deleted_at IS NULL AND closed_on '
                    'BETWEEN ? AND ?', FROM, TO)[0][0]
    open_end = q(con, 'SELECT count(*) FROM "case" WHERE deleted_at IS NULL AND opened_on <= ? '
                      'AND (closed_on IS NULL OR closed_on > ?)', TO, TO)[0][0]
    cases = {r["key"]: int(r["cases"]) for r in stats["cases"]}
    assert (cases["opened"], cases["closed"], cases["open_at_end"]) == (opened, closed, open_end)
    assert opened > 30 and closed > 5
    con.close()


def test_xlsx_json_and_table_formats(town_path, tmp_path, capsys):
    xlsx = tmp_path / "stats.xlsx"
    assert main(as_user(["stats", "--db", str(town_path), "--from", "1. 1. 2026", "--to", "31. 12. 2026",
                 "--format", "xlsx", "-o", str(xlsx)])) == 0
    wb = load_workbook(xlsx)
    assert "Kontakty podle kanálu" in wb.sheetnames        # Czech sheet names
    ws = wb["Kontakty podle kanálu"]
    assert ws["A1"].value == "Kontakty podle kanálu" and ws["B3"].value == "osobně"
    capsys.readouterr()
    assert main(as_user(["stats", "--db", str(town_path), "--from", FROM, "--to", TO,
                 "--format", "json"])) == 0
    data = json.loads(capsys.readouterr().out)
    assert {t["key"] for t in data} >= {"contacts_by_channel", "cases", "worker_time"}
    assert main(as_user(["stats", "--db", str(town_path), "--from", FROM, "--to", TO])) == 0
    text = capsys.readouterr().out
    assert "Kontakty podle kanálu" in text and "osobně" in text


@pytest.mark.parametrize("args, message", [
    (["--from", "2026-13-01", "--to", TO], "není platné datum"),
    (["--from", "včera", "--to", TO], "zadejte jako den"),
    (["--from", TO, "--to", FROM], "po jeho konci"),
    (["--from", FROM, "--to", TO, "--format", "xlsx"], "-o"),
])
def test_bad_arguments_give_one_czech_line(town_path, capsys, args, message):
    assert main(as_user(["stats", "--db", str(town_path), *args])) == 1
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1 and err.startswith("kmb: ")


def test_list_contacts_and_cases_as_json(town_path, capsys):
    assert main(as_user(["list", "contacts", "--db", str(town_path), "--format", "json",
                 "--user", "jana.dvorakova"])) == 0
    contacts = json.loads(capsys.readouterr().out)
    con = raw_connect(town_path)
    assert len(contacts) == q(con, "SELECT count(*) FROM contact_record")[0][0]
    c = next(c for c in contacts if c["case_number"] and c["ethos_category"])
    assert {"id", "occurred_at", "person", "channel", "ethos_category", "ethos_label",
            "outcome", "worker", "case_number", "partners"} <= set(c)
    assert c["channel"] in {"in_person", "phone", "email", "field"}
    assert c["ethos_label"].split(" – ")[0] in {"Bez střechy", "Bez bytu", "Nejisté bydlení",
                                               "Nevyhovující bydlení"}
    assert any(c["partners"] for c in contacts)
    assert main(as_user(["list", "cases", "--db", str(town_path), "--format", "json"])) == 0
    cases = json.loads(capsys.readouterr().out)
    assert len(cases) == q(con, 'SELECT count(*) FROM "case"')[0][0]
    one = cases[0]
    assert {"number", "person", "status", "worker", "opened_on", "last_contact",
            "ethos_category"} <= set(one)
    assert one["status"] in {"new", "in_progress", "housed", "closed"}
    worker = q(con, 'SELECT u.full_name FROM "case" c JOIN user u ON u.id=c.assigned_worker_id '
                    'WHERE c.id=?', one["id"])[0][0]
    assert one["worker"] == worker
    assert main(as_user(["list", "cases", "--db", str(town_path), "--search", one["number"]])) == 0
    assert one["number"] in capsys.readouterr().out
    con.close()
