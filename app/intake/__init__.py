"""Intake at the front desk (příjem a rozřazení): find or create the person,
record the contact, the housing situation (ETHOS), the Housing Support Act
steps, referrals to partner services and, where needed, open a case.

Importing the package registers the area's settings: the amounts that change
by regulation (životní minimum, the income limit factor) and the district-link
rule (an amendment is pending) are settings, not constants.
"""
from __future__ import annotations

from .. import settings

# Životní minimum (zákon č. 110/2006 Sb., amounts of nařízení vlády 436/2022 Sb.),
# monthly, in haléře; an office updates them in Nastavení when they change.
SUBSISTENCE_DEFAULTS = {
    "single": 486_000,          # jednotlivec
    "first_adult": 447_000,     # první osoba v domácnosti
    "other_adult": 404_000,     # druhá a další osoba, která není nezaopatřeným dítětem
    "child_under_6": 248_000,   # nezaopatřené dítě do 6 let
    "child_6_15": 305_000,      # 6–15 let
    "child_15_26": 349_000,     # 15–26 let
}

settings.register_defaults({
    "intake.subsistence_minimum_hal": SUBSISTENCE_DEFAULTS,
    # household income must be below this multiple of its životní minimum (§ of the act)
    "intake.income_limit_factor": "1.6",
    # which links to the district qualify, and for how many years (living, working, studying)
    "intake.district_link_accepted": ["permanent_residence", "living_2y", "working_2y",
                                      "studying_2y"],
    "intake.district_link_years": 2,
    # validity of the entry as "potřebný" (§23), in months from the entry
    "intake.need_validity_months": 12,
    # floor area per person below which a dwelling counts as overcrowded
    "intake.overcrowded_below_m2": "9.5",
    # a referral is followed up (did the person arrive?) after this many days
    "intake.referral_follow_up_days": 7,
})
