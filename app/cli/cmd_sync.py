"""Offline exchange commands: keys, peers, bundles, conflicts."""
from __future__ import annotations

import sys
from pathlib import Path

from ..errors import KmbError
from .cmd_basic import acting, open_for
from .output import emit
from ..i18n import N_, _


def register(sub, common) -> None:
    keys = sub.add_parser("keys", parents=[common], help=_("klíče této instalace"))
    ks = keys.add_subparsers(dest="keys_command", metavar=_("AKCE"), required=True)
    p = ks.add_parser("card", parents=[common], help=_("uložit kartu instalace pro partnera"))
    p.add_argument("-o", "--output", required=True, metavar=_("SOUBOR"))
    p.set_defaults(func=cmd_card)
    p = ks.add_parser("show", parents=[common], help=_("název, id a otisk této instalace"))
    p.set_defaults(func=cmd_show)

    peers = sub.add_parser("peers", parents=[common], help=_("partnerské instalace"))
    ps = peers.add_subparsers(dest="peers_command", metavar=_("AKCE"), required=True)
    p = ps.add_parser("add", parents=[common], help=_("přidat partnera z jeho karty"))
    p.add_argument("card", metavar=_("SOUBOR"))
    p.add_argument("--scope", metavar=_("worker:ID|cases"),
                   help=_("posílat jen případy tohoto pracovníka (terénní notebook), nebo "
                          "cases: partnerské kanceláři jen případy se souhlasem klienta"))
    p.add_argument("--kind", choices=["office", "partner", "laptop"],
                   help=_("druh partnera: vlastní kancelář (výchozí), partnerská kancelář, "
                        "terénní notebook (s --scope)"))
    p.set_defaults(func=cmd_peer_add)
    p = ps.add_parser("list", parents=[common], help=_("vypsat partnery"))
    p.add_argument("--format", choices=["table", "csv", "json"], default="table")
    p.set_defaults(func=cmd_peer_list)
    p = ps.add_parser("revoke", parents=[common], help=_("odvolat partnera (ztracený notebook)"))
    p.add_argument("peer", metavar=_("ID"))
    p.set_defaults(func=cmd_peer_revoke)
    p = ps.add_parser("scope", parents=[common], help=_("změnit rozsah dat pro partnera"))
    p.add_argument("peer", metavar=_("ID"))
    p.add_argument("scope", metavar=_("worker:ID|cases|all"))
    p.set_defaults(func=cmd_peer_scope)

    bundle = sub.add_parser("bundle", parents=[common], help=_("výměna dat balíčky"))
    bs = bundle.add_subparsers(dest="bundle_command", metavar=_("AKCE"), required=True)
    p = bs.add_parser("export", parents=[common], help=_("vytvořit balíček pro partnera"))
    p.add_argument("--to", required=True, metavar=_("PARTNER"))
    p.add_argument("--scope", metavar=_("worker:ID"),
                   help=_("rozsah (jinak ten uložený u partnera)"))
    p.add_argument("--full", action="store_true", help=_("poslat vše, i co partner potvrdil"))
    p.add_argument("--archive", action="store_true",
                   help=_("zašifrovat i pro tuto instalaci (archiv)"))
    p.add_argument("-o", "--output", required=True, metavar=_("SOUBOR.kmbx"))
    p.set_defaults(func=cmd_export)
    p = bs.add_parser("import", parents=[common], help=_("načíst balíček od partnera"))
    p.add_argument("file", metavar=_("SOUBOR.kmbx"))
    p.set_defaults(func=cmd_import)

    conflicts = sub.add_parser("conflicts", parents=[common], help=_("konflikty souběžných úprav"))
    cs = conflicts.add_subparsers(dest="conflicts_command", metavar=_("AKCE"), required=True)
    p = cs.add_parser("list", parents=[common], help=_("vypsat nevyřešené konflikty"))
    p.add_argument("--all", action="store_true", help=_("i vyřešené"))
    p.add_argument("--format", choices=["table", "csv", "json"], default="table")
    p.set_defaults(func=cmd_conflicts)
    p = cs.add_parser("resolve", parents=[common], help=_("ponechat vítěze nebo obnovit druhou hodnotu"))
    p.add_argument("conflict", metavar=_("ID"))
    p.add_argument("action", choices=["keep", "restore"])
    p.set_defaults(func=cmd_resolve)


def _progress():
    return lambda text, pct: sys.stderr.write(f"\r{pct:3d} % {text:<30}") if sys.stderr.isatty() \
        else None


def cmd_card(args) -> int:
    from ..files import write_atomic
    from ..sync.identity import contact_card, own_identity
    db = open_for(args)
    try:
        data = contact_card(db, acting(db, args))
        me = own_identity(db)
    finally:
        db.close()
    write_atomic(args.output, data)
    print(_("Karta instalace „{name}“ uložena do {output}. Otisk: {fingerprint}")
        .format(name=me.name, output=args.output, fingerprint=me.fingerprint))
    return 0


def cmd_show(args) -> int:
    from ..sync.identity import own_identity
    db = open_for(args)
    try:
        me = own_identity(db)
    finally:
        db.close()
    print(_("{name}\nid: {id}\notisk: {fingerprint}")
        .format(name=me.name, id=me.id, fingerprint=me.fingerprint))
    return 0


def cmd_peer_add(args) -> int:
    from ..sync.identity import add_peer
    try:
        data = Path(args.card).read_bytes()
    except OSError as exc:
        raise KmbError(_("Kartu {card} nelze přečíst: {strerror}.")
            .format(card=args.card, strerror=exc.strerror)) from None
    db = open_for(args)
    try:
        peer = add_peer(db, acting(db, args), data, scope=args.scope, kind=args.kind)
    finally:
        db.close()
    print(_("Přidán partner „{name}“ (id {id}). Ověřte otisk telefonem: {fingerprint}")
        .format(name=peer.name, id=peer.id, fingerprint=peer.fingerprint))
    return 0


def cmd_peer_list(args) -> int:
    from ..formatting import format_datetime
    from ..sync.identity import list_peers
    from ..sync.trust import kind_label
    db = open_for(args)
    try:
        peers = list_peers(db, acting(db, args))
    finally:
        db.close()
    rows = [dict(id=p.id, name=p.name, fingerprint=p.fingerprint, scope=p.scope,
                 kind=kind_label(p.kind),
                 added_at=p.added_at, revoked_at=p.revoked_at, acked_seq=p.acked_seq,
                 state=_("odvolán") if p.revoked_at else _("aktivní")) for p in peers]
    emit(rows, [("name", N_("Partner")), ("kind", N_("Druh")), ("fingerprint", N_("Otisk")), ("state", N_("Stav")),
                ("scope", N_("Rozsah")), ("added_at", N_("Přidán"), format_datetime), ("id", "ID")],
         args.format)
    return 0


def cmd_peer_revoke(args) -> int:
    from ..sync.identity import revoke_peer
    db = open_for(args)
    try:
        peer = revoke_peer(db, acting(db, args), args.peer)
    finally:
        db.close()
    print(_("Partner „{name}“ je odvolán; jeho balíčky se už nenačtou.").format(name=peer.name))
    return 0


def cmd_peer_scope(args) -> int:
    from ..sync.identity import set_scope
    from ..sync.scope import valid_scope
    scope = None if args.scope == "all" else args.scope
    if not valid_scope(scope):
        raise KmbError(_("Rozsah zadejte jako worker:ID_UŽIVATELE, cases (partnerovi jen "
                         "případy se souhlasem klienta) nebo all."))
    db = open_for(args)
    try:
        peer = set_scope(db, acting(db, args), args.peer, scope)
    finally:
        db.close()
    shown = {None: _("vše"), "cases": _("jen případy se souhlasem klienta")}.get(
        peer.scope, peer.scope)
    print(_("Partner „{name}“: rozsah {v3}.").format(name=peer.name, v3=shown))
    return 0


def cmd_export(args) -> int:
    from ..sync.export import export_bundle
    from ..sync.identity import set_scope
    db = open_for(args)
    try:
        actor = acting(db, args)
        if args.scope:
            set_scope(db, actor, args.to, args.scope)
        summary = export_bundle(db, actor, args.to, args.output, full=args.full,
                                archive=args.archive, progress=_progress())
    finally:
        db.close()
    if sys.stderr.isatty():
        sys.stderr.write("\n")
    for warning in summary.warnings:
        sys.stderr.write(_("Upozornění: {warning}\n").format(warning=warning))
    print(_("Balíček pro „{peer_name}“: {rows} záznamů, {v5:.0f} kB → {path}")
        .format(peer_name=summary.peer_name, rows=summary.rows, v5=summary.size / 1024, path=summary.path))
    return 0


def cmd_import(args) -> int:
    from ..sync.importer import import_bundle
    db = open_for(args)
    try:
        summary = import_bundle(db, acting(db, args), args.file, progress=_progress())
    finally:
        db.close()
    if sys.stderr.isatty():
        sys.stderr.write("\n")
    print(summary.line())
    return 0


def cmd_conflicts(args) -> int:
    from ..sync import conflicts as conflict_service
    db = open_for(args)
    try:
        items = conflict_service.list_conflicts(db, acting(db, args), include_resolved=args.all)
    finally:
        db.close()
    rows = [dict(id=c.id, record=c.record, table=c.table, row_id=c.row_id, field=c.column,
                 kept=c.kept, kept_by=c.kept_by, kept_at=c.kept_at, lost=c.lost,
                 lost_by=c.lost_by, lost_at=c.lost_at, resolution=c.resolution) for c in items]
    emit(rows, [("record", N_("Záznam")), ("field", N_("Pole")), ("kept", N_("Platí")),
                ("kept_by", N_("Kdo")), ("lost", N_("Přepsáno")), ("lost_by", N_("Kdo")),
                ("resolution", N_("Vyřešeno")), ("id", "ID")], args.format)
    return 0


def cmd_resolve(args) -> int:
    from ..sync import conflicts as conflict_service
    db = open_for(args)
    try:
        if args.action == "keep":
            conflict_service.keep_winner(db, acting(db, args), args.conflict)
        else:
            conflict_service.restore_loser(db, acting(db, args), args.conflict)
    finally:
        db.close()
    print(_("Konflikt vyřešen."))
    return 0
