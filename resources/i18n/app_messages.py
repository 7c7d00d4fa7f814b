"""The messages of app/ that a person reads, found in the source by their shape.

Used by update.py (extraction into app_en.po, ``--wrap`` for new code) and by
tests/test_i18n_app_messages.py (no bare Czech literal where a message is made).

A *message site* is:
- an argument of a user-facing exception: ``KmbError`` or a class derived from it
  in app/ (positional text, ``message=``, the values of an ``errors={…}`` dict),
  also ``self.refuse(…)`` and ``ValidationError.from_errors({…})``;
- a value stored into an ``errors`` dict (``errors["field"] = "…"``, ``errors = {…}``)
  that ``ValidationError.from_errors`` raises;
- a local variable assigned a text and then passed to such an exception
  (``msg = "…"; raise Conflict(msg)``).
- in app/cli/: help texts (``help=``, ``description=``, ``epilog=``, ``title=``,
  ``metavar=``) and what a command prints (``print(…)``, ``….write(…)``).
A *bare literal* is a string or f-string at such a site that reads as Czech text
(a letter and a space or diacritic) and is not already inside ``_()``.
"""
from __future__ import annotations

import ast
import json
import re
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
BASE_ERRORS = {"KmbError"}
REFUSERS = {"refuse", "_bad"}     # _bad: app/imports/reading.py's ValidationError
ERROR_DICTS = {"errors"}
_TEXT = re.compile(r"[^\W\d_]")
_CZECH = re.compile(r"[ áčďéěíňóřšťúůýžÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ]")


def app_files() -> list[Path]:
    return sorted(p for p in (ROOT / "app").rglob("*.py") if p.name != "i18n.py")


def error_classes(files: list[Path]) -> set[str]:
    """KmbError and every class in app/ derived from it (by name, to a fixed point)."""
    bases: dict[str, set[str]] = {}
    for path in files:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef):
                bases[node.name] = {ast.unparse(b).split(".")[-1] for b in node.bases}
    found = set(BASE_ERRORS)
    while True:
        more = {name for name, bs in bases.items() if bs & found} - found
        if not more:
            return found
        found |= more


_ANY_WORD: set[int] = set()


def _reads_czech(node: ast.AST) -> bool:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        text = node.value
    elif isinstance(node, ast.JoinedStr):
        text = "".join(v.value for v in node.values if isinstance(v, ast.Constant))
    else:
        return False
    return bool(_TEXT.search(text) and (_CZECH.search(text) or id(node) in _ANY_WORD))


def _is_wrapped(call: ast.AST) -> bool:
    return isinstance(call, ast.Call) and isinstance(call.func, ast.Name) \
        and call.func.id in ("_", "N_")


def _texts(node: ast.AST):
    """The literal texts inside an expression that ends up as the message:
    the expression itself, both arms of ``a if c else b``, dict values."""
    if isinstance(node, (ast.Constant, ast.JoinedStr)):
        yield node
    elif isinstance(node, ast.IfExp):
        yield from _texts(node.body)
        yield from _texts(node.orelse)
    elif isinstance(node, ast.BoolOp):
        for v in node.values:
            yield from _texts(v)
    elif isinstance(node, ast.Dict):
        for v in node.values:
            yield from _texts(v)


@dataclass
class Site:
    path: Path
    node: ast.AST           # the Constant / JoinedStr to wrap

    @property
    def line(self) -> int:
        return self.node.lineno


def _call_name(call: ast.Call) -> str:
    return ast.unparse(call.func).split(".")[-1]


CLI_TEXT_KEYWORDS = {"help", "description", "epilog", "title", "metavar"}
CLI_OUTPUT_CALLS = {"print", "write"}


def _message_args(call: ast.Call, errors: set[str], cli: bool = False):
    name = _call_name(call)
    if cli:
        for kw in call.keywords:
            if kw.arg in CLI_TEXT_KEYWORDS:
                if kw.arg == "metavar" and isinstance(kw.value, ast.Constant):
                    _ANY_WORD.add(id(kw.value))     # SOUBOR, DATUM: words without a space
                yield kw.value
        if name in CLI_OUTPUT_CALLS and call.args:
            yield call.args[0]
    if name in errors or name in REFUSERS or name == "from_errors":
        if call.args:
            yield call.args[0]
        for kw in call.keywords:
            if kw.arg in ("message", "errors"):
                yield kw.value


def sites(path: Path, errors: set[str]) -> list[Site]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: list[Site] = []
    cli = "cli" in path.relative_to(ROOT).parts

    def add(expr):
        for t in _texts(expr):
            if _reads_czech(t):
                found.append(Site(path, t))

    scopes = [n for n in ast.walk(tree)
              if isinstance(n, (ast.Module, ast.FunctionDef, ast.AsyncFunctionDef))]
    for scope in scopes:
        message_names: set[str] = set()
        body_nodes = list(_walk_scope(scope))
        for node in body_nodes:
            if isinstance(node, ast.Call):
                for arg in _message_args(node, errors, cli):
                    if isinstance(arg, ast.Name):
                        message_names.add(arg.id)
                    elif not _is_wrapped(arg):
                        add(arg)
        for node in body_nodes:
            if isinstance(node, (ast.Assign, ast.AnnAssign)) and node.value is not None:
                targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                for t in targets:
                    named = t.id if isinstance(t, ast.Name) else \
                        t.value.id if isinstance(t, ast.Subscript) and \
                        isinstance(t.value, ast.Name) else None
                    if named in message_names or named in ERROR_DICTS:
                        add(node.value)
    unique = {(s.node.lineno, s.node.col_offset): s for s in found}
    return [unique[k] for k in sorted(unique)]


def _walk_scope(scope: ast.AST):
    """The nodes of one function (or the module) without those of nested functions."""
    todo = list(ast.iter_child_nodes(scope))
    while todo:
        node = todo.pop()
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda, ast.ClassDef)):
            continue
        yield node
        todo.extend(ast.iter_child_nodes(node))


def unwrapped(files: list[Path] | None = None) -> list[Site]:
    files = files or app_files()
    errors = error_classes(app_files())
    return [s for f in files for s in sites(f, errors)]


# -- extraction ----------------------------------------------------------------------

def _marked_text(node: ast.AST) -> str | None:
    """The text of ``_("…")``, ``N_("…")`` or app/labels.py's
    ``QT_TRANSLATE_NOOP("labels", "…")`` (the enum labels, which the CLI and the
    statistics show through gettext as ui/ shows them through Qt)."""
    if not isinstance(node, ast.Call):
        return None
    args = node.args
    if _is_wrapped(node):
        arg = args[0] if args else None
    elif isinstance(node.func, ast.Name) and node.func.id == "QT_TRANSLATE_NOOP" \
            and len(args) == 2:
        arg = args[1]
    else:
        return None
    return arg.value if isinstance(arg, ast.Constant) and isinstance(arg.value, str) else None


def extract(files: list[Path] | None = None) -> dict[str, list[str]]:
    """Every ``_("…")`` / ``N_("…")`` text of app/ → where it occurs (file:line)."""
    found: dict[str, list[str]] = {}
    for path in files or app_files():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            text = _marked_text(node)
            if text is not None:
                where = f"{path.relative_to(ROOT)}:{node.lineno}"
                found.setdefault(text, []).append(where)
    return found


# -- wrapping (update.py --wrap) -----------------------------------------------------

def _placeholder(expr: ast.AST, used: dict[str, str], n: int) -> str:
    code = ast.unparse(expr)
    if isinstance(expr, ast.Name):
        name = expr.id
    elif isinstance(expr, ast.Attribute):
        name = expr.attr
    elif isinstance(expr, ast.Subscript) and isinstance(expr.slice, ast.Constant) \
            and isinstance(expr.slice.value, str) and expr.slice.value.isidentifier():
        name = expr.slice.value
    elif isinstance(expr, ast.Call) and isinstance(expr.func, (ast.Name, ast.Attribute)):
        name = (expr.func.id if isinstance(expr.func, ast.Name) else expr.func.attr)
    else:
        name = f"v{n}"
    name = name.lstrip("_") or f"v{n}"
    base, i = name, 2
    while name in used and used[name] != code:
        name, i = f"{base}{i}", i + 1
    used[name] = code
    return name


def _template(node: ast.JoinedStr) -> tuple[str, dict[str, str]]:
    parts, used = [], {}
    for n, v in enumerate(node.values):
        if isinstance(v, ast.Constant):
            parts.append(v.value.replace("{", "{{").replace("}", "}}"))
            continue
        name = _placeholder(v.value, used, n)
        conv = "" if v.conversion == -1 else "!" + chr(v.conversion)
        spec = ""
        if v.format_spec is not None:
            spec = ":" + "".join(c.value for c in v.format_spec.values
                                 if isinstance(c, ast.Constant))
        parts.append("{" + name + conv + spec + "}")
    return "".join(parts), used


def _literal(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def _replacement(site: Site, source_segment: str, indent: int) -> str:
    node = site.node
    if isinstance(node, ast.Constant):
        return f"_({source_segment})"
    template, used = _template(node)
    args = ", ".join(f"{k}={v}" for k, v in used.items())
    chunks = _chunks(template, 96 - indent)
    pad = "\n" + " " * (indent + 2)
    return "_(" + pad.join(_literal(c) for c in chunks) + f").format({args})"


def _chunks(text: str, width: int) -> list[str]:
    width = max(width, 40)
    out, rest = [], text
    while len(rest) > width:
        cut = rest.rfind(" ", 0, width)
        if cut <= 0:
            break
        out.append(rest[:cut + 1])
        rest = rest[cut + 1:]
    return out + [rest]


def wrap_file(path: Path, errors: set[str]) -> int:
    """Wrap every bare literal of one file in ``_()`` and import ``_``. Edits only
    the literals (an f-string becomes ``_("… {name} …").format(name=…)``)."""
    found = sites(path, errors)
    if not found:
        return 0
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    raw = [ln.encode("utf-8") for ln in lines]
    for site in sorted(found, key=lambda s: (s.node.lineno, s.node.col_offset), reverse=True):
        n = site.node
        start, end = n.lineno - 1, n.end_lineno - 1
        segment = b"".join(raw[start:end + 1])
        head = len(b"".join(raw[start:start])) + n.col_offset
        tail = len(b"".join(raw[start:end])) + n.end_col_offset
        text = segment[head:tail].decode("utf-8")
        indent = len(raw[start][:n.col_offset].decode("utf-8"))
        new = segment[:head] + _replacement(site, text, indent).encode("utf-8") + segment[tail:]
        raw[start:end + 1] = [new]
    source = b"".join(raw).decode("utf-8")
    path.write_text(_add_import(path, source), encoding="utf-8")
    return len(found)


def _add_import(path: Path, source: str) -> str:
    tree = ast.parse(source)
    for node in tree.body:
        if isinstance(node, ast.ImportFrom) and node.module and node.module.endswith("i18n") \
                and any(a.name == "_" for a in node.names):
            return source
    depth = len(path.relative_to(ROOT / "app").parts)
    line = f"from {'.' * depth}i18n import _\n"
    last = None
    for node in tree.body:
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            last = node
        elif last is not None or not (isinstance(node, ast.Expr)
                                      and isinstance(node.value, ast.Constant)):
            break
    lines = source.splitlines(keepends=True)
    at = last.end_lineno if last is not None else 0
    return "".join(lines[:at] + [line] + lines[at:])


def shadowed(files: list[Path] | None = None) -> list[str]:
    """Functions (or modules) that assign ``_`` themselves and also build a message:
    ``_("…")`` there would call the local variable."""
    errors = error_classes(app_files())
    out = []
    for path in files or app_files():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for scope in ast.walk(tree):
            if not isinstance(scope, (ast.Module, ast.FunctionDef, ast.AsyncFunctionDef)):
                continue
            nodes = list(_walk_scope(scope))
            in_comprehension = {id(t) for n in nodes if isinstance(n, ast.comprehension)
                                for t in ast.walk(n.target)}     # a scope of its own
            stores = any(isinstance(n, ast.Name) and n.id == "_" and isinstance(n.ctx, ast.Store)
                         and id(n) not in in_comprehension for n in nodes)
            uses = any(_is_wrapped(n) for n in nodes) or any(
                isinstance(n, ast.Call) and any(True for _a in _message_args(n, errors))
                for n in nodes)
            if stores and uses:
                out.append(f"{path.relative_to(ROOT)}:{getattr(scope, 'lineno', 1)}")
    return out


# -- every Czech text (issue 18.3) ---------------------------------------------------
#
# The message sites above are found by their shape; a text built first and shown
# later (an f-string returned, a progress line, a summary) has no such shape. So
# every literal or f-string of app/ that reads as Czech (it has a Czech letter with
# a diacritic) and is not inside ``_()`` / ``N_()`` must be Czech *on purpose*:
#
# - a whole folder below (generated demo data), or
# - a comment ``# czech-on-purpose: <why>`` – on a line of its own before the
#   module's first statement: the whole module; on a ``def`` / ``class`` line (or a
#   line of its own just above it): that function or class; on any other line (or
#   just above it): the statement that line belongs to.
#   Used for documents (contracts, decisions, protocols are legal Czech documents
#   whatever the UI language), Czech grammar and name lists, and Czech data formats
#   (RÚIAN files, the columns of an import file);
# - or, for now, listed in czech_left.txt (found user-facing, not yet translated:
#   the list may only shrink – a text that is no longer there must leave it too).

CZECH_FOLDERS = {
    "app/demo/": "generated demo data: Czech names, addresses, notes and documents",
}
MARKER = re.compile(r"#\s*czech-on-purpose\b")
_DIACRITIC = re.compile(r"[áčďéěíňóřšťúůýžÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ]")
LEFT_FILE = Path(__file__).resolve().parent / "czech_left.txt"


@dataclass(frozen=True)
class Czech:
    path: str               # relative to the repository
    line: int
    text: str               # the literal parts of the text (f-string values left out)

    def key(self) -> str:
        return f"{self.path}\t{self.text}"


def _literal_text(node: ast.AST) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(v.value for v in node.values if isinstance(v, ast.Constant))
    return None


def _docstrings(tree: ast.AST) -> set[int]:
    out = set()
    for n in ast.walk(tree):
        if isinstance(n, (ast.Module, ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)) \
                and n.body and isinstance(n.body[0], ast.Expr) \
                and isinstance(n.body[0].value, ast.Constant):
            out.add(id(n.body[0].value))
    return out


def _inside_translation(tree: ast.AST) -> set[int]:
    """Nodes inside ``_()``, ``N_()``, ``QT_TRANSLATE_NOOP()`` and the parts of
    f-strings (the f-string itself is judged as one text)."""
    out = set()
    for n in ast.walk(tree):
        if isinstance(n, ast.Call) and (_is_wrapped(n) or (
                isinstance(n.func, ast.Name) and n.func.id == "QT_TRANSLATE_NOOP")):
            out.update(id(s) for s in ast.walk(n))
        elif isinstance(n, ast.JoinedStr):
            out.update(id(s) for s in ast.walk(n) if s is not n)
    return out


def _on_purpose(tree: ast.Module, lines: list[str]) -> list[tuple[int, int]]:
    """Line ranges marked ``# czech-on-purpose``."""
    marked = [i + 1 for i, text in enumerate(lines) if MARKER.search(text)]
    if not marked:
        return []
    first = tree.body[0].lineno if tree.body else len(lines) + 1
    if tree.body and isinstance(tree.body[0], ast.Expr) \
            and isinstance(tree.body[0].value, ast.Constant):     # the module docstring
        first = tree.body[1].lineno if len(tree.body) > 1 else len(lines) + 1
    stmts = [n for n in ast.walk(tree) if isinstance(n, ast.stmt)]
    ranges = []
    for line in marked:
        if line < first and not any(n.lineno <= line <= n.end_lineno for n in tree.body):
            return [(1, len(lines))]                            # the whole module
        while lines[line - 1].lstrip().startswith("#") and line < len(lines):
            line += 1                                           # a comment line: what follows
        holders = [n for n in stmts if n.lineno <= line <= n.end_lineno and (
            n.lineno == line or not hasattr(n, "body"))]        # compound: its header line
        if holders:
            inner = max(holders, key=lambda n: (n.lineno, -n.end_lineno))
            ranges.append((inner.lineno, inner.end_lineno))
    return ranges


def czech_texts(path: Path) -> list[Czech]:
    """The Czech texts of one file that are neither translated nor Czech on purpose."""
    rel = path.relative_to(ROOT).as_posix()
    if any(rel.startswith(folder) for folder in CZECH_FOLDERS):
        return []
    source = path.read_text(encoding="utf-8")
    tree = ast.parse(source)
    skip = _docstrings(tree) | _inside_translation(tree)
    ranges = _on_purpose(tree, source.splitlines())
    found = []
    for n in ast.walk(tree):
        if id(n) in skip:
            continue
        text = _literal_text(n)
        if text and _DIACRITIC.search(text) and not any(a <= n.lineno <= b for a, b in ranges):
            found.append(Czech(rel, n.lineno, text))
    return sorted(found, key=lambda c: (c.line, c.text))


def all_czech_texts(files: list[Path] | None = None) -> list[Czech]:
    return [c for f in (files or app_files()) for c in czech_texts(f)]


def left_over() -> set[str]:
    """czech_left.txt: ``path<TAB>"text"`` (the text as a JSON string)."""
    if not LEFT_FILE.exists():
        return set()
    return {ln for ln in LEFT_FILE.read_text(encoding="utf-8").splitlines()
            if ln and not ln.startswith("#")}


def left_line(c: Czech) -> str:
    return f"{c.path}\t{json.dumps(c.text, ensure_ascii=False)}"
