"""Folding for search and Czech collation for ordering."""
from __future__ import annotations

from app.czech_text import fold, person_sort_key, sort_key


def test_fold_removes_case_and_diacritics():
    assert fold("Šťastný") == "stastny"
    assert fold("  ŘEHOŘ   Žák ") == "rehor zak"
    assert fold("sťastny") == fold("Šťastný")


def test_czech_alphabetical_order():
    words = ["Žák", "Zeman", "Řehoř", "Růžička", "Chalupa", "Hruška", "Čech", "Cibulka",
             "Ábel", "Adámek", "Šťastný", "Sýkora", "Ivan", "Ďurica", "Dušek", "Nová", "Novák"]
    assert sorted(words, key=sort_key) == [
        "Ábel", "Adámek", "Cibulka", "Čech", "Ďurica", "Dušek", "Hruška", "Chalupa", "Ivan",
        "Nová", "Novák", "Růžička", "Řehoř", "Sýkora", "Šťastný", "Zeman", "Žák"]


def test_ch_is_one_letter_after_h():
    assert sort_key("Hýl") < sort_key("Chalupa") < sort_key("Ivan")
    assert sort_key("Cibulka") < sort_key("Čech") < sort_key("Dvořák")


def test_accent_and_case_are_lower_levels():
    assert sort_key("abel") < sort_key("Abel") < sort_key("Ábel") < sort_key("Abelová")


def test_surname_then_given_name():
    people = [("Novák", "Petr"), ("Nováková", "Anna"), ("Novák", "Adam"), ("Nová", "Zita")]
    ordered = sorted(people, key=lambda p: person_sort_key(*p))
    assert ordered == [("Nová", "Zita"), ("Novák", "Adam"), ("Novák", "Petr"),
                       ("Nováková", "Anna")]
