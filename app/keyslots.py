"""Key slots: the database key, wrapped once per user (DESIGN.md "Security").

Every installation database is encrypted by SQLCipher with one random 256-bit
key. The key is never stored in plaintext: beside the database lies a small
JSON file (``kmb.sqlite.keys``) holding one *slot* per user — the key
encrypted with AES-256-GCM under a key derived from that user's password by
Argon2id. The file must be readable before the database is open, so it holds
no secret: salts, KDF costs, nonces, ciphertexts, and a failed-attempt counter
for the sign-in back-off. Each slot's user name, KDF parameters and database
id are authenticated (AES-GCM associated data), so renaming or moving a slot
does not let one person sign in as another.

The recovery key printed at ``kmb init`` *is* the database key (with a
checksum, in groups of five letters): it opens the database and its backups
even when this file is lost.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import secrets
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from .errors import DatabaseProblem, KmbError

FORMAT = "kmb-keyslots/1"
KEY_BYTES = 32
SUFFIX = ".keys"
MAX_FAILURES_FREE = 5          # attempts before the back-off starts
MAX_BACKOFF = 300.0            # seconds
_PENDING_LIMIT = 200           # failed attempts kept for the audit trail


@dataclass(frozen=True)
class KdfCost:
    """Argon2id cost. Stored per slot, so old slots keep opening when the
    default rises, and tests can make cheap (but real) slots."""
    time_cost: int = 3
    memory_kib: int = 64 * 1024
    parallelism: int = 4


DEFAULT_COST = KdfCost()
# The demo's password is printed in the README: a slow KDF would protect nothing.
DEMO_COST = KdfCost(time_cost=1, memory_kib=8 * 1024, parallelism=1)
_MAX_MEMORY_KIB = 1024 * 1024  # a tampered file must not make us allocate more


class SignInRefused(KmbError):
    """Wrong user name or password, back-off, wrong recovery key (CLI exit 3)."""
    exit_code = 3


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def new_key() -> bytes:
    return secrets.token_bytes(KEY_BYTES)


def keys_path(db_path: Path) -> Path:
    return Path(f"{db_path}{SUFFIX}")


def derive(password: str, kdf: dict) -> bytes:
    """The wrapping key of a slot: Argon2id over the password with the slot's salt."""
    memory = int(kdf["m"])
    if not 8 <= memory <= _MAX_MEMORY_KIB or not 1 <= int(kdf["t"]) <= 20 \
            or not 1 <= int(kdf["p"]) <= 16:
        raise DatabaseProblem("Soubor klíčů databáze je poškozený (neplatné parametry).")
    return hash_secret_raw(password.encode("utf-8"), _unb64(kdf["salt"]), time_cost=int(kdf["t"]),
                           memory_cost=memory, parallelism=int(kdf["p"]),
                           hash_len=int(kdf.get("len", 32)), type=Type.ID,
                           version=int(kdf.get("v", 19)))


def _new_kdf(cost: KdfCost) -> dict:
    return {"alg": "argon2id", "t": cost.time_cost, "m": cost.memory_kib,
            "p": cost.parallelism, "salt": _b64(secrets.token_bytes(16))}


def kdf_from_phc(phc: str) -> dict | None:
    """Slot parameters reproducing an existing Argon2id password hash (upgrade
    from a plaintext release: the stored hash *is* the derived key, so every
    user keeps signing in with the same password; re-wrapped at first sign-in)."""
    try:
        _, alg, version, params, salt, digest = phc.split("$")
        if alg != "argon2id":
            return None
        values = dict(item.split("=") for item in params.split(","))
        pad = lambda s: s + "=" * (-len(s) % 4)  # noqa: E731
        raw_salt = base64.b64decode(pad(salt))
        length = len(base64.b64decode(pad(digest)))
        return {"alg": "argon2id", "t": int(values["t"]), "m": int(values["m"]),
                "p": int(values["p"]), "salt": _b64(raw_salt), "len": length,
                "v": int(version.split("=")[1])}
    except (ValueError, KeyError, IndexError):
        return None


class KeyFile:
    """The slots of one database (loaded from / saved to its ``.keys`` file)."""

    def __init__(self, path: Path, data: dict):
        self.path = path
        self.data = data

    # -- creating and storing ----------------------------------------------------
    @classmethod
    def create(cls, db_path: Path, key: bytes, *, demo: bool = False) -> "KeyFile":
        database = secrets.token_hex(16)
        data = {"format": FORMAT, "database": database, "demo": demo,
                "check": _b64(_check_value(key, database)), "slots": [],
                "failures": {"count": 0, "last": 0.0, "pending": []}}
        return cls(keys_path(db_path), data)

    @classmethod
    def load(cls, db_path: Path) -> "KeyFile":
        path = keys_path(db_path)
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise DatabaseProblem(
                f"Chybí soubor klíčů {path.name} vedle databáze. Obnovte ho ze zálohy, "
                "nebo databázi otevřete klíčem pro obnovu.") from None
        except (OSError, ValueError):
            raise DatabaseProblem(f"Soubor klíčů {path} je poškozený.") from None
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise DatabaseProblem(f"Soubor {path} není soubor klíčů KMB Desk.")
        data.setdefault("failures", {"count": 0, "last": 0.0, "pending": []})
        return cls(path, data)

    @classmethod
    def from_json(cls, path: Path, text: str) -> "KeyFile":
        data = json.loads(text)
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise DatabaseProblem("Záloha nemá platný soubor klíčů.")
        return cls(path, data)

    def to_json(self, *, with_failures: bool = True) -> str:
        data = dict(self.data)
        if not with_failures:
            data["failures"] = {"count": 0, "last": 0.0, "pending": []}
        return json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True)

    def save(self, path: Path | None = None) -> None:
        """Atomic and owner-only (mkstemp creates 0600)."""
        target = Path(path or self.path)
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                fh.write(self.to_json())
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, target)
        except OSError as exc:
            Path(tmp).unlink(missing_ok=True)
            raise DatabaseProblem(f"Soubor klíčů {target} nelze zapsat: {exc.strerror}.") from None

    # -- slots ---------------------------------------------------------------------
    @property
    def database(self) -> str:
        return self.data["database"]

    @property
    def demo(self) -> bool:
        return bool(self.data.get("demo"))

    def usernames(self) -> list[str]:
        return [s["user"] for s in self.data["slots"]]

    def slot(self, username: str) -> dict | None:
        return next((s for s in self.data["slots"] if s["user"] == username), None)

    def _aad(self, username: str, kdf: dict) -> bytes:
        return json.dumps([FORMAT, self.database, username, kdf], sort_keys=True).encode()

    def set_slot(self, username: str, password: str, key: bytes,
                 cost: KdfCost | None = None, *, kdf: dict | None = None) -> None:
        """Wrap ``key`` for ``username`` (a new slot, or a re-wrap replacing the old)."""
        self.verify_key(key)
        kdf = kdf or _new_kdf(cost or DEFAULT_COST)
        nonce = secrets.token_bytes(12)
        wrapped = AESGCM(derive(password, kdf)).encrypt(nonce, key, self._aad(username, kdf))
        self.remove_slot(username)
        self.data["slots"].append({"user": username, "kdf": kdf, "nonce": _b64(nonce),
                                   "wrapped": _b64(wrapped), "legacy": False})

    def set_legacy_slot(self, username: str, phc: str, key: bytes) -> bool:
        """A slot from an existing Argon2id hash (see ``kdf_from_phc``)."""
        kdf = kdf_from_phc(phc)
        if kdf is None:
            return False
        pad = lambda s: s + "=" * (-len(s) % 4)  # noqa: E731
        wrapping = base64.b64decode(pad(phc.split("$")[-1]))
        nonce = secrets.token_bytes(12)
        wrapped = AESGCM(_to_aes_key(wrapping)).encrypt(nonce, key, self._aad(username, kdf))
        self.remove_slot(username)
        self.data["slots"].append({"user": username, "kdf": kdf, "nonce": _b64(nonce),
                                   "wrapped": _b64(wrapped), "legacy": True})
        return True

    def remove_slot(self, username: str) -> None:
        self.data["slots"] = [s for s in self.data["slots"] if s["user"] != username]

    def unwrap(self, username: str, password: str) -> bytes | None:
        """The database key, or None. An unknown user costs one Argon2 run too,
        so that the answer's timing does not tell which names exist."""
        slot = self.slot(username)
        if slot is None:
            derive(password or "", _new_kdf(DEFAULT_COST))
            return None
        try:
            wrapping = _to_aes_key(derive(password or "", slot["kdf"]))
            key = AESGCM(wrapping).decrypt(_unb64(slot["nonce"]), _unb64(slot["wrapped"]),
                                           self._aad(username, slot["kdf"]))
        except (InvalidTag, ValueError, KeyError, TypeError):
            return None
        return key if self.key_matches(key) else None

    # -- the key itself ------------------------------------------------------------
    def key_matches(self, key: bytes) -> bool:
        return hmac.compare_digest(_check_value(key, self.database), _unb64(self.data["check"]))

    def verify_key(self, key: bytes) -> None:
        if not self.key_matches(key):
            raise SignInRefused("Klíč nepatří k této databázi.")

    # -- failed attempts -----------------------------------------------------------
    def wait_seconds(self, now: float | None = None) -> float:
        """How long the sign-in must still wait (0 = may try now)."""
        f = self.data["failures"]
        if f["count"] < MAX_FAILURES_FREE:
            return 0.0
        delay = min(MAX_BACKOFF, 2.0 ** (f["count"] - MAX_FAILURES_FREE + 1))
        return max(0.0, f["last"] + delay - (now or time.time()))

    def note_failure(self, username: str, *, now: float | None = None,
                     recovery: bool = False) -> None:
        """A wrong password (counts toward the back-off) or a wrong recovery
        key (kept for the audit only: 256 random bits are not guessed)."""
        f = self.data["failures"]
        at = now or time.time()
        entry = {"username": (username or "")[:40], "at": at, "attempt": f["count"] + 1}
        if recovery:
            entry["recovery"] = True
        else:
            f["count"] += 1
            f["last"] = at
        f["pending"] = (f["pending"] + [entry])[-_PENDING_LIMIT:]

    def take_failures(self) -> list[dict]:
        """Failed attempts since the last sign-in (for the audit trail); resets the count."""
        pending = list(self.data["failures"]["pending"])
        self.data["failures"] = {"count": 0, "last": 0.0, "pending": []}
        return pending


def add_demo_slots(db_path: Path, key: bytes, usernames: list[str], password: str) -> None:
    """The demo's accounts, all with the documented demo password (cheap KDF)."""
    keys = KeyFile.create(db_path, key, demo=True)
    for name in usernames:
        keys.set_slot(name, password, key, DEMO_COST)
    keys.save()


def _check_value(key: bytes, database: str) -> bytes:
    return hmac.new(key, f"kmb-key-check:{database}".encode(), hashlib.sha256).digest()[:16]


def _to_aes_key(material: bytes) -> bytes:
    """AES-256 needs exactly 32 bytes; legacy hashes may be of another length."""
    return material if len(material) == 32 else hashlib.sha256(material).digest()


# -- recovery key ----------------------------------------------------------------------
_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"


def recovery_text(key: bytes) -> str:
    """The database key for the office safe: base32 with a 2-byte checksum,
    in groups of five (56 letters and digits, no 0/1/8/9 to misread)."""
    payload = key + hashlib.sha256(b"kmb-recovery" + key).digest()[:3]
    text = base64.b32encode(payload).decode("ascii").rstrip("=")
    return "-".join(text[i:i + 5] for i in range(0, len(text), 5))


def parse_recovery(text: str) -> bytes:
    cleaned = "".join(ch for ch in (text or "").upper() if ch.isalnum())
    cleaned = cleaned.replace("0", "O").replace("1", "I").replace("8", "B")
    try:
        payload = base64.b32decode(cleaned + "=" * (-len(cleaned) % 8))
    except ValueError:
        payload = b""
    key, check = payload[:KEY_BYTES], payload[KEY_BYTES:]
    if len(key) != KEY_BYTES or check != hashlib.sha256(b"kmb-recovery" + key).digest()[:3]:
        raise SignInRefused("Klíč pro obnovu je chybně opsaný (nesouhlasí kontrolní součet).")
    return key
