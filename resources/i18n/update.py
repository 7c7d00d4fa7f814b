"""Refresh the English translation:  python resources/i18n/update.py

1. pyside6-lupdate collects the Czech source strings of ui/ and app/labels.py
   into kmb_en.ts;
2. every string found in the glossaries (en_glossary.py and each area's
   en_<area>.py, so that areas do not edit one shared file) gets its English text;
3. pyside6-lrelease compiles kmb_en.qm, which the app loads for --lang en;
4. every ``_("…")`` of app/ (the Qt-free core, app.i18n) is extracted into
   app_en.po with its English from the same glossaries, and compiled to
   app_en.mo with Babel (``pip install -e '.[test]'`` brings it).
Strings without an English entry stay Czech in the English UI (listed at the end).

``python resources/i18n/update.py --wrap`` first wraps every bare Czech message
literal of app/ in ``_()`` (f-strings become ``_("… {name} …").format(name=…)``)
and adds the import; tests/test_i18n_app_messages.py lists what is left.
Beyond those message sites the test checks every Czech literal of app/: it is in
``_()``, or marked ``# czech-on-purpose: <why>`` (documents, grammar, data formats,
texts stored in records), or a known debt listed in czech_left.txt.
"""
from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(HERE))


def glossary() -> dict[str, str]:
    """en_glossary.py plus every area's en_<area>.py (each defines EN)."""
    import importlib
    merged: dict[str, str] = {}
    for path in sorted(HERE.glob("en_*.py")):
        merged.update(importlib.import_module(path.stem).EN)
    return merged


def app_catalog(EN: dict[str, str]) -> set[str]:
    """app_en.po / app_en.mo from the ``_("…")`` texts of app/; returns those
    without English."""
    from babel.messages.catalog import Catalog
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import write_po

    import app_messages
    catalog = Catalog(locale="en", project="KMB Desk", fuzzy=False)
    missing = set()
    for text, where in sorted(app_messages.extract().items()):
        locations = [(w.rsplit(":", 1)[0], int(w.rsplit(":", 1)[1])) for w in where]
        catalog.add(text, EN.get(text, ""), locations=locations)
        if text not in EN:
            missing.add(text)
    with open(HERE / "app_en.po", "wb") as fh:
        write_po(fh, catalog, width=100, sort_output=True)
    with open(HERE / "app_en.mo", "wb") as fh:
        write_mo(fh, catalog)
    return missing


def main() -> int:
    if "--wrap" in sys.argv[1:]:
        import app_messages
        errors = app_messages.error_classes(app_messages.app_files())
        wrapped = sum(app_messages.wrap_file(f, errors) for f in app_messages.app_files())
        print(f"{wrapped} messages wrapped in _()")
        for where in app_messages.shadowed():
            print(f"  {where}: assigns _ itself, rename that variable")
    ts = HERE / "kmb_en.ts"
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "ui").rglob("*.py"))
    sources.append("app/labels.py")
    subprocess.run(["pyside6-lupdate", *sources, "-no-obsolete", "-source-language", "cs_CZ",
                    "-target-language", "en_GB", "-ts", str(ts)], cwd=ROOT, check=True,
                   capture_output=True)
    EN = glossary()
    tree = ET.parse(ts)
    missing = set()
    for message in tree.iter("message"):
        source = message.findtext("source")
        translation = message.find("translation")
        if source in EN:
            translation.text = EN[source]
            translation.attrib.pop("type", None)
        else:
            missing.add(source)
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    subprocess.run(["pyside6-lrelease", str(ts), "-qm", str(HERE / "kmb_en.qm")], check=True,
                   capture_output=True)
    missing |= app_catalog(EN)
    if missing:
        print(f"{len(missing)} strings without English:")
        for m in sorted(missing):
            print("  ", repr(m))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
