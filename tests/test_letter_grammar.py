"""Issue 18 item 6 (leftovers): names declined where a letter's Czech needs a
case, and the words agreeing with the person's sex, in every generated letter,
notice and procedure document — each with a woman, a man and a foreign name the
rules do not know (then the nominative, never a wrongly declined form)."""
from __future__ import annotations

import datetime as dt
import io

import pytest
from pypdf import PdfReader

from app.cases import procedure as proc
from app.cases import procedure_documents as docs
from app.cases.service import open_case
from app.czech_names import declined, salutation
from app.leases.arrears import enter_balance
from app.leases.documents import check_template, contract_pdf, renewal_pdf
from app.leases.records import LeaseInput, create_lease, lease_detail, sign_lease
from app.leases.renewals import decide_renewal, propose_renewals
from app.people.records import PersonInput, create_person
from app.printing import render
from models.people import Person, Sex
from models.staff import Role

from .lease_data import add_flat, add_household, add_user

D = dt.date
CHECK = D(2026, 11, 27)
# (given, surname, sex) → (2nd, 3rd, 4th case, salutation)
PEOPLE = {
    "woman": (("Šárka", "Řezníčková", "F"),
              ("Šárky Řezníčkové", "Šárce Řezníčkové", "Šárku Řezníčkovou",
               "Vážená paní Řezníčková,")),
    "man": (("Lubomír", "Šimek", "M"),
            ("Lubomíra Šimka", "Lubomíru Šimkovi", "Lubomíra Šimka", "Vážený pane Šimku,")),
    "foreign": (("Dimitri", "Kowalski", "M"),
                ("Dimitri Kowalski", "Dimitri Kowalski", "Dimitri Kowalski",
                 "Vážený pane Kowalski,")),
}


def _text(pdf: bytes) -> str:
    return " ".join(" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(pdf)).pages)


@pytest.mark.parametrize("given,surname,sex,cases", [
    ("Jan", "Novák", "M", ("Jana Nováka", "Janu Novákovi", "Jana Nováka", "Jane Nováku")),
    ("Pavel", "Svoboda", "M", ("Pavla Svobody", "Pavlu Svobodovi", "Pavla Svobodu",
                               "Pavle Svobodo")),
    ("Jiří", "Černý", "M", ("Jiřího Černého", "Jiřímu Černému", "Jiřího Černého", "Jiří Černý")),
    ("Tomáš", "Kolář", "M", ("Tomáše Koláře", "Tomáši Kolářovi", "Tomáše Koláře",
                             "Tomáši Koláři")),
    ("Petr", "Dvořák", "M", ("Petra Dvořáka", "Petru Dvořákovi", "Petra Dvořáka",
                             "Petře Dvořáku")),
    ("Šárka", "Řezníčková", "F", ("Šárky Řezníčkové", "Šárce Řezníčkové", "Šárku Řezníčkovou",
                                  "Šárko Řezníčková")),
    ("Marie", "Černá", "F", ("Marie Černé", "Marii Černé", "Marii Černou", "Marie Černá")),
    ("Olga", "Krejčí", "F", ("Olgy Krejčí", "Olze Krejčí", "Olgu Krejčí", "Olgo Krejčí")),
    ("Jana", "Nováková", None, ("Jany Novákové", "Janě Novákové", "Janu Novákovou",
                                "Jano Nováková")),
])
def test_the_four_cases_of_common_czech_names(given, surname, sex, cases):
    assert tuple(declined(given, surname, c, sex) for c in (2, 3, 4, 5)) == cases


@pytest.mark.parametrize("given,surname,sex", [
    ("Dimitri", "Kowalski", "M"), ("Mai", "Nguyen", "F"), ("Zdeněk", "Hrubec", "M"),
    ("Xaver", "Kadlecz", None)])
def test_names_the_rules_do_not_know_give_none(given, surname, sex):
    # the caller writes the nominative: never a guessed, wrong form
    assert all(declined(given, surname, c, sex) is None for c in (2, 3, 4, 5))


def test_salutations():
    assert salutation("Šárka", "Řezníčková", "F") == "Vážená paní Řezníčková,"
    assert salutation("Lubomír", "Šimek", "M") == "Vážený pane Šimku,"
    assert salutation("Jan", "Svoboda", "M") == "Vážený pane Svobodo,"
    assert salutation("Dimitri", "Kowalski", "M") == "Vážený pane Kowalski,"   # nominative
    assert salutation("Alex", "Novotny", None) == "Vážená paní, vážený pane,"


# -- the procedure's documents (templates the office edits) -----------------------------

OWN_APPLICATION = ("# Žádost o zápis\n"
                   "Výzva pro {{pan_pani}} {{zadatel_4p}} k doplnění žádosti.\n\n"
                   "{{osloveni}} žádost {{zadatel_2p}} jsme přijali; rozhodnutí doručíme "
                   "{{zadatel_3p}}. Žadatel {{narozen}} {{zadatel_narozeni}} ji {{podal}} "
                   "{{zadost_podana}}.\n\n{{podpisy}}\n")


@pytest.mark.parametrize("who", sorted(PEOPLE))
def test_procedure_documents_decline_the_applicant(db, admin, who):
    (given, surname, sex), (gen, dat, acc, hello) = PEOPLE[who]
    assert docs.check_template(OWN_APPLICATION) == []
    docs.save_document_template(db, admin, "application", OWN_APPLICATION)
    pid = create_person(db, admin, PersonInput(
        given_name=given, surname=surname, birth_date=D(1984, 3, 2), sex=Sex(sex),
        street="Horská", house_number="12", city="Trutnov", postcode="541 01"))
    with db.transaction() as s:
        cid = open_case(s, admin, pid, worker_id=admin.user_id, opened_on=D(2026, 6, 1)).id
    proc_id = proc.start_procedure(db, admin, cid, application_on=D(2026, 7, 1), today=CHECK)
    text = _text(render(db, admin, "need-application", proc_id)[0])
    mrs = "paní" if sex == "F" else "pan"
    assert f"Výzva pro {mrs} {acc} k doplnění" in text
    assert f"{hello} žádost {gen} jsme přijali; rozhodnutí doručíme {dat}." in text
    born, filed = ("narozena", "podala") if sex == "F" else ("narozen", "podal")
    assert f"Žadatel {born} 2. 3. 1984 ji {filed} 1. 7. 2026" in text


# -- the lease contract and the renewal notice ----------------------------------------------

def _lease(db, admin, who: str, number: str) -> str:
    (given, surname, sex), _forms = PEOPLE[who]
    flat = add_flat(db, number=number)
    hh, people = add_household(db, f"Domácnost {number}", ((given, surname),))
    with db.transaction() as s:
        s.get(Person, people[0]).sex = Sex(sex)
    ends = CHECK + dt.timedelta(days=40)
    start = D(ends.year - 1, ends.month, ends.day) + dt.timedelta(days=1)
    return create_lease(db, admin, LeaseInput(
        flat_id=flat, household_id=hh, tenant_id=people[0], starts_on=start, ends_on=ends,
        term_months=12, rent_hal=400_000, deposit_hal=800_000), today=start)


OWN_CONTRACT = ("# Smlouva o nájmu bytu\n"
                "Pronajímatel přenechává byt {{pan_pani}} {{najemce_3p}} ({{narozen}} "
                "{{najemce_narozeni}}); práva {{najemce_2p}} upravuje zákon. Pronajímatel "
                "zastupuje {{najemce_4p}} jen s plnou mocí.\n\n{{osloveni}} vítejte.\n"
                "{{podpisy}}\n")


@pytest.mark.parametrize("who", sorted(PEOPLE))
def test_the_contract_template_declines_the_tenant(db, admin, who):
    (_g, _s, sex), (gen, dat, acc, hello) = PEOPLE[who]
    assert check_template(OWN_CONTRACT) == []
    lid = _lease(db, admin, who, "1")
    text = _text(contract_pdf(db, admin, lid, template=OWN_CONTRACT)[0])
    mrs, born = ("paní", "narozena") if sex == "F" else ("pan", "narozen")
    assert f"byt {mrs} {dat} ({born} 12. 3. 1980)" in text
    assert f"práva {gen} upravuje" in text and f"zastupuje {acc} jen" in text
    assert f"{hello} vítejte" in text


@pytest.mark.parametrize("who", sorted(PEOPLE))
def test_the_renewal_notice_greets_the_tenant_by_name(db, admin, who):
    (_g, _s, sex), (_gen, _dat, _acc, hello) = PEOPLE[who]
    lead = add_user(db, "petr", "Petr Horák", Role.LEAD)
    lid = _lease(db, admin, who, "2")
    sign_lease(db, admin, lid, lease_detail(db, admin, lid).row.starts_on)
    enter_balance(db, admin, lid, D(2026, 11, 1), 730_000, today=CHECK)
    propose_renewals(db, admin, today=CHECK)
    rid = lease_detail(db, admin, lid).renewals[0].id
    decide_renewal(db, lead, rid, False, "Dluh 7 300 Kč, splátky nedodrženy.", today=CHECK)
    text = _text(renewal_pdf(db, admin, rid)[0])
    assert hello in text
    done = "vyklidila a předala" if sex == "F" else "vyklidil a předal"
    assert f"abyste byt {done} pronajímateli" in text
