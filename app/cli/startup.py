"""The cyclic garbage collector during a ``kmb`` process's start-up.

Importing SQLAlchemy, mapping the models and signing in allocate some 150,000
objects that live until the process ends; with the default threshold the
collector walks them about 170 times and finds almost nothing (a tenth of a
short command's CPU). ``ui.launch`` raises the threshold for a sub-command
(``begin``); when the start-up is over (signed in: ``open_for``) ``done``
freezes what it allocated, so that no later collection walks it again, and
restores the threshold. A command that never signs in keeps the high
threshold: the collector still runs, only in larger batches.
Only the process entry point calls ``begin``: in-process callers (the tests)
keep their collector as it is."""
from __future__ import annotations

import gc

# Above what a start-up allocates (imports, mapping, sign-in), so that none
# of its objects is walked; a collection still comes after that many.
STARTUP_THRESHOLD = 250_000

_saved: tuple[int, ...] | None = None


def begin() -> None:
    global _saved
    if _saved is None:
        _saved = gc.get_threshold()
        gc.set_threshold(STARTUP_THRESHOLD, *_saved[1:])


def done() -> None:
    global _saved
    if _saved is not None:
        gc.freeze()           # the start-up's objects: never collected, never walked again
        gc.set_threshold(*_saved)
        _saved = None


def started() -> bool:
    """Whether this process is still in its start-up (``begin`` without ``done``)."""
    return _saved is not None
