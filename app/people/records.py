"""Creating and changing person records (with their contacts and address)."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import asdict, dataclass, fields

from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload, undefer

from models.base import utcnow
from models.people import Address, ContactKind, Person, PersonContact, Sex

from .. import audit, concurrency, rodne_cislo
from ..addresses.points import address_code
from ..db import Database
from ..errors import NotFound, ValidationError
from ..rows import is_live
from ..security import Actor, Permission
from ..i18n import N_, _

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_PHONE = re.compile(r"^\+?[\d ]{9,16}$")
_POSTCODE = re.compile(r"\d{3} ?\d{2}")


@dataclass
class PersonInput:
    given_name: str = ""
    surname: str = ""
    birth_date: dt.date | None = None
    birth_number: str | None = None
    sex: Sex | None = None
    title_before: str | None = None
    title_after: str | None = None
    citizenship: str | None = None
    phone: str | None = None
    email: str | None = None
    street: str | None = None
    house_number: str | None = None
    city: str | None = None
    postcode: str | None = None
    note: str | None = None
    ruian_code: str | None = None      # kód ADM of the address point picked from RÚIAN


_FIELDS = tuple(f.name for f in fields(PersonInput))   # once: fields() is slow per call


def _clean(value: str | None) -> str | None:
    if value is None:
        return None
    value = " ".join(str(value).split())
    return value or None


def validate(data: PersonInput, *, today: dt.date | None = None) -> PersonInput:
    """Normalise and check; raises ValidationError naming every bad field."""
    today = today or dt.date.today()
    # a copy with the texts cleaned (an import validates every row: no per-row
    # dataclass introspection)
    values = {}
    for name in _FIELDS:
        value = getattr(data, name)
        values[name] = _clean(value) if isinstance(value, str) else value
    clean = PersonInput(**values)
    errors: dict[str, str] = {}
    if not clean.given_name:
        errors["given_name"] = _("Vyplňte jméno.")
    if not clean.surname:
        errors["surname"] = _("Vyplňte příjmení.")
    if clean.birth_date:
        if clean.birth_date > today:
            errors["birth_date"] = _("Datum narození nemůže být v budoucnosti.")
        elif clean.birth_date.year < 1900:
            errors["birth_date"] = _("Datum narození je příliš staré – zkontrolujte rok.")
    if clean.birth_number:
        try:
            rc = rodne_cislo.parse(clean.birth_number, today=today)
        except ValidationError as exc:
            errors["birth_number"] = exc.message
        else:
            clean.birth_number = rc.digits
            if clean.birth_date and clean.birth_date != rc.birth_date and "birth_date" not in errors:
                errors["birth_number"] = _("Rodné číslo nesouhlasí s datem narození.")
            clean.birth_date = clean.birth_date or rc.birth_date
            rc_sex = Sex.FEMALE if rc.female else Sex.MALE
            if clean.sex and clean.sex != rc_sex:
                errors["sex"] = _("Pohlaví nesouhlasí s rodným číslem.")
            clean.sex = clean.sex or rc_sex
    if clean.email and not _EMAIL.match(clean.email):
        errors["email"] = _("E-mail nemá správný tvar (např. jana.novakova@email.cz).")
    if clean.phone and not _PHONE.match(clean.phone):
        errors["phone"] = _("Telefon zadejte číslicemi, např. +420 603 123 456.")
    if clean.postcode and not _POSTCODE.fullmatch(clean.postcode):
        errors["postcode"] = _("PSČ má pět číslic, např. 541 01.")
    if errors:
        raise ValidationError.from_errors(errors)
    return clean


def _address_from(session: Session, data: PersonInput) -> Address | None:
    if not any((data.street, data.house_number, data.city, data.postcode)):
        return None
    code, part = address_code(session, data.ruian_code, data.street, data.house_number)
    return Address(street=data.street, house_number=data.house_number,
                   city=data.city, postcode=data.postcode, ruian_code=code, city_part=part)


def _set_contact(session: Session, person: Person, kind: ContactKind, value: str | None) -> None:
    existing = next((c for c in person.contacts if c.kind == kind and c.deleted_at is None), None)
    if existing and not value:
        existing.deleted_at = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    elif existing:
        existing.value = value
    elif value:
        session.add(PersonContact(person=person, kind=kind, value=value))


def add_person(session: Session, actor: Actor, data: PersonInput) -> Person:
    """Within an open transaction (for services that create a person as one step)."""
    actor.require(Permission.EDIT_PERSONS)
    data = validate(data)
    person = Person(
        given_name=data.given_name, surname=data.surname, birth_date=data.birth_date,
        birth_number=data.birth_number, sex=data.sex, title_before=data.title_before,
        title_after=data.title_after, citizenship=data.citizenship, note=data.note,
        contacts=[],
    )
    address = _address_from(session, data)
    if address:
        session.add(address)
        person.permanent_address = address
    session.add(person)
    _set_contact(session, person, ContactKind.PHONE, data.phone)
    _set_contact(session, person, ContactKind.EMAIL, data.email)
    session.flush()
    audit.record(session, actor, "create", "person", person.id)
    return person


def create_person(db: Database, actor: Actor, data: PersonInput) -> str:
    with db.transaction() as s:
        return add_person(s, actor, data).id


LABELS = {"given_name": N_("Jméno"), "surname": N_("Příjmení"), "birth_date": N_("Datum narození"),
          "birth_number": N_("Rodné číslo"), "sex": N_("Pohlaví"), "title_before": N_("Titul před jménem"),
          "title_after": N_("Titul za jménem"), "citizenship": N_("Občanství"), "phone": N_("Telefon"),
          "email": N_("E-mail"), "street": N_("Ulice"), "house_number": N_("Číslo domu"), "city": N_("Obec"),
          "postcode": N_("PSČ"), "note": N_("Poznámka"), "ruian_code": N_("Kód adresního místa (RÚIAN)")}


def stored_input(person: Person) -> PersonInput:
    """The person as stored, in the form's terms (the concurrent-save message)."""
    addr = person.permanent_address
    contacts = {c.kind: c.value for c in person.contacts if is_live(c)}
    return PersonInput(**{k: getattr(person, k) for k in (
        "given_name", "surname", "birth_date", "birth_number", "sex", "title_before",
        "title_after", "citizenship", "note")},
        phone=contacts.get(ContactKind.PHONE), email=contacts.get(ContactKind.EMAIL),
        **{k: getattr(addr, k) if addr else None
           for k in ("street", "house_number", "city", "postcode", "ruian_code")})


def update_person(db: Database, actor: Actor, person_id: str, data: PersonInput, *,
                  expected_version: int | None = None) -> None:
    """Save the form; ``expected_version`` is the row version the screen loaded
    (a save by someone else since then raises ConcurrentEdit)."""
    actor.require(Permission.EDIT_PERSONS)
    data = validate(data)
    with db.transaction() as s:
        person = _locked_form(s, person_id)
        if expected_version is not None and person.row_version != expected_version:
            s.expire_all()        # what is stored now, read again for the message
            concurrency.check(s, person, expected_version,
                              record=_("Záznam osoby {full_name}").format(full_name=person.full_name),
                              mine=asdict(data), theirs=lambda: asdict(stored_input(person)),
                              labels=LABELS)
        with s.no_autoflush:      # a flush would clear the history the audit reads
            changed = _apply_update(s, person, data)
        if changed and not audit.changed_fields(person):
            # only the address or a contact changed: the person's version still goes
            # up, so that a screen holding the old record is warned
            person.updated_at = utcnow()
        s.flush()
        audit.record(s, actor, "update", "person", person.id, {"fields": changed})


# The person with what the form edits, in one statement: the address and contacts
# joined, the change capture's bookkeeping column (deferred) included, where a lazy
# load each would be a round trip more.
_FORM = (joinedload(Person.permanent_address).undefer(Address.sync_meta),
         joinedload(Person.contacts).undefer(PersonContact.sync_meta), undefer(Person.sync_meta))


def _locked_form(s: Session, person_id: str) -> Person:
    """The live person, its row locked until the transaction ends (PostgreSQL:
    FOR UPDATE of the person's row only; SQLite: the transaction's write lock).
    Read under the lock, its ``row_version`` is the stored one: the row-version
    check needs no statement of its own unless it differs."""
    person = s.scalars(select(Person).where(Person.id == person_id).options(*_FORM)
                       .with_for_update(of=Person)).unique().first()
    if person is None or person.deleted_at is not None:
        raise NotFound(_("Osoba neexistuje nebo byla smazána."))
    return person


def _apply_update(s: Session, person: Person, data: PersonInput) -> list[str]:
    """Write the form into the person; the names of the fields that changed."""
    for key in ("given_name", "surname", "birth_date", "birth_number", "sex",
                "title_before", "title_after", "citizenship", "note"):
        setattr(person, key, getattr(data, key))
    changed = audit.changed_fields(person)
    address = person.permanent_address
    if address is None:
        address = _address_from(s, data)
        if address:
            s.add(address)
            person.permanent_address = address
            changed.append("permanent_address_id")
    else:
        for key in ("street", "house_number", "city", "postcode"):
            setattr(address, key, getattr(data, key))
        old_code = address.ruian_code
        address.ruian_code, part = address_code(s, data.ruian_code, data.street,
                                                data.house_number)
        if part:
            address.city_part = part
        elif old_code and address.ruian_code != old_code:
            address.city_part = None         # the part came with the old point
        changed += audit.changed_fields(address)
    for kind, value in ((ContactKind.PHONE, data.phone), (ContactKind.EMAIL, data.email)):
        before = next((c.value for c in person.contacts
                       if c.kind == kind and is_live(c)), None)
        _set_contact(s, person, kind, value)
        if (before or None) != (value or None):
            changed.append(kind.value)
    return sorted(set(changed))
