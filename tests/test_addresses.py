"""RÚIAN offline: importing ČÚZK's address export (generated files in its exact
format), completing streets and house numbers, the kód ADM kept on a person's
address and a building only while it matches, bad files refused whole."""
from __future__ import annotations

import zipfile

import pytest
from sqlalchemy import func, select

from app.addresses import geography
from app.addresses.completion import address_points, imported_count, street_suggestions
from app.addresses.importer import import_addresses
from app.errors import PermissionDenied, ValidationError
from app.housing.edit import BuildingInput, create_building, get_building
from app.people.detail import person_detail
from app.people.records import PersonInput, create_person, update_person
from app.security import Actor
from models.addresses import RuianAddress
from models.audit import AuditEvent
from models.staff import Role

from .ruian_data import HORSKA, orp_zip, town_csv, town_rows


def _count(db) -> int:
    with db.reading() as s:
        return s.scalar(select(func.count()).select_from(RuianAddress))


def test_one_municipality_imports_and_a_newer_file_replaces_it(db, admin, tmp_path):
    path = town_csv(tmp_path)
    result = import_addresses(db, admin, str(path))
    assert result.files == 1 and result.municipalities == ["Trutnov"]
    assert result.addresses == len(town_rows()) == _count(db)
    # next month's file: the same municipality again, no duplicates, the old points gone
    again = import_addresses(db, admin, str(town_csv(tmp_path, seed=8)))
    assert again.total_addresses == _count(db) == len(town_rows(8))
    with db.reading() as s:
        action, detail = s.execute(select(AuditEvent.action, AuditEvent.detail)
                                   .where(AuditEvent.entity == "ruian_address")
                                   .order_by(AuditEvent.seq.desc())).first()
    assert action == "import" and '"sha256"' in detail


def test_the_whole_zip_imports_every_municipality(db, admin, tmp_path):
    progress = []
    result = import_addresses(db, admin, str(orp_zip(tmp_path)),
                              progress=lambda text, pct: progress.append(pct))
    assert result.files == 5
    assert set(result.municipalities) == {"Trutnov", "Úpice", "Žacléř", "Svoboda nad Úpou",
                                          "Malé Svatoňovice"}
    assert progress[-1] == 100 and imported_count(db, admin) == result.addresses
    geo = geography.geography(db, admin)       # no setting yet: the file's municipalities
    assert geo.from_ruian and geo.municipalities[0] == "Malé Svatoňovice"
    assert "Poříčí" in geo.locality_choices("Trutnov") or geo.town_parts["Trutnov"]


def test_completion_offers_the_street_then_its_house_numbers(db, admin, tmp_path):
    import_addresses(db, admin, str(town_csv(tmp_path)))
    streets = street_suggestions(db, admin, "hor")
    assert [s.street for s in streets] == ["Hornická", "Horská"]
    assert street_suggestions(db, admin, "HORSK")[0].text == "Horská, Trutnov"
    assert street_suggestions(db, admin, "") == []
    horska = streets[1]
    numbers = address_points(db, admin, horska.municipality_code, horska.street, "51")
    picked = next(p for p in numbers if p.house_number == "512/12a")
    assert picked.postcode == "541 01" and picked.town_part == "Horní Předměstí"
    assert all(p.house_number.startswith("51") for p in numbers)


def test_a_picked_point_is_stored_and_dropped_when_the_address_is_retyped(db, admin, tmp_path):
    import_addresses(db, admin, str(town_csv(tmp_path)))
    s = street_suggestions(db, admin, "Horská")[0]
    point = next(p for p in address_points(db, admin, s.municipality_code, s.street)
                 if p.house_number == "512/12a")
    data = PersonInput(given_name="Alena", surname="Zkušební", street="Horská",
                       house_number="512/12a", city="Trutnov", postcode="541 01",
                       ruian_code=point.code)
    pid = create_person(db, admin, data)
    d = person_detail(db, admin, pid)
    assert d.ruian_code == point.code and d.city_part == "Horní Předměstí"
    # the person moved: a free-text address keeps no stale code
    data.house_number = "999"
    update_person(db, admin, pid, data)
    d = person_detail(db, admin, pid)
    assert d.ruian_code is None and d.city_part is None and d.house_number == "999"
    # a code that is not a number is not stored
    data.house_number, data.ruian_code = "512/12a", "1 OR 1=1"
    update_person(db, admin, pid, data)
    assert person_detail(db, admin, pid).ruian_code is None


def test_a_building_keeps_the_code_of_its_entrance(db, admin, tmp_path):
    import_addresses(db, admin, str(town_csv(tmp_path)))
    s = street_suggestions(db, admin, "Horská")[0]
    point = next(p for p in address_points(db, admin, s.municipality_code, s.street)
                 if p.house_number == "514/14")
    bid = create_building(db, admin, BuildingInput(street="Horská", house_number="514/14",
                                                   city="Trutnov", postcode="541 01",
                                                   ruian_code=point.code))
    assert get_building(db, admin, bid).ruian_code == point.code


def test_without_imported_data_addresses_are_free_text(db, admin):
    assert street_suggestions(db, admin, "Horská") == []
    pid = create_person(db, admin, PersonInput(given_name="Bedřich", surname="Volný",
                                               street="Na Výsluní", house_number="7",
                                               city="Hostinné", ruian_code="12345"))
    d = person_detail(db, admin, pid)
    # a code from elsewhere (a field laptop with the file) is kept with the text
    assert d.street == "Na Výsluní" and d.ruian_code == "12345"


@pytest.mark.parametrize("content, message", [
    ("utf8", "UTF-8"),
    ("header", "není výpis adresních míst RÚIAN"),
    ("number", "řádek 3"),
    ("postcode", "PSČ"),
    ("empty", "prázdný"),
])
def test_bad_files_are_refused_whole(db, admin, tmp_path, content, message):
    good = town_csv(tmp_path).read_bytes().decode("cp1250").split("\r\n")
    if content == "utf8":
        data = "\r\n".join(good).encode("utf-8")
    elif content == "header":
        data = "\r\n".join([good[0].replace("Kód ulice;", "")] + good[1:]).encode("cp1250")
    elif content == "number":
        cells = good[2].split(";")
        cells[12] = "dvanáct"
        data = "\r\n".join(good[:2] + [";".join(cells)] + good[3:]).encode("cp1250")
    elif content == "postcode":
        cells = good[1].split(";")
        cells[15] = "541"
        data = "\r\n".join([good[0], ";".join(cells)] + good[2:]).encode("cp1250")
    else:
        data = b""
    bad = tmp_path / "spatny.csv"
    bad.write_bytes(data)
    with pytest.raises(ValidationError, match=message):
        import_addresses(db, admin, str(bad))
    assert _count(db) == 0


def test_a_bad_file_in_the_zip_leaves_the_earlier_import_untouched(db, admin, tmp_path):
    import_addresses(db, admin, str(town_csv(tmp_path)))
    before = _count(db)
    path = tmp_path / "archiv.zip"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("a.csv", town_csv(tmp_path, seed=9).read_bytes())
        zf.writestr("b.csv", b"nic;tu;neni\r\n")
    with pytest.raises(ValidationError, match="b.csv"):
        import_addresses(db, admin, str(path))
    assert _count(db) == before
    with pytest.raises(ValidationError, match="žádný soubor CSV"):
        empty = tmp_path / "prazdny.zip"
        with zipfile.ZipFile(empty, "w") as zf:
            zf.writestr("readme.txt", "x")
        import_addresses(db, admin, str(empty))


def test_only_settings_may_import(db, admin, tmp_path):
    worker = Actor(admin.user_id, "Pracovnice", Role.SOCIAL_WORKER)
    with pytest.raises(PermissionDenied):
        import_addresses(db, worker, str(town_csv(tmp_path)))
    assert _count(db) == 0
    assert HORSKA   # the generator's fixed numbers exist for the screen test too
