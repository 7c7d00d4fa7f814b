"""Enum labels as the user reads them: app.labels' Czech text, translated."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

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
