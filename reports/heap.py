"""One helper for work that allocates a great many long-lived objects and makes
next to no garbage (importing ReportLab, a bulk data import). Kept here rather
than in app/ so that reports/ may use it too (reports/ imports nothing from app/,
tests/test_architecture.py); app/ imports it from here. Plain Python, no Qt."""
from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def settled_heap() -> Iterator[None]:
    """The objects alive before the block are left out of the garbage
    collector's passes while it runs (``gc.freeze``): its allocations set off
    full collections, and each walked the whole application's heap again
    (SQLAlchemy, the models: 128,000 objects once signed in) for garbage the
    block does not make. Unfrozen after, so nothing escapes later collections.
    Left as is if someone else froze objects before (an outer block, the CLI's
    exit): unfreezing here would undo theirs."""
    if gc.get_freeze_count():
        yield
        return
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


@contextmanager
def collector_paused() -> Iterator[None]:
    """No cyclic garbage collection inside the block (one print: the first one
    of a process imports ReportLab and builds a few thousand short-lived
    objects; ~30 young collections that find next to nothing). The collector
    resumes after, as it was, and takes whatever cycles the block left."""
    if not gc.isenabled():          # an outer block, or someone else, already paused it
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()
