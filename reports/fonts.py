"""The documents' TrueType faces, parsed once per installation rather than once
per process. ReportLab reads a face's tables (character map, widths, glyph
offsets) in pure Python, ~5 ms a face; the result is plain data, kept in a
cache file named by the font file's SHA-256 and the ReportLab version, and
read back with marshal (plain data only: no code runs on loading). Only our
own font files (resources/fonts) go through here. A missing, stale or broken
cache file means one parse, as without a cache."""
from __future__ import annotations

import hashlib
import marshal
import os
from pathlib import Path

# Where the parsed faces are kept; set by the app (app/printing.py), None = no cache.
CACHE_DIR: Path | None = None

_NAME = "TTFNameBytes"      # the face's name strings: a bytes subclass, kept as its bytes


def load(name: str, path: Path):
    """The ReportLab font ``name`` for the TrueType file ``path``."""
    from reportlab import Version

    from .font_split import KmbFont
    data = path.read_bytes()
    cache = None
    if CACHE_DIR is not None:
        digest = hashlib.sha256(data).hexdigest()[:32]
        cache = CACHE_DIR / f"font-{name}-{digest}-rl{Version}.marshal"
        font = _from_cache(cache, data, str(path))
        if font is not None:
            return font
    font = KmbFont(name, str(path))
    if cache is not None:
        _store(cache, font)
    return font


def _store(cache: Path, font) -> None:
    from reportlab.pdfbase.ttfonts import TTFNameBytes
    face = {k: ((_NAME, bytes(v)) if isinstance(v, TTFNameBytes) else v)
            for k, v in vars(font.face).items() if k not in ("_ttf_data", "_pdfScale")}
    own = {k: v for k, v in vars(font).items() if k not in ("face", "encoding", "state")}
    store(cache, (own, face))


def store(cache: Path, entry) -> None:
    """``entry`` marshalled into the cache file (the fonts', the logo's)."""
    try:
        blob = marshal.dumps(entry)
        cache.parent.mkdir(parents=True, exist_ok=True)
        part = cache.with_name(f"{cache.name}.{os.getpid()}.part")
        part.write_bytes(blob)
        os.replace(part, cache)            # whole or not at all, also for a parallel process
    except (OSError, ValueError):          # read-only profile, odd value: rebuilt next time
        pass


def _from_cache(cache: Path, data: bytes, filename: str):
    from weakref import WeakKeyDictionary

    from reportlab.pdfbase.ttfonts import TTEncoding, TTFNameBytes, TTFontFace

    from .font_split import KmbFont
    try:
        own, face_state = marshal.loads(cache.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return None
    face = TTFontFace.__new__(TTFontFace)
    face.__dict__.update({k: (TTFNameBytes(v[1]) if isinstance(v, tuple) and len(v) == 2
                              and v[0] == _NAME else v) for k, v in face_state.items()})
    face._ttf_data = data
    face.filename = filename
    face._pdfScale = _scale(face.unitsPerEm)
    font = KmbFont.__new__(KmbFont)
    font.__dict__.update(own)
    font.face = face
    font.encoding = TTEncoding()
    font.state = WeakKeyDictionary()
    return font


def _scale(units_per_em: int):
    """Font units to PDF's thousandths of an em, as ReportLab's parser sets it."""
    if units_per_em == 1000:
        return lambda x: x
    mult = 1000 / units_per_em
    return lambda x: x * mult
