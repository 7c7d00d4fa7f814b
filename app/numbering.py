"""Document numbers: cases, applications (žádosti o byt), leases, fund requests,
guarantees (ručení) of private leases.

Each kind has a town-configurable pattern, e.g. ``KMB-{year}/{n:04d}``, with
the placeholders ``{year}`` (the year the number is given), ``{n}`` (the
running number within that year and series, any format spec such as
``{n:04d}``) and optionally ``{series}`` (this installation's series tag).

Series. Installations number offline (the office PC, field laptops, a partner
office), so each has its own series tag (``installation.series``) and the
running number counts within it: two installations never give the same
number. The tag is part of every number an installation with a tag gives;
where the pattern has no ``{series}`` it goes before the running number with a
dash: office (tag "") ``KMB-2026/0012``, a laptop (tag "N1")
``KMB-2026/N1-0003``. The first installation, the office, numbers without a
tag by default; a field laptop or a second installation must choose its own
(``kmb init --series``, the first-start screen, ``kmb series``), and pairing
two installations of the same series, both empty included, is refused
(app/sync/identity.py), since they would give the same numbers. ``auto_tag``
suggests a tag. Numbers already given stay as they are.

Counting. The next number is the highest number of this series and year
already given, plus one, read from the records themselves inside the write
transaction (tombstoned records count, and so do records received from other
installations). The ``issued_number`` table with its primary key on (kind,
number) is the backstop against two saves taking the same number at once.
"""
from __future__ import annotations

import datetime as dt
import re
import string
from dataclasses import dataclass

from sqlalchemy import func, select, true
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from models.allocation import Application
from models.audit import AuditAnchor
from models.cases import Case
from models.fund import FundRequest
from models.landlords import Guarantee
from models.numbering import IssuedNumber
from models.sync import Installation, Peer

from . import audit, settings
from .errors import Conflict, ValidationError
from .security import Actor, Permission
from .i18n import N_, _

ALLOWED = {"year", "n", "series"}
TAG_LETTERS = "ACDEFHJKLMNPRTUVWXY"            # no look-alikes of digits (B8, G6, I1, O0, S5, Z2)
TAG_CHARS = TAG_LETTERS + "3479"
TAG_MAX = 8
LEGACY_SERIES_PREFIX = "leases.series."       # + installation id: the old lease/fund series
ISSUE_ATTEMPTS = 5                            # a number taken meanwhile: read again, next one


@dataclass(frozen=True)
class Kind:
    key: str             # "case", "application", "lease", "fund"
    label: str           # Czech, for messages
    setting: str         # settings key of the pattern
    default: str         # default pattern
    model: type


KINDS = {k.key: k for k in (
    Kind("case", N_("případ"), "numbering.case_pattern", "KMB-{year}/{n:04d}", Case),
    Kind("application", N_("žádost o byt"), "numbering.application_pattern", "Z-{year}/{n:04d}",
         Application),
    Kind("lease", N_("smlouva"), "leases.number_pattern", "NS/{year}/{n:04d}", None),
    Kind("fund", N_("žádost z fondu"), "fund.number_pattern", "KF/{year}/{n:03d}", FundRequest),
    # guarantees (ručení) of private leases: their own series, never a municipal lease's
    Kind("guarantee", N_("ručení"), "landlords.guarantee_pattern", "RU/{year}/{n:03d}", Guarantee),
)}

settings.register_defaults({k.setting: k.default for k in KINDS.values()})


def _model(kind: Kind):
    if kind.model is None:              # models.leases imports late: it is the largest module
        from models.leases import Lease
        return Lease
    return kind.model


# -- patterns ----------------------------------------------------------------------------

def _parts(pattern: str, field: str):
    try:
        return list(string.Formatter().parse(pattern))
    except ValueError:
        raise ValidationError(_("Vzor čísla má neuzavřenou složenou závorku."), field=field) from None


def validate_pattern(pattern: str, field: str = "number_pattern") -> str:
    pattern = (pattern or "").strip()
    if not pattern:
        raise ValidationError(_("Vyplňte vzor čísla, např. NS/{year}/{n:04d}."), field=field)
    names = [name for _, name, _, _ in _parts(pattern, field) if name is not None]
    unknown = sorted({n for n in names if n not in ALLOWED})
    if unknown:
        raise ValidationError(
            _("Neznámý zástupný symbol {{{v1}}}; povolené jsou {{year}}, {{n}} a {{series}}.")
                .format(v1=unknown[0]),
            field=field)
    if names.count("n") != 1:
        raise ValidationError(_("Vzor musí obsahovat pořadové číslo {n} právě jednou, "
                              "např. NS/{year}/{n:04d}."), field=field)
    try:
        format_number(pattern, 2026, 1, "A")
    except (ValueError, TypeError):
        raise ValidationError(_("Vzor čísla nelze použít (zkontrolujte formát, např. {n:04d})."),
                              field=field) from None
    if len(format_number(pattern, 2026, 9999, "ABCDEFGH")) > 40:
        raise ValidationError(_("Číslo podle vzoru by bylo delší než 40 znaků."), field=field)
    return pattern


def _with_series(pattern: str, series: str) -> str:
    """The pattern with the series tag in it: as written where it has
    ``{series}``, else ``TAG-`` right before the running number."""
    parts = list(string.Formatter().parse(pattern))
    if not series or any(name == "series" for _, name, _, _ in parts):
        return pattern
    out = []
    for literal, name, spec, conv in parts:
        out.append(literal.replace("{", "{{").replace("}", "}}"))
        if name is None:
            continue
        if name == "n":
            out.append("{series}-")
        out.append("{" + name + ("!" + conv if conv else "") + (":" + spec if spec else "") + "}")
    return "".join(out)


def format_number(pattern: str, year: int, n: int, series: str = "") -> str:
    """The number ``n`` of ``year`` in ``series`` written by ``pattern``."""
    return _with_series(pattern, series).format(year=year, n=n, series=series)


def _regex(pattern: str, year: int, series: str) -> tuple[re.Pattern, str]:
    """A regex matching numbers of ``year`` and ``series``, and the literal
    text before ``{n}`` (to narrow the scan)."""
    out, prefix, seen_n = [], [], False
    for literal, name, spec, conv in string.Formatter().parse(_with_series(pattern, series)):
        out.append(re.escape(literal))
        if not seen_n:
            prefix.append(literal)
        if name is None:
            continue
        if name == "n":
            out.append(r"(?P<n>\d+)")
            seen_n = True
            continue
        text = format(year if name == "year" else series, spec or "")
        out.append(re.escape(text))
        if not seen_n:
            prefix.append(text)
    return re.compile("".join(out) + r"\Z"), "".join(prefix)


def _around_n(pattern: str, year: int, series: str) -> tuple[str, str]:
    """The literal text of a number before and after its running number."""
    before, after, seen_n = [], [], False
    for literal, name, spec, conv in string.Formatter().parse(_with_series(pattern, series)):
        (after if seen_n else before).append(literal)
        if name == "n":
            seen_n = True
        elif name is not None:
            (after if seen_n else before).append(
                format(year if name == "year" else series, spec or ""))
    return "".join(before), "".join(after)


def highest(session: Session, column, pattern: str, year: int, series: str = "",
            *conditions) -> int:
    """The highest running number under ``pattern`` for ``year`` and ``series``
    among the values of ``column`` (tombstoned rows included), 0 if none.

    One query that returns the highest only: the values with the number's text
    before and after the running number and only digits between (so another
    series' "N1-0003" is not ours), ordered by the digits' value (length
    without leading zeros, then the digits). On SQLite the text before it
    bounds an index range of the column."""
    prefix, suffix = _around_n(pattern, year, series)
    first, tail = len(prefix) + 1, len(suffix)
    digits = func.substr(column, first, func.length(column) - (len(prefix) + tail))
    value = func.ltrim(digits, "0")
    query = (select(value)
             .where(column.is_not(None), func.length(column) > len(prefix) + tail,
                    func.substr(column, 1, len(prefix)) == prefix,
                    func.substr(column, func.length(column) - tail + 1) == suffix
                    if tail else true(),
                    func.ltrim(digits, "0123456789") == "", *conditions)
             .order_by(func.length(value).desc(), value.desc()).limit(1))
    if prefix and session.get_bind().dialect.name == "sqlite":
        # binary collation: the values starting with prefix lie in this range
        query = query.where(column >= prefix, column < prefix + "\U0010ffff")
    top = session.scalar(query)
    return int(top) if top else 0


# -- series tags ---------------------------------------------------------------------------

def auto_tag(origin: str) -> str:
    """A short readable tag from an installation's random clock origin (hex):
    a letter and three letters or digits, e.g. ``K7MA``."""
    value = int(origin or "0", 16)
    value, first = divmod(value, len(TAG_LETTERS))
    chars = [TAG_LETTERS[first]]
    for _ in range(3):
        value, i = divmod(value, len(TAG_CHARS))
        chars.append(TAG_CHARS[i])
    return "".join(chars)


def check_tag(tag: str | None, field: str = "series") -> str:
    tag = (tag or "").strip().upper()
    if tag and not (len(tag) <= TAG_MAX and tag[0].isascii() and tag[0].isalpha()
                    and all(c.isascii() and c.isalnum() for c in tag)):
        raise ValidationError(_("Řada je krátký kód (nejvýše {TAG_MAX} znaků, písmena a číslice, "
                                "na začátku písmeno), např. N1; prázdná řada jen pro jednu "
                                "instalaci, obvykle kancelář.")
                                    .format(TAG_MAX=TAG_MAX), field=field)
    return tag


def installation_tag(session: Session) -> str:
    """This installation's series tag ("" = numbers without a tag)."""
    inst = session.scalars(select(Installation)).first()
    return (inst.series or "") if inst is not None else ""


def series_tag(session: Session, kind: str) -> str:
    """The tag numbers of ``kind`` get here. Leases and fund requests keep a
    series set earlier in the lease settings (``leases.series.<id>``)."""
    if kind in ("lease", "fund"):
        inst = session.scalars(select(Installation)).first()
        legacy = settings.get(session, LEGACY_SERIES_PREFIX + (inst.id if inst else "local"), "")
        if legacy:
            return legacy
    return installation_tag(session)


def set_series(db, actor: Actor, tag: str | None) -> str:
    """Choose this installation's series tag (from now on; numbers already
    given stay). Audited."""
    actor.require(Permission.SETTINGS)
    tag = check_tag(tag)
    with db.transaction() as s:
        inst = s.scalars(select(Installation)).first()
        if inst is None:
            raise ValidationError(_("Databáze ještě není založená."))
        _refuse_a_peers_series(s, tag, inst.series or "")
        if (inst.series or "") != tag:
            audit.record(s, actor, "update", "installation", inst.id,
                         {"series": tag, "was": inst.series or ""})
            inst.series = tag
    return tag


def _refuse_a_peers_series(s: Session, tag: str, ours: str) -> None:
    """Pairing refuses two installations of one series (app/sync/identity.py);
    choosing a paired installation's series later would undo that check."""
    if tag == ours:
        return
    peer = s.scalars(select(Peer).where(Peer.revoked_at.is_(None), Peer.series == tag)).first()
    if peer is not None:
        shown = _("řadu „{tag}“").format(tag=tag) if tag else _("čísla bez řady")
        raise ValidationError(
            _("Spárovaná instalace „{name}“ už používá {shown}; obě by vydávaly stejná čísla "
              "případů, žádostí a smluv. Zvolte jinou řadu.").format(name=peer.name, shown=shown),
            field="series")


# -- giving numbers ------------------------------------------------------------------------

def pattern_of(session: Session, kind: str) -> str:
    k = KINDS[kind]
    return settings.get(session, k.setting) or k.default


def peek(session: Session, kind: str, year: int) -> str:
    """The number the next record of ``kind`` would get (nothing is reserved)."""
    pattern, tag = pattern_of(session, kind), series_tag(session, kind)
    top = max(highest(session, _model(KINDS[kind]).number, pattern, year, tag),
              highest(session, IssuedNumber.number, pattern, year, tag,
                      IssuedNumber.kind == kind))
    return format_number(pattern, year, top + 1, tag)


def _serialise(session: Session) -> None:
    """Numbers are given one save at a time: under the row lock of the audit
    chain's head, which every audited save takes anyway before its commit (so
    this adds no second lock to wait for in another order). PostgreSQL runs
    in READ COMMITTED: once the lock is ours, ``peek`` sees the number the
    previous holder committed. SQLite's write transaction already holds the
    file's lock."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(select(AuditAnchor.id).where(AuditAnchor.id == audit.HEAD_ID)
                        .with_for_update())


def issue(session: Session, kind: str, year: int | None = None) -> str:
    """Give the next number of ``kind`` inside the caller's write transaction.

    A concurrent save that took the same number first (another workstation on
    the server: its uncommitted key makes our insert wait, then fail) makes
    this one read the highest number again and take the next, inside a
    savepoint so the rest of the transaction stays; when that keeps failing,
    a Conflict (the whole transaction rolls back: nothing half-saved)."""
    year = year or dt.date.today().year
    _serialise(session)
    for _attempt in range(ISSUE_ATTEMPTS):
        number = peek(session, kind, year)
        try:
            with session.begin_nested():
                session.add(IssuedNumber(kind=kind, number=number))
            return number
        except IntegrityError as exc:
            if "issued_number" not in str(exc):
                raise
    raise Conflict(_("Číslo {number} mezitím dostal jiný záznam (ukládalo se současně na jiném "
                     "místě). Uložte prosím znovu.").format(number=number))
