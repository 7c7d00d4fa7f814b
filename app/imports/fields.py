"""What each kind of import reads: its fields with the Czech column names
offices use, which fields a row needs, the permissions it takes and the
sheet of our own export it reads by default. The export writes the same
column names, so its workbook imports without any mapping."""
from __future__ import annotations

from dataclasses import dataclass

from ..czech_text import fold
from ..security import Permission as P
from ..i18n import _


@dataclass(frozen=True)
class Field:
    key: str
    label: str                        # the column name of our export, shown in the wizard
    guesses: tuple[str, ...] = ()     # other usual names (folded)

    def names(self) -> tuple[str, ...]:
        return (fold(self.label),) + self.guesses


# -- person columns (in every kind: an applicant, a member, a tenant) ----------
PERSON = [
    Field("person_code", "Kód osoby", ("id osoby", "kod najemce", "kod zadatele")),
    Field("full_name", "Jméno a příjmení",
          ("jmeno a prijmeni", "jmeno prijmeni", "zadatel", "najemce", "zadatel jmeno",
           "jmeno a prijmeni zadatele", "nazev", "osoba", "cele jmeno")),
    Field("full_name_reversed", "Příjmení a jméno",
          ("prijmeni a jmeno", "prijmeni jmeno", "prijmeni, jmeno")),
    Field("title_before", "Titul", ("titul pred jmenem", "tituly")),
    Field("given_name", "Jméno", ("krestni jmeno", "jmeno zadatele")),
    Field("surname", "Příjmení", ("prijmeni zadatele",)),
    Field("title_after", "Titul za jménem", ()),
    Field("birth_date", "Datum narození", ("dat. nar.", "dat nar", "narozen", "narozena",
                                            "narozen(a)", "datum nar.", "nar.")),
    Field("birth_number", "Rodné číslo", ("rc", "r.c.", "r. c.", "rodne c.")),
    Field("phone", "Telefon", ("tel.", "tel", "telefonni cislo", "mobil", "kontakt")),
    Field("email", "E-mail", ("email", "e-mailova adresa", "mail")),
    Field("address", "Adresa", ("bydliste", "trvaly pobyt", "adresa trvaleho pobytu",
                                "soucasna adresa", "adresa bydliste")),
    Field("street", "Ulice", ()),
    Field("house_number", "Číslo domu", ("c. p.", "cp", "cislo popisne", "c.p.")),
    Field("city", "Obec", ("mesto", "misto")),
    Field("postcode", "PSČ", ("psc",)),
    Field("citizenship", "Státní občanství", ("obcanstvi", "statni prislusnost")),
]
_ADDRESS_KEYS = ("address", "street", "house_number", "city", "postcode")
TENANT = [f for f in PERSON if f.key not in _ADDRESS_KEYS]   # a tenant lives in the flat
PERSON_NOTE = Field("note", "Poznámka", ("pozn.", "poznamky", "pozn"))

HOUSEHOLD = [
    Field("household_code", "Kód domácnosti", ("id domacnosti",)),
    Field("household", "Domácnost", ("nazev domacnosti", "rodina")),
    Field("relation", "Vztah", ("vztah k zadateli", "vztah k najemci", "role")),
]

APPLICATION = [
    Field("application_code", "Kód žádosti", ("id zadosti",)),
    Field("application_number", "Číslo žádosti", ("c. zadosti", "cislo", "evidencni cislo",
                                                  "c.j.", "cj")),
    Field("filed_on", "Datum podání", ("podano", "podana", "datum podani zadosti",
                                       "datum zadosti", "prijato", "datum prijeti")),
    Field("household_size", "Počet osob", ("pocet clenu", "pocet clenu domacnosti", "osob",
                                          "pocet osob v domacnosti")),
    Field("children", "Počet dětí", ("deti", "z toho deti")),
    Field("category", "Druh bytu", ("kategorie", "pozadovany byt", "typ bytu")),
    Field("state", "Stav žádosti", ("stav",)),
    Field("valid_until", "Platnost do", ("platna do", "plati do")),
    Field("household_income", "Příjem domácnosti", ("prijem", "mesicni prijem")),
]

FLAT = [
    Field("flat_code", "Kód bytu", ("id bytu",)),
    Field("flat_address", "Adresa domu", ("adresa bytu", "dum", "adresa", "budova")),
    Field("flat_street", "Ulice domu", ("ulice",)),
    Field("flat_house_number", "Číslo domu bytu", ("cislo domu", "c. p.", "cp")),
    Field("flat_city", "Obec domu", ("obec", "mesto")),
    Field("flat_postcode", "PSČ domu", ("psc",)),
    Field("flat_number", "Číslo bytu", ("byt", "c. bytu", "byt c.", "cislo jednotky")),
    Field("floor", "Podlaží", ("patro",)),
    Field("layout", "Dispozice", ("velikost", "typ")),
    Field("rooms", "Počet pokojů", ("pokoje", "pokoju")),
    Field("floor_area", "Plocha (m²)", ("plocha", "plocha m2", "vymera", "podlahova plocha")),
    Field("flat_category", "Kategorie bytu", ("kategorie", "druh bytu")),
    Field("flat_status", "Stav bytu", ("stav",)),
    Field("rent", "Nájemné", ("najem", "najemne kc", "mesicni najemne", "najemne (kc)")),
    Field("services", "Zálohy na služby", ("zalohy", "sluzby", "zalohy kc")),
    Field("barrier_free", "Bezbariérový", ("bezbarierovy byt", "bezbariery")),
]

LEASE = [
    Field("lease_code", "Kód smlouvy", ("id smlouvy",)),
    Field("lease_number", "Číslo smlouvy", ("smlouva", "c. smlouvy", "cislo najemni smlouvy")),
    Field("starts_on", "Platnost od", ("od", "zacatek", "najem od", "pocatek najmu")),
    Field("ends_on", "Platnost do", ("do", "konec", "najem do", "doba urcita do")),
    Field("signed_on", "Datum podpisu", ("podepsano", "podpis")),
    Field("lease_state", "Stav smlouvy", ("stav",)),
    Field("ended_on", "Ukončeno", ("datum ukonceni", "ukonceni")),
    Field("lease_rent", "Nájemné ze smlouvy", ("najemne", "najem", "najemne kc")),
    Field("deposit", "Kauce", ("jistota", "kauce kc")),
]


@dataclass(frozen=True)
class Kind:
    key: str
    label: str                          # "Osoby"
    sheets: tuple[str, ...]             # sheet names of our export it reads
    fields: tuple[Field, ...]
    required: tuple[tuple[str, ...], ...]   # every group: one of these mapped
    permissions: frozenset[P]
    noun: str                           # "osob" (counts: "importováno 12 osob")


KINDS: dict[str, Kind] = {k.key: k for k in (
    Kind("persons", "Osoby", ("Osoby",), tuple(PERSON + [PERSON_NOTE]),
         (("full_name", "full_name_reversed", "surname"),),
         frozenset({P.SETTINGS, P.EDIT_PERSONS}), "osob"),
    Kind("households", "Domácnosti", ("Domácnosti", "Členové domácností"),
         tuple(HOUSEHOLD + PERSON + [PERSON_NOTE]),
         (("household", "household_code"), ("full_name", "full_name_reversed", "surname",
                                             "person_code")),
         frozenset({P.SETTINGS, P.EDIT_PERSONS}), "členů domácností"),
    Kind("applications", "Žádosti o byt (pořadník)", ("Žádosti", "Pořadník"),
         tuple(APPLICATION + HOUSEHOLD[:2] + PERSON + [PERSON_NOTE]),
         (("full_name", "full_name_reversed", "surname", "person_code"), ("filed_on",)),
         frozenset({P.SETTINGS, P.EDIT_PERSONS, P.MANAGE_ALLOCATION}), "žádostí"),
    Kind("flats", "Byty", ("Byty",), tuple(FLAT + [PERSON_NOTE]),
         (("flat_address", "flat_street"), ("flat_number",)),
         frozenset({P.SETTINGS, P.EDIT_FLATS}), "bytů"),
    Kind("leases", "Nájemní smlouvy", ("Smlouvy", "Nájemní smlouvy"),
         tuple(LEASE + FLAT[:7] + HOUSEHOLD[:1] + TENANT + [PERSON_NOTE]),
         (("flat_code", "flat_address", "flat_street"),
          ("person_code", "full_name", "full_name_reversed", "surname"), ("starts_on",)),
         frozenset({P.SETTINGS, P.EDIT_LEASES, P.EDIT_PERSONS}), "smluv"),
)}


def kind(key: str) -> Kind:
    try:
        return KINDS[key]
    except KeyError:
        from ..errors import ValidationError
        raise ValidationError(_("Neznámý druh importu „{key}“; možnosti: {join}.").format(key=key, join=', '.join(KINDS)), field="kind") from None


def known_header(folded: str) -> bool:
    """Whether a header text is a column name of any kind (finds the header row)."""
    return folded in _ALL_NAMES


_ALL_NAMES = {n for k in KINDS.values() for f in k.fields for n in f.names()}
