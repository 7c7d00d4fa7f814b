"""Issue 16 leftovers (helper "offices"): the office's own IČO checked like a
private landlord's; a case's place changed later; landlords in subject access
and retention; new permissions reaching customised role tables; guardians
printed where the represented person signs."""
from __future__ import annotations

import pytest

from app.errors import ValidationError
from app.leases.config import save_settings, settings_input


def test_office_ico_is_checked_by_its_check_digit(db, admin):
    data = settings_input(db)
    data.landlord_ico = "00064582"                  # Praha's IČO with a wrong last digit
    with pytest.raises(ValidationError) as err:
        save_settings(db, admin, data)
    assert "kontrolní číslici" in err.value.errors["landlord_ico"]
    assert settings_input(db).landlord_ico == ""    # nothing half-saved
    data.landlord_ico = "1234"
    with pytest.raises(ValidationError) as err:
        save_settings(db, admin, data)
    assert "8 číslic" in err.value.errors["landlord_ico"]
    data.landlord_ico = "000 64 581"
    save_settings(db, admin, data)
    assert settings_input(db).landlord_ico == "00064581"
