"""The class of our embedded fonts: ReportLab's TrueType font with a faster
``splitString`` for text whose characters all have their code in the
document's font subsets already (after the first lines, nearly every string:
a Czech document uses a hundred-odd characters). ReportLab walks such text a
character at a time in Python (~2 ms a contract); here one lookup per
character, and the same (subset, bytes) chunks. Text with a character new to
the document goes through ReportLab's own method, which assigns its code.
Imported only after ReportLab is (reports/fonts.py, from reports/base.py)."""
from __future__ import annotations

from reportlab.pdfbase.ttfonts import TTFont


class KmbFont(TTFont):
    def splitString(self, text, doc, encoding="utf-8"):  # noqa: N802 – ReportLab's name
        # ReportLab's per-document state; should a later ReportLab keep it
        # elsewhere, its own method runs (slower, the same PDF)
        states = getattr(self, "state", None)
        state = states.get(doc) if isinstance(text, str) and states is not None else None
        assignments = getattr(state, "assignments", None)
        if isinstance(assignments, dict):
            try:   # no-break space is drawn as the space, as ReportLab maps it
                codes = list(map(assignments.__getitem__,
                                 map(ord, text.replace("\xa0", " "))))
            except KeyError:       # a character without a code yet (or without a glyph)
                codes = None
            if codes is not None:
                if not codes or max(codes) < 256:
                    return [(0, bytes(codes))] if codes else []
                return _chunks(codes)
        return super().splitString(text, doc, encoding)


def _chunks(codes: list[int]) -> list[tuple[int, bytes]]:
    """Runs of codes in the same subset (the code's high byte), as ReportLab groups them."""
    results, cur, cur_set = [], [], -1
    for n in codes:
        if n >> 8 != cur_set:
            if cur:
                results.append((cur_set, bytes(cur)))
            cur_set, cur = n >> 8, []
        cur.append(n & 0xFF)
    if cur:
        results.append((cur_set, bytes(cur)))
    return results
