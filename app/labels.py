"""Czech labels of the enumerations, for lists, print and the CLI's tables.

``QT_TRANSLATE_NOOP`` is a plain function here (no Qt below ui/); the name
lets pyside6-lupdate collect the labels, and ui/ translates them at display
time with ``QCoreApplication.translate("labels", text)``.
"""
from __future__ import annotations

from models.allocation import ApplicationState, OfferResponse
from models.assessments import IncomeKind, RecordState
from models.cases import CaseStatus, TaskSource
from models.consent import ConsentPurpose
from models.guardians import GuardianKind
from models.fund import FundDecisionOutcome, FundPurpose, FundRequestState
from models.housing import FlatCategory, FlatStatus, MeterKind
from models.inspections import Condition, InspectionKind, KeyKind
from models.landlords import Guarantor, LandlordKind, PrivateLeaseKind, PrivateLeaseState
from models.intake import Channel, DistrictLink, NeedState, Outcome, PartnerKind, Urgency
from models.leases import (ArrearsSource, EndReason, LeaseState, RenewalDecision,
                           RenewalProposal, ServiceKind)
from models.people import Relation, Sex
from models.procedure import DecisionOutcome as ProcedureOutcome
from models.procedure import OpinionResult

from .i18n import _


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (lupdate marker)
    return text


LABELS: dict = {
    GuardianKind.GUARDIAN: QT_TRANSLATE_NOOP("labels", "opatrovník"),
    GuardianKind.LEGAL_REPRESENTATIVE: QT_TRANSLATE_NOOP("labels", "zákonný zástupce"),
    GuardianKind.ATTORNEY: QT_TRANSLATE_NOOP("labels", "zmocněnec"),
    GuardianKind.SUPPORTER: QT_TRANSLATE_NOOP("labels", "podpůrce"),
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
    ConsentPurpose.PARTNER_SHARING: QT_TRANSLATE_NOOP(
        "labels", "předání případu partnerské organizaci"),
    ConsentPurpose.CONTACT_RELATIVES: QT_TRANSLATE_NOOP(
        "labels", "kontaktování příbuzných a blízkých osob"),
    ConsentPurpose.OTHER_INSTITUTIONS: QT_TRANSLATE_NOOP(
        "labels", "předání údajů dalším institucím"),
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
    TaskSource.PROCEDURE_OPINION: QT_TRANSLATE_NOOP("labels", "stanovisko Úřadu práce"),
    TaskSource.PROCEDURE_FINAL: QT_TRANSLATE_NOOP("labels", "právní moc rozhodnutí"),
    TaskSource.PROCEDURE_EXPIRY: QT_TRANSLATE_NOOP("labels", "konec platnosti zápisu"),
    OpinionResult.MEETS: QT_TRANSLATE_NOOP("labels", "podmínky splněny"),
    OpinionResult.DOES_NOT_MEET: QT_TRANSLATE_NOOP("labels", "podmínky nesplněny"),
    ProcedureOutcome.ENTERED: QT_TRANSLATE_NOOP("labels", "vyhověno – zápis do evidence"),
    ProcedureOutcome.REJECTED: QT_TRANSLATE_NOOP("labels", "žádost zamítnuta"),
    ProcedureOutcome.DISCONTINUED: QT_TRANSLATE_NOOP("labels", "řízení zastaveno"),
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
    IncomeKind.WAGE: QT_TRANSLATE_NOOP("labels", "mzda, plat"),
    IncomeKind.PENSION: QT_TRANSLATE_NOOP("labels", "důchod"),
    IncomeKind.UNEMPLOYMENT: QT_TRANSLATE_NOOP("labels", "podpora v nezaměstnanosti"),
    IncomeKind.SUBSISTENCE: QT_TRANSLATE_NOOP("labels", "příspěvek na živobytí"),
    IncomeKind.HOUSING_ALLOWANCE: QT_TRANSLATE_NOOP("labels", "příspěvek na bydlení"),
    IncomeKind.HOUSING_SUPPLEMENT: QT_TRANSLATE_NOOP("labels", "doplatek na bydlení"),
    IncomeKind.CHILD_ALLOWANCE: QT_TRANSLATE_NOOP("labels", "přídavek na dítě"),
    IncomeKind.CARE_ALLOWANCE: QT_TRANSLATE_NOOP("labels", "příspěvek na péči"),
    IncomeKind.PARENTAL: QT_TRANSLATE_NOOP("labels", "rodičovský příspěvek"),
    IncomeKind.ALIMONY: QT_TRANSLATE_NOOP("labels", "výživné"),
    IncomeKind.STATE_SOCIAL_AID: QT_TRANSLATE_NOOP("labels", "dávka státní sociální pomoci"),
    IncomeKind.OTHER: QT_TRANSLATE_NOOP("labels", "jiný příjem"),
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
    EndReason.EXCHANGE: QT_TRANSLATE_NOOP("labels", "výměna bytu"),
    EndReason.EXPIRY: QT_TRANSLATE_NOOP("labels", "uplynutí doby"),
    EndReason.OTHER: QT_TRANSLATE_NOOP("labels", "jiný důvod"),
    # leases: services (zákon 67/2013 Sb.), arrears, renewals
    ServiceKind.HEATING: QT_TRANSLATE_NOOP("labels", "vytápění"),
    ServiceKind.HOT_WATER: QT_TRANSLATE_NOOP("labels", "ohřev teplé vody"),
    ServiceKind.WATER: QT_TRANSLATE_NOOP("labels", "vodné a stočné"),
    ServiceKind.LIFT: QT_TRANSLATE_NOOP("labels", "provoz výtahu"),
    ServiceKind.COMMON_AREAS: QT_TRANSLATE_NOOP("labels", "osvětlení a úklid společných prostor"),
    ServiceKind.WASTE: QT_TRANSLATE_NOOP("labels", "odvoz odpadu"),
    ServiceKind.CHIMNEY: QT_TRANSLATE_NOOP("labels", "čištění komínů"),
    ServiceKind.AERIAL: QT_TRANSLATE_NOOP("labels", "společná anténa"),
    ServiceKind.OTHER: QT_TRANSLATE_NOOP("labels", "jiná služba"),
    ArrearsSource.MANUAL: QT_TRANSLATE_NOOP("labels", "zadáno ručně"),
    ArrearsSource.IMPORT: QT_TRANSLATE_NOOP("labels", "import od správce"),
    RenewalProposal.AUTOMATIC: QT_TRANSLATE_NOOP("labels", "automaticky (bez dluhu)"),
    RenewalProposal.NEEDS_DECISION: QT_TRANSLATE_NOOP("labels", "k rozhodnutí (dluh)"),
    RenewalDecision.PENDING: QT_TRANSLATE_NOOP("labels", "čeká na rozhodnutí"),
    RenewalDecision.APPROVED: QT_TRANSLATE_NOOP("labels", "prodlouženo"),
    RenewalDecision.REJECTED: QT_TRANSLATE_NOOP("labels", "neprodlouženo"),
    # crisis fund
    FundPurpose.DEPOSIT: QT_TRANSLATE_NOOP("labels", "jistota"),
    FundPurpose.RENT_ARREARS: QT_TRANSLATE_NOOP("labels", "dluh na nájmu"),
    FundPurpose.FIRST_RENT: QT_TRANSLATE_NOOP("labels", "první nájem"),
    FundPurpose.FURNISHING: QT_TRANSLATE_NOOP("labels", "vybavení"),
    FundPurpose.OTHER: QT_TRANSLATE_NOOP("labels", "jiný účel"),
    FundRequestState.FILED: QT_TRANSLATE_NOOP("labels", "podaná"),
    FundRequestState.APPROVED: QT_TRANSLATE_NOOP("labels", "schválená"),
    FundRequestState.REJECTED: QT_TRANSLATE_NOOP("labels", "zamítnutá"),
    FundRequestState.PAID: QT_TRANSLATE_NOOP("labels", "vyplacená"),
    FundRequestState.REPAYING: QT_TRANSLATE_NOOP("labels", "splácí se"),
    FundRequestState.CLOSED: QT_TRANSLATE_NOOP("labels", "uzavřená"),
    FundDecisionOutcome.APPROVED: QT_TRANSLATE_NOOP("labels", "schváleno"),
    FundDecisionOutcome.REJECTED: QT_TRANSLATE_NOOP("labels", "zamítnuto"),
    # private landlords, bydlení s ručením
    LandlordKind.PERSON: QT_TRANSLATE_NOOP("labels", "fyzická osoba"),
    LandlordKind.COMPANY: QT_TRANSLATE_NOOP("labels", "právnická osoba"),
    PrivateLeaseKind.LEASE: QT_TRANSLATE_NOOP("labels", "nájem"),
    PrivateLeaseKind.SUBLEASE: QT_TRANSLATE_NOOP("labels", "podnájem"),
    PrivateLeaseState.PREPARED: QT_TRANSLATE_NOOP("labels", "sjednává se"),
    PrivateLeaseState.ACTIVE: QT_TRANSLATE_NOOP("labels", "platná"),
    PrivateLeaseState.ENDED: QT_TRANSLATE_NOOP("labels", "ukončená"),
    Guarantor.MUNICIPALITY: QT_TRANSLATE_NOOP("labels", "obec (KMB)"),
    Guarantor.OTHER: QT_TRANSLATE_NOOP("labels", "jiný ručitel"),
    Guarantor.NONE: QT_TRANSLATE_NOOP("labels", "bez ručení"),
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


def shown(value) -> str:
    """``label()`` in the person's language, for the CLI's tables and the
    statistics (app/ reads the same Czech texts through gettext; documents
    keep ``label()``, ui/ translates through Qt)."""
    return _(label(value))


def ethos_conceptual(category: int | None) -> str | None:
    if category is None:
        return None
    for key, (_title, numbers) in ETHOS_CONCEPTUAL.items():
        if category in numbers:
            return key
    return None


def ethos_label(category: int | None) -> str:
    if category is None:
        return ""
    concept = ETHOS_CONCEPTUAL[ethos_conceptual(category)][0]
    return f"{concept} – {category}. {ETHOS_OPERATIONAL[category]}"
