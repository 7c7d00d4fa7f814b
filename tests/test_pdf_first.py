"""The first PDF of a process (issue 10): the office logo is decoded once per
document and embedded once, a broken logo does not stop the print."""
from __future__ import annotations

import io

from PIL import Image
from pypdf import PdfReader

from reports.base import Document, OfficeInfo


def _png(color=(200, 30, 30, 255)) -> bytes:
    buf = io.BytesIO()
    Image.new("RGBA", (40, 40), color).save(buf, "PNG")
    return buf.getvalue()


def _pages(logo: bytes | None, n: int = 120) -> bytes:
    doc = Document(OfficeInfo(name="Městský úřad Žďár", logo_png=logo), "Zkouška")
    for i in range(n):
        doc.paragraph(f"Řádek {i}: Příliš žluťoučký kůň úpěl ďábelské ódy.")
    return doc.render()


def test_the_logo_is_on_every_page_and_embedded_once():
    reader = PdfReader(io.BytesIO(_pages(_png())))
    assert len(reader.pages) >= 3
    images = set()
    for page in reader.pages:
        xobjects = page["/Resources"]["/XObject"]
        assert len(xobjects) == 1
        images |= {xobjects[name].indirect_reference.idnum for name in xobjects}
    assert len(images) == 1


def test_a_jpeg_logo_still_prints_and_a_broken_one_is_left_out():
    buf = io.BytesIO()
    Image.new("RGB", (40, 40), (20, 90, 160)).save(buf, "JPEG")
    reader = PdfReader(io.BytesIO(_pages(buf.getvalue(), n=5)))
    assert "/XObject" in reader.pages[0]["/Resources"]
    for broken in (b"\x89PNG\r\n\x1a\nnot really", b"not an image", _png()[:60]):
        reader = PdfReader(io.BytesIO(_pages(broken, n=5)))
        assert "Městský úřad Žďár" in reader.pages[0].extract_text()


GC_CHILD = """
import gc, sys
class Node:
    pass
a, b = Node(), Node()
a.other, b.other = b, a                 # a cycle made before ReportLab is loaded
mode = sys.argv[1]
if mode == "frozen":
    gc.freeze()
before = gc.get_freeze_count()
seen = []
gc.callbacks.append(lambda phase, info: phase == "start" and seen.append(gc.get_freeze_count()))
import reports.base  # noqa: F401
gc.callbacks.clear()
after = gc.get_freeze_count()
# (frozen objects may still be freed by their reference count)
assert after == 0 if mode == "plain" else after > before // 2, (before, after)
if mode == "plain":
    assert before == 0 and max(seen) > 0   # collections meanwhile left the old heap alone
    del a, b
    assert gc.collect() >= 2                           # and is collected again after
print("ok")
"""


def test_loading_reportlab_leaves_the_old_heap_alone_and_unfrozen_after():
    import subprocess
    import sys
    from pathlib import Path
    root = Path(__file__).resolve().parent.parent
    for mode in ("plain", "frozen"):
        out = subprocess.run([sys.executable, "-c", GC_CHILD, mode], cwd=root,
                             capture_output=True, text=True, timeout=120)
        assert out.returncode == 0, out.stderr
        assert out.stdout.strip() == "ok"


CJK_CHILD = """
import re
import reports.base  # noqa: F401
from reportlab.lib import textsplit
lazy = textsplit.rx
assert type(lazy).__name__ == "_LazyPattern" and lazy._compiled is None
eager = re.compile("([\\u2e80-\\uffff])", re.UNICODE)
for text in ("漢字かな交じり文", "Příliš žluťoučký kůň", ""):
    assert lazy.sub(r"\\1\\0 ", text) == eager.sub(r"\\1\\0 ", text)
print("ok")
"""


def test_reportlab_cjk_pattern_is_compiled_on_first_use_and_matches_as_before():
    import subprocess
    import sys
    from pathlib import Path
    out = subprocess.run([sys.executable, "-c", CJK_CHILD],
                         cwd=Path(__file__).resolve().parent.parent,
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "ok"
