"""Czech labels of the enumerations, for lists, print and the CLI's tables.

``QT_TRANSLATE_NOOP`` is a plain function here (no Qt below ui/); the name
lets pyside6-lupdate collect the labels, and ui/ translates them at display
time with ``QCoreApplication.translate("labels", text)``.
"""
from __future__ import annotations

from models.allocation import ApplicationState, OfferResponse
from models.assessments import RecordState
from models.cases import CaseStatus, TaskSource
from models.housing import FlatCategory, FlatStatus, MeterKind
from models.inspections import Condition, InspectionKind, KeyKind
from models.intake import Channel, DistrictLink, NeedState, Outcome, PartnerKind, Urgency
from models.leases import EndReason, LeaseState
from models.people import Relation, Sex


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (lupdate marker)
    return text


LABELS: dict = {
    FlatCategory.SOCIAL: QT_TRANSLATE_NOOP("labels", "sociální"),
    FlatCategory.KEY_PROFESSIONS: QT_TRANSLATE_NOOP("labels", "klíčové profese"),
    FlatCategory.SENIORS: QT_TRANSLATE_NOOP("labels", "senioři"),
    FlatCategory.SPECIAL_PURPOSE: QT_TRANSLATE_NOOP("labels", "zvláštní určení"),
    FlatCategory.STANDARD: QT_TRANSLATE_NOOP("labels", "běžný"),
    FlatStatus.VACANT: QT_TRANSLATE_NOOP("labels", "volný"),
    FlatStatus.OCCUPIED: QT_TRANSLATE_NOOP("labels", "obsazený"),
    FlatStatus.REPAIR: QT_TRANSLATE_NOOP("labels", "v opravě"),
    Sex.FEMALE: QT_TRANSLATE_NOOP("labels", "žena"),
    Sex.MALE: QT_TRANSLATE_NOOP("labels", "muž"),
    Relation.HEAD: QT_TRANSLATE_NOOP("labels", "žadatel / hlava domácnosti"),
    Relation.PARTNER: QT_TRANSLATE_NOOP("labels", "manžel(ka) / partner(ka)"),
    Relation.CHILD: QT_TRANSLATE_NOOP("labels", "dítě"),
    Relation.PARENT: QT_TRANSLATE_NOOP("labels", "rodič"),
    Relation.SIBLING: QT_TRANSLATE_NOOP("labels", "sourozenec"),
    Relation.GRANDCHILD: QT_TRANSLATE_NOOP("labels", "vnouče"),
    Relation.GRANDPARENT: QT_TRANSLATE_NOOP("labels", "prarodič"),
    Relation.OTHER_RELATIVE: QT_TRANSLATE_NOOP("labels", "jiný příbuzný"),
    Relation.OTHER: QT_TRANSLATE_NOOP("labels", "jiný vztah"),
    Channel.IN_PERSON: QT_TRANSLATE_NOOP("labels", "osobně"),
    Channel.PHONE: QT_TRANSLATE_NOOP("labels", "telefon"),
    Channel.EMAIL: QT_TRANSLATE_NOOP("labels", "e-mail"),
    Channel.FIELD: QT_TRANSLATE_NOOP("labels", "terén"),
    Urgency.ACUTE: QT_TRANSLATE_NOOP("labels", "akutní – dnes"),
    Urgency.WEEK: QT_TRANSLATE_NOOP("labels", "do týdne"),
    Urgency.PLANNED: QT_TRANSLATE_NOOP("labels", "plánované"),
    Outcome.INFORMATION: QT_TRANSLATE_NOOP("labels", "jen informace"),
    Outcome.REFERRAL: QT_TRANSLATE_NOOP("labels", "předání na službu"),
    Outcome.CASE_OPENED: QT_TRANSLATE_NOOP("labels", "otevřen případ"),
    PartnerKind.CITIZENS_ADVICE: QT_TRANSLATE_NOOP("labels", "občanská poradna"),
    PartnerKind.DEBT_COUNSELLING: QT_TRANSLATE_NOOP("labels", "dluhová poradna"),
    PartnerKind.NGO: QT_TRANSLATE_NOOP("labels", "nestátní nezisková organizace"),
    PartnerKind.SOCIAL_REHABILITATION: QT_TRANSLATE_NOOP("labels", "sociální rehabilitace"),
    PartnerKind.PSYCHIATRIC_CARE: QT_TRANSLATE_NOOP("labels", "psychiatrická péče"),
    PartnerKind.LABOUR_OFFICE: QT_TRANSLATE_NOOP("labels", "úřad práce"),
    PartnerKind.SOCIAL_DEPARTMENT: QT_TRANSLATE_NOOP("labels", "sociální odbor"),
    PartnerKind.SHELTER: QT_TRANSLATE_NOOP("labels", "azylové a noclehárenské služby"),
    PartnerKind.OTHER: QT_TRANSLATE_NOOP("labels", "jiná služba"),
    CaseStatus.NEW: QT_TRANSLATE_NOOP("labels", "nový"),
    CaseStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("labels", "v řešení"),
    CaseStatus.HOUSED: QT_TRANSLATE_NOOP("labels", "zabydlen"),
    CaseStatus.CLOSED: QT_TRANSLATE_NOOP("labels", "uzavřen"),
    NeedState.PENDING: QT_TRANSLATE_NOOP("labels", "šetření probíhá"),
    NeedState.REGISTERED: QT_TRANSLATE_NOOP("labels", "zapsán jako potřebný"),
    NeedState.REJECTED: QT_TRANSLATE_NOOP("labels", "nesplňuje podmínky"),
    NeedState.EXPIRED: QT_TRANSLATE_NOOP("labels", "platnost zápisu skončila"),
    NeedState.CANCELLED: QT_TRANSLATE_NOOP("labels", "zrušeno"),
    DistrictLink.PERMANENT_RESIDENCE: QT_TRANSLATE_NOOP("labels", "trvalý pobyt v obvodu"),
    DistrictLink.LIVING_2Y: QT_TRANSLATE_NOOP("labels", "v obvodu žije"),
    DistrictLink.WORKING_2Y: QT_TRANSLATE_NOOP("labels", "v obvodu pracuje"),
    DistrictLink.STUDYING_2Y: QT_TRANSLATE_NOOP("labels", "v obvodu studuje"),
    DistrictLink.NONE: QT_TRANSLATE_NOOP("labels", "bez vazby na obvod"),
    TaskSource.MANUAL: QT_TRANSLATE_NOOP("labels", "zadaný ručně"),
    TaskSource.REFERRAL: QT_TRANSLATE_NOOP("labels", "ověření předání"),
    TaskSource.ASSESSMENT: QT_TRANSLATE_NOOP("labels", "dohodnutý krok"),
    TaskSource.INSPECTION: QT_TRANSLATE_NOOP("labels", "závada v bytě"),
    TaskSource.ARREARS: QT_TRANSLATE_NOOP("labels", "dluh na nájemném"),
    TaskSource.RENEWAL: QT_TRANSLATE_NOOP("labels", "prodloužení nájmu"),
    TaskSource.FUND: QT_TRANSLATE_NOOP("labels", "krizový fond"),
    RecordState.DRAFT: QT_TRANSLATE_NOOP("labels", "rozpracováno"),
    RecordState.CLOSED: QT_TRANSLATE_NOOP("labels", "uzavřeno"),
    InspectionKind.MOVE_IN: QT_TRANSLATE_NOOP("labels", "předání při nastěhování"),
    InspectionKind.MOVE_OUT: QT_TRANSLATE_NOOP("labels", "převzetí při vystěhování"),
    InspectionKind.PERIODIC: QT_TRANSLATE_NOOP("labels", "pravidelná kontrola"),
    InspectionKind.EXTRAORDINARY: QT_TRANSLATE_NOOP("labels", "mimořádná kontrola"),
    Condition.GOOD: QT_TRANSLATE_NOOP("labels", "v pořádku"),
    Condition.WORN: QT_TRANSLATE_NOOP("labels", "opotřebené"),
    Condition.DAMAGED: QT_TRANSLATE_NOOP("labels", "poškozené"),
    Condition.MISSING: QT_TRANSLATE_NOOP("labels", "chybí"),
    Condition.NOT_CHECKED: QT_TRANSLATE_NOOP("labels", "nekontrolováno"),
    KeyKind.FLAT: QT_TRANSLATE_NOOP("labels", "byt"),
    KeyKind.MAILBOX: QT_TRANSLATE_NOOP("labels", "schránka"),
    KeyKind.COMMON: QT_TRANSLATE_NOOP("labels", "společné prostory"),
    KeyKind.OTHER: QT_TRANSLATE_NOOP("labels", "jiné"),
    MeterKind.ELECTRICITY: QT_TRANSLATE_NOOP("labels", "elektřina"),
    MeterKind.GAS: QT_TRANSLATE_NOOP("labels", "plyn"),
    MeterKind.COLD_WATER: QT_TRANSLATE_NOOP("labels", "studená voda"),
    MeterKind.HOT_WATER: QT_TRANSLATE_NOOP("labels", "teplá voda"),
    MeterKind.HEAT: QT_TRANSLATE_NOOP("labels", "teplo"),
    ApplicationState.ACTIVE: QT_TRANSLATE_NOOP("labels", "platná"),
    ApplicationState.HOUSED: QT_TRANSLATE_NOOP("labels", "vyřízena přidělením"),
    ApplicationState.WITHDRAWN: QT_TRANSLATE_NOOP("labels", "stažena"),
    ApplicationState.EXPIRED: QT_TRANSLATE_NOOP("labels", "neobnovena"),
    ApplicationState.EXCLUDED: QT_TRANSLATE_NOOP("labels", "vyřazena"),
    OfferResponse.PENDING: QT_TRANSLATE_NOOP("labels", "čeká na odpověď"),
    OfferResponse.ACCEPTED: QT_TRANSLATE_NOOP("labels", "přijata"),
    OfferResponse.REFUSED: QT_TRANSLATE_NOOP("labels", "odmítnuta"),
    OfferResponse.WITHDRAWN: QT_TRANSLATE_NOOP("labels", "stažena"),
    LeaseState.DRAFT: QT_TRANSLATE_NOOP("labels", "návrh"),
    LeaseState.ACTIVE: QT_TRANSLATE_NOOP("labels", "platná"),
    LeaseState.RENEWED: QT_TRANSLATE_NOOP("labels", "prodloužená"),
    LeaseState.ENDED: QT_TRANSLATE_NOOP("labels", "ukončená"),
    EndReason.MOVED_OUT: QT_TRANSLATE_NOOP("labels", "odstěhování"),
    EndReason.NOTICE: QT_TRANSLATE_NOOP("labels", "výpověď"),
    EndReason.AGREEMENT: QT_TRANSLATE_NOOP("labels", "dohoda"),
    EndReason.DEATH: QT_TRANSLATE_NOOP("labels", "úmrtí"),
    EndReason.TRANSFER: QT_TRANSLATE_NOOP("labels", "přestěhování"),
    EndReason.EXPIRY: QT_TRANSLATE_NOOP("labels", "uplynutí doby"),
    EndReason.OTHER: QT_TRANSLATE_NOOP("labels", "jiný důvod"),
}

# ETHOS: 13 operational categories in 4 conceptual ones (GLOSSARY.md).
ETHOS_CONCEPTUAL = {
    "roofless": (QT_TRANSLATE_NOOP("labels", "Bez střechy"), range(1, 3)),
    "houseless": (QT_TRANSLATE_NOOP("labels", "Bez bytu"), range(3, 8)),
    "insecure": (QT_TRANSLATE_NOOP("labels", "Nejisté bydlení"), range(8, 11)),
    "inadequate": (QT_TRANSLATE_NOOP("labels", "Nevyhovující bydlení"), range(11, 14)),
}
ETHOS_OPERATIONAL = {
    1: QT_TRANSLATE_NOOP("labels", "osoby přežívající venku"),
    2: QT_TRANSLATE_NOOP("labels", "osoby v noclehárně"),
    3: QT_TRANSLATE_NOOP("labels", "osoby v ubytovnách pro bezdomovce"),
    4: QT_TRANSLATE_NOOP("labels", "osoby v azylových domech pro ženy"),
    5: QT_TRANSLATE_NOOP("labels", "osoby v ubytovacích zařízeních pro imigranty"),
    6: QT_TRANSLATE_NOOP("labels", "osoby před opuštěním instituce"),
    7: QT_TRANSLATE_NOOP("labels", "uživatelé dlouhodobé podpory z důvodu bezdomovectví"),
    8: QT_TRANSLATE_NOOP("labels", "osoby žijící v nejistém bydlení"),
    9: QT_TRANSLATE_NOOP("labels", "osoby ohrožené vystěhováním"),
    10: QT_TRANSLATE_NOOP("labels", "osoby ohrožené domácím násilím"),
    11: QT_TRANSLATE_NOOP("labels", "osoby žijící v provizorních a neobvyklých stavbách"),
    12: QT_TRANSLATE_NOOP("labels", "osoby žijící v nevhodném bydlení"),
    13: QT_TRANSLATE_NOOP("labels", "osoby žijící v extrémně přelidněném bydlení"),
}


def label(value) -> str:
    """Czech label of an enum member (its value when no label is defined)."""
    if value is None:
        return ""
    return LABELS.get(value, getattr(value, "value", str(value)))


def ethos_conceptual(category: int | None) -> str | None:
    if category is None:
        return None
    for key, (_, numbers) in ETHOS_CONCEPTUAL.items():
        if category in numbers:
            return key
    return None


def ethos_label(category: int | None) -> str:
    if category is None:
        return ""
    concept = ETHOS_CONCEPTUAL[ethos_conceptual(category)][0]
    return f"{concept} – {category}. {ETHOS_OPERATIONAL[category]}"
