"""What each kind of import reads: its fields with the Czech column names
offices use, which fields a row needs, the permissions it takes and the
sheet of our own export it reads by default. The export writes the same
column names, so its workbook imports without any mapping."""
from __future__ import annotations

from dataclasses import dataclass

from ..czech_text import fold
from ..security import Permission as P
from ..i18n import N_, _


@dataclass(frozen=True)
class Field:
    key: str
    label: str                        # the column name of our export, shown in the wizard
    guesses: tuple[str, ...] = ()     # other usual names (folded)

    def names(self) -> tuple[str, ...]:
        return (fold(self.label),) + self.guesses


# -- person columns (in every kind: an applicant, a member, a tenant) ----------
PERSON = [
    Field("person_code", N_("Kód osoby"), ("id osoby", "kod najemce", "kod zadatele")),
    Field("full_name", N_("Jméno a příjmení"),
          ("jmeno a prijmeni", "jmeno prijmeni", "zadatel", "najemce", "zadatel jmeno",
           "jmeno a prijmeni zadatele", "nazev", "osoba", "cele jmeno")),
    Field("full_name_reversed", N_("Příjmení a jméno"),
          ("prijmeni a jmeno", "prijmeni jmeno", "prijmeni, jmeno")),
    Field("title_before", N_("Titul"), ("titul pred jmenem", "tituly")),
    Field("given_name", N_("Jméno"), ("krestni jmeno", "jmeno zadatele")),
    Field("surname", N_("Příjmení"), ("prijmeni zadatele",)),
    Field("title_after", N_("Titul za jménem"), ()),
    Field("birth_date", N_("Datum narození"), ("dat. nar.", "dat nar", "narozen", "narozena",
                                            "narozen(a)", "datum nar.", "nar.")),
    Field("birth_number", N_("Rodné číslo"), ("rc", "r.c.", "r. c.", "rodne c.")),
    Field("phone", N_("Telefon"), ("tel.", "tel", "telefonni cislo", "mobil", "kontakt")),
    Field("email", N_("E-mail"), ("email", "e-mailova adresa", "mail")),
    Field("address", N_("Adresa"), ("bydliste", "trvaly pobyt", "adresa trvaleho pobytu",
                                "soucasna adresa", "adresa bydliste")),
    Field("street", N_("Ulice"), ()),
    Field("house_number", N_("Číslo domu"), ("c. p.", "cp", "cislo popisne", "c.p.")),
    Field("city", N_("Obec"), ("mesto", "misto")),
    Field("postcode", N_("PSČ"), ("psc",)),
    Field("citizenship", N_("Státní občanství"), ("obcanstvi", "statni prislusnost")),
]
_ADDRESS_KEYS = ("address", "street", "house_number", "city", "postcode")
TENANT = [f for f in PERSON if f.key not in _ADDRESS_KEYS]   # a tenant lives in the flat
PERSON_NOTE = Field("note", N_("Poznámka"), ("pozn.", "poznamky", "pozn"))

HOUSEHOLD = [
    Field("household_code", N_("Kód domácnosti"), ("id domacnosti",)),
    Field("household", N_("Domácnost"), ("nazev domacnosti", "rodina")),
    Field("relation", N_("Vztah"), ("vztah k zadateli", "vztah k najemci", "role")),
]

APPLICATION = [
    Field("application_code", N_("Kód žádosti"), ("id zadosti",)),
    Field("application_number", N_("Číslo žádosti"), ("c. zadosti", "cislo", "evidencni cislo",
                                                  "c.j.", "cj")),
    Field("filed_on", N_("Datum podání"), ("podano", "podana", "datum podani zadosti",
                                       "datum zadosti", "prijato", "datum prijeti")),
    Field("household_size", N_("Počet osob"), ("pocet clenu", "pocet clenu domacnosti", "osob",
                                          "pocet osob v domacnosti")),
    Field("children", N_("Počet dětí"), ("deti", "z toho deti")),
    Field("category", N_("Druh bytu"), ("kategorie", "pozadovany byt", "typ bytu")),
    Field("state", N_("Stav žádosti"), ("stav",)),
    Field("valid_until", N_("Platnost do"), ("platna do", "plati do")),
    Field("household_income", N_("Příjem domácnosti"), ("prijem", "mesicni prijem")),
]

FLAT = [
    Field("flat_code", N_("Kód bytu"), ("id bytu",)),
    Field("flat_address", N_("Adresa domu"), ("adresa bytu", "dum", "adresa", "budova")),
    Field("flat_street", N_("Ulice domu"), ("ulice",)),
    Field("flat_house_number", N_("Číslo domu bytu"), ("cislo domu", "c. p.", "cp")),
    Field("flat_city", N_("Obec domu"), ("obec", "mesto")),
    Field("flat_postcode", N_("PSČ domu"), ("psc",)),
    Field("flat_number", N_("Číslo bytu"), ("byt", "c. bytu", "byt c.", "cislo jednotky")),
    Field("floor", N_("Podlaží"), ("patro",)),
    Field("layout", N_("Dispozice"), ("velikost", "typ")),
    Field("rooms", N_("Počet pokojů"), ("pokoje", "pokoju")),
    Field("floor_area", N_("Plocha (m²)"), ("plocha", "plocha m2", "vymera", "podlahova plocha")),
    Field("flat_category", N_("Kategorie bytu"), ("kategorie", "druh bytu")),
    Field("flat_status", N_("Stav bytu"), ("stav",)),
    Field("rent", N_("Nájemné"), ("najem", "najemne kc", "mesicni najemne", "najemne (kc)")),
    Field("services", N_("Zálohy na služby"), ("zalohy", "sluzby", "zalohy kc")),
    Field("barrier_free", N_("Bezbariérový"), ("bezbarierovy byt", "bezbariery")),
]

LEASE = [
    Field("lease_code", N_("Kód smlouvy"), ("id smlouvy",)),
    Field("lease_number", N_("Číslo smlouvy"), ("smlouva", "c. smlouvy", "cislo najemni smlouvy")),
    Field("starts_on", N_("Platnost od"), ("od", "zacatek", "najem od", "pocatek najmu")),
    Field("ends_on", N_("Platnost do"), ("do", "konec", "najem do", "doba urcita do")),
    Field("signed_on", N_("Datum podpisu"), ("podepsano", "podpis")),
    Field("lease_state", N_("Stav smlouvy"), ("stav",)),
    Field("ended_on", N_("Ukončeno"), ("datum ukonceni", "ukonceni")),
    Field("lease_rent", N_("Nájemné ze smlouvy"), ("najemne", "najem", "najemne kc")),
    Field("deposit", N_("Kauce"), ("jistota", "kauce kc")),
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


# czech-on-purpose: sheet names of the import workbook (a Czech file format)
KINDS: dict[str, Kind] = {k.key: k for k in (
    Kind("persons", N_("Osoby"), ("Osoby",), tuple(PERSON + [PERSON_NOTE]),
         (("full_name", "full_name_reversed", "surname"),),
         frozenset({P.SETTINGS, P.EDIT_PERSONS}), "osob"),
    Kind("households", N_("Domácnosti"), ("Domácnosti", "Členové domácností"),
         tuple(HOUSEHOLD + PERSON + [PERSON_NOTE]),
         (("household", "household_code"), ("full_name", "full_name_reversed", "surname",
                                             "person_code")),
         frozenset({P.SETTINGS, P.EDIT_PERSONS}), "členů domácností"),
    Kind("applications", N_("Žádosti o byt (pořadník)"), ("Žádosti", "Pořadník"),
         tuple(APPLICATION + HOUSEHOLD[:2] + PERSON + [PERSON_NOTE]),
         (("full_name", "full_name_reversed", "surname", "person_code"), ("filed_on",)),
         frozenset({P.SETTINGS, P.EDIT_PERSONS, P.MANAGE_ALLOCATION}), "žádostí"),
    Kind("flats", N_("Byty"), ("Byty",), tuple(FLAT + [PERSON_NOTE]),
         (("flat_address", "flat_street"), ("flat_number",)),
         frozenset({P.SETTINGS, P.EDIT_FLATS}), "bytů"),
    Kind("leases", N_("Nájemní smlouvy"), ("Smlouvy", "Nájemní smlouvy"),
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
