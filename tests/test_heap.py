"""The one helper that leaves the existing heap out of the collector's passes
(reports/heap.py), used by the ReportLab import and by the data import."""
from __future__ import annotations

import gc

from reports.heap import settled_heap


def test_the_heap_is_frozen_in_the_block_and_unfrozen_after():
    gc.unfreeze()
    keep = [object() for _ in range(100)]                 # noqa: F841 – alive before
    with settled_heap():
        assert gc.get_freeze_count() > 0
    assert gc.get_freeze_count() == 0


def test_someone_elses_freeze_is_left_as_is():
    gc.unfreeze()
    gc.freeze()
    try:
        before = gc.get_freeze_count()
        with settled_heap():
            with settled_heap():                           # nested: the outer one's
                pass
            assert gc.get_freeze_count() >= before // 2
        assert gc.get_freeze_count() >= before // 2        # still frozen: not ours to undo
    finally:
        gc.unfreeze()


def test_the_data_import_uses_the_same_helper():
    from app.imports import engine
    assert engine.settled_heap is settled_heap
