"""Names in the accusative for task titles and letters, sex-specific words,
and telling the given name from the surname in either order."""
from __future__ import annotations

import pytest

from app.czech_names import accusative, by_sex, guess_sex, verb_with_name
from app.people.given_names import split_name


@pytest.mark.parametrize("given, surname, expected", [
    ("Šárka", "Řezníčková", "Šárku Řezníčkovou"),       # -a, -ová
    ("Marie", "Malá", "Marii Malou"),                    # -ie, adjectival -á
    ("Jana", "Krejčí", "Janu Krejčí"),                   # -í stays for a woman
    ("Dagmar", "Horváthová", "Dagmar Horváthovou"),      # a woman's consonant ending
    ("Lucie", "Nováková-Černá", "Lucii Novákovou-Černou"),
    ("Jan", "Novák", "Jana Nováka"),                     # hard consonant
    ("Tomáš", "Beneš", "Tomáše Beneše"),                 # soft consonant
    ("Jiří", "Krejčí", "Jiřího Krejčího"),               # -í
    ("Pavel", "Černý", "Pavla Černého"),                 # mobile e, -ý
    ("Lubomír", "Šimek", "Lubomíra Šimka"),              # -ek
    ("Zdeněk", "Vaněk", "Zdeňka Vaňka"),                 # -ěk softens
    ("Petr", "Svoboda", "Petra Svobodu"),                # a man's -a
    ("Marek", "Němec", "Marka Němce"),
    ("Ondřej", "Král", "Ondřeje Krále"),                 # the exception
])
def test_accusative_of_common_names(given, surname, expected):
    assert accusative(given, surname) == expected


def test_unsure_names_keep_the_nominative_after_a_colon():
    assert accusative("Xaver", "Kadlec") is None                 # sex unknown
    assert accusative("Eva", "Smith") is None                     # foreign surname
    assert accusative("Jan", "Hromádko") is None                  # -o: not guessed
    assert verb_with_name("kontaktovat", "Xaver", "Kadlec") == "kontaktovat: Xaver Kadlec"
    assert verb_with_name("kontaktovat", "Šárka", "Řezníčková") == \
        "kontaktovat Šárku Řezníčkovou"
    # the recorded sex decides over the list
    assert accusative("Nikola", "Kučera", "M") == "Nikolu Kučeru"


def test_sex_from_the_name_and_words_that_agree():
    assert guess_sex("Šárka", "X") == "F" and guess_sex("Aleš", "Y") == "M"
    assert guess_sex("Xenie", "Nováková") == "F" and guess_sex("Xaver", "Kadlec") is None
    assert by_sex("F", "sám", "sama") == "sama"
    assert by_sex("M", "sám", "sama") == "sám"
    assert by_sex(None, "sám", "sama") == "sám/sama"


@pytest.mark.parametrize("typed, given, surname, sure", [
    ("sarka reznickova", "Šárka", "Reznickova", True),
    ("reznickova sarka", "Šárka", "Reznickova", True),
    ("Novák Jan", "Jan", "Novák", True),
    ("kralova eva", "Eva", "Kralova", True),
    ("Marek Jan", "Jan", "Marek", False),       # both are given names: asked
    ("Chalupa Xaver", "Xaver", "Chalupa", False),
])
def test_given_name_told_from_surname_in_either_order(typed, given, surname, sure):
    split = split_name(typed.split())
    assert (split.given_name, split.surname, split.sure) == (given, surname, sure)


def test_share_change_is_in_percentage_points_in_the_what_if_table():
    from types import SimpleNamespace

    from app.czech_text import points_change
    from ui.allocation.whatif_view import SHARE_COLUMNS
    assert points_change(-8) == "−8\u00a0p.\u00a0b." and points_change(3.4) == "+3\u00a0p.\u00a0b."
    share = SimpleNamespace(label="rodiny s dětmi", before=5, after=3, before_pct=20.0,
                            after_pct=12.0)
    shown = [c.value(share) for c in SHARE_COLUMNS]
    assert "−8\u00a0p.\u00a0b." in shown and not any("b. b." in str(v) for v in shown)
