"""Refresh the English translation:  python resources/i18n/update.py

1. pyside6-lupdate collects the Czech source strings of ui/ and app/labels.py
   into kmb_en.ts;
2. every string found in the glossaries (en_glossary.py and each area's
   en_<area>.py, so that areas do not edit one shared file) gets its English text;
3. pyside6-lrelease compiles kmb_en.qm, which the app loads for --lang en.
Strings without an English entry stay Czech in the English UI (listed at the end).
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


def main() -> int:
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
    if missing:
        print(f"{len(missing)} strings without English:")
        for m in sorted(missing):
            print("  ", repr(m))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
