"""Enum labels as the user reads them: app.labels' Czech text, translated."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from app.formatting import NBSP, format_date
from app.labels import ETHOS_CONCEPTUAL, ETHOS_OPERATIONAL, ethos_conceptual
from app.labels import label as _label


def tl(value) -> str:
    text = _label(value)
    return QCoreApplication.translate("labels", text) if text else ""


def tr_label(text: str) -> str:
    return QCoreApplication.translate("labels", text) if text else ""


def ethos(category: int | None) -> str:
    """"Nejisté bydlení – 9. osoby ohrožené vystěhováním", translated."""
    if category is None:
        return ""
    concept = tr_label(ETHOS_CONCEPTUAL[ethos_conceptual(category)][0])
    return f"{concept} – {category}. {tr_label(ETHOS_OPERATIONAL[category])}"


def month_year(month) -> str:
    """"říjen 2026" / "October 2026": the locale's own month name (QLocale's
    default follows the chosen language), not a table of names."""
    return f"{QLocale().standaloneMonthName(month.month)} {month.year}"


def floor_text(floor: int | None) -> str:
    """app.formatting.format_floor's one naming (přízemí, 1. patro, suterén),
    in the person's language."""
    if floor is None:
        return ""
    if floor == 0:
        return QCoreApplication.translate("labels", "přízemí")
    if floor == -1:
        return QCoreApplication.translate("labels", "suterén")
    if floor < 0:
        return QCoreApplication.translate("labels", "{0}. podzemní podlaží").format(-floor)
    return QCoreApplication.translate("labels", "{0}. patro").format(floor)


def shown_date(value) -> str:
    """``d. M. yyyy`` for a label that wraps: non-breaking spaces keep the date
    on one line ("12.↵11. 2000" read as two things). Stored and exported
    values keep app.formatting's plain spaces."""
    return format_date(value).replace(" ", NBSP)
