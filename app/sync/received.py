"""Which clock ranges of a peer we have applied, and what we confirm back.

Each bundle covers the sender's changes in (seq_from, seq_to], where seq_from
is what the sender believed we had confirmed. The confirmation we send back is
the end of the contiguous chain from 0; a gap (a lost bundle) holds it back
until the sender resends from there.
"""
from __future__ import annotations


def add_range(ranges: list[list[int]], start: int, end: int) -> list[list[int]]:
    merged: list[list[int]] = []
    for a, b in sorted([*ranges, [start, end]]):
        if merged and a <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], b)
        else:
            merged.append([a, b])
    return merged


def watermark(ranges: list[list[int]]) -> int:
    """The highest seq such that everything in (0, seq] has been applied."""
    for a, b in sorted(ranges):
        if a <= 0:
            return b
        break
    return 0
