"""Rodné číslo: the rules and their real edge cases."""
from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app import rodne_cislo
from app.errors import ValidationError

TODAY = dt.date(2026, 11, 27)


def parse(text):
    return rodne_cislo.parse(text, today=TODAY)


@pytest.mark.parametrize("text, born, female", [
    ("780123/3550", dt.date(1978, 1, 23), False),     # classic male number, mod 11 == 0
    ("7801233550", dt.date(1978, 1, 23), False),      # without the slash
    ("785123/3555", dt.date(1978, 1, 23), True),      # woman: month + 50
    ("045120/0002", dt.date(2004, 1, 20), True),      # born 2004 → year 04 means 2000s
    ("042120/0010", dt.date(2004, 1, 20), False),     # +20 for men since 2004
    ("047120/0004", dt.date(2004, 1, 20), True),      # +70 for women since 2004
    ("530101/123", dt.date(1953, 1, 1), False),       # 9 digits before 1954
    ("535101/123", dt.date(1953, 1, 1), True),
    ("540101/0010", dt.date(1954, 1, 1), False),      # first year of 10-digit numbers
])
def test_valid_numbers(text, born, female):
    rc = parse(text)
    assert rc.birth_date == born
    assert rc.female is female
    assert len(rc.digits) == len(text.replace("/", ""))


def test_remainder_ten_with_check_digit_zero_is_valid_for_old_numbers():
    # first nine digits 805101001 give remainder 10 → check digit 0 was issued
    head = "805101010"
    assert int(head) % 11 == 10
    rc = parse(head + "0")
    assert rc.birth_date == dt.date(1980, 1, 1) and rc.female


@pytest.mark.parametrize("text, reason", [
    ("780123/3551", "kontrolní"),       # typo in the last digit
    ("781323/3549", "datum"),           # month 13
    ("780230/3542", "datum"),           # 30 February
    ("550101/123", "před rokem 1954"),  # 9 digits but born 1955
    ("782123/3541", "od roku 2004"),    # +20 before 2004
    ("12345", "tvar"),
    ("abcdef/ghij", "tvar"),
    ("", "tvar"),
    ("271231/0007", "budoucnosti"),     # 31. 12. 2027 is after "today"
])
def test_invalid_numbers_say_why(text, reason):
    with pytest.raises(ValidationError) as err:
        parse(text)
    assert reason in err.value.message
    assert err.value.field == "birth_number"


def test_remainder_ten_is_not_accepted_for_numbers_since_1985():
    head = "042120000"                 # 2004: the check digit must make it divisible
    assert int(head) % 11 == 10
    with pytest.raises(ValidationError):
        parse(head + "0")


@given(born=st.dates(dt.date(1954, 1, 1), TODAY), female=st.booleans(),
       serial=st.integers(0, 999))
def test_generated_numbers_round_trip(born, female, serial):
    try:
        text = rodne_cislo.make(born, female, serial)
    except ValueError:
        return  # that serial has remainder 10: not issued since 1985
    rc = parse(text)
    assert (rc.birth_date, rc.female) == (born, female)
    assert int(text) % 11 == 0
