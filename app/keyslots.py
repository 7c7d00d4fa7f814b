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

Slots are two-level, so that the database can get a new key (an account
blocked) without everyone's password: the password unwraps the user's own
X25519 private key, and the database key is *sealed* to that user's public
key (ephemeral X25519, HKDF, AES-GCM). Re-keying seals the new key to each
remaining public key. Each public key carries an HMAC under the database key,
so a public key planted in the file by someone without the key is not used.
Slots of the first release (the database key wrapped directly) still open;
they are rewritten in the new form at their owner's next sign-in.
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
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from .errors import DatabaseProblem, KmbError
from .i18n import _

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
        raise DatabaseProblem(_("Soubor klíčů databáze je poškozený (neplatné parametry)."))
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
                _("Chybí soubor klíčů {name} vedle databáze. Obnovte ho ze zálohy, nebo databázi "
                  "otevřete klíčem pro obnovu.").format(name=path.name)) from None
        except (OSError, ValueError):
            raise DatabaseProblem(_("Soubor klíčů {path} je poškozený.")
                .format(path=path)) from None
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise DatabaseProblem(_("Soubor {path} není soubor klíčů KMB Desk.").format(path=path))
        data.setdefault("failures", {"count": 0, "last": 0.0, "pending": []})
        return cls(path, data)

    @classmethod
    def from_json(cls, path: Path, text: str) -> "KeyFile":
        data = json.loads(text)
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise DatabaseProblem(_("Záloha nemá platný soubor klíčů."))
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
            raise DatabaseProblem(_("Soubor klíčů {target} nelze zapsat: {strerror}.")
                .format(target=target, strerror=exc.strerror)) from None

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

    def _aad(self, username: str, kdf: dict, kind: str | None = None) -> bytes:
        parts = [FORMAT, self.database, username, kdf] + ([kind] if kind else [])
        return json.dumps(parts, sort_keys=True).encode()

    def set_slot(self, username: str, password: str, key: bytes,
                 cost: KdfCost | None = None, *, kdf: dict | None = None) -> None:
        """A slot for ``username`` (new, or replacing the old one): a fresh key
        pair, its private half wrapped under the password, ``key`` sealed to it."""
        self.verify_key(key)
        kdf = kdf or _new_kdf(cost or DEFAULT_COST)
        self._put_slot(username, kdf, _to_aes_key(derive(password, kdf)), key, legacy=False)

    def set_legacy_slot(self, username: str, phc: str, key: bytes) -> bool:
        """A slot from an existing Argon2id hash (see ``kdf_from_phc``)."""
        kdf = kdf_from_phc(phc)
        if kdf is None:
            return False
        pad = lambda s: s + "=" * (-len(s) % 4)  # noqa: E731
        wrapping = base64.b64decode(pad(phc.split("$")[-1]))
        self._put_slot(username, kdf, _to_aes_key(wrapping), key, legacy=True)
        return True

    def _put_slot(self, username: str, kdf: dict, wrapping: bytes, key: bytes, *,
                  legacy: bool) -> None:
        private = X25519PrivateKey.generate()
        public = _raw_public(private.public_key())
        nonce = secrets.token_bytes(12)
        wrapped = AESGCM(wrapping).encrypt(nonce, _raw_private(private),
                                           self._aad(username, kdf, "x25519"))
        slot = {"user": username, "kdf": kdf, "nonce": _b64(nonce), "wrapped": _b64(wrapped),
                "legacy": legacy, "pub": _b64(public)}
        self._seal_into(slot, key)
        self.remove_slot(username)
        self.data["slots"].append(slot)

    def _seal_into(self, slot: dict, key: bytes) -> None:
        """Seal ``key`` to the slot's public key and vouch for that key with ``key``."""
        public = _unb64(slot["pub"])
        ephemeral = X25519PrivateKey.generate()
        shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(public))
        epk = _raw_public(ephemeral.public_key())
        nonce = secrets.token_bytes(12)
        ct = AESGCM(_seal_key(shared, epk, public)).encrypt(
            nonce, key, self._seal_aad(slot["user"], slot["pub"]))
        slot["seal"] = {"epk": _b64(epk), "nonce": _b64(nonce), "ct": _b64(ct)}
        slot["mac"] = _b64(self._pub_mac(key, slot["user"], slot["pub"]))

    def _seal_aad(self, username: str, pub: str) -> bytes:
        return json.dumps([FORMAT, self.database, username, pub, "seal"]).encode()

    def _pub_mac(self, key: bytes, username: str, pub: str) -> bytes:
        msg = json.dumps(["kmb-slot-pub", self.database, username, pub]).encode()
        return hmac.new(key, msg, hashlib.sha256).digest()

    def resealed(self, old_key: bytes, new_key: bytes) -> tuple["KeyFile", list[str]]:
        """The slots for a database re-keyed from ``old_key`` to ``new_key``: every
        slot whose public key ``old_key`` vouches for gets ``new_key`` sealed to
        it; the others (first-release slots, tampered ones) are left out and
        named, their owners need a new password from an administrator."""
        self.verify_key(old_key)
        data = json.loads(json.dumps(self.data))
        data["check"] = _b64(_check_value(new_key, self.database))
        data["slots"] = []
        out = KeyFile(self.path, data)
        lost = []
        for slot in self.data["slots"]:
            mac = slot.get("mac")
            if "seal" not in slot or not mac or not hmac.compare_digest(
                    _unb64(mac), self._pub_mac(old_key, slot["user"], slot["pub"])):
                lost.append(slot["user"])
                continue
            fresh = {k: v for k, v in slot.items() if k not in ("seal", "mac")}
            out._seal_into(fresh, new_key)
            data["slots"].append(fresh)
        return out, lost

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
            if "seal" in slot:
                key = self._open_sealed(slot, wrapping)
            else:                                   # a first-release slot
                key = AESGCM(wrapping).decrypt(_unb64(slot["nonce"]), _unb64(slot["wrapped"]),
                                               self._aad(username, slot["kdf"]))
        except (InvalidTag, ValueError, KeyError, TypeError):
            return None
        return key if self.key_matches(key) else None

    def _open_sealed(self, slot: dict, wrapping: bytes) -> bytes:
        username = slot["user"]
        raw = AESGCM(wrapping).decrypt(_unb64(slot["nonce"]), _unb64(slot["wrapped"]),
                                       self._aad(username, slot["kdf"], "x25519"))
        private = X25519PrivateKey.from_private_bytes(raw)
        if _raw_public(private.public_key()) != _unb64(slot["pub"]):
            raise ValueError("public key does not match")
        seal = slot["seal"]
        epk = _unb64(seal["epk"])
        shared = private.exchange(X25519PublicKey.from_public_bytes(epk))
        return AESGCM(_seal_key(shared, epk, _unb64(slot["pub"]))).decrypt(
            _unb64(seal["nonce"]), _unb64(seal["ct"]), self._seal_aad(username, slot["pub"]))

    def needs_upgrade(self, username: str) -> bool:
        """A first-release or legacy slot: rewritten at its owner's sign-in."""
        slot = self.slot(username)
        return bool(slot and (slot.get("legacy") or "seal" not in slot))

    # -- the key itself ------------------------------------------------------------
    def key_matches(self, key: bytes) -> bool:
        return hmac.compare_digest(_check_value(key, self.database), _unb64(self.data["check"]))

    def verify_key(self, key: bytes) -> None:
        if not self.key_matches(key):
            raise SignInRefused(_("Klíč nepatří k této databázi."))

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


# The raw forms (cryptography >= 40) need no serialization module, whose SSH
# and PEM parsers would load every asymmetric algorithm at each sign-in.
def _raw_public(public: X25519PublicKey) -> bytes:
    return public.public_bytes_raw()


def _raw_private(private: X25519PrivateKey) -> bytes:
    return private.private_bytes_raw()


def _seal_key(shared: bytes, epk: bytes, public: bytes) -> bytes:
    return HKDF(hashes.SHA256(), 32, salt=epk + public, info=b"kmb-keyslot-seal").derive(shared)


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
        raise SignInRefused(_("Klíč pro obnovu je chybně opsaný (nesouhlasí kontrolní součet)."))
    return key
