"""Every service of app/ (a function taking ``db, actor``), found by walking
the package, and a way to call it with placeholder arguments: the permission
check comes first, so a refusal shows before any argument is looked at."""
from __future__ import annotations

import datetime as dt
import importlib
import inspect
import pkgutil

import app

SKIP_PACKAGES = (".demo", ".cli")


def services() -> dict[str, object]:
    found = {}
    for info in pkgutil.walk_packages(app.__path__, "app."):
        if any(p in info.name for p in SKIP_PACKAGES):
            continue
        mod = importlib.import_module(info.name)
        for name, fn in inspect.getmembers(mod, inspect.isfunction):
            if fn.__module__ != mod.__name__ or name.startswith("_"):
                continue
            params = list(inspect.signature(fn).parameters)
            if len(params) >= 2 and params[0] == "db" and params[1] == "actor":
                found[f"{mod.__name__.removeprefix('app.')}.{name}"] = fn
    return found


def placeholder(name: str):
    if name in ("today", "on", "day", "as_of", "since", "until", "visit_on", "opened_on",
                "decided_on", "responded_on", "offered_on", "ended_on", "signed_on",
                "moved_in_on", "paid_on", "first_due_on", "month", "date_from", "date_to",
                "inspected_on", "adopted_on", "filed_on"):
        return dt.date(2026, 11, 27)
    if name in ("data", "new", "draft", "rules", "row", "detail", "targets", "template",
                "mapping", "lines"):
        return None
    if name in ("approve", "accepted", "arrived", "active", "justified", "override"):
        return True
    if name in ("amount_hal", "approved_hal", "total_hal", "installment_hal", "balance_hal",
                "threshold_hal", "year", "limit", "size", "days"):
        return 1
    if name == "card_data":
        return b"not a card"
    if name in ("path", "out_path", "target"):      # never a file in the working folder
        return "/nonexistent/kmb-probe"
    return "00000000-0000-7000-8000-000000000000"


def call(fn, db, actor):
    sig = inspect.signature(fn)
    args = [placeholder(p.name) for p in list(sig.parameters.values())[2:]
            if p.default is inspect.Parameter.empty and p.kind in (p.POSITIONAL_ONLY,
                                                                     p.POSITIONAL_OR_KEYWORD)]
    kwargs = {p.name: placeholder(p.name) for p in list(sig.parameters.values())[2:]
              if p.default is inspect.Parameter.empty and p.kind == p.KEYWORD_ONLY}
    result = fn(db, actor, *args, **kwargs)
    if inspect.isgenerator(result):
        list(result)
    return result
