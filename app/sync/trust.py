"""How far a peer is trusted: a valid signature proves who sent a bundle, not
that its content is allowed (DESIGN.md "Sync and bundles").

``Guard`` is built once per import from the sender's peer record and checks,
before anything is written:

- clocks: every stamp is an integer in range, not beyond the bundle's own
  clock range, and that range is not more than a tolerance (setting
  ``sync.clock_tolerance_hours``, default 24 h) ahead of our wall clock;
- tables: a field laptop never writes accounts, settings, rule sets or other
  reference data; a partner office never writes our settings or rule sets;
- scope: a field laptop writes only rows of its worker's households (and new
  rows hanging off them); a partner office set to chosen cases only rows of
  the cases shared with it, and never a client's consent;
- origins: a stamp this installation has not seen yet may claim another
  installation's origin only when the sender may relay (an office), and never
  a revoked installation's origin after its revocation. Our own origin is
  claimed by a field laptop only inside a window this database recorded when
  it was restored from a backup (restored.py): a peer's word that we were
  restored never opens one.

Any violation raises ``BundleRefused``: the whole bundle is refused (the
importer rolls its one transaction back) and the refusal is audited.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from models.sync import Peer, Revocation

from .. import settings
from .codec import TableCodec, codecs
from .container import BundleRefused
from .restored import lost_windows
from .scope import CASES_SCOPE, REFERENCE, writable_ids
from .stamps import RowMeta, physical_now
from ..i18n import N_, _

# Peer kinds and what they may do.
OFFICE, LAPTOP, PARTNER = "office", "laptop", "partner"
KINDS = {OFFICE: N_("kancelář (vlastní)"), LAPTOP: N_("terénní notebook pracovníka"),
         PARTNER: N_("partnerská kancelář")}      # shown through kind_label()
RELAYING = frozenset({OFFICE, PARTNER})


def kind_label(kind: str) -> str:
    """A peer kind in the person's language (an unknown kind as stored)."""
    return _(KINDS[kind]) if kind in KINDS else kind
# Tables a kind of peer never writes (its rows of these tables refuse the bundle).
FORBIDDEN = {
    OFFICE: frozenset(),
    PARTNER: frozenset({"setting", "rule_set", "checklist_template", "fund_budget"}),
    # a laptop may introduce a worker (name and contacts: accounts never travel)
    # but never change an existing one: _check_scope refuses existing rows
    LAPTOP: REFERENCE - {"user"},
}

# Tables whose news a kind of peer may not bring (it may hand back what it got):
# - a client's consent to sharing is recorded at our own installations only, so a
#   partner cannot widen what it receives (app/cases/consent.py);
# - who covers for whom (deputy) opens a colleague's tasks: the lead sets it at the
#   office, never a laptop or a partner;
# - the landlord register (the payee and bank account of fund payments), the
#   programmes and a flat's funding rules (who may get an IROP flat) are the
#   office's own: a partner's new or changed row would redirect money or widen
#   eligibility;
# - the office's departments (whose queue a task lands in) are the office's own
#   list: partners and laptops receive the names, never change them.
NO_NEWS = {
    PARTNER: frozenset({"case_consent", "deputy", "landlord", "programme", "flat_funding",
                        "department"}),
    LAPTOP: frozenset({"deputy"}),
}

# Stamps: (milliseconds << 16 | counter), well inside SQLite's signed 64 bits.
MAX_HLC = (1 << 62) - 1
TOLERANCE_KEY = "sync.clock_tolerance_hours"
DEFAULT_TOLERANCE_HOURS = 24
_ORIGIN = re.compile(r"^[A-Za-z0-9_-]{1,16}$")
_HOUR_MS = 3_600_000
_NEVER = RowMeta((0, ""), {}, {})     # a row without stamps (read only)


def tolerance_ms(s: Session) -> int:
    hours = settings.get(s, TOLERANCE_KEY, DEFAULT_TOLERANCE_HOURS)
    if not isinstance(hours, (int, float)) or isinstance(hours, bool) or hours <= 0:
        hours = DEFAULT_TOLERANCE_HOURS
    return int(hours * _HOUR_MS)


def valid_hlc(value) -> bool:
    return type(value) is int and 0 <= value <= MAX_HLC


def describe_ahead(ms: int) -> str:
    hours = ms / _HOUR_MS
    if hours >= 48:
        return _("{days:.0f} dní").format(days=hours / 24)
    if hours >= 1:
        return f"{hours:.0f} h"
    return f"{ms / 60000:.0f} min"


CLAIMS_CACHED = 10_000        # stamps remembered as passed; the set is a cache, not a record


@dataclass
class Guard:
    sender_id: str
    sender_name: str
    sender_origin: str
    kind: str
    my_origin: str
    tolerance_ms: int
    now_ms: int
    revoked: dict[str, int]                       # origin -> first refused clock value
    writable: dict[str, set[str]] | None = None   # laptop: ids it may write
    seq_to: int = 0
    new_ids: dict[str, set[str]] = field(default_factory=dict)
    # our own clock ranges (from, to] lost with a restore that this peer may return
    own_lost: list[tuple[int, int]] = field(default_factory=list)
    returned: int = 0                             # own lost stamps taken back
    my_id: str = ""
    my_clock: int = 0
    claims_restore: bool = False                  # its ack of ours runs past our clock
    _origins: set[str] = field(default_factory=set)   # origin tags already checked
    _claims: set = field(default_factory=set)         # stamps whose claim passed

    # -- building ---------------------------------------------------------------

    @classmethod
    def for_peer(cls, s: Session, peer: Peer, my_origin: str, my_id: str = "",
                 my_clock: int = 0) -> "Guard":
        revoked = {r.origin: r.revoked_hlc for r in s.query(Revocation)}
        guard = cls(peer.id, peer.name, peer.origin, peer.kind or OFFICE, my_origin,
                    tolerance_ms(s), physical_now() >> 16, revoked,
                    own_lost=lost_windows(s, peer.id), my_id=my_id, my_clock=my_clock)
        if guard.kind == LAPTOP:
            guard.writable = writable_ids(s, peer.scope, peer.id) if peer.scope else {}
        elif peer.scope == CASES_SCOPE:      # a partner writes only in the cases it got
            guard.writable = writable_ids(s, peer.scope, peer.id)
        return guard

    def refuse(self, why: str) -> BundleRefused:
        return BundleRefused(_("Balíček od „{sender_name}“ odmítnut: {why}; nic se nenačetlo.")
            .format(sender_name=self.sender_name, why=why))

    # -- the manifest -----------------------------------------------------------

    def check_manifest(self, manifest: dict) -> None:
        seq_from, seq_to = manifest.get("seq_from", 0), manifest.get("seq_to", 0)
        if not (valid_hlc(seq_from) and valid_hlc(seq_to)) or seq_from > seq_to:
            raise self.refuse(_("rozsah hodin v balíčku je neplatný"))
        self._check_ahead(seq_to)
        self.seq_to = seq_to
        acks = manifest.get("acks", {})
        if not isinstance(acks, dict) or not all(valid_hlc(v) for v in acks.values()):
            raise self.refuse(_("potvrzení v balíčku jsou neplatná"))
        self.claims_restore = acks.get(self.my_id, 0) > self.my_clock
        if not isinstance(manifest.get("rows", 0), int):
            raise self.refuse(_("počet záznamů v balíčku je neplatný"))
        self._check_tables(manifest.get("tables", []))

    def _check_tables(self, tables) -> None:
        """Tables and columns the manifest declares must be ours (an older sender may
        lack columns, never add some: those would be values we cannot check)."""
        known = codecs()
        try:
            for name, columns in tables:
                if name not in known:
                    raise self.refuse(_("obsahuje neznámou tabulku „{name}“").format(name=name))
                extra = set(columns) - set(known[name].columns)
                if extra or "id" not in columns:
                    raise self.refuse(_("tabulka „{name}“ má v manifestu neznámý sloupec {v3}")
                        .format(name=name, v3=', '.join(sorted(map(str, extra))) or _('(chybí id)')))
        except (TypeError, ValueError):
            raise self.refuse(_("seznam tabulek v manifestu je neplatný")) from None

    def _check_ahead(self, hlc: int) -> None:
        ahead = (hlc >> 16) - self.now_ms
        if ahead > self.tolerance_ms:
            raise self.refuse(
                _("jeho hodiny jdou o {describe_ahead} napřed před hodinami tohoto počítače "
                  "(povoleno {describe_ahead2}); nastavte na odesílajícím počítači správný čas")
                      .format(describe_ahead=describe_ahead(ahead), describe_ahead2=describe_ahead(self.tolerance_ms)))

    def check_revocations(self, records) -> list[dict]:
        """Revocation records in the manifest: adopted only from a peer that may relay."""
        if not records:
            return []
        if self.kind not in RELAYING or not isinstance(records, list):
            raise self.refuse(_("terénní notebook nemůže odvolávat jiné instalace"))
        out = []
        for r in records:
            if not (isinstance(r, dict) and isinstance(r.get("installation_id"), str)
                    and isinstance(r.get("origin"), str) and _ORIGIN.match(r["origin"])
                    and valid_hlc(r.get("revoked_hlc"))
                    and isinstance(r.get("revoked_by"), str)):
                raise self.refuse(_("záznam o odvolání instalace je neplatný"))
            if r["origin"] == self.my_origin or r["installation_id"] == self.sender_id:
                raise self.refuse(_("záznam o odvolání se týká příjemce nebo odesílatele"))
            out.append(r)
        return out

    # -- rows -------------------------------------------------------------------

    def parse_meta(self, meta_d) -> RowMeta:
        """The row's stamps, checked: integers in range, within the bundle's range."""
        try:
            stamp = self._stamp
            base = stamp(meta_d["s"])
            cols = meta_d.get("c", {})
            seen = meta_d.get("v", {})
            if type(cols) is not dict or type(seen) is not dict:
                raise TypeError
            cols = {k: stamp(v) for k, v in cols.items()} if cols else {}
            for origin, hlc in seen.items():
                if (hlc, origin) != base or type(hlc) is not int:
                    stamp((hlc, origin))
        except (KeyError, TypeError, ValueError, AttributeError):
            raise self.refuse(_("záznam má neplatná časová razítka")) from None
        return RowMeta(base, cols, dict(seen))

    def _stamp(self, raw) -> tuple[int, str]:
        hlc, origin = raw
        if hlc == 0 and origin == "" and type(hlc) is int:
            return 0, ""              # a stub's "never written" stamp
        if not valid_hlc(hlc) or type(origin) is not str:
            raise ValueError
        if origin not in self._origins:      # a bundle names few origins: match each once
            if not _ORIGIN.match(origin):
                raise ValueError
            self._origins.add(origin)
        if hlc > self.seq_to:
            raise BundleRefused(
                _("Balíček od „{sender_name}“ odmítnut: obsahuje razítko mimo rozsah hodin uvedený "
                  "v manifestu; nic se nenačetlo.").format(sender_name=self.sender_name))
        return hlc, origin

    def check_row(self, codec: TableCodec, values: dict, meta: RowMeta,
                  existing: dict | None, local_meta: RowMeta | None) -> None:
        table = codec.name
        if table in FORBIDDEN.get(self.kind, REFERENCE):
            raise self.refuse(_("{get} nesmí měnit tabulku „{table}“")
                .format(get=kind_label(self.kind), table=table))
        rid = values.get("id")
        if not isinstance(rid, str):
            raise self.refuse(_("záznam nemá platné id"))
        known = local_meta or _NEVER
        novel = existing is None
        if novel:        # every stamp is news: check each distinct one once
            self._check_claim(meta.base, table)
            for stamp in meta.columns.values():
                self._check_claim(stamp, table)
        else:
            for col in codec.columns:
                if col in values:
                    novel |= self._check_origin(meta.stamp(col), known, col, table)
        if self.kind not in RELAYING:
            for origin, hlc in meta.seen.items():
                if origin != self.sender_origin and known.seen.get(origin, -1) < hlc \
                        and not self._lost_own((hlc, origin)):
                    raise self.refuse(_("záznam v tabulce „{table}“ tvrdí, že viděl změny jiné "
                                        "instalace, které tato instalace nezná")
                                            .format(table=table))
        if not novel:
            return           # a row we hold already (a resend): it changes nothing
        if table in NO_NEWS.get(self.kind, ()):
            raise self.refuse(_("{get} nesmí měnit tabulku „{table}“").format(get=kind_label(self.kind), table=table))
        if self.writable is not None:
            self._check_scope(codec, values, existing)
        if existing is None and self.writable is not None:
            # only a laptop's rows are checked against its scope (``_in_scope``): an
            # office's city-sized import would hold every new row's id here
            self.new_ids.setdefault(table, set()).add(rid)

    def _check_origin(self, stamp, local: RowMeta, column: str, table: str) -> bool:
        """True when the stamp is news to us (checked: who may claim it)."""
        current = local.stamp(column)
        if stamp <= current and local.knows(stamp):
            return False               # nothing new: it loses and we have seen it
        self._check_claim(stamp, table)
        return True

    def _check_claim(self, stamp, table: str) -> None:
        """A stamp new to us: may the sender claim it?"""
        if stamp in self._claims:
            return                     # the same stamp passed on another row
        hlc, origin = stamp
        if hlc == 0:
            return                     # a stub's "never written"
        if self._lost_own(stamp):
            self.returned += 1         # ours, lost with a restore, coming back
            return
        if origin == self.my_origin and self.kind not in RELAYING:
            hint = (_("; tato instalace byla zřejmě obnovena ze zálohy jinak než příkazem "
                      "„kmb backup restore“ – obnovte ji jím, pak se vlastní změny vrátí")
                    if self.claims_restore and not self.own_lost else "")
            raise self.refuse(_("obsahuje změnu v tabulce „{table}“ vydávanou za změnu této "
                                "instalace, kterou tu nemáme{hint}").format(table=table, hint=hint))
        if origin in self.revoked and hlc >= self.revoked[origin]:
            raise self.refuse(_("obsahuje změnu v tabulce „{table}“ od odvolané instalace "
                                "provedenou po jejím odvolání").format(table=table))
        if origin != self.sender_origin and self.kind not in RELAYING:
            raise self.refuse(_("obsahuje změnu v tabulce „{table}“ vydávanou za změnu jiné "
                                "instalace").format(table=table))
        if len(self._claims) >= CLAIMS_CACHED:
            self._claims.clear()       # a cache (most rows of one write share a stamp)
        self._claims.add(stamp)

    def _lost_own(self, stamp) -> bool:
        hlc, origin = stamp
        return origin == self.my_origin and any(lo < hlc <= hi for lo, hi in self.own_lost)

    def _check_scope(self, codec: TableCodec, values: dict, existing: dict | None) -> None:
        table, rid = codec.name, values["id"]
        if existing is not None and rid not in self.writable.get(table, ()):
            raise self.refuse(_("mění záznam v tabulce „{table}“ mimo rozsah pracovníka")
                .format(table=table))
        for col, target in codec.references:
            if target in REFERENCE or col not in values:
                continue
            value = values[col]
            if value is None or (existing is not None and existing.get(col) == value):
                continue
            if not self._in_scope(target, value):
                raise self.refuse(_("záznam v tabulce „{table}“ odkazuje mimo rozsah pracovníka")
                    .format(table=table))
        if table == "attachment" and values.get("owner_id") is not None and (
                existing is None or existing.get("owner_id") != values.get("owner_id")):
            if not self._in_scope(values.get("owner_table"), values["owner_id"]):
                raise self.refuse(_("příloha patří k záznamu mimo rozsah pracovníka"))
        if table == "sync_conflict" and existing is None:
            if not self._in_scope(values.get("table_name"), values.get("row_id")):
                raise self.refuse(_("konflikt se týká záznamu mimo rozsah pracovníka"))

    def _in_scope(self, table, rid) -> bool:
        return rid in self.writable.get(table, ()) or rid in self.new_ids.get(table, ())
