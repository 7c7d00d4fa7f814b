"""Checking and scaling pictures with Pillow (photos of a flat, the office
logo). Everything a person can get wrong ends as a ValidationError with a
Czech message: not a picture, too large, a broken file."""
from __future__ import annotations

import hashlib
import io
from dataclasses import dataclass

from PIL import Image, ImageOps, UnidentifiedImageError

from .errors import ValidationError
from .i18n import _

MAX_INPUT_BYTES = 15 * 1024 * 1024      # a phone photo is 2–8 MB
MAX_PIXELS = 80_000_000                  # 80 Mpx: more is not a photo of a flat
PHOTO_MAX_SIDE = 1600                    # enough to read a meter or see a crack
LOGO_MAX_SIDE = 600


@dataclass(frozen=True)
class PreparedImage:
    data: bytes
    mime_type: str
    width: int
    height: int
    sha256: str

    @property
    def size_bytes(self) -> int:
        return len(self.data)


def _megabytes(n: int) -> str:
    return f"{n / (1024 * 1024):.1f}".replace(".", ",")


def open_image(data: bytes, filename: str, *, field: str = "photo") -> Image.Image:
    """Open ``data`` as a picture or raise a ValidationError saying why not."""
    name = filename or "soubor"
    if not data:
        raise ValidationError(_("Soubor „{name}“ je prázdný.").format(name=name), field=field)
    if len(data) > MAX_INPUT_BYTES:
        raise ValidationError(
            _("Soubor „{name}“ má {megabytes} MB; vložit lze obrázek nejvýše do {v5} MB. Zmenšete "
              "ho nebo vyfoťte znovu v nižším rozlišení.")
                  .format(name=name, megabytes=_megabytes(len(data)), v5=MAX_INPUT_BYTES // (1024 * 1024)), field=field)
    not_image = ValidationError(
        _("Soubor „{name}“ není obrázek, který lze přečíst. Vyberte fotografii ve formátu JPEG "
          "nebo PNG.").format(name=name), field=field)
    try:
        probe = Image.open(io.BytesIO(data))
        probe.verify()                       # a truncated or forged file fails here
        img = Image.open(io.BytesIO(data))
        if img.width * img.height > MAX_PIXELS:
            raise ValidationError(
                _("Obrázek „{name}“ má příliš velký rozměr ({width} × {height} bodů).")
                    .format(name=name, width=img.width, height=img.height),
                field=field)
        img.load()
    except ValidationError:
        raise
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError, EOFError,
            Image.DecompressionBombError):
        raise not_image from None
    return img


def prepare_photo(data: bytes, filename: str, *, max_side: int = PHOTO_MAX_SIDE,
                  quality: int = 82) -> PreparedImage:
    """A photo turned upright, scaled down to ``max_side`` and saved as JPEG
    without its EXIF block (no GPS position travels with a photo)."""
    img = open_image(data, filename)
    img = ImageOps.exif_transpose(img)
    if img.mode in ("RGBA", "LA", "P"):
        img = img.convert("RGBA")
        white = Image.new("RGB", img.size, "white")
        white.paste(img, mask=img.split()[-1])
        img = white
    elif img.mode != "RGB":
        img = img.convert("RGB")
    img.thumbnail((max_side, max_side), Image.Resampling.LANCZOS)
    out = io.BytesIO()
    img.save(out, "JPEG", quality=quality, optimize=True)
    body = out.getvalue()
    return PreparedImage(body, "image/jpeg", img.width, img.height,
                         hashlib.sha256(body).hexdigest())


def prepare_logo(data: bytes, filename: str, *, max_side: int = LOGO_MAX_SIDE) -> PreparedImage:
    """The office logo as a PNG (transparency kept), at most ``max_side``."""
    img = open_image(data, filename, field="logo")
    img = ImageOps.exif_transpose(img)
    img = img.convert("RGBA")
    img.thumbnail((max_side, max_side), Image.Resampling.LANCZOS)
    out = io.BytesIO()
    img.save(out, "PNG", optimize=True)
    body = out.getvalue()
    return PreparedImage(body, "image/png", img.width, img.height,
                         hashlib.sha256(body).hexdigest())


def thumbnail(data: bytes, size: int = 180) -> bytes:
    """A small JPEG of a stored picture (for lists of photos)."""
    img = Image.open(io.BytesIO(data))
    img = img.convert("RGB")
    img.thumbnail((size, size), Image.Resampling.LANCZOS)
    out = io.BytesIO()
    img.save(out, "JPEG", quality=80)
    return out.getvalue()
