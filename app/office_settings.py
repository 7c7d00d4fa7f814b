"""The office as documents print it: name, department, address, logo,
signatories, the landlord and the place phrase ("V Trutnově"). Read by every
document, changed on the settings tab "Úřad" (permission SETTINGS).

The keys "office.*" are shared with app/office.py and app/settings.py; the
keys added here have their defaults registered below.
"""
# czech-on-purpose: the office as Czech documents print it (the place phrase and its declension)
from __future__ import annotations

import base64
import re
from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from reports.office_info import OfficeInfo, Signatory

from . import audit, settings
from .db import Database
from .errors import ValidationError
from .security import Actor, Permission
from .i18n import _

settings.register_defaults({
    "office.place": "",                 # "V Trutnově" (empty: derived from office.town)
    "office.landlord": "",              # "Město Trutnov" (empty: derived from office.town)
    "office.signatory_assessment": "",  # name of the signatory who approves assessments
    "office.signatory_housing": "",     # name signing protocols for the landlord
})

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_PHONE = re.compile(r"^\+?[\d ]{9,16}$")


@dataclass
class OfficeSettings:
    name: str = ""
    department: str = ""
    address: str = ""
    town: str = ""
    place: str = ""          # as typed; empty = derived (see place_phrase)
    landlord: str = ""       # as typed; empty = derived
    phone: str = ""
    email: str = ""
    signatories: list[Signatory] = field(default_factory=list)
    signatory_assessment: str = ""
    signatory_housing: str = ""
    logo_png: bytes | None = None

    @property
    def place_phrase(self) -> str:
        return self.place or place_phrase(self.town)

    @property
    def landlord_name(self) -> str:
        return self.landlord or (f"Město {self.town}" if self.town else self.name)

    def signatory(self, name: str) -> Signatory | None:
        return next((s for s in self.signatories if s.name == name), None) if name else None


def _text(value) -> str:
    return " ".join(str(value or "").split())


def read_office(session: Session) -> OfficeSettings:
    v = settings.get_many(session, "office.")
    logo = v.get("office.logo_png_b64")
    return OfficeSettings(
        name=v.get("office.name") or "", department=v.get("office.department") or "",
        address=v.get("office.address") or "", town=v.get("office.town") or "",
        place=v.get("office.place") or "", landlord=v.get("office.landlord") or "",
        phone=v.get("office.phone") or "", email=v.get("office.email") or "",
        signatories=[Signatory(_text(s.get("name")), _text(s.get("function")))
                     for s in v.get("office.signatories") or [] if s.get("name")],
        signatory_assessment=v.get("office.signatory_assessment") or "",
        signatory_housing=v.get("office.signatory_housing") or "",
        logo_png=base64.b64decode(logo) if logo else None,
    )


def office_info(office: OfficeSettings) -> OfficeInfo:
    """The header block of a document."""
    return OfficeInfo(name=office.name, department=office.department, address=office.address,
                      phone=office.phone, email=office.email, town=office.town,
                      logo_png=office.logo_png, signatories=tuple(office.signatories))


def load_office(db: Database, actor: Actor) -> OfficeSettings:
    """Anyone signed in may read the office's details (they are on every letter)."""
    with db.reading() as s:
        return read_office(s)


def validate_office(data: OfficeSettings) -> OfficeSettings:
    clean = OfficeSettings(
        name=_text(data.name), department=_text(data.department), address=_text(data.address),
        town=_text(data.town), place=_text(data.place), landlord=_text(data.landlord),
        phone=_text(data.phone), email=_text(data.email),
        signatories=[Signatory(_text(s.name), _text(s.function)) for s in data.signatories
                     if _text(s.name) or _text(s.function)],
        signatory_assessment=_text(data.signatory_assessment),
        signatory_housing=_text(data.signatory_housing), logo_png=data.logo_png)
    errors: dict[str, str] = {}
    if not clean.name:
        errors["name"] = _("Vyplňte název úřadu (např. Městský úřad Trutnov).")
    if not clean.town:
        errors["town"] = _("Vyplňte obec – tiskne se v místě a datu podpisu („V Trutnově dne …“).")
    if clean.email and not _EMAIL.match(clean.email):
        errors["email"] = _("E-mail nemá správný tvar (např. kmb@trutnov.cz).")
    if clean.phone and not _PHONE.match(clean.phone):
        errors["phone"] = _("Telefon zadejte číslicemi, např. +420 499 803 111.")
    if clean.place and not re.match(r"^(V|Ve|v|ve) \S", clean.place):
        errors["place"] = _("Místo podpisu začněte předložkou, např. „V Trutnově“ nebo „Ve Zlíně“.")
    if any(not s.name for s in clean.signatories):
        errors["signatories"] = _("U každé podepisující osoby vyplňte jméno.")
    names = [s.name for s in clean.signatories]
    if len(set(names)) != len(names):
        errors["signatories"] = _("Každá podepisující osoba smí být v seznamu jen jednou.")
    for key in ("signatory_assessment", "signatory_housing"):
        if getattr(clean, key) and getattr(clean, key) not in names:
            errors[key] = _("Vyberte osobu ze seznamu podepisujících.")
    if errors:
        raise ValidationError.from_errors(errors)
    return clean


def save_office(db: Database, actor: Actor, data: OfficeSettings) -> None:
    """Save the office's details (the logo is set separately)."""
    actor.require(Permission.SETTINGS)
    clean = validate_office(data)
    values = {
        "office.name": clean.name, "office.department": clean.department,
        "office.address": clean.address, "office.town": clean.town,
        "office.place": clean.place, "office.landlord": clean.landlord,
        "office.phone": clean.phone, "office.email": clean.email,
        "office.signatories": [{"name": s.name, "function": s.function}
                               for s in clean.signatories],
        "office.signatory_assessment": clean.signatory_assessment,
        "office.signatory_housing": clean.signatory_housing,
    }
    with db.transaction() as s:
        for key, value in values.items():
            settings.put(s, actor, key, value)


def set_logo(db: Database, actor: Actor, filename: str, data: bytes) -> tuple[int, int]:
    """Store a picture as the office logo (scaled down, PNG). Returns its size."""
    actor.require(Permission.SETTINGS)
    from .images import prepare_logo      # Pillow only when a logo is set
    logo = prepare_logo(data, filename)
    with db.transaction() as s:
        settings.put(s, actor, "office.logo_png_b64", base64.b64encode(logo.data).decode())
        audit.record(s, actor, "update", "office_logo", None, {"bytes": logo.size_bytes})
    return logo.width, logo.height


def clear_logo(db: Database, actor: Actor) -> None:
    actor.require(Permission.SETTINGS)
    with db.transaction() as s:
        settings.put(s, actor, "office.logo_png_b64", None)


# -- "V Trutnově": the place of signing in the locative -------------------------
_VOWELS = set("aáeéěiíoóuúůyý")
# (ending, replacement) for the last word of a town name, first match wins
_LOCATIVE = [
    ("ice", "icích"), ("ovy", "ovech"), ("vy", "vách"), ("any", "anech"), ("ly", "lech"), ("ny", "nech"),
    ("ov", "ově"), ("ín", "íně"), ("ýn", "ýně"), ("no", "ně"), ("ko", "ku"), ("ec", "ci"),
    ("eň", "ni"), ("ha", "ze"), ("ka", "ce"), ("ra", "ře"), ("va", "vě"), ("na", "ně"),
    ("ma", "mě"), ("la", "le"), ("ta", "tě"), ("da", "dě"), ("ld", "ldu"), ("uc", "uci"), ("to", "tě"),
    ("k", "ku"), ("g", "gu"), ("h", "hu"), ("ch", "chu"), ("n", "ně"), ("t", "tě"),
    ("d", "dě"), ("l", "le"), ("m", "mě"), ("r", "ře"), ("s", "su"), ("z", "zu"),
]
_ADJECTIVE = [("ské", "ských"), ("cké", "ckých"), ("é", "ém"), ("á", "é"), ("ý", "ém")]


def _decline_noun(word: str) -> str:
    low = word.lower()
    for end, repl in _LOCATIVE:
        if low.endswith(end):
            return word[: len(word) - len(end)] + repl
    return word


def place_phrase(town: str) -> str:
    """"Trutnov" → "V Trutnově", "Zlín" → "Ve Zlíně", "Pardubice" → "V Pardubicích",
    "Jablonec nad Nisou" → "V Jablonci nad Nisou". A best guess: the office can
    type the exact phrase in the settings."""
    town = _text(town)
    if not town:
        return ""
    words = town.split(" ")
    # the part after "nad", "pod", "u", "na" stays as it is
    cut = next((i for i, w in enumerate(words) if i and w.lower() in
                ("nad", "pod", "u", "na", "v", "ve")), len(words))
    head, tail = words[:cut], words[cut:]
    noun = head[-1]
    plural = noun.lower().endswith(("ice", "vy", "any", "ly", "ny"))
    if len(head) > 1 and head[-1][:1].isupper() and head[-1].lower().endswith(("ové", "ého")):
        # "Hradec Králové": only the first word declines
        head = [_decline_noun(head[0])] + head[1:]
    else:
        adjectives = []
        for adj in head[:-1]:
            for end, repl in _ADJECTIVE:
                if adj.lower().endswith(end):
                    if plural and end == "é":
                        repl = "ých"
                    adj = adj[: len(adj) - len(end)] + repl
                    break
            adjectives.append(adj)
        head = adjectives + [_decline_noun(noun)]
    declined = " ".join(head + tail)
    first = declined[:1].lower()
    second = declined[1:2].lower()
    vocalised = first in "vf" or (first in "szžš" and second and second not in _VOWELS)
    return ("Ve " if vocalised else "V ") + declined
