"""Refresh the English translation:  python resources/i18n/update.py

1. pyside6-lupdate collects the Czech source strings of ui/ and app/labels.py
   into kmb_en.ts;
2. every string found in EN (en_glossary.py) gets its English text;
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
from en_glossary import EN  # noqa: E402


def main() -> int:
    ts = HERE / "kmb_en.ts"
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "ui").rglob("*.py"))
    sources.append("app/labels.py")
    subprocess.run(["pyside6-lupdate", *sources, "-no-obsolete", "-source-language", "cs_CZ",
                    "-target-language", "en_GB", "-ts", str(ts)], cwd=ROOT, check=True,
                   capture_output=True)
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
