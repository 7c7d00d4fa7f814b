"""The one registry of what the areas contribute, in plain imports: the
sidebar's areas in order (key, Czech title, icon, factory), the dashboard's
cards, the settings tabs and the "open record" handlers for going from one
area to a record of another. Only things that really work are listed; a
later area adds one line here. Area packages never import each other: what
one area shows of another comes through these lists."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QWidget

from app.security import Permission

from .context import UiContext


@dataclass(frozen=True)
class Area:
    key: str
    title: str
    icon: str
    factory: Callable[[UiContext], QWidget]
    permission: Permission | None = None


def _dashboard(ctx):
    from .dashboard.page import DashboardPage
    return DashboardPage(ctx, DASHBOARD_CARDS)


def _inbox(ctx):
    from .inbox.page import InboxPage
    return InboxPage(ctx)


def _intake(ctx):
    from .intake.page import IntakePage
    return IntakePage(ctx)


def _cases(ctx):
    from .cases.page import CasesPage
    return CasesPage(ctx)


def _stats(ctx):
    from .stats.page import StatsPage
    return StatsPage(ctx)


def _persons(ctx):
    from .persons.page import PersonsPage
    page = PersonsPage(ctx)
    for factory in PERSON_PANELS:
        panel = factory(ctx)
        if panel is not None:
            page.detail.add_panel(panel)
    return page


def _flats(ctx):
    from .flats.page import FlatsPage
    return FlatsPage(ctx)


def _leases(ctx):
    from .leases.page import LeasesPage
    return LeasesPage(ctx)


def _landlords(ctx):
    from .landlords.page import LandlordsPage
    return LandlordsPage(ctx)


def _fund(ctx):
    from .fund.page import FundPage
    return FundPage(ctx)


def _programmes(ctx):
    from .programmes.page import ProgrammesPage
    return ProgrammesPage(ctx)


def _sync(ctx):
    from .sync.page import SyncPage
    return SyncPage(ctx)


def _assessments(ctx):
    from .assessments.page import AssessmentsPage
    return AssessmentsPage(ctx)


def _inspections(ctx):
    from .inspections.page import InspectionsPage
    return InspectionsPage(ctx)


def _applications(ctx):
    from .allocation.page import ApplicationsPage
    return ApplicationsPage(ctx)


def _settings(ctx):
    from .settings.page import SettingsPage
    return SettingsPage(ctx, SETTINGS_TABS, SETTINGS_GROUPS)


AREAS: list[Area] = [
    Area("dashboard", QT_TRANSLATE_NOOP("areas", "Přehled"), "home", _dashboard),
    Area("inbox", QT_TRANSLATE_NOOP("areas", "Úkoly"), "tasks", _inbox, Permission.VIEW_TASKS),
    Area("intake", QT_TRANSLATE_NOOP("areas", "Příjem"), "inbox", _intake, Permission.EDIT_CASES),
    Area("cases", QT_TRANSLATE_NOOP("areas", "Případy"), "folder", _cases, Permission.VIEW_CASES),
    Area("persons", QT_TRANSLATE_NOOP("areas", "Klienti"), "users", _persons,
         Permission.VIEW_PERSONS),
    Area("assessments", QT_TRANSLATE_NOOP("areas", "Sociální šetření"), "clipboard",
         _assessments, Permission.VIEW_ASSESSMENTS),
    Area("flats", QT_TRANSLATE_NOOP("areas", "Byty"), "building", _flats, Permission.VIEW_FLATS),
    Area("applications", QT_TRANSLATE_NOOP("areas", "Žádosti o byt"), "scale", _applications,
         Permission.MANAGE_ALLOCATION),
    Area("inspections", QT_TRANSLATE_NOOP("areas", "Kontroly bytů"), "clipboard-check",
         _inspections, Permission.VIEW_FLATS),
    Area("leases", QT_TRANSLATE_NOOP("areas", "Smlouvy"), "key", _leases, Permission.VIEW_LEASES),
    Area("landlords", QT_TRANSLATE_NOOP("areas", "Pronajímatelé"), "landlord", _landlords,
         Permission.VIEW_LANDLORDS),
    Area("fund", QT_TRANSLATE_NOOP("areas", "Krizový fond"), "coins", _fund, Permission.VIEW_FUND),
    Area("stats", QT_TRANSLATE_NOOP("areas", "Statistiky"), "chart", _stats,
         Permission.VIEW_STATS),
    Area("programmes", QT_TRANSLATE_NOOP("areas", "Programy a dotace"), "flag", _programmes,
         Permission.VIEW_STATS),
    Area("sync", QT_TRANSLATE_NOOP("areas", "Synchronizace"), "sync", _sync, Permission.SYNC),
    # Nastavení stays last; areas insert themselves before it.
    Area("settings", QT_TRANSLATE_NOOP("areas", "Nastavení"), "settings", _settings),
]


# -- Přehled: factory(ctx) -> card, or None when the user's role has no use for it;
# cards are laid out two per row in this order.
def _my_tasks(ctx):
    from .cases.cards import MyTasksCard
    return MyTasksCard.create(ctx)


def _new_contacts(ctx):
    from .cases.cards import NewContactsCard
    return NewContactsCard.create(ctx)


def _open_cases(ctx):
    from .cases.cards import OpenCasesCard
    return OpenCasesCard.create(ctx)


def _stale_cases(ctx):
    from .cases.cards import StaleCasesCard
    return StaleCasesCard.create(ctx)


def _ending_leases(ctx):
    from .leases.cards import EndingLeasesCard
    return EndingLeasesCard(ctx)


def _retention(ctx):
    from .leases.cards import RetentionCard
    return RetentionCard(ctx)


DASHBOARD_CARDS: list[Callable[[UiContext], QWidget | None]] = [
    _my_tasks,
    _new_contacts,
    _open_cases,
    _stale_cases,
    _ending_leases,
    _retention,
]


# -- Under a person's detail (Klienti): factory(ctx) -> panel with show_person(id, name),
# or None when the role has no use for it.
def _person_privacy(ctx):
    from .privacy.person_panel import PersonPrivacyPanel
    return PersonPrivacyPanel.create(ctx)


def _person_guardians(ctx):
    from .persons.guardians import GuardiansPanel
    return GuardiansPanel.create(ctx)


PERSON_PANELS: list[Callable[[UiContext], QWidget | None]] = [
    _person_guardians,
    _person_privacy,
]


# -- Nastavení: (Czech title, factory); a tab is a widget built from the UiContext
# that saves through app/ services. Areas add their tabs before "O instalaci".
# Tabs are built when first shown; a tab only for some roles is marked with
# @_for(permission, ...) so that the others are not offered it.
def _for(*permissions):
    def mark(factory):
        factory.allowed = lambda ctx: any(ctx.actor.can(p) for p in permissions)
        return factory
    return mark


def _office_tab(ctx):
    from .settings.office_tab import OfficeTab
    return OfficeTab(ctx)


def _partners_tab(ctx):
    from .settings.partners import PartnersTab
    return PartnersTab(ctx)


def _law_tab(ctx):
    from .settings.law_tab import LawTab
    return LawTab(ctx)


def _intake_rules_tab(ctx):
    from .settings.intake_rules import IntakeRulesTab
    return IntakeRulesTab(ctx)


def _allocation_rules_tab(ctx):
    from .allocation.rules_tab import RulesTab
    return RulesTab(ctx)


def _checklists_tab(ctx):
    from .settings.checklists_tab import ChecklistsTab
    return ChecklistsTab(ctx)


def _leases_tab(ctx):
    from .leases.settings_tab import LeaseSettingsTab
    return LeaseSettingsTab(ctx)


@_for(Permission.SETTINGS)
def _procedure_templates_tab(ctx):
    if not ctx.actor.can(Permission.SETTINGS):
        return None
    from .cases.templates_tab import ProcedureTemplatesTab
    return ProcedureTemplatesTab(ctx)


@_for(Permission.SETTINGS)
def _geography_tab(ctx):
    if not ctx.actor.can(Permission.SETTINGS):
        return None
    from .settings.geography_tab import GeographyTab
    return GeographyTab(ctx)


def _users_tab(ctx):
    from .settings.users_tab import UsersTab
    return UsersTab(ctx)


@_for(Permission.MANAGE_USERS)
def _departments_tab(ctx):
    from .settings.departments_tab import DepartmentsTab
    return DepartmentsTab.create(ctx)


def _cover_tab(ctx):
    from .inbox.cover_tab import CoverTab
    return CoverTab.create(ctx)


@_for(Permission.MANAGE_USERS)
def _roles_tab(ctx):
    if not ctx.actor.can(Permission.MANAGE_USERS):
        return None
    from .privacy.roles_tab import RolesTab
    return RolesTab(ctx)


@_for(Permission.VIEW_AUDIT)
def _audit_tab(ctx):
    if not ctx.actor.can(Permission.VIEW_AUDIT):
        return None
    from .privacy.audit_tab import AuditTab
    return AuditTab(ctx)


@_for(Permission.RETENTION)
def _retention_tab(ctx):
    from .privacy.retention_tab import RetentionTab
    return RetentionTab.create(ctx)


@_for(Permission.SETTINGS, Permission.EXPORT_BUNDLES)
def _import_tab(ctx):
    from .settings.import_tab import import_tab
    return import_tab(ctx)


def _about_tab(ctx):
    from .settings.about import AboutTab
    return AboutTab(ctx)


SETTINGS_TABS: list[tuple[str, Callable[[UiContext], QWidget]]] = [
    (QT_TRANSLATE_NOOP("SettingsPage", "Úřad"), _office_tab),
    (QT_TRANSLATE_NOOP("SettingsPage", "Partnerské služby"), _partners_tab),
    (QT_TRANSLATE_NOOP("SettingsPage", "Zákon"), _law_tab),
    (QT_TRANSLATE_NOOP("SettingsPage", "Zákon o podpoře bydlení"), _intake_rules_tab),
    (QT_TRANSLATE_NOOP("SettingsPage", "Pravidla přidělování"), _allocation_rules_tab),
    (QT_TRANSLATE_NOOP("SettingsPage", "Kontroly bytů"), _checklists_tab),
    (QT_TRANSLATE_NOOP("SettingsPage", "Smlouvy"), _leases_tab),
    (QT_TRANSLATE_NOOP("SettingsPage", "Dokumenty řízení"), _procedure_templates_tab),
    (QT_TRANSLATE_NOOP("SettingsPage", "Obce a lokality"), _geography_tab),
    (QT_TRANSLATE_NOOP("SettingsPage", "Uživatelé"), _users_tab),
    (QT_TRANSLATE_NOOP("SettingsPage", "Odbory"), _departments_tab),
    (QT_TRANSLATE_NOOP("SettingsPage", "Odbory a zástupy"), _cover_tab),
    (QT_TRANSLATE_NOOP("SettingsPage", "Role"), _roles_tab),
    (QT_TRANSLATE_NOOP("SettingsPage", "Audit"), _audit_tab),
    (QT_TRANSLATE_NOOP("SettingsPage", "Ochrana údajů"), _retention_tab),
    (QT_TRANSLATE_NOOP("SettingsPage", "Import a export"), _import_tab),
    (QT_TRANSLATE_NOOP("SettingsPage", "O instalaci"), _about_tab),
]

# Nastavení's list of sections under small headings (titles as in SETTINGS_TABS).
SETTINGS_GROUPS: list[tuple[str, list[str]]] = [
    (QT_TRANSLATE_NOOP("SettingsPage", "Úřad a lidé"),
     ["Úřad", "Uživatelé", "Role", "Odbory", "Odbory a zástupy", "Partnerské služby"]),
    (QT_TRANSLATE_NOOP("SettingsPage", "Pravidla a zákon"),
     ["Zákon", "Zákon o podpoře bydlení", "Pravidla přidělování", "Dokumenty řízení"]),
    (QT_TRANSLATE_NOOP("SettingsPage", "Byty a smlouvy"),
     ["Smlouvy", "Kontroly bytů", "Obce a lokality"]),
    (QT_TRANSLATE_NOOP("SettingsPage", "Data a ochrana údajů"),
     ["Ochrana údajů", "Audit", "Import a export", "O instalaci"]),
]


# -- Opening a record of another area (ui/widgets/nav.py): record kind -> the
# area that shows it and how its page opens one record.
@dataclass(frozen=True)
class Opener:
    area: str
    open: Callable[[QWidget, str], None]


def _open_case(page, case_id: str) -> None:
    page.open_case(case_id)


OPENERS: dict[str, Opener] = {
    "case": Opener("cases", _open_case),
}
