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

    def __post_init__(self) -> None:
        # (column, referenced table) of references to other synchronised tables
        self.references = [(fk.parent.name, fk.column.table.name)
                           for fk in self.table.foreign_keys
                           if getattr(fk.column.table, "name", None) in _synced_names()]
        # (position, encoder) of the columns that need one; the rest pass as they are
        self._encode_at = [(i, self.encoders[c]) for i, c in enumerate(self.columns)
                           if self.encoders[c] is not _ident and c not in self.blob_columns]
        self._blob_at = [i for i, c in enumerate(self.columns) if c in self.blob_columns]
        self._decode_cols = [(c, self.decoders[c]) for c in self.columns
                             if self.decoders[c] is not _ident and c not in self.blob_columns]
        self._raw = [(c, _raw_converter(self.table.c[c].type) if c not in self.blob_columns
                      else _blob) for c in self.columns]
        self._defaults = {c: self.table.c[c].default.arg for c in self.columns
                          if self.table.c[c].default is not None
                          and not callable(self.table.c[c].default.arg)}
        # sqlite_row: (column, default) to read, then (position, converter) to apply
        self._get = [(c, self._defaults.get(c)) for c in self.columns]
        self._raw_at = [(i, conv) for i, (_, conv) in enumerate(self._raw) if conv is not None]
        self._fills = list(LOCAL_ON_INSERT.get(self.name, {}).values())

    def encode_tuple(self, row, blobs: dict[str, bytes] | None = None) -> list:
        """A row selected in ``self.columns`` order → list of JSON values (fast path)."""
        out = list(row)
        for i, enc in self._encode_at:
            out[i] = enc(out[i])
        for i in self._blob_at:
            if out[i] is not None:
                sha = hashlib.sha256(out[i]).hexdigest()
                if blobs is not None:
                    blobs[sha] = out[i]
                out[i] = {"$blob": sha}
        return out

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

    def sqlite_insert(self) -> str:
        cols = [*self.columns, *LOCAL_ON_INSERT.get(self.name, {}), "sync_meta", "sync_seq"]
        names = ", ".join(f'"{c}"' for c in cols)
        return f'INSERT INTO "{self.name}" ({names}) VALUES ({", ".join("?" * len(cols))})'

    def sqlite_row(self, values: dict, meta_json: str, seq: int, blobs,
                   ordered: bool = False) -> tuple:
        """Encoded values → the exact values SQLAlchemy would store in SQLite
        (a fast path for bulk inserts; a test compares it with the ORM's storage).
        ``ordered``: ``values`` holds exactly ``self.columns``, in that order."""
        if ordered:
            out = list(values.values())
        else:
            get = values.get
            out = [get(col, default) for col, default in self._get]
        for i, conv in self._raw_at:
            value = out[i]
            if value is not None:
                out[i] = conv(value) if conv is not _blob else blobs(value["$blob"])
        for fill in self._fills:
            out.append(fill(values))
        out.append(meta_json)
        out.append(seq)
        return tuple(out)

    def decode_fast(self, values: dict, blobs: Callable[[str], bytes] | None = None) -> dict:
        """Like decode, touching only the columns whose type needs converting."""
        out = dict(values)
        for col, dec in self._decode_cols:
            if col in out:
                out[col] = dec(out[col])
        for col in self.blob_columns:
            value = out.get(col)
            if isinstance(value, dict):
                out[col] = blobs(value["$blob"]) if blobs else None
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


# Local columns a row received from a peer gets here (they never travel).
# A worker from a peer has no login here: a user name no one can sign in with.
LOCAL_ON_INSERT: dict[str, dict[str, Callable[[dict], Any]]] = {
    "user": {"username": lambda values: "~" + values["id"], "active": lambda values: True,
             "role": lambda values: "social_worker"},
}


def local_on_insert(table: str, values: dict) -> dict:
    return {col: fill(values) for col, fill in LOCAL_ON_INSERT.get(table, {}).items()}


def _synced_names() -> set[str]:
    return {cls.__tablename__ for cls in synced_tables()}


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


def _blob(v):  # marker: a {"$blob": sha} reference resolved by the caller
    return v


def _raw_datetime(v: str) -> str:
    # SQLAlchemy stores "YYYY-MM-DD HH:MM:SS.ffffff" in SQLite
    text = v.replace("T", " ")
    return text if "." in text else text + ".000000"


def _raw_converter(t):
    if isinstance(t, DateTime):
        return _raw_datetime
    if isinstance(t, Numeric) and not isinstance(t, (Date, DateTime)):
        return float
    if isinstance(t, Enum) and t.enum_class is not None:
        return None            # stored as its value, which is what travels
    return None


def _codec(cls) -> TableCodec:
    table: Table = cls.__table__
    encoders, decoders, blobs = {}, {}, set()
    local = SYNC_BOOKKEEPING | getattr(cls, "__sync_local__", frozenset())
    columns = ["id"] + [c.name for c in table.columns if c.name not in local and c.name != "id"]
    for c in table.columns:
        if c.name in local:
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
