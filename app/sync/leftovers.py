"""Temporary folders of older versions: they held decrypted bundles
(``kmb-import-*``, ``kmb-export-*``). This version never writes plaintext to
disk, so they are only leftovers; they are removed once, when the GUI or the
CLI starts (not at every exchange: a second process's files are none of
an import's business). Kept light: the CLI calls it before anything loads."""
from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

LEFTOVER_PREFIXES = ("kmb-import-", "kmb-export-")


def remove_leftovers() -> int:
    """Delete the leftover folders in the temp folder; how many were removed."""
    removed = 0
    root = Path(tempfile.gettempdir())
    try:
        entries = [e for e in root.iterdir() if e.name.startswith(LEFTOVER_PREFIXES)]
    except OSError:
        return 0                  # no temp folder to clean: nothing to start with
    for entry in entries:
        try:
            if entry.is_dir() and not entry.is_symlink():
                shutil.rmtree(entry, ignore_errors=True)
            else:
                entry.unlink(missing_ok=True)
            removed += 1
        except OSError:
            pass                  # another user's or in use: not ours to force
    return removed
