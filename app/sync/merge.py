"""The merge rule, as a pure function (DESIGN.md "Sync and bundles").

Per column the higher stamp (hlc, origin) wins — the same result on every
installation whatever the order of bundles, however often they arrive. A
losing value is kept as a conflict when the two writes were concurrent, i.e.
neither side had seen the other's write when it wrote. "Seen" is the row's
version vector ``RowMeta.seen``: every row state travels whole, so a state that
has seen a later write of an origin to the row has seen that origin's earlier
writes to every column of it (or recorded them as conflicts).
"""
from __future__ import annotations

from dataclasses import dataclass, field

from .stamps import RowMeta, Stamp

# Columns whose concurrent writes are not worth a person's review: bookkeeping
# and values derived from other columns (they follow their sources).
NO_CONFLICT = frozenset({"updated_at", "created_at", "id", "search_surname", "search_given",
                         "sort_key"})


@dataclass
class LostValue:
    column: str
    kept_value: object
    kept_stamp: Stamp
    lost_value: object
    lost_stamp: Stamp


@dataclass
class MergeResult:
    values: dict
    meta: RowMeta
    changed_values: bool = False
    changed_meta: bool = False
    lost: list[LostValue] = field(default_factory=list)


def _worth_review(col: str, kept, lost) -> bool:
    """A lost value a person should see: not bookkeeping, not equal, and not two
    deletions of the same row (both sides wanted it gone)."""
    if col in NO_CONFLICT or kept == lost:
        return False
    return not (col == "deleted_at" and kept is not None and lost is not None)


def merge_row(local_values: dict, local_meta: RowMeta, in_values: dict, in_meta: RowMeta,
              columns: list[str]) -> MergeResult:
    """Merge an incoming row state into the local one (both dicts of encoded values)."""
    values = dict(local_values)
    meta = RowMeta(local_meta.base, dict(local_meta.columns), dict(local_meta.seen))
    result = MergeResult(values, meta)
    for col in columns:
        if col not in in_values:
            continue            # an older schema without this column: nothing to say
        s_in, s_l = in_meta.stamp(col), local_meta.stamp(col)
        if s_in == s_l:
            continue
        v_in, v_l = in_values[col], local_values.get(col)
        if s_in > s_l:
            if not in_meta.knows(s_l) and _worth_review(col, v_in, v_l):
                result.lost.append(LostValue(col, v_in, s_in, v_l, s_l))
            values[col] = v_in
            meta.set(col, s_in)
            result.changed_values |= v_in != v_l
            result.changed_meta = True
        elif not local_meta.knows(s_in) and _worth_review(col, v_l, v_in):
            result.lost.append(LostValue(col, v_l, s_l, v_in, s_in))
    _delete_against_edit(local_values, local_meta, in_values, in_meta, columns, result)
    before = dict(meta.seen)
    meta.merge_seen(in_meta.seen)
    if meta.seen != before:
        result.changed_meta = True
    if result.changed_meta:
        meta.compact(columns)
    return result


def _delete_against_edit(local_values: dict, local_meta: RowMeta, in_values: dict,
                         in_meta: RowMeta, columns: list[str], result: MergeResult) -> None:
    """One side deleted the row while the other edited it, neither knowing of the
    other: the deletion wins by the rule, but the edit must not vanish unseen.
    Kept as a conflict on ``deleted_at`` (lost value: not deleted), which a person
    may undo ("obnovit"). Both sides compute the same lost stamp (the editor's
    latest write), hence the same conflict id."""
    if "deleted_at" not in in_values or result.values.get("deleted_at") is None:
        return
    if any(lost.column == "deleted_at" for lost in result.lost):
        return
    s_del = result.meta.stamp("deleted_at")
    if in_meta.stamp("deleted_at") == s_del and local_values.get("deleted_at") is None:
        deleter, editor = in_meta, local_meta
    elif local_meta.stamp("deleted_at") == s_del and in_values.get("deleted_at") is None:
        deleter, editor = local_meta, in_meta
    else:
        return
    if editor.knows(s_del):
        return                  # the edit came after seeing the deletion
    edits = [editor.stamp(c) for c in columns
             if c not in NO_CONFLICT and c != "deleted_at" and c in in_values
             and not deleter.knows(editor.stamp(c))]
    if edits:
        result.lost.append(LostValue("deleted_at", result.values["deleted_at"], s_del,
                                     None, max(edits)))
