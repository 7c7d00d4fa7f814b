"""The office logo as ReportLab draws it, decoded once per installation rather
than once per process. Decoding a PNG takes Pillow's PNG plugin (a dozen
modules to import) and the decoding itself; what ReportLab keeps of it is
plain data: the size, the colour mode, the pixels and the alpha channel. That
is kept in the cache folder of the fonts (reports/fonts.py), in a file named by
the logo's SHA-256 and the ReportLab and Pillow versions, and read back with
marshal (plain data only: no code runs on loading). A JPEG logo is embedded as
it is (ReportLab copies JPEG data into the PDF), so it is not cached. A missing,
stale or broken cache file means one decoding, as without a cache."""
from __future__ import annotations

import hashlib
import io
import marshal
import zlib

from reportlab.lib.utils import ImageReader

from . import fonts

_last: tuple[bytes, ImageReader | None] | None = None   # the logo of the previous document


class _Decoded(ImageReader):
    """A picture ReportLab reads like one it decoded itself: the same size,
    mode, pixels and alpha channel, so the same bytes in the PDF."""

    def __init__(self, name: str, size: tuple[int, int], mode: str, data: bytes,
                 alpha: "_Decoded | None" = None, transparent: bytes | None = None):
        # no super().__init__(): there is no file left to open
        self.fileName, self._ident, self._image, self.fp = name, None, None, None
        self._width, self._height = size
        self.mode, self._data, self._dataA = mode, data, alpha
        self._transparent = transparent

    def getTransparent(self):  # noqa: N802 – ReportLab's name
        return self._transparent


def reader(png: bytes) -> ImageReader | None:
    """The logo to draw on every page of a document (ReportLab embeds it once),
    or None for a file that is not a picture: a broken logo must not stop a print."""
    global _last
    if _last is not None and _last[0] == png:
        return _last[1]
    try:
        image = _cached(png) or _decoded(png)
    except Exception:  # noqa: BLE001 – a broken logo must not stop the print
        image = None
    if not isinstance(image, ImageReader) or type(image) is _Decoded:
        _last = (png, image)      # plain data, shared safely; a JPEG's reader holds a file
    return image


def _cache_file(png: bytes):
    if fonts.CACHE_DIR is None:
        return None
    from PIL import __version__ as pillow     # loaded with ReportLab already
    from reportlab import Version
    digest = hashlib.sha256(png).hexdigest()[:32]
    return fonts.CACHE_DIR / f"logo-{digest}-rl{Version}-pil{pillow}.marshal"


def _cached(png: bytes) -> ImageReader | None:
    cache = _cache_file(png)
    if cache is None:
        return None
    try:
        entry = marshal.loads(cache.read_bytes())
        size, mode, data, alpha, transparent = entry
        return _image(tuple(size), mode, zlib.decompress(data),
                      (alpha[0], zlib.decompress(alpha[1])) if alpha else None, transparent)
    except (OSError, EOFError, ValueError, TypeError, IndexError, KeyError, zlib.error):
        return None                     # missing, broken or not what it says: decode again


def _image(size, mode: str, data: bytes, alpha, transparent) -> _Decoded:
    w, h = size
    if len(data) != w * h * _BYTES[mode] or (alpha and len(alpha[1]) != w * h * _BYTES[alpha[0]]):
        raise ValueError("size and pixels disagree")
    return _Decoded("logo", (w, h), mode, data,
                    _Decoded("logo-alpha", (w, h), alpha[0], alpha[1]) if alpha else None,
                    transparent)


_BYTES = {"L": 1, "RGB": 3, "CMYK": 4}                 # the modes ReportLab leaves


def _decoded(png: bytes) -> ImageReader:
    """Decoded by Pillow as ReportLab does it; a PNG by Pillow's PNG plugin alone,
    as Image.open would first import five format plugins."""
    if png.startswith(b"\x89PNG\r\n\x1a\n"):
        from PIL import PngImagePlugin
        decoder = ImageReader(PngImagePlugin.PngImageFile(io.BytesIO(png)))
    else:
        decoder = ImageReader(io.BytesIO(png))
    if decoder.jpeg_fh() is not None:
        return decoder                                   # embedded as it is
    data = decoder.getRGBData()
    alpha = None
    if decoder._dataA is not None:                       # RGBA, LA, P with transparency
        pixels = decoder._dataA.getRGBData()             # (sets its mode)
        alpha = (decoder._dataA.mode, pixels)
    transparent = None if alpha else decoder.getTransparent()
    image = _image(decoder.getSize(), decoder.mode, data, alpha, transparent)
    cache = _cache_file(png)
    if cache is not None:
        fonts.store(cache, (image.getSize(), image.mode, zlib.compress(data, 1),
                       (alpha[0], zlib.compress(alpha[1], 1)) if alpha else None, transparent))
    return image

