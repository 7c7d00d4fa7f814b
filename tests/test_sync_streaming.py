"""Bundles are streamed, not held in memory: the row lines go through an
encrypted spool file, the tar is produced while age encrypts it, and import
reads parts back from a spool. The format is unchanged (kmb-bundle/1, the
bytes ``tarfile`` writes), so bundles of the previous version still import;
the spool never holds plaintext and a spool changed on disk is refused."""
from __future__ import annotations

import io
import os
import tarfile

import pyrage
import pytest

from app.installation import current
from app.sync import container
from app.sync.container import CHANGES, BundleRefused, OpenedBundle, PartWriter, seal
from app.sync.export import export_bundle
from app.sync.importer import import_bundle
from app.sync.spool import FRAME, Spool, SpoolDamaged
from app.people.records import PersonInput, create_person

from .sync_helpers import installation, link

MARK = b"PLAINTEXT-MARK-"


def test_spool_reads_back_what_was_written_and_holds_no_plaintext():
    data = b"".join(MARK + str(i).encode() for i in range(200_000))   # > 3 frames
    spool = Spool()
    for i in range(0, len(data), 77_777):
        spool.write(data[i:i + 77_777])
    spool.finish()
    assert spool.size == len(data) and len(data) > 3 * FRAME
    assert spool.read() == data
    spool.seek(FRAME - 5)
    assert spool.read(10) == data[FRAME - 5:FRAME + 5]
    raw = spool._file
    raw.seek(0)
    assert MARK not in raw.read()
    # a frame changed on disk is refused, not read
    raw.seek(FRAME + 100)
    raw.write(b"\0")
    raw.flush()
    spool.seek(FRAME + 10)
    spool._cached = (-1, b"")
    with pytest.raises(SpoolDamaged):
        spool.read(5)
    spool.close()


def _writer_with_rows(n=30_000):
    writer = PartWriter()
    writer.table("person", ["id", "note"])
    for i in range(n):
        writer.row("person", [f"id-{i}", os.urandom(8).hex()], '{"s":[1,"x"]}')
    writer.blob("ab" * 32, b"photo bytes")
    return writer


def _tarfile_bytes(members: list[tuple[str, bytes]]) -> bytes:
    """What the previous version's seal wrote: a tar built by tarfile in memory."""
    plain = io.BytesIO()
    with tarfile.open(fileobj=plain, mode="w", format=tarfile.PAX_FORMAT) as tar:
        for name, data in members:
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    return plain.getvalue()


def test_streamed_tar_is_byte_for_byte_what_tarfile_writes(tmp_path):
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.hazmat.primitives.serialization import (Encoding, NoEncryption,
                                                              PrivateFormat)
    key = Ed25519PrivateKey.generate().private_bytes(Encoding.Raw, PrivateFormat.Raw,
                                                     NoEncryption())
    writer = _writer_with_rows()
    parts = writer.close()
    size, fh = writer.part(CHANGES)
    changes = fh.read()
    assert len(changes) == size == parts[0]["size"]
    manifest = {"format": container.FORMAT, "parts": parts, "rows": writer.rows,
                "tables": [[n, c] for n, c in writer.tables.items()]}
    identity = pyrage.x25519.Identity.generate()
    out = tmp_path / "b.kmbx"
    seal(writer, manifest, key, "sender-id", [str(identity.to_public())], out)
    plain = container.decrypt(out, str(identity), 1 << 30)
    import json
    raw = json.dumps(manifest, ensure_ascii=False, sort_keys=True).encode()
    signature = Ed25519PrivateKey.from_private_bytes(key).sign(raw)
    expected = _tarfile_bytes([("sender.txt", b"sender-id"), ("manifest.sig", signature),
                               ("manifest.json", raw), (CHANGES, changes),
                               ("blobs/" + "ab" * 32, b"photo bytes")])
    assert plain == expected
    # and read back through a spool, part by part, with the signature checked first
    spooled = container.decrypt_spooled(out, str(identity), 1 << 30)
    bundle = OpenedBundle(spooled)
    public = Ed25519PrivateKey.from_private_bytes(key).public_key().public_bytes(
        Encoding.Raw, __import__("cryptography.hazmat.primitives.serialization",
                                 fromlist=["PublicFormat"]).PublicFormat.Raw)
    bundle.verify(public)
    bundle.extract_parts()
    rows = list(bundle.rows())
    assert len(rows) == 30_000 and rows[-1][1]["id"] == "id-29999"
    assert bundle.blob("ab" * 32) == b"photo bytes"
    bundle.close()


def test_spooled_decrypt_keeps_the_size_limit(tmp_path):
    identity = pyrage.x25519.Identity.generate()
    out = tmp_path / "big.kmbx"
    out.write_bytes(pyrage.encrypt(os.urandom(3 << 20), [identity.to_public()]))
    with pytest.raises(BundleRefused, match="větší než"):
        container.decrypt_spooled(out, str(identity), 2 << 20)


def test_a_bundle_sealed_by_the_previous_version_imports(tmp_path):
    office, oa = installation(tmp_path / "office.sqlite", "Úřad")
    laptop, la = installation(tmp_path / "laptop.sqlite", "Notebook")
    link(office, oa, laptop, la)
    create_person(office, oa, PersonInput(given_name="Alena", surname="Proudová"))
    bundle = tmp_path / "new.kmbx"
    export_bundle(office, oa, current(laptop).id, bundle)
    with laptop.reading() as s:
        from models.sync import Installation
        from sqlalchemy import select
        identity = s.scalars(select(Installation.age_identity)).first()
    # re-sealed the old way: the whole tar built by tarfile in memory, then age
    tar = tarfile.open(fileobj=io.BytesIO(container.decrypt(bundle, identity, 1 << 30)))
    members = [(m.name, tar.extractfile(m).read()) for m in tar]
    old = tmp_path / "old.kmbx"
    recipient = pyrage.x25519.Identity.from_str(identity).to_public()
    old.write_bytes(pyrage.encrypt(_tarfile_bytes(members), [recipient]))
    summary = import_bundle(laptop, la, old)
    assert summary.new >= 1
    from models.people import Person
    from sqlalchemy import select
    with laptop.reading() as s:
        assert s.scalars(select(Person.surname).where(Person.surname == "Proudová")).first()
    office.close()
    laptop.close()
