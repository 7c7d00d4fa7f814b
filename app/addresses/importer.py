"""``kmb addresses import FILE`` and Nastavení → Obce a lokality: load ČÚZK's
address points into the local table ``ruian_address``.

Everything in one transaction: a bad row anywhere stores nothing. A
municipality in the file replaces that municipality's earlier rows (a newer
monthly export), others stay. Rows go in with ``executemany`` in batches, so
100 000 points take seconds."""
from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import delete, func, insert, select
from sqlalchemy.exc import IntegrityError

from models.addresses import RuianAddress

from .. import audit
from ..db import Database
from ..errors import Cancelled, ValidationError
from ..security import Actor, Permission
from . import ruian_file
from ..i18n import _

BATCH = 5000


@dataclass(frozen=True)
class ImportResult:
    files: int
    addresses: int
    municipalities: list[str]      # names, in the file's order
    total_addresses: int           # in the table afterwards


def import_addresses(db: Database, actor: Actor, path: str,
                     progress: Callable[[str, int], None] | None = None,
                     cancelled: Callable[[], bool] | None = None) -> ImportResult:
    actor.require(Permission.SETTINGS)
    files = ruian_file.sources(path)
    digest = hashlib.sha256(Path(path).read_bytes()).hexdigest()
    report = progress or (lambda _text, _pct: None)
    seen: set[int] = set()
    names: dict[int, str] = {}
    count = 0
    with db.transaction() as s:
        for i, (name, data) in enumerate(files):
            points = list(ruian_file.rows(name, data))
            _check_unique(name, points, seen)
            codes = {p["municipality_code"] for p in points}
            names.update((p["municipality_code"], p["municipality"]) for p in points)
            s.execute(delete(RuianAddress).where(RuianAddress.municipality_code.in_(codes)))
            for start in range(0, len(points), BATCH):
                if cancelled and cancelled():
                    raise Cancelled(_("Import adres byl zrušen, nic se neuložilo."))
                try:
                    s.execute(insert(RuianAddress), points[start:start + BATCH])
                except IntegrityError:
                    raise ValidationError(
                        _("{name}: adresní místo s tímto kódem ADM už je uloženo u jiné obce. "
                          "Naimportujte celý aktuální archiv ČÚZK.").format(name=name)) from None
                count += len(points[start:start + BATCH])
                report(f"{name}: {count} adres", int(100 * (i + 1) / len(files)))
        if not count:
            raise ValidationError(_("Soubor neobsahuje žádné adresní místo."), field="path")
        if cancelled and cancelled():
            raise Cancelled(_("Import adres byl zrušen, nic se neuložilo."))
        total = s.scalar(select(func.count()).select_from(RuianAddress))
        audit.record(s, actor, "import", "ruian_address", None,
                     {"file": Path(path).name, "sha256": digest, "files": len(files),
                      "addresses": count, "municipalities": sorted(names)})
    return ImportResult(len(files), count, list(names.values()), total)


def _check_unique(name: str, points: list[dict], seen: set[int]) -> None:
    for p in points:
        if p["code"] in seen:
            raise ValidationError(_("{name}: kód ADM {code} je v importu dvakrát.").format(name=name, code=p['code']))
        seen.add(p["code"])
