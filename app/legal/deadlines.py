"""Counting the periods of an administrative procedure (zákon č. 500/2004 Sb.,
správní řád, § 40), which the Housing Support Act's decisions follow unless the
Act says otherwise.

LEGAL REVIEW — the rule used here, to be checked by the town's lawyer:
- a period in days starts on the day after the event (delivery): § 40 odst. 1
  písm. a) správního řádu;
- when its last day falls on a Saturday, a Sunday or a public holiday, the
  last day of the period is the next working day: § 40 odst. 1 písm. c);
- the appeal period is 15 days from delivery (§ 83 odst. 1); its length is a
  dated legal parameter (``procedure.appeal_days``), so a different figure in
  the Act is a change in Nastavení → Zákon, not in code;
- delivery by fiction (§ 24 odst. 1: a document not collected counts as
  delivered on the 10th day) is not computed: the worker enters the day the
  document counts as delivered.
"""
from __future__ import annotations

import datetime as dt
from functools import lru_cache

# Státní svátky a ostatní svátky (zákon č. 245/2000 Sb.): fixed dates.
_FIXED = ((1, 1), (5, 1), (5, 8), (7, 5), (7, 6), (9, 28), (10, 28), (11, 17),
          (12, 24), (12, 25), (12, 26))


def easter_sunday(year: int) -> dt.date:
    """Gregorian Easter Sunday (anonymous Gregorian algorithm)."""
    a = year % 19
    b, c = divmod(year, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    ell = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ell) // 451
    month, day = divmod(h + ell - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


@lru_cache(maxsize=64)
def public_holidays(year: int) -> frozenset[dt.date]:
    easter = easter_sunday(year)
    # Velký pátek (since 2016) and Velikonoční pondělí move with Easter
    moving = {easter - dt.timedelta(days=2), easter + dt.timedelta(days=1)}
    return frozenset({dt.date(year, m, d) for m, d in _FIXED} | moving)


def is_working_day(day: dt.date) -> bool:
    return day.weekday() < 5 and day not in public_holidays(day.year)


def next_working_day(day: dt.date) -> dt.date:
    while not is_working_day(day):
        day += dt.timedelta(days=1)
    return day


def period_end(event: dt.date, days: int) -> dt.date:
    """The last day of a period of ``days`` days that an event on ``event``
    starts (§ 40 odst. 1 písm. a) and c) správního řádu)."""
    return next_working_day(event + dt.timedelta(days=days))


def appeal_deadline(delivered_on: dt.date, days: int = 15) -> dt.date:
    """The last day to appeal a decision delivered on ``delivered_on``."""
    return period_end(delivered_on, days)


def final_on(delivered_on: dt.date, days: int = 15) -> dt.date:
    """The day the decision becomes final when nobody appeals (the day after
    the appeal period ends; § 73 odst. 1 správního řádu). LEGAL REVIEW."""
    return appeal_deadline(delivered_on, days) + dt.timedelta(days=1)
