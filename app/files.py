"""Atomic file writes: an exported bundle or printed PDF never appears half
written (temp file in the same folder, fsync, rename)."""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

from .errors import KmbError
from .i18n import _


def write_atomic(path: str | Path, data: bytes) -> Path:
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.exists():
        raise KmbError(_("Složka {folder} neexistuje.").format(folder=folder))
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=folder)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise KmbError(_("Soubor {path} nelze zapsat: {strerror}.")
            .format(path=path, strerror=exc.strerror)) from None
    return path
