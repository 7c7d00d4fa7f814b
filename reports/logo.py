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
                 alpha: "_Decoded | None" = None, transparent: bytes | None = None,
                 deflated: bytes | None = None):
        # no super().__init__(): there is no file left to open
        self.fileName, self._ident, self._image, self.fp = name, None, None, None
        self._width, self._height = size
        self.mode, self._data, self._dataA = mode, data, alpha
        self._transparent = transparent
        self.deflated = deflated        # the pixels as ReportLab compresses them (embed())
        self.names: tuple[str, str | None] | None = None   # its and its mask's XObject names

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
    # "logo2": the entry holds the pixels deflated as ReportLab embeds them
    return fonts.CACHE_DIR / f"logo2-{digest}-rl{Version}-pil{pillow}.marshal"


def _cached(png: bytes) -> ImageReader | None:
    cache = _cache_file(png)
    if cache is None:
        return None
    try:
        entry = marshal.loads(cache.read_bytes())
        size, mode, data, alpha, transparent, names = entry
        image = _image(tuple(size), mode, zlib.decompress(data),
                       (alpha[0], zlib.decompress(alpha[1])) if alpha else None, transparent,
                       data, alpha[1] if alpha else None)
        name, alpha_name = names
        if not isinstance(name, str) or not isinstance(alpha_name, str if alpha else type(None)):
            return None                 # not what it says: decode again
        image.names = (name, alpha_name)
        return image
    except (OSError, EOFError, ValueError, TypeError, IndexError, KeyError, zlib.error):
        return None                     # missing, broken or not what it says: decode again


def _image(size, mode: str, data: bytes, alpha, transparent, deflated: bytes,
           alpha_deflated: bytes | None) -> _Decoded:
    w, h = size
    if len(data) != w * h * _BYTES[mode] or (alpha and len(alpha[1]) != w * h * _BYTES[alpha[0]]):
        raise ValueError("size and pixels disagree")
    return _Decoded("logo", (w, h), mode, data,
                    _Decoded("logo-alpha", (w, h), alpha[0], alpha[1], deflated=alpha_deflated)
                    if alpha else None, transparent, deflated)


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
    # deflated as ReportLab does it (pdfdoc.PDFImageXObject: zlib's default level)
    deflated, alpha_deflated = zlib.compress(data), zlib.compress(alpha[1]) if alpha else None
    image = _image(decoder.getSize(), decoder.mode, data, alpha, transparent, deflated,
                   alpha_deflated)
    cache = _cache_file(png)
    if cache is not None:
        fonts.store(cache, (image.getSize(), image.mode, deflated,
                            (alpha[0], alpha_deflated) if alpha else None, transparent,
                            _names(image)))
    return image


def _names(image: _Decoded) -> tuple[str, str | None]:
    """The names drawImage(mask="auto") gives the picture and its soft mask: digests
    of the pixels, worked out once per process (they stand in the cache too)."""
    if image.names is None:
        from reportlab.lib.utils import _digester
        alpha = image._dataA
        image.names = (_digester(image.getRGBData() + (alpha.getRGBData() if alpha else b"auto")),
                       _digester(alpha.getRGBData()) if alpha else None)
    return image.names


def embed(canvas, image: ImageReader) -> None:
    """Register the logo's image XObject (and its soft mask) in the canvas's
    document as ``Canvas.drawImage(image, mask="auto")`` does on its first use,
    but with the pixels deflated already (kept in the cache: ~1.5 ms of zlib a
    print); ``drawImage`` then finds it there and draws it. Anything else (a
    JPEG) is left to ``drawImage`` itself."""
    if type(image) is not _Decoded or image.deflated is None:
        return
    alpha = image._dataA
    if alpha is not None and alpha.deflated is None:
        return
    name, alpha_name = _names(image)
    doc = canvas._doc
    reg_name = doc.getXObjectName(name)
    if doc.idToObject.get(reg_name) is not None:
        return
    obj = _xobject(name, image)
    if alpha is not None:           # PDFImageXObject._checkTransparency, mask="auto"
        obj.mask = None
        smask = _xobject(alpha_name, alpha)
        smask._decode = [0, 1]
    else:
        smask, tc = None, image.getTransparent()
        obj.mask = (tc[0], tc[0], tc[1], tc[1], tc[2], tc[2]) if tc else None
    # from here as Canvas.drawImage registers a new image
    canvas._setXObjects(obj)
    doc.Reference(obj, reg_name)
    doc.addForm(name, obj)
    if smask is not None:
        m_reg_name = doc.getXObjectName(smask.name)
        if doc.idToObject.get(m_reg_name) is None:
            canvas._setXObjects(smask)
            obj.smask = doc.Reference(smask, m_reg_name)
        else:
            from reportlab.pdfbase.pdfdoc import PDFObjectReference
            obj.smask = PDFObjectReference(m_reg_name)


def _xobject(name: str, image: _Decoded):
    """PDFImageXObject.loadImageFromSRC's result for this picture, without zlib."""
    from reportlab import rl_config
    from reportlab.pdfbase.pdfdoc import PDFImageXObject, _mode2CS, asciiBase85Encode
    obj = PDFImageXObject(name)            # the canned picture, replaced below
    obj.width, obj.height = image.getSize()
    if rl_config.useA85:                   # ReportLab's default
        obj.streamContent = asciiBase85Encode(image.deflated)
        obj._filters = ("ASCII85Decode", "FlateDecode")
    else:
        obj.streamContent = image.deflated
        obj._filters = ("FlateDecode",)
    obj.colorSpace = _mode2CS[image.mode]
    obj.bitsPerComponent = 8
    obj.mask = None
    return obj

