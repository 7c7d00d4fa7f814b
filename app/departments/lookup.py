"""Reading the department list inside an open session: names for display,
one department by its code or name (``--queue``), and the check that a
department still takes new tasks. The list is a handful of rows, read whole."""
from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.departments import OfficeDepartment

from ..czech_text import fold, sort_key
from ..errors import ValidationError
from ..i18n import N_, _
from ..rows import live

# The starting names are translated while the office keeps them; a name the
# office typed is data and shown as typed (gettext finds nothing for it).
BUILTIN_NAMES = (N_("sociální odbor (KMB)"), N_("majetkový odbor"), N_("správce bytů"))

# What ``--queue`` accepted before the list was the office's: still understood.
_ALIASES = {
    "kmb": ("socialni", "socialni odbor", "socialni-odbor"),
    "property": ("majetkovy", "majetkovy odbor", "majetkovy-odbor"),
    "flat_manager": ("spravce", "spravce bytu", "spravce-bytu"),
}


def label(name: str | None) -> str:
    return _(name) if name else ""


def rows(session: Session) -> list[OfficeDepartment]:
    """Every live department, active ones first, each group in Czech order."""
    found = session.scalars(select(OfficeDepartment).where(live(OfficeDepartment))).all()
    return sorted(found, key=lambda d: (not d.active, sort_key(label(d.name)), d.created_at))


def names(session: Session) -> dict[str, str]:
    """code → the name as shown (the first created wins if two offices chose a code)."""
    out: dict[str, str] = {}
    for d in sorted(rows(session), key=lambda d: d.created_at):
        out.setdefault(d.code, label(d.name))
    return out


def find(session: Session, text: str | None) -> OfficeDepartment | None:
    """A department by its code or name, ignoring case, diacritics and extra spaces."""
    wanted = fold(" ".join((text or "").split()))
    if not wanted:
        return None
    found = rows(session)
    for d in found:
        if wanted == fold(d.code):
            return d
    for d in found:
        if wanted in (fold(d.name), fold(label(d.name))) or wanted in _ALIASES.get(d.code, ()):
            return d
    return None


def parse(session: Session, text: str | None, field: str = "queue") -> OfficeDepartment:
    """Like ``find``; an unknown name is a message listing the known ones."""
    dept = find(session, text)
    if dept is None:
        known = ", ".join(label(d.name) for d in rows(session))
        raise ValidationError(_("Neznámý odbor „{text}“; odbory úřadu: {known}.")
                              .format(text=text, known=known), field=field)
    return dept


def require_open(session: Session, code: str | None, field: str = "department") -> str | None:
    """A department that takes new tasks: known and active (None passes)."""
    if code is None:
        return None
    dept = find(session, code)
    if dept is None or dept.code != code:
        raise ValidationError(_("Odbor „{code}“ úřad nevede.").format(code=code), field=field)
    if not dept.active:
        raise ValidationError(_("Odbor „{name}“ není aktivní a nové úkoly nepřijímá; "
                                "vyberte jiný odbor.").format(name=label(dept.name)),
                              field=field)
    return dept.code
