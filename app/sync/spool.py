"""An encrypted scratch file: the parts of a bundle, written and read back in
1 MiB frames, so that neither export nor import holds a whole bundle in memory.

Each frame is sealed with AES-256-GCM under a key that exists only in this
process's memory (nonce = frame number), in an unnamed temporary file (removed
by the system when closed or when the process dies). Nothing readable ever
reaches the disk, and a frame changed on disk between two reads fails its tag
instead of being read: what was hashed is what is parsed.
"""
from __future__ import annotations

import io
import os
import tempfile

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

FRAME = 1 << 20
TAG = 16


class SpoolDamaged(Exception):
    """A frame of the scratch file did not decrypt (changed on disk)."""


class Spool(io.RawIOBase):
    """Append with ``write``; after ``finish``, a seekable reader of what was written."""

    def __init__(self):
        self._aead = AESGCM(AESGCM.generate_key(bit_length=256))
        self._file = tempfile.TemporaryFile(prefix="kmb-spool-")
        self._pending = bytearray()
        self._frames = 0
        self.size = 0              # bytes written (plaintext)
        self._finished = False
        self._pos = 0
        self._cached = (-1, b"")   # (frame number, plaintext) last read

    # -- writing --------------------------------------------------------------------
    def writable(self) -> bool:
        return not self._finished

    def write(self, data) -> int:
        self._pending += data
        self.size += len(data)
        while len(self._pending) >= FRAME:
            # sealed from a view: a frame is not copied twice before encryption
            with memoryview(self._pending) as view, view[:FRAME] as frame:
                self._seal(frame)
            del self._pending[:FRAME]
        return len(data)

    def _seal(self, plain: bytes) -> None:
        nonce = self._frames.to_bytes(12, "big")
        self._file.write(self._aead.encrypt(nonce, plain, None))
        self._frames += 1

    def finish(self) -> Spool:
        """No more writing: the last partial frame is sealed; reading starts at 0."""
        if not self._finished:
            if self._pending:
                self._seal(bytes(self._pending))
                self._pending = bytearray()
            self._file.flush()
            self._finished = True
        return self

    # -- reading --------------------------------------------------------------------
    def readable(self) -> bool:
        return self._finished

    def seekable(self) -> bool:
        return self._finished

    def tell(self) -> int:
        return self._pos if self._finished else self.size

    def seek(self, offset: int, whence: int = os.SEEK_SET) -> int:
        base = {os.SEEK_SET: 0, os.SEEK_CUR: self._pos, os.SEEK_END: self.size}[whence]
        self._pos = max(base + offset, 0)
        return self._pos

    def _frame(self, n: int) -> bytes:
        if self._cached[0] != n:
            self._cached = (-1, b"")     # the old frame is let go before the new is read
            self._file.seek(n * (FRAME + TAG))
            sealed = self._file.read(FRAME + TAG)
            try:
                plain = self._aead.decrypt(n.to_bytes(12, "big"), sealed, None)
            except InvalidTag:
                raise SpoolDamaged from None
            self._cached = (n, plain)
        return self._cached[1]

    def readinto(self, buffer) -> int:
        view, done = memoryview(buffer).cast("B"), 0
        while done < len(view) and self._pos < self.size:
            n, offset = divmod(self._pos, FRAME)
            frame = self._frame(n)
            count = min(len(view) - done, len(frame) - offset)
            view[done:done + count] = frame[offset:offset + count]
            self._pos += count
            done += count
        return done

    def close(self) -> None:
        if not self.closed:
            self._file.close()
            self._cached = (-1, b"")
        super().close()
