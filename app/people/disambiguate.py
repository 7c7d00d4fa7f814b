"""People and households told apart where their names repeat.

Three households called "Malí" in one ranking, or two "Lubomír Šimek" on one
PDF, must not be confused (a flat was once offered to the wrong one). Every
list, dialog and document that names people passes its shown set through
``told_apart``: a name that is unique stays as it is; a repeated one gets the
first detail that tells its group apart — birth year, then address, then
application number — or all of them when none does alone."""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from ..czech_text import fold


@dataclass(frozen=True)
class Named:
    name: str
    birth_year: int | None = None
    address: str | None = None
    number: str | None = None       # application (or case) number


def _details(n: Named) -> list[str | None]:
    return [f"nar. {n.birth_year}" if n.birth_year else None, n.address or None,
            f"žádost {n.number}" if n.number else None]


def told_apart(items: Sequence[Named]) -> list[str]:
    """The shown names, in the order given: "Malí (nar. 1984)", "Malí (nar. 1991)"."""
    groups: dict[str, list[int]] = defaultdict(list)
    for i, n in enumerate(items):
        groups[fold(n.name)].append(i)
    out = [n.name for n in items]
    for indexes in groups.values():
        if len(indexes) < 2:
            continue
        details = [_details(items[i]) for i in indexes]
        for kind in range(3):
            values = [d[kind] for d in details]
            if all(values) and len(set(values)) == len(values):
                for i, value in zip(indexes, values):
                    out[i] = f"{items[i].name} ({value})"
                break
        else:
            for i, d in zip(indexes, details):
                extra = ", ".join(x for x in d if x)
                out[i] = f"{items[i].name} ({extra})" if extra else items[i].name
    return out
