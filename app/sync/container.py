"""The bundle file: sign-then-encrypt. Nothing of a bundle's content is ever
written to disk in plaintext: the row lines go into an encrypted spool file
(``spool``: AES-GCM frames under a key held only in memory) and the tar is
streamed from it through age into the output file; import decrypts into such
a spool, bounded by a size limit (setting ``sync.max_bundle_mb``), and verifies
the manifest's signature before any part is read. So neither holds a whole
bundle in memory. Leftovers of older versions' temporary folders are removed
at the next run.

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
import zlib
from pathlib import Path
from typing import Iterator

import orjson
import pyrage
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from ..errors import KmbError
from .spool import Spool, SpoolDamaged
from ..i18n import _

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


class _Hashing(io.RawIOBase):
    """Passes writes on to ``sink``, hashing and counting them."""

    def __init__(self, sink):
        self.sink, self.hash, self.size = sink, hashlib.sha256(), 0

    def writable(self) -> bool:
        return True

    def write(self, data) -> int:
        self.hash.update(data)
        self.size += len(data)
        return self.sink.write(data)


BUFFER_BYTES = 256 << 10     # row lines gathered before one gzip write
BIG_LINE = 64 << 10          # a row this large is written on its own, in pieces
PIECE_MARK = "\x00kmb-piece\x00"   # where row_in_pieces puts the pieces (escaped: unique)


class PartWriter:
    """Collects the row lines (gzip, into an encrypted spool file: memory does not
    grow with the bundle) and the blobs of a bundle."""

    def __init__(self):
        self._spool = Spool()
        self._out = _Hashing(self._spool)
        self._gz = gzip.GzipFile(fileobj=self._out, mode="wb", compresslevel=1, mtime=0)
        self.rows = 0
        self._buffer: list[bytes] = []
        self._buffered = 0          # bytes in _buffer
        self.tables: dict[str, list[str]] = {}      # table -> column names, in line order
        self._index: dict[str, int] = {}
        self.blobs: dict[str, bytes] = {}

    def table(self, name: str, columns: list[str]) -> None:
        self._index[name] = len(self.tables)
        self.tables[name] = columns

    def row(self, table: str, values: list, meta_json: str) -> None:
        """One row state: [table index, [values in column order], meta]."""
        dumped = orjson.dumps(values)
        self.rows += 1
        if len(dumped) >= BIG_LINE:
            # a frozen ranking or contract: written in its pieces, never copied whole
            # into a line (the same bytes reach the gzip stream)
            self.flush()
            self._gz.write(b"[%d," % self._index[table])
            self._gz.write(dumped)
            self._gz.write(b",%s]\n" % meta_json.encode())
            return
        self._buffer.append(b"[%d,%s,%s]\n" % (self._index[table], dumped,
                                                meta_json.encode()))
        self._buffered += len(dumped)
        # bounded by bytes, not lines: memory follows the buffer, not the rows' size
        if self._buffered >= BUFFER_BYTES or len(self._buffer) >= 1000:
            self.flush()

    def row_in_pieces(self, table: str, values: list, at: int, pieces, meta_json: str) -> None:
        """One row state whose value at ``at`` comes as ``pieces`` of text (a frozen
        ranking of megabytes, read a part at a time): the same line ``row`` writes,
        since JSON escapes each character on its own."""
        values = list(values)
        values[at] = PIECE_MARK
        head, found, tail = orjson.dumps(values).partition(orjson.dumps(PIECE_MARK))
        if not found:
            raise ValueError("piece marker not in the row")
        self.flush()
        self.rows += 1
        self._gz.write(b"[%d,%s\"" % (self._index[table], head))
        for piece in pieces:
            self._gz.write(orjson.dumps(piece)[1:-1])
        self._gz.write(b"\"%s,%s]\n" % (tail, meta_json.encode()))

    def flush(self) -> None:
        if self._buffer:
            self._gz.write(b"".join(self._buffer))
            self._buffer.clear()
        self._buffered = 0

    def blob(self, sha: str, data: bytes) -> None:
        self.blobs.setdefault(sha, data)

    def close(self) -> list[dict]:
        self.flush()
        self._gz.close()
        self._spool.finish()
        parts = [{"name": CHANGES, "sha256": self._out.hash.hexdigest(), "size": self._out.size}]
        return parts + [{"name": f"blobs/{sha}", "sha256": hashlib.sha256(data).hexdigest(),
                         "size": len(data)} for sha, data in sorted(self.blobs.items())]

    def part(self, name: str):
        """(size, readable file) of a part written here, or None."""
        if name == CHANGES:
            self._spool.seek(0)
            return self._spool.size, self._spool
        data = self.blobs.get(name[len("blobs/"):]) if name.startswith("blobs/") else None
        return None if data is None else (len(data), io.BytesIO(data))

    def discard(self) -> None:
        self._spool.close()


def seal(writer: PartWriter, manifest: dict, signing_key: bytes, sender_id: str,
         recipients: list[str], out: Path) -> None:
    """Sign the manifest, stream the tar through age encryption into ``out``
    (the tar is produced as it is encrypted, never whole in memory)."""
    raw = json.dumps(manifest, ensure_ascii=False, sort_keys=True).encode()
    signature = Ed25519PrivateKey.from_private_bytes(signing_key).sign(raw)
    members = [("sender.txt", len(sender_id.encode()), io.BytesIO(sender_id.encode())),
               ("manifest.sig", len(signature), io.BytesIO(signature)),
               ("manifest.json", len(raw), io.BytesIO(raw))]
    for part in manifest["parts"]:
        found = writer.part(part["name"])
        members.append((part["name"], *(found or (0, io.BytesIO()))))
    try:
        keys = [pyrage.x25519.Recipient.from_str(r) for r in recipients]
        with out.open("wb") as fh:
            pyrage.encrypt_io(_TarStream(members), fh, keys)
    except (pyrage.RecipientError, pyrage.EncryptError, OSError) as exc:
        out.unlink(missing_ok=True)
        raise KmbError(_("Balíček nelze zašifrovat: {exc}").format(exc=exc)) from None
    finally:
        writer.discard()


class _TarStream(io.RawIOBase):
    """The bytes ``tarfile`` would write for these members (PAX format, default
    header fields, blocks padded, two zero blocks, the record filled), produced
    on demand: member data is read from its file as the reader asks."""

    def __init__(self, members: list[tuple[str, int, object]]):
        self._pieces = iter(self._layout(members))
        self._current = None

    @staticmethod
    def _layout(members):
        total = 0
        for name, size, fh in members:
            info = tarfile.TarInfo(name)
            info.size = size
            header = info.tobuf(tarfile.PAX_FORMAT, tarfile.ENCODING, "surrogateescape")
            pad = -size % tarfile.BLOCKSIZE
            total += len(header) + size + pad
            yield io.BytesIO(header)
            yield _Exactly(fh, size)
            yield io.BytesIO(tarfile.NUL * pad)
        end = tarfile.BLOCKSIZE * 2
        total += end
        yield io.BytesIO(tarfile.NUL * (end + (-total % tarfile.RECORDSIZE)))

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        while True:
            if self._current is None:
                self._current = next(self._pieces, None)
                if self._current is None:
                    return 0
            n = self._current.readinto(buffer)
            if n:
                return n
            self._current = None


class _Exactly(io.RawIOBase):
    """``size`` bytes of ``fh``: a part shorter than announced is an error, not a
    silently short tar member."""

    def __init__(self, fh, size: int):
        self._fh, self._left = fh, size

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        if not self._left:
            return 0
        view = memoryview(buffer)[:min(len(buffer), self._left)]
        n = self._fh.readinto(view)
        if not n:
            raise OSError("part shorter than its size")
        self._left -= n
        return n


# -- reading ---------------------------------------------------------------------

DEFAULT_MAX_MB = 512
MAX_LINE = 64 << 20          # one row state; a longer line is not a genuine bundle
# removed once at start now (leftovers.py); kept importable from here
from .leftovers import LEFTOVER_PREFIXES, remove_leftovers  # noqa: E402,F401
class _Bounded(io.RawIOBase):
    """A sink that refuses to grow past ``limit`` bytes (into memory, or into
    an encrypted spool file)."""

    def __init__(self, limit: int, buffer=None):
        self.limit = limit
        self.buffer = buffer if buffer is not None else io.BytesIO()
        self.written = 0

    def writable(self) -> bool:
        return True

    def write(self, data) -> int:
        if self.written + len(data) > self.limit:
            raise _TooLarge
        self.written += len(data)
        return self.buffer.write(data)


class _TooLarge(Exception):
    pass


def too_large(limit: int) -> BundleRefused:
    return BundleRefused(_("Balíček je větší než povolených {v1} MB; nic se nenačte (limit je v "
                           "nastavení sync.max_bundle_mb).").format(v1=limit >> 20))


def decrypt(path: Path, identity: str, limit: int) -> bytes:
    """Decrypt ``path`` into memory (at most ``limit`` bytes) or refuse with a reason."""
    return _decrypt(path, identity, limit, io.BytesIO()).getvalue()


def decrypt_spooled(path: Path, identity: str, limit: int) -> Spool:
    """Decrypt ``path`` into an encrypted spool file (at most ``limit`` bytes), so
    that memory does not follow the bundle's size; the spool is read back from 0."""
    spool = Spool()
    try:
        return _decrypt(path, identity, limit, spool).finish()
    except BaseException:
        spool.close()
        raise


def _decrypt(path: Path, identity: str, limit: int, sink):
    try:
        with path.open("rb") as fh:
            head = fh.read(len(AGE_MAGIC))
        size = path.stat().st_size
    except OSError as exc:
        raise BundleRefused(_("Soubor {path} nelze číst: {strerror}.")
            .format(path=path, strerror=exc.strerror)) from None
    if head != AGE_MAGIC:
        raise BundleRefused(_("Soubor {name} není balíček KMB Desk.").format(name=path.name))
    if size > limit + (limit >> 10) + 4096:      # age adds 16 bytes per 64 kB and a header
        raise too_large(limit)
    out = _Bounded(limit, sink)
    try:
        with path.open("rb") as fh:
            pyrage.decrypt_io(fh, out, [pyrage.x25519.Identity.from_str(identity)])
    except _TooLarge:
        raise too_large(limit) from None
    except pyrage.DecryptError as exc:
        if "No matching keys" in str(exc):
            raise BundleRefused(_("Balíček není určen této instalaci "
                                "(je zašifrovaný pro někoho jiného).")) from None
        raise BundleRefused(_("Balíček je poškozený nebo neúplný (nelze ho rozšifrovat).")) from None
    except (OSError, ValueError):
        raise BundleRefused(_("Balíček je poškozený nebo neúplný (nelze ho rozšifrovat).")) from None
    return sink


LINE_PIECE = 1 << 16         # a long line is gathered from pieces of this size


def _lines(compressed) -> Iterator[bytes | bytearray]:
    """The lines of a gzip part (a file), each with its newline, read one at a time
    (a line longer than MAX_LINE, or a last line without its newline, is not a
    genuine bundle): memory follows the longest line, not the part. A line is
    gathered into one growing buffer (``readline`` of a whole line would hold it
    twice: its pieces and their join) and is not kept here once given: a frozen
    ranking's line weighs megabytes."""
    with gzip.GzipFile(fileobj=compressed, mode="rb") as fh:
        while line := fh.readline(LINE_PIECE):
            box = [line if line.endswith(b"\n") else _rest_of_line(fh, line)]
            line = None
            if not box[0].endswith(b"\n"):
                raise BundleRefused(_("Balíček má neplatný řádek změn."))
            yield box.pop()          # from the box: this frame holds no reference


def _rest_of_line(fh, start: bytes) -> bytearray:
    """A long line: ``start`` and the pieces that follow it, up to its newline (or
    a little past MAX_LINE: then it has none and is refused)."""
    line = bytearray(start)
    while piece := fh.readline(LINE_PIECE):
        line += piece
        if piece.endswith(b"\n") or len(line) > MAX_LINE + 1:
            break
    return line if len(line) <= MAX_LINE + 1 else line[:0]    # [:0]: refused


# orjson's parse of a line takes about 14 times the line at its peak (a city's
# frozen ranking, a line of 2.7 MB: 37 MB); the standard library's json takes
# the text about twice. Lines from this size on are parsed by json, to the same
# values orjson gives (the same numbers, no NaN, strict UTF-8, no lone surrogates).
LONG_LINE = 1 << 18
_SURROGATE = re.compile(r"\\u[dD][89a-fA-F]")    # an escaped surrogate (or its look-alike)


def _no_constant(name: str):
    raise ValueError(name)


_STRICT = json.JSONDecoder(parse_int=orjson.loads, parse_float=orjson.loads,
                           parse_constant=_no_constant)


def _loads(line: bytes | bytearray | str):
    """A row line parsed, holding little more than its values, even for megabytes
    (a long line is best given as its text: its bytes are then no longer held)."""
    if len(line) < LONG_LINE:
        return orjson.loads(line)
    text = line if isinstance(line, str) else line.decode("utf-8")
    if _SURROGATE.search(text):
        return orjson.loads(text)        # orjson refuses lone surrogates itself
    return _STRICT.decode(text)


class OpenedBundle:
    """The decrypted tar (in memory, or a spool from ``decrypt_spooled``), read member
    by member in the prescribed order; parts are read from it when needed, not held."""

    def __init__(self, data):
        self._source = data if isinstance(data, Spool) else None
        fileobj = (io.BufferedReader(data, 1 << 16) if self._source is not None
                   else io.BytesIO(data))
        try:
            self._tar = tarfile.open(fileobj=fileobj, mode="r:")
            self._members = iter(self._tar)
            self.sender_id = self._small("sender.txt", 200).decode("ascii")
            self._signature = self._small("manifest.sig", 200)
            self._manifest_raw = self._small("manifest.json", MAX_MANIFEST)
        except (tarfile.TarError, UnicodeDecodeError, OSError, EOFError, SpoolDamaged,
                BundleRefused) as exc:
            if self._source is not None:
                self._source.close()
            if isinstance(exc, BundleRefused):
                raise
            raise BundleRefused(_("Balíček má neplatnou vnitřní strukturu.")) from None
        self.manifest: dict | None = None
        self._parts: dict[str, tarfile.TarInfo] = {}
        self.line_bytes = 0      # size of the row line last given by rows()

    def _small(self, name: str, limit: int) -> bytes:
        member = next(self._members, None)
        if member is None or member.name != name or not member.isfile() or member.size > limit:
            raise BundleRefused(_("Balíček má neplatnou vnitřní strukturu."))
        return self._tar.extractfile(member).read()

    def verify(self, verify_key: bytes) -> dict:
        """Check the signature, then (only then) parse the manifest."""
        try:
            Ed25519PublicKey.from_public_bytes(verify_key).verify(self._signature,
                                                                  self._manifest_raw)
        except (InvalidSignature, ValueError):
            raise BundleRefused(_("Podpis balíčku nesouhlasí – balíček byl změněn "
                                "nebo ho nepodepsal uvedený odesílatel.")) from None
        try:
            manifest = json.loads(self._manifest_raw)
        except ValueError:
            raise BundleRefused(_("Balíček má neplatný manifest.")) from None
        if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
            raise BundleRefused(_("Neznámý formát balíčku."))
        self.manifest = manifest
        return manifest

    def extract_parts(self) -> None:
        """Check the parts' names, sizes and SHA-256 against the signed manifest
        (reading each through once) before any of them is parsed."""
        try:
            expected = {p["name"]: p for p in self.manifest["parts"]}
        except (KeyError, TypeError):
            raise BundleRefused(_("Balíček má neplatný manifest.")) from None
        try:
            for member in self._members:
                name = member.name
                if name not in expected or not member.isfile() or name in self._parts or (
                        name != CHANGES and not _BLOB.match(name)):
                    raise BundleRefused(_("Balíček obsahuje neočekávaný soubor."))
                if member.size != expected[name].get("size"):
                    raise BundleRefused(_("Balíček je poškozený (nesouhlasí velikost části)."))
                digest, fh = hashlib.sha256(), self._tar.extractfile(member)
                while chunk := fh.read(1 << 16):     # small reads: no 1 MiB copies
                    digest.update(chunk)
                if digest.hexdigest() != expected[name].get("sha256"):
                    raise BundleRefused(_("Balíček je poškozený (nesouhlasí kontrolní součet)."))
                self._parts[name] = member
        except (tarfile.TarError, OSError, EOFError, SpoolDamaged):
            raise BundleRefused(_("Balíček je poškozený nebo neúplný.")) from None
        if set(self._parts) != set(expected):
            raise BundleRefused(_("Balíček je neúplný (chybí některé části)."))

    def rows(self) -> Iterator[tuple[str, dict, dict]]:
        """(table, {column: value}, meta dict) for every row line, in file order; the
        number of lines must be what the signed manifest says."""
        tables = [(name, columns) for name, columns in self.manifest["tables"]]
        expected = self.manifest.get("rows", 0)
        count = 0
        try:
            for line in _lines(self._tar.extractfile(self._parts[CHANGES])):
                count += 1
                if count > expected:
                    break
                self.line_bytes = len(line)
                if len(line) >= LONG_LINE:
                    line = line.decode("utf-8")     # its bytes let go before it is parsed
                index, values, meta = _loads(line)
                line = None          # not held while the row is applied
                name, columns = tables[index]
                if not isinstance(values, list) or len(values) != len(columns):
                    raise BundleRefused(_("Balíček má neplatný řádek změn."))
                row = [(name, dict(zip(columns, values)), meta)]
                values = meta = None     # a frozen ranking is not held here while the
                yield row.pop()          # row is applied and the next line is parsed
        except (OSError, EOFError, ValueError, TypeError, IndexError, KeyError, zlib.error,
                tarfile.TarError, SpoolDamaged):
            raise BundleRefused(_("Balíček je poškozený (nelze přečíst změny).")) from None
        if count != self.manifest.get("rows", 0):
            raise BundleRefused(_("Počet záznamů v balíčku nesouhlasí s manifestem."))

    def blob(self, sha: str) -> bytes:
        member = self._parts.get(f"blobs/{sha}") if isinstance(sha, str) else None
        if member is None:
            raise BundleRefused(_("Balíček odkazuje na chybějící nebo neplatnou přílohu."))
        try:
            return self._tar.extractfile(member).read()
        except (tarfile.TarError, OSError, EOFError, SpoolDamaged):
            raise BundleRefused(_("Balíček je poškozený nebo neúplný.")) from None

    def close(self) -> None:
        self._tar.close()
        if self._source is not None:
            self._source.close()
