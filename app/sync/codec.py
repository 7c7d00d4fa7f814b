"""Column values to and from the bundle's JSON, by column type.

Values travel as JSON scalars (dates as ISO text, decimals as text, enums as
their stored value); binary columns (photos) travel as separate parts named by
their SHA-256 and are referenced as {"$blob": sha}.
"""
from __future__ import annotations

import datetime as dt
import decimal
import enum
import hashlib
from dataclasses import dataclass
from typing import Any, Callable

from sqlalchemy import Date, DateTime, Enum, LargeBinary, Numeric, Table

from models.base import SYNC_BOOKKEEPING, Base, synced_tables


@dataclass
class TableCodec:
    name: str
    table: Table
    columns: list[str]                       # data columns (incl. id), no bookkeeping
    encoders: dict[str, Callable[[Any], Any]]
    decoders: dict[str, Callable[[Any], Any]]
    blob_columns: frozenset[str]

    def encode(self, row: dict, blobs: dict[str, bytes] | None = None) -> dict:
        out = {}
        for col in self.columns:
            value = row.get(col)
            if col in self.blob_columns and value is not None:
                sha = hashlib.sha256(value).hexdigest()
                if blobs is not None:
                    blobs[sha] = value
                out[col] = {"$blob": sha}
            else:
                out[col] = self.encoders[col](value)
        return out

    def decode(self, values: dict, blobs: Callable[[str], bytes] | None = None) -> dict:
        out = {}
        for col in self.columns:
            if col not in values:
                continue
            value = values[col]
            if col in self.blob_columns and isinstance(value, dict):
                out[col] = blobs(value["$blob"]) if blobs else None
            else:
                out[col] = self.decoders[col](value)
        return out


def _ident(v):
    return v


def _enc_date(v):
    return None if v is None else v.isoformat()


def _enc_enum(v):
    return None if v is None else (v.value if isinstance(v, enum.Enum) else v)


def _enc_decimal(v):
    if v is None:
        return None
    return str(v.normalize()) if isinstance(v, decimal.Decimal) else str(v)


def _dec_date(v):
    return None if v is None else dt.date.fromisoformat(v)


def _dec_datetime(v):
    return None if v is None else dt.datetime.fromisoformat(v)


def _dec_decimal(v):
    return None if v is None else decimal.Decimal(v)


def _codec(cls) -> TableCodec:
    table: Table = cls.__table__
    encoders, decoders, blobs = {}, {}, set()
    columns = [c.name for c in table.columns if c.name not in SYNC_BOOKKEEPING]
    for c in table.columns:
        if c.name in SYNC_BOOKKEEPING:
            continue
        t = c.type
        if isinstance(t, DateTime):
            encoders[c.name], decoders[c.name] = _enc_date, _dec_datetime
        elif isinstance(t, Date):
            encoders[c.name], decoders[c.name] = _enc_date, _dec_date
        elif isinstance(t, Enum):
            enum_cls = t.enum_class
            encoders[c.name] = _enc_enum
            decoders[c.name] = (lambda v, e=enum_cls: None if v is None else e(v)) \
                if enum_cls else _ident
        elif isinstance(t, Numeric) and t.asdecimal:
            encoders[c.name], decoders[c.name] = _enc_decimal, _dec_decimal
        elif isinstance(t, LargeBinary):
            blobs.add(c.name)
            encoders[c.name], decoders[c.name] = _ident, _ident
        else:
            encoders[c.name], decoders[c.name] = _ident, _ident
    return TableCodec(table.name, table, columns, encoders, decoders, frozenset(blobs))


_CODECS: dict[str, TableCodec] | None = None


def codecs() -> dict[str, TableCodec]:
    """Codecs of every synchronised table, in dependency (foreign key) order."""
    global _CODECS
    if _CODECS is None:
        _CODECS = {cls.__tablename__: _codec(cls) for cls in synced_tables()}
    return _CODECS


def table_names() -> list[str]:
    return list(codecs())


assert Base  # the metadata must be fully imported before codecs are built
