"""The first PDF of a process (issue 10): the office logo is decoded once per
document and embedded once, a broken logo does not stop the print."""
from __future__ import annotations

import io

import pytest
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


def _child_says_ok(code: str) -> None:
    """``code`` run in a fresh interpreter from the repository root prints "ok"."""
    import subprocess
    import sys
    from pathlib import Path
    out = subprocess.run([sys.executable, "-c", code],
                         cwd=Path(__file__).resolve().parent.parent,
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "ok"


def test_reportlab_cjk_pattern_is_compiled_on_first_use_and_matches_as_before():
    _child_says_ok(CJK_CHILD)


def _face(font) -> dict:
    state = dict(vars(font.face))
    scale = state.pop("_pdfScale")
    return {**state, "_pdfScale": [scale(x) for x in (0, 1, 37, 1000, 2048)]}


def test_a_face_read_from_the_cache_equals_the_parsed_one(tmp_path, monkeypatch):
    from reportlab.pdfbase import ttfonts

    from reports import fonts
    from resources import path as resource_path
    monkeypatch.setattr(fonts, "CACHE_DIR", tmp_path / "cache")
    for file in ("KMBSans.ttf", "KMBSans-Bold.ttf"):
        parsed = fonts.load("F", resource_path("fonts", file))
        assert len(list((tmp_path / "cache").glob("font-F-*.marshal"))) == 1

        def no_parsing(*args, **kwargs):
            raise AssertionError("parsed again")
        with monkeypatch.context() as m:
            m.setattr(ttfonts.TTFont, "__init__", no_parsing)
            cached = fonts.load("F", resource_path("fonts", file))
        assert type(cached) is type(parsed) and type(cached.face) is type(parsed.face)
        assert vars(cached).keys() == vars(parsed).keys()
        assert _face(cached) == _face(parsed)
        assert type(cached.face.name) is type(parsed.face.name)
        assert cached.face.name.ustr == parsed.face.name.ustr
        assert vars(cached.encoding) == vars(parsed.encoding)
        assert {k: v for k, v in vars(cached).items() if k not in ("face", "encoding", "state")} \
            == {k: v for k, v in vars(parsed).items() if k not in ("face", "encoding", "state")}
        for f in (tmp_path / "cache").iterdir():
            f.unlink()


def test_a_broken_cache_file_means_one_parse(tmp_path, monkeypatch):
    from reports import fonts
    from resources import path as resource_path
    monkeypatch.setattr(fonts, "CACHE_DIR", tmp_path)
    file = resource_path("fonts", "KMBSans.ttf")
    good = fonts.load("F", file)
    (cache,) = tmp_path.glob("font-F-*.marshal")
    for junk in (b"", b"\x00garbage", cache.read_bytes()[:100]):
        cache.write_bytes(junk)
        assert _face(fonts.load("F", file)) == _face(good)
    assert fonts.load("F", file).face.charToGlyph == good.face.charToGlyph


FONT_CHILD = """
import sys
from pathlib import Path
from reports import fonts
if sys.argv[1] != "-":
    fonts.CACHE_DIR = Path(sys.argv[1])
from reports.base import Document, OfficeInfo
doc = Document(OfficeInfo(name="Městský úřad Žďár"), "Zkouška")
doc.title("Nájemní smlouva", "Příliš žluťoučký kůň úpěl ďábelské ódy")
doc.fields([("Nájemce", "Řehoř Šťastný, Жанна, Nguyễn"), ("Nájemné", "12 345 Kč")])
sys.stdout.buffer.write(doc.render())
"""


def test_the_same_pdf_with_parsed_and_with_cached_fonts(tmp_path):
    import os
    import subprocess
    import sys
    from pathlib import Path
    root = Path(__file__).resolve().parent.parent
    env = dict(os.environ, RL_invariant="1")       # no creation date or random id

    def pdf(cache: str) -> bytes:
        out = subprocess.run([sys.executable, "-c", FONT_CHILD, cache], cwd=root, env=env,
                             capture_output=True, timeout=120)
        assert out.returncode == 0, out.stderr
        return out.stdout
    plain = pdf("-")
    assert plain.startswith(b"%PDF")
    assert pdf(str(tmp_path)) == plain              # parsed, cache written
    assert list(tmp_path.glob("font-*.marshal"))
    assert pdf(str(tmp_path)) == plain              # from the cache


# -- the logo's decoded pixels, cached per installation (reports/logo.py) ---------------------
def _logos() -> dict[str, bytes]:
    def png(img) -> bytes:
        buf = io.BytesIO()
        img.save(buf, "PNG")
        return buf.getvalue()
    rgba = Image.new("RGBA", (30, 20), (200, 30, 30, 255))
    rgba.putpixel((3, 4), (0, 0, 0, 0))
    palette = Image.new("P", (16, 16), 1)
    palette.putpalette([255, 255, 255, 10, 120, 200] + [0] * 762)
    palette.info["transparency"] = 0
    return {"RGBA": png(rgba), "RGB": png(Image.new("RGB", (12, 9), (20, 90, 160))),
            "L": png(Image.new("L", (7, 5), 128)), "LA": png(Image.new("LA", (6, 6), (90, 100))),
            "P+transparency": png(palette)}


def _logo_pdf(png: bytes) -> bytes:
    doc = Document(OfficeInfo(name="Městský úřad Žďár", logo_png=png), "Zkouška", invariant=True)
    doc.paragraph("Příliš žluťoučký kůň úpěl ďábelské ódy.")
    return doc.render()


def test_a_logo_from_the_cache_prints_the_same_bytes_as_one_decoded(tmp_path, monkeypatch):
    from reports import fonts, logo
    for mode, png in _logos().items():
        monkeypatch.setattr(logo, "_last", None)
        monkeypatch.setattr(fonts, "CACHE_DIR", None)
        plain = _logo_pdf(png)                                  # decoded, no cache
        assert b"/Subtype /Image" in plain, mode
        cache = tmp_path / mode
        monkeypatch.setattr(fonts, "CACHE_DIR", cache)
        monkeypatch.setattr(logo, "_last", None)
        assert _logo_pdf(png) == plain, mode                    # decoded, cache written
        (entry,) = cache.glob("logo2-*.marshal")
        monkeypatch.setattr(logo, "_last", None)
        with monkeypatch.context() as m:
            m.setattr(logo, "_decoded", lambda png: pytest.fail("decoded again"))
            assert _logo_pdf(png) == plain, mode                # from the cache
        for junk in (b"", b"\x00garbage", entry.read_bytes()[:40]):
            entry.write_bytes(junk)
            monkeypatch.setattr(logo, "_last", None)
            assert _logo_pdf(png) == plain, mode                # broken: decoded again


def test_the_same_logo_twice_in_a_process_is_decoded_once(monkeypatch):
    from reports import fonts, logo
    monkeypatch.setattr(fonts, "CACHE_DIR", None)
    monkeypatch.setattr(logo, "_last", None)
    png = _logos()["RGBA"]
    first = _logo_pdf(png)
    with monkeypatch.context() as m:
        m.setattr(logo, "_decoded", lambda png: pytest.fail("decoded again"))
        assert _logo_pdf(png) == first


LOGO_CHILD = """
import sys
from pathlib import Path
from reports import fonts
fonts.CACHE_DIR = Path(sys.argv[1])
from reports.base import Document, OfficeInfo
doc = Document(OfficeInfo(name="Úřad", logo_png=Path(sys.argv[2]).read_bytes()), "Zkouška")
doc.title("Zkouška")
pdf = doc.render()
assert b"/Subtype /Image" in pdf
print(",".join(sorted(m for m in sys.modules if m.startswith("PIL."))))
"""


def test_a_cached_logo_needs_no_png_decoder(tmp_path):
    import subprocess
    import sys
    from pathlib import Path
    logo_file = tmp_path / "logo.png"
    logo_file.write_bytes(_logos()["RGBA"])

    def loaded() -> set[str]:
        out = subprocess.run([sys.executable, "-c", LOGO_CHILD, str(tmp_path / "c"),
                              str(logo_file)], cwd=Path(__file__).resolve().parent.parent,
                             capture_output=True, text=True, timeout=120)
        assert out.returncode == 0, out.stderr
        return set(out.stdout.strip().split(","))
    assert "PIL.PngImagePlugin" in loaded()                     # decoded, cache written
    assert "PIL.PngImagePlugin" not in loaded()                 # from the cache


LAZY_CHILD = """
import re
import reports.base  # noqa: F401
from reportlab.lib import PyFontify, rl_safe_eval
unsafe = rl_safe_eval.__rl_unsafe_re__
# lazy: wrapped at import (whether something already searched with it in this
# environment is not ours to pin: a CI worker once saw it compiled by then)
assert type(unsafe).__name__ == "_LazyPattern", type(unsafe)
assert unsafe.search("x.f_globals") and not unsafe.search("Příliš žluťoučký kůň")
assert type(PyFontify.matchRE).__name__ == "_LazyPattern"
source = "def f(x):\\n    return 'a' # comment\\n"
lazy = PyFontify.fontify(source)
PyFontify.matchRE = re.compile(PyFontify.matchPat)
assert PyFontify.fontify(source) == lazy and lazy
print("ok")
"""


def test_reportlab_patterns_for_unused_features_compile_on_first_use_and_match_as_before():
    import os
    import subprocess
    import sys
    from pathlib import Path
    env = {k: v for k, v in os.environ.items() if not k.startswith(("RL_", "PYTHON"))}
    out = subprocess.run([sys.executable, "-c", LAZY_CHILD], env=env,
                         cwd=Path(__file__).resolve().parent.parent,
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "ok"


# -- Pillow's Image module is imported on first use (reports/base.py) -----------------------
PILLOW_CHILD = """
import sys
import reports.base  # noqa: F401
from reportlab.lib import utils
assert "PIL.Image" not in sys.modules, "imported with ReportLab"
doc = reports.base.Document(reports.base.OfficeInfo(name="Úřad"), "Zkouška")
doc.title("Příliš žluťoučký kůň")
assert doc.render().startswith(b"%PDF")
assert "PIL.Image" not in sys.modules, "imported by a document without a picture"
from PIL import Image                               # everyone else: the real module
assert type(Image).__name__ == "module" and Image.Image.__module__ == "PIL.Image"
assert sys.modules["PIL.Image"] is Image and utils.Image.open is Image.open
picture = Image.new("RGB", (4, 3), (20, 90, 160))
assert utils._isPILImage(picture) and utils.ImageReader(picture).getSize() == (4, 3)
utils.Image.KMB_PROBE = 1                           # writes reach the real module too
assert Image.KMB_PROBE == 1
del utils.Image.KMB_PROBE
assert not hasattr(Image, "KMB_PROBE")
print("ok")
"""

PILLOW_FIRST_CHILD = """
import sys
from PIL import Image
import reports.base  # noqa: F401
from reportlab.lib import utils
assert utils.Image is Image                         # loaded before: left as it is
print("ok")
"""


@pytest.mark.parametrize("child", [PILLOW_CHILD, PILLOW_FIRST_CHILD])
def test_reportlab_gets_pillow_on_first_use_and_everyone_the_real_module(child):
    _child_says_ok(child)


def test_a_png_and_a_jpeg_logo_decode_after_pillow_came_on_first_use(tmp_path):
    import subprocess
    import sys
    from pathlib import Path
    jpeg = io.BytesIO()
    Image.new("RGB", (40, 40), (20, 90, 160)).save(jpeg, "JPEG")
    for name, data in (("logo.png", _logos()["RGBA"]), ("logo.jpg", jpeg.getvalue())):
        (tmp_path / name).write_bytes(data)
        out = subprocess.run([sys.executable, "-c", LOGO_CHILD, str(tmp_path / f"cache-{name}"),
                              str(tmp_path / name)],
                             cwd=Path(__file__).resolve().parent.parent,
                             capture_output=True, text=True, timeout=120)
        assert out.returncode == 0, out.stderr


CONTRACT_IMPORTS_CHILD = """
import sys
import app.leases.documents  # noqa: F401
loaded = set(sys.modules)
for name in ("reports.renewal", "app.leases.config", "app.people.guardians",
             "app.people.households", "app.czech_names", "app.office", "app.labels"):
    assert name not in loaded, name
print("ok")
"""


def test_the_contract_printer_leaves_the_live_data_builders_for_their_first_use():
    # a signed contract is reprinted from its snapshot: none of them is needed
    _child_says_ok(CONTRACT_IMPORTS_CHILD)


HYPHEN_CSS_CHILD = """
import re
import reports.base  # noqa: F401
from reportlab.lib import colors
from reportlab.platypus import paragraph
names = ((paragraph, "_hy_pfx_pat"), (paragraph, "_hy_sfx_pat"), (paragraph, "_hy_letters_pat"),
         (paragraph, "_hy_shy_letters_pat"), (colors, "_re_css_args"))
for module, name in names:
    lazy = getattr(module, name)
    assert type(lazy).__name__ == "_LazyPattern" and lazy._compiled is None, name
    eager = re.compile(lazy._compile().pattern)
    for text in ("„Příliš", "žluťoučký…”", "ďábelské", "kůň.", "(10, 20, 30)",
                 "(1 2 3 / 50%)", "(120,50%,50%,0.3)", ""):
        assert bool(lazy.match(text)) == bool(eager.match(text)), (name, text)
        assert bool(lazy.search(text)) == bool(eager.search(text)), (name, text)
assert colors.toColor("rgb(10,20,30)") == colors.Color(10 / 255, 20 / 255, 30 / 255)
print("ok")
"""


def test_reportlab_hyphenation_and_css_colour_patterns_compile_on_first_use():
    _child_says_ok(HYPHEN_CSS_CHILD)


def test_the_logo_embedded_deflated_and_repeated_gives_the_bytes_of_drawing_it_afresh(monkeypatch):
    """Later pages repeat the first page's logo operators (no second digest of the
    pixels), the first embeds the pixels deflated already: the PDF is byte for byte
    what ReportLab's drawImage on each page makes."""
    from reportlab.pdfbase import pdfdoc

    from reports import base, fonts, logo
    monkeypatch.setattr(fonts, "CACHE_DIR", None)
    calls = []
    draw_image = base._TotalCanvas.drawImage

    def counted(self, *args, **kwargs):
        calls.append(args[0])
        return draw_image(self, *args, **kwargs)

    def afresh(self, image, x, y, width, height):        # what every page did before
        self.drawImage(image, x, y, width=width, height=height, preserveAspectRatio=True,
                       mask="auto")

    def pages(png: bytes) -> bytes:
        doc = Document(OfficeInfo(name="Městský úřad Žďár", logo_png=png), "Zkouška",
                       invariant=True)
        for i in range(150):
            doc.paragraph(f"Řádek {i}: Příliš žluťoučký kůň úpěl ďábelské ódy.")
        return doc.render()

    from reportlab import rl_config
    for a85, (mode, png) in [(a85, logo) for a85 in (1, 0) for logo in _logos().items()]:
        monkeypatch.setattr(rl_config, "useA85", a85)       # ReportLab's default, and without
        monkeypatch.setattr(logo, "_last", None)
        with monkeypatch.context() as m:
            m.setattr(base._TotalCanvas, "drawImage", counted)
            m.setattr(pdfdoc.PDFImageXObject, "loadImageFromSRC",    # embedded deflated already
                      lambda *a: pytest.fail("pixels compressed again"))
            once = pages(png)
        assert len(calls) == 1, mode                         # the first page only
        calls.clear()
        monkeypatch.setattr(logo, "_last", None)
        with monkeypatch.context() as m:
            m.setattr(base._TotalCanvas, "draw_logo", afresh)
            assert pages(png) == once, mode
        reader = PdfReader(io.BytesIO(once))
        assert len(reader.pages) >= 4
        streams = [page.get_contents().get_data() for page in reader.pages]
        assert all(s.count(b" Do") == 1 for s in streams), mode


def test_a_print_runs_without_the_cyclic_collector_and_resumes_it_after(monkeypatch):
    import gc

    from app import printing
    from reports.heap import collector_paused
    seen = []
    monkeypatch.setitem(printing.PRINTERS, "probe",
                        lambda db, actor, record_id: (seen.append(gc.isenabled()) or b"", ""))
    assert gc.isenabled()
    printing.render(None, None, "probe", "x")
    assert seen == [False] and gc.isenabled()
    with pytest.raises(ZeroDivisionError):
        with collector_paused():
            1 / 0
    assert gc.isenabled()                               # resumed after a failure too
    gc.disable()
    try:
        with collector_paused():
            pass
        assert not gc.isenabled()                       # someone else's pause left alone
    finally:
        gc.enable()


def test_our_fonts_split_text_into_the_chunks_and_codes_reportlab_assigns():
    import random

    from reportlab.pdfbase.ttfonts import TTFont

    from reports import fonts
    from reports.font_split import KmbFont
    from resources import path as resource_path
    file = resource_path("fonts", "KMBSans.ttf")
    ours, theirs = KmbFont("A", str(file)), TTFont("B", str(file))
    letters = sorted(c for c in ours.face.charToGlyph if c > 32)[:700]   # three subsets
    rng = random.Random(10)

    class Doc:                                  # what ReportLab keys a font's state by
        pass
    for doc in (Doc(), Doc()):
        texts = ["", "Příliš\u00a0žluťoučký kůň", "Příliš žluťoučký", "\u4e2d文 a ☃"]
        texts += ["".join(chr(rng.choice(letters[:n])) for _ in range(rng.randint(0, 60)))
                  + rng.choice(["", "\u00a0", "\u4e2d"]) for n in (60, 60, 300, 700) * 40]
        for text in texts + texts:              # the second round: every code assigned
            assert ours.splitString(text, doc) == theirs.splitString(text, doc), text
        mine, reference = ours.state[doc], theirs.state[doc]
        assert len(reference.subsets) >= 3
        assert mine.assignments == reference.assignments
        assert mine.subsets == reference.subsets and mine.nextCode == reference.nextCode
    assert isinstance(fonts.load("C", file), KmbFont)
