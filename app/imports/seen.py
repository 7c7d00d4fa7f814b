"""What the rows of this file already were, kept out of Python's memory: a
50,000-row import would otherwise hold every key it met (for the
"stejná osoba už je na řádku 12" check, for the preview's own new persons)
and its memory would grow with the file.

A private SQLite file in the temporary folder, gone when the import ends.
It holds no personal data: every key is a keyed BLAKE2b digest under a
random secret that lives only in this object, and a rodné číslo kept for a
comparison is stored the same way. A fixed bit array (a Bloom filter of
1 MB, whatever the file's size) answers "never seen" without asking the file,
which is the answer for almost every row."""
from __future__ import annotations

import hashlib
import secrets
import shutil
import sqlite3
import tempfile
from pathlib import Path


BLOOM_BYTES = 1 << 20
_BLOOM_MASK = BLOOM_BYTES * 8 - 1


def _positions(k: bytes) -> tuple[int, int, int]:
    n = int.from_bytes(k[:12], "little")
    return n & _BLOOM_MASK, (n >> 32) & _BLOOM_MASK, (n >> 64) & _BLOOM_MASK


class Seen:
    def __init__(self) -> None:
        self._secret = secrets.token_bytes(32)
        self._dir = Path(tempfile.mkdtemp(prefix="import-keys-"))
        self._db = sqlite3.connect(self._dir / "keys.sqlite", isolation_level=None)
        # a scratch file: nothing to recover after a crash, so no journal
        self._db.execute("PRAGMA journal_mode = OFF")
        self._db.execute("PRAGMA synchronous = OFF")
        self._db.execute("CREATE TABLE seen (k BLOB PRIMARY KEY, line INTEGER, ref TEXT, "
                         "extra BLOB) WITHOUT ROWID")
        self._pending: dict[bytes, tuple] = {}
        self._bits = bytearray(BLOOM_BYTES)

    def digest(self, key: tuple) -> bytes:
        return hashlib.blake2b(repr(key).encode(), key=self._secret, digest_size=16).digest()

    def get(self, key: tuple) -> tuple[int, str | None, bytes | None] | None:
        """(line, ref, extra) of a key met earlier in the file, or None."""
        k = self.digest(key)
        bits = self._bits
        if not all(bits[i >> 3] & (1 << (i & 7)) for i in _positions(k)):
            return None
        hit = self._pending.get(k)
        if hit is not None:
            return hit
        return self._db.execute("SELECT line, ref, extra FROM seen WHERE k = ?", (k,)).fetchone()

    def add(self, key: tuple, line: int, ref: str | None = None,
            extra: bytes | None = None) -> None:
        """Remembered until ``save`` writes the chunk's keys in one go; the
        first row of a key stays its line."""
        self._add(self.digest(key), (line, ref, extra))

    def _add(self, k: bytes, value: tuple) -> None:
        for i in _positions(k):
            self._bits[i >> 3] |= 1 << (i & 7)
        self._pending.setdefault(k, value)

    def get_or_add(self, key: tuple, line: int) -> tuple | None:
        """``get``, and ``add`` when the key is new (one digest, not two)."""
        k = self.digest(key)
        bits = self._bits
        if all(bits[i >> 3] & (1 << (i & 7)) for i in _positions(k)):
            hit = self._pending.get(k) or self._db.execute(
                "SELECT line, ref, extra FROM seen WHERE k = ?", (k,)).fetchone()
            if hit is not None:
                return hit
        self._add(k, (line, None, None))
        return None

    def save(self) -> None:
        if self._pending:
            # one transaction: in autocommit every row would be written out alone
            with self._db:
                self._db.execute("BEGIN")
                self._db.executemany("INSERT OR IGNORE INTO seen VALUES (?, ?, ?, ?)",
                                     [(k, *v) for k, v in sorted(self._pending.items())])
            self._pending.clear()

    def close(self) -> None:
        self._db.close()
        shutil.rmtree(self._dir, ignore_errors=True)
