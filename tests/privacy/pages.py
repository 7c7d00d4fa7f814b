"""Every page of an SQLCipher file decrypted, free pages and WAL frames too:
what an attacker with the key would find, not only what SQL still shows.
SQLCipher 4 with a raw key: AES-256-CBC per page, the IV in the reserved
tail (16 bytes IV + 64 bytes HMAC-SHA512), page 1 starts with the salt."""
from __future__ import annotations

from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

PAGE = 4096
RESERVE = 80
WAL_HEADER, FRAME_HEADER = 32, 24


def _decrypt_page(key: bytes, page: bytes, first: bool) -> bytes:
    start = 16 if first else 0
    body = page[start:PAGE - RESERVE]
    iv = page[PAGE - RESERVE:PAGE - RESERVE + 16]
    dec = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    return dec.update(body) + dec.finalize()


def decrypted_content(path: Path, key: bytes) -> bytes:
    """All pages of the database file and of its WAL, decrypted and joined."""
    out = []
    data = Path(path).read_bytes()
    for n in range(0, len(data) // PAGE):
        out.append(_decrypt_page(key, data[n * PAGE:(n + 1) * PAGE], n == 0))
    wal = Path(f"{path}-wal")
    if wal.exists():
        raw = wal.read_bytes()
        pos = WAL_HEADER
        while pos + FRAME_HEADER + PAGE <= len(raw):
            page_no = int.from_bytes(raw[pos:pos + 4], "big")
            frame = raw[pos + FRAME_HEADER:pos + FRAME_HEADER + PAGE]
            out.append(_decrypt_page(key, frame, page_no == 1))
            pos += FRAME_HEADER + PAGE
    return b"".join(out)
