"""The bundle file: sign-then-encrypt, streamed through temporary files so
memory stays flat whatever the size.

Plaintext (a tar archive, members in this order):
    sender.txt          the sender's installation id (to find its key)
    manifest.sig        Ed25519 signature of manifest.json's exact bytes
    manifest.json       format, bundle id, sender, recipients, schema revision,
                        clock range, acknowledgements, counts, SHA-256 of each part
    changes.ndjson.gz   one JSON line per row state, grouped by table
    blobs/<sha256>      binary column values (photos)
The tar is encrypted with age to the recipients (the peer, optionally also to
the office's own key for the archive). Nothing but sender.txt is read before
the signature of a known, unrevoked peer has been verified.
"""
from __future__ import annotations

import gzip
import hashlib
import io
import json
import re
import tarfile
from pathlib import Path
from typing import Iterator

import orjson
import pyrage
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from ..errors import KmbError

FORMAT = "kmb-bundle/1"
AGE_MAGIC = b"age-encryption.org/v1\n"
CHANGES = "changes.ndjson.gz"
_BLOB = re.compile(r"^blobs/[0-9a-f]{64}$")
MAX_MANIFEST = 1 << 20


class BundleRefused(KmbError):
    """A bundle that must not be imported; the message says why, in one line."""

    exit_code = 4


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


class PartWriter:
    """Collects the row lines and blobs of a bundle in a work folder."""

    def __init__(self, work: Path):
        self.work = work
        (work / "blobs").mkdir(parents=True, exist_ok=True)
        self._raw = (work / CHANGES).open("wb")
        self._gz = gzip.GzipFile(fileobj=self._raw, mode="wb", compresslevel=1, mtime=0)
        self.rows = 0
        self._buffer: list[bytes] = []
        self.tables: dict[str, list[str]] = {}      # table -> column names, in line order
        self._index: dict[str, int] = {}

    def table(self, name: str, columns: list[str]) -> None:
        self._index[name] = len(self.tables)
        self.tables[name] = columns

    def row(self, table: str, values: list, meta_json: str) -> None:
        """One row state: [table index, [values in column order], meta]."""
        self._buffer.append(b"[%d,%s,%s]\n" % (self._index[table], orjson.dumps(values),
                                                meta_json.encode()))
        self.rows += 1
        if len(self._buffer) >= 1000:
            self.flush()

    def flush(self) -> None:
        self._gz.write(b"".join(self._buffer))
        self._buffer.clear()

    def blob(self, sha: str, data: bytes) -> None:
        target = self.work / "blobs" / sha
        if not target.exists():
            target.write_bytes(data)

    def close(self) -> list[dict]:
        self.flush()
        self._gz.close()
        self._raw.close()
        parts = [{"name": CHANGES, "sha256": sha256_file(self.work / CHANGES),
                  "size": (self.work / CHANGES).stat().st_size}]
        for blob in sorted((self.work / "blobs").iterdir()):
            parts.append({"name": f"blobs/{blob.name}", "sha256": blob.name,
                          "size": blob.stat().st_size})
        return parts


def seal(work: Path, manifest: dict, signing_key: bytes, sender_id: str,
         recipients: list[str], out: Path) -> None:
    """Sign the manifest, tar everything, encrypt to the recipients into ``out``."""
    raw = json.dumps(manifest, ensure_ascii=False, sort_keys=True).encode()
    signature = Ed25519PrivateKey.from_private_bytes(signing_key).sign(raw)
    tar_path = work / "bundle.tar"
    with tarfile.open(tar_path, "w", format=tarfile.PAX_FORMAT) as tar:
        _add_bytes(tar, "sender.txt", sender_id.encode())
        _add_bytes(tar, "manifest.sig", signature)
        _add_bytes(tar, "manifest.json", raw)
        for part in manifest["parts"]:
            tar.add(work / part["name"], arcname=part["name"], recursive=False)
    try:
        keys = [pyrage.x25519.Recipient.from_str(r) for r in recipients]
        pyrage.encrypt_file(str(tar_path), str(out), keys)
    except (pyrage.RecipientError, pyrage.EncryptError, OSError) as exc:
        raise KmbError(f"Balíček nelze zašifrovat: {exc}") from None


def _add_bytes(tar: tarfile.TarFile, name: str, data: bytes) -> None:
    info = tarfile.TarInfo(name)
    info.size = len(data)
    tar.addfile(info, io.BytesIO(data))


# -- reading ---------------------------------------------------------------------

def decrypt(path: Path, identity: str, work: Path) -> Path:
    """Decrypt ``path`` into work/bundle.tar or refuse with a reason."""
    try:
        with path.open("rb") as fh:
            head = fh.read(len(AGE_MAGIC))
    except OSError as exc:
        raise BundleRefused(f"Soubor {path} nelze číst: {exc.strerror}.") from None
    if head != AGE_MAGIC:
        raise BundleRefused(f"Soubor {path.name} není balíček KMB Desk.")
    out = work / "bundle.tar"
    try:
        pyrage.decrypt_file(str(path), str(out), [pyrage.x25519.Identity.from_str(identity)])
    except pyrage.DecryptError as exc:
        out.unlink(missing_ok=True)
        if "No matching keys" in str(exc):
            raise BundleRefused("Balíček není určen této instalaci "
                                "(je zašifrovaný pro někoho jiného).") from None
        raise BundleRefused("Balíček je poškozený nebo neúplný (nelze ho rozšifrovat).") from None
    except OSError:
        out.unlink(missing_ok=True)
        raise BundleRefused("Balíček je poškozený nebo neúplný (nelze ho rozšifrovat).") from None
    return out


class OpenedBundle:
    """The decrypted tar, read member by member in the prescribed order."""

    def __init__(self, tar_path: Path, work: Path):
        self.work = work
        try:
            self._tar = tarfile.open(tar_path, "r:")
            self._members = iter(self._tar)
            self.sender_id = self._small("sender.txt", 200).decode("ascii")
            self._signature = self._small("manifest.sig", 200)
            self._manifest_raw = self._small("manifest.json", MAX_MANIFEST)
        except (tarfile.TarError, UnicodeDecodeError, OSError, EOFError):
            raise BundleRefused("Balíček má neplatnou vnitřní strukturu.") from None
        self.manifest: dict | None = None

    def _small(self, name: str, limit: int) -> bytes:
        member = next(self._members, None)
        if member is None or member.name != name or not member.isfile() or member.size > limit:
            raise BundleRefused("Balíček má neplatnou vnitřní strukturu.")
        return self._tar.extractfile(member).read()

    def verify(self, verify_key: bytes) -> dict:
        """Check the signature, then (only then) parse the manifest."""
        try:
            Ed25519PublicKey.from_public_bytes(verify_key).verify(self._signature,
                                                                  self._manifest_raw)
        except (InvalidSignature, ValueError):
            raise BundleRefused("Podpis balíčku nesouhlasí – balíček byl změněn "
                                "nebo ho nepodepsal uvedený odesílatel.") from None
        try:
            manifest = json.loads(self._manifest_raw)
        except ValueError:
            raise BundleRefused("Balíček má neplatný manifest.") from None
        if manifest.get("format") != FORMAT:
            raise BundleRefused(f"Neznámý formát balíčku „{manifest.get('format')}“.")
        self.manifest = manifest
        return manifest

    def extract_parts(self) -> None:
        """Extract the parts, checking names, sizes and SHA-256 against the manifest."""
        expected = {p["name"]: p for p in self.manifest["parts"]}
        seen = set()
        try:
            for member in self._members:
                name = member.name
                if name not in expected or not member.isfile() or name in seen or (
                        name != CHANGES and not _BLOB.match(name)):
                    raise BundleRefused("Balíček obsahuje neočekávaný soubor.")
                if member.size != expected[name]["size"]:
                    raise BundleRefused("Balíček je poškozený (nesouhlasí velikost části).")
                target = self.work / "parts" / name
                target.parent.mkdir(parents=True, exist_ok=True)
                h = hashlib.sha256()
                with self._tar.extractfile(member) as src, target.open("wb") as dst:
                    for chunk in iter(lambda: src.read(1 << 20), b""):
                        h.update(chunk)
                        dst.write(chunk)
                if h.hexdigest() != expected[name]["sha256"]:
                    raise BundleRefused("Balíček je poškozený (nesouhlasí kontrolní součet).")
                seen.add(name)
        except (tarfile.TarError, OSError, EOFError):
            raise BundleRefused("Balíček je poškozený nebo neúplný.") from None
        if seen != set(expected):
            raise BundleRefused("Balíček je neúplný (chybí některé části).")

    def rows(self) -> Iterator[tuple[str, dict, dict]]:
        """(table, {column: value}, meta dict) for every row line, in file order."""
        tables = [(name, columns) for name, columns in self.manifest["tables"]]
        with gzip.open(self.work / "parts" / CHANGES, "rb") as fh:
            for line in fh:
                index, values, meta = orjson.loads(line)
                name, columns = tables[index]
                yield name, dict(zip(columns, values)), meta

    def blob(self, sha: str) -> bytes:
        if not re.fullmatch(r"[0-9a-f]{64}", sha):
            raise BundleRefused("Balíček odkazuje na neplatnou přílohu.")
        path = self.work / "parts" / "blobs" / sha
        if not path.exists():
            raise BundleRefused("Balíček odkazuje na chybějící přílohu.")
        return path.read_bytes()

    def close(self) -> None:
        self._tar.close()
