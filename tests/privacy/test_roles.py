"""Every service as every role: the table below is the policy (which
permissions a service needs); the test calls each service found in app/ as
each role with the default role table and checks allow/deny. A new service
that is missing from the table fails the test, so it cannot slip through
unchecked; an adjusted role table takes effect on the next sign-in."""
from __future__ import annotations

import pytest

from app.errors import PermissionDenied, ValidationError
from app.privacy import roles
from app.security import ROLE_PERMISSIONS, Actor, Permission, actor_from_user
from models.staff import Role, User

from .services import call, services

P = Permission

# service → the permissions it needs (all of them)
REQUIRED: dict[str, set[Permission]] = {
    "addresses.completion.address_point": set(),        # public RÚIAN reference data
    "addresses.completion.address_points": set(),
    "addresses.completion.imported_count": set(),
    "addresses.completion.street_suggestions": set(),
    "addresses.geography.geography": set(),             # office configuration, no persons
    "addresses.geography.save_geography": {P.SETTINGS},
    "addresses.importer.import_addresses": {P.SETTINGS},
    "allocation.fairness.check": {P.MANAGE_ALLOCATION},
    "allocation.fairness_print.fairness_pdf": {P.MANAGE_ALLOCATION, P.PRINT},
    "allocation.fairness_print.print_fairness": {P.MANAGE_ALLOCATION, P.PRINT},
    "allocation.rulesets.active_rules": {P.MANAGE_ALLOCATION},
    "backups.create_backup": {P.SETTINGS},
    "legal.parameters.add_period": {P.SETTINGS},
    "legal.parameters.load": {P.VIEW_PERSONS},
    "legal.parameters.remove_period": {P.SETTINGS},
    "numbering.set_series": {P.SETTINGS},
    "people.search.iter_persons": {P.VIEW_PERSONS},
    "allocation.applications.create_application": {P.MANAGE_ALLOCATION, P.VIEW_SENSITIVE},
    "allocation.applications.get_application": {P.MANAGE_ALLOCATION},
    "allocation.applications.household_choices": {P.MANAGE_ALLOCATION, P.VIEW_PERSONS},
    "allocation.applications.list_applications": {P.MANAGE_ALLOCATION},
    "allocation.applications.renew": {P.MANAGE_ALLOCATION},
    "allocation.applications.set_state": {P.MANAGE_ALLOCATION},
    "allocation.applications.update_application": {P.MANAGE_ALLOCATION, P.VIEW_SENSITIVE},
    "allocation.offers.decision_snapshot": {P.MANAGE_ALLOCATION},
    "allocation.offers.flat_history": {P.MANAGE_ALLOCATION},
    "allocation.offers.make_offer": {P.MANAGE_ALLOCATION},
    "allocation.offers.record_decision": {P.MANAGE_ALLOCATION},
    "allocation.offers.respond": {P.MANAGE_ALLOCATION},
    "allocation.offers.withdraw_offer": {P.MANAGE_ALLOCATION},
    "allocation.printing.print_ranking": {P.MANAGE_ALLOCATION, P.PRINT},
    "allocation.ranking.rank_flat": {P.MANAGE_ALLOCATION},
    "allocation.rulesets.adopt": {P.EDIT_RULES},
    "allocation.rulesets.discard_draft": {P.EDIT_RULES},
    "allocation.rulesets.get_rule_set": {P.MANAGE_ALLOCATION},
    "allocation.rulesets.list_rule_sets": {P.MANAGE_ALLOCATION},
    "allocation.rulesets.new_draft": {P.EDIT_RULES},
    "allocation.rulesets.save_draft": {P.EDIT_RULES},
    "allocation.whatif.compare": {P.MANAGE_ALLOCATION},
    "assessments.listing.assessment_rows": {P.VIEW_ASSESSMENTS},
    "assessments.printing.print_assessment": {P.PRINT, P.VIEW_ASSESSMENTS},
    "assessments.records.amend_assessment": {P.EDIT_ASSESSMENTS},
    "assessments.records.assessment_detail": {P.VIEW_ASSESSMENTS},
    "assessments.records.close_assessment": {P.EDIT_ASSESSMENTS},
    "assessments.records.create_assessment": {P.EDIT_ASSESSMENTS},
    "assessments.records.delete_draft": {P.EDIT_ASSESSMENTS},
    "assessments.records.list_assessments": {P.VIEW_ASSESSMENTS},
    "assessments.records.save_draft": {P.EDIT_ASSESSMENTS},
    "assessments.records.tell_assessments_apart": {P.VIEW_ASSESSMENTS},
    "auth.check_password": set(),
    "auth.create_user": {P.MANAGE_USERS},
    "auth.set_active": {P.MANAGE_USERS},
    "auth.set_password": {P.MANAGE_USERS},
    "recovery.recovery_sheet_pdf": {P.MANAGE_USERS},
    "rekey.new_database_key": {P.MANAGE_USERS},
    "staff.give_login": {P.MANAGE_USERS},
    "staff.set_user_sex": {P.MANAGE_USERS},
    "cases.dashboard.contacts_between": {P.VIEW_CASES},
    "cases.dashboard.new_contacts": {P.VIEW_CASES},
    "cases.dashboard.open_cases_per_worker": {P.VIEW_CASES},
    "cases.dashboard.stale_cases": {P.VIEW_CASES},
    "cases.dashboard.stale_lines": {P.VIEW_CASES},
    "cases.dashboard.tell_stale_apart": {P.VIEW_CASES},
    "cases.dashboard.tell_stale_lines_apart": {P.VIEW_CASES},
    "cases.listing.list_cases_rows": {P.VIEW_CASES},
    "cases.consent.case_consents": {P.VIEW_CASES},
    "cases.consent.record_consent": {P.EDIT_CASES},
    "cases.consent.sharing_partners": {P.VIEW_CASES},
    "cases.consent.withdraw_consent": {P.EDIT_CASES},
    "cases.procedure.procedure_for_case": {P.VIEW_CASES},
    "cases.procedure.record_step": {P.EDIT_CASES},
    "cases.procedure.start_procedure": {P.EDIT_CASES},
    "cases.procedure_documents.document_templates": {P.SETTINGS},
    "cases.procedure_documents.export_for_records": {P.VIEW_CASES, P.PRINT},
    "cases.procedure_documents.print_procedure_document": {P.VIEW_CASES, P.PRINT},
    "cases.procedure_documents.save_document_template": {P.SETTINGS},
    "cases.place.case_place": {P.VIEW_CASES},
    "cases.place.set_place": {P.EDIT_CASES},
    "cases.records_export.export_document_zip": {P.VIEW_CASES, P.PRINT},
    "cases.records_export.export_records": {P.EXPORT_BUNDLES, P.VIEW_CASES, P.PRINT,
                                            P.VIEW_SENSITIVE},
    "cases.procedure_preview.sample_procedure_pdf": {P.SETTINGS},
    "cases.service.add_note": {P.EDIT_CASES},
    "cases.service.assign": {P.EDIT_CASES},
    "cases.service.case_detail": {P.VIEW_CASES},
    "cases.service.change_status": {P.EDIT_CASES},
    "cases.service.list_cases": {P.VIEW_CASES},
    "cases.service.list_workers": {P.VIEW_CASES},
    "cases.service.tell_cases_apart": {P.VIEW_CASES},
    "cases.service.update_summary": {P.EDIT_CASES},
    "cases.tasks.add_case_task": {P.EDIT_CASES},
    "cases.tasks.assign_task": {P.EDIT_CASES},
    "cases.tasks.complete": {P.VIEW_TASKS},      # own/department tasks; EDIT_CASES: any
    "cases.tasks.list_tasks": {P.VIEW_CASES},
    "cases.tasks.my_tasks": {P.VIEW_TASKS},
    "cases.tasks.record_referral_outcome": {P.EDIT_CASES},
    "db_copy.copy_database": set(),             # a role check: see ROLE_ONLY
    "fund.listing.list_fund_requests_rows": {P.VIEW_FUND},
    "fund.service.applicant_choices": {P.VIEW_FUND},
    "fund.service.budget_years": {P.VIEW_FUND},
    "fund.service.close_request": {P.EDIT_FUND},
    "fund.service.decide_request": {P.DECIDE_FUND},
    "fund.service.file_request": {P.EDIT_FUND},
    "fund.service.fund_balance": {P.VIEW_FUND},
    "fund.service.fund_summary": {P.VIEW_FUND},
    "fund.service.landlord_payees": {P.EDIT_FUND},
    "fund.service.list_requests": {P.VIEW_FUND},
    "fund.service.record_payment": {P.EDIT_FUND},
    "fund.service.record_repayment": {P.EDIT_FUND},
    "fund.service.request_detail": {P.VIEW_FUND},
    "fund.service.set_budget": {P.DECIDE_FUND},
    "fund.service.tell_requests_apart": {P.VIEW_FUND},
    "fund.service.set_repayment_plan": {P.EDIT_FUND},
    "housing.edit.create_building": {P.EDIT_FLATS},
    "housing.edit.create_flat": {P.EDIT_FLATS},
    "housing.edit.get_building": {P.VIEW_FLATS},
    "housing.edit.get_flat": {P.VIEW_FLATS},
    "housing.edit.list_buildings": {P.VIEW_FLATS},
    "housing.edit.update_building": {P.EDIT_FLATS},
    "housing.edit.update_flat": {P.EDIT_FLATS},
    "housing.flats.list_flats": {P.VIEW_FLATS},
    "housing.stock.set_quota_targets": {P.SETTINGS},
    "housing.stock.stock_overview": {P.VIEW_FLATS},
    "inspections.listing.inspection_rows": {P.VIEW_FLATS},
    "inspections.photos.add_photo": {P.EDIT_INSPECTIONS},
    "inspections.photos.photo_bytes": {P.VIEW_FLATS},
    "inspections.photos.photo_thumbnail": {P.VIEW_FLATS},
    "inspections.photos.remove_photo": {P.EDIT_INSPECTIONS},
    "inspections.photos.set_caption": {P.EDIT_INSPECTIONS},
    "inspections.printing.print_handover": {P.PRINT, P.VIEW_FLATS},
    "inspections.printing.print_inspection": {P.PRINT, P.VIEW_FLATS},
    "inspections.records.close_inspection": {P.EDIT_INSPECTIONS},
    "inspections.records.create_inspection": {P.EDIT_INSPECTIONS},
    "inspections.records.delete_draft": {P.EDIT_INSPECTIONS},
    "inspections.records.inspection_detail": {P.VIEW_FLATS},
    "inspections.records.list_inspections": {P.VIEW_FLATS},
    "inspections.records.reading_warnings": {P.VIEW_FLATS},
    "inspections.records.save_inspection": {P.EDIT_INSPECTIONS},
    "inspections.records.tell_inspections_apart": {P.VIEW_FLATS},
    "inspections.templates.list_templates": {P.VIEW_FLATS},
    "inspections.templates.remove_template": {P.SETTINGS},
    "inspections.templates.save_template": {P.SETTINGS},
    "intake.contacts.list_contacts": {P.VIEW_CASES},
    "intake.duplicates.check_duplicates": {P.VIEW_PERSONS},
    "intake.duplicates.list_open_pairs": {P.VIEW_PERSONS},
    "intake.duplicates.mark_different": {P.EDIT_PERSONS},
    "intake.eligibility.load_rules": {P.VIEW_PERSONS},
    "intake.eligibility.save_rules": {P.SETTINGS},
    "intake.listing.list_contacts_rows": {P.VIEW_CASES},
    "intake.lookup.find_persons": {P.VIEW_PERSONS},
    "intake.need.finish_assessment": {P.EDIT_CASES},
    "intake.need.latest_need": {P.VIEW_CASES},
    "intake.partners.list_partners": {P.VIEW_PERSONS},
    "intake.partners.save_partner": {P.SETTINGS},
    "intake.service.person_context": {P.VIEW_CASES},
    "intake.service.save_intake": {P.EDIT_CASES},
    "landlords.detail.landlord_detail": {P.VIEW_LANDLORDS},
    "landlords.guarantee_print.guarantee_pdf": {P.VIEW_LANDLORDS, P.PRINT},
    "landlords.guarantees.create_guarantee": {P.EDIT_LANDLORDS},
    "landlords.guarantees.record_claim": {P.EDIT_LANDLORDS},
    "landlords.listing.landlord_rows": {P.VIEW_LANDLORDS},
    "landlords.listing.private_lease_rows": {P.VIEW_LANDLORDS},
    "landlords.private_leases.create_private_lease": {P.EDIT_LANDLORDS},
    "landlords.private_leases.end_private_lease": {P.EDIT_LANDLORDS},
    "landlords.private_leases.list_private_leases": {P.VIEW_LANDLORDS},
    "landlords.private_leases.tenant_choices": {P.EDIT_LANDLORDS},
    "landlords.private_leases.update_private_lease": {P.EDIT_LANDLORDS},
    "landlords.register.create_landlord": {P.EDIT_LANDLORDS},
    "landlords.register.landlord_choices": {P.VIEW_LANDLORDS},
    "landlords.register.list_landlords": {P.VIEW_LANDLORDS},
    "landlords.register.update_landlord": {P.EDIT_LANDLORDS},
    "imports.export.export_xlsx": {P.EXPORT_BUNDLES},
    "imports.service.preview_import": {P.SETTINGS, P.EDIT_PERSONS},
    "imports.service.run_import": {P.SETTINGS, P.EDIT_PERSONS},
    "leases.arrears.enter_balance": {P.EDIT_LEASES},
    "leases.arrears.import_arrears": {P.EDIT_LEASES},
    "leases.arrears.month_overview": {P.VIEW_LEASES},
    "leases.arrears.preview_import": {P.EDIT_LEASES},
    "leases.config.save_settings": {P.SETTINGS},
    "leases.documents.contract_pdf": {P.PRINT, P.VIEW_LEASES},
    "leases.documents.latest_lease_id": {P.VIEW_LEASES},
    "leases.documents.renewal_pdf": {P.PRINT, P.VIEW_LEASES},
    "leases.template_preview.sample_contract_pdf": {P.VIEW_LEASES},
    "leases.listing.list_leases_rows": {P.VIEW_LEASES},
    "leases.paging.first_page": {P.VIEW_LEASES},
    "leases.paging.lease_counts": {P.VIEW_LEASES},
    "leases.paging.lease_page": {P.VIEW_LEASES},
    "leases.records.accepted_offers": {P.VIEW_LEASES},
    "leases.records.cancel_draft": {P.EDIT_LEASES},
    "leases.records.create_lease": {P.EDIT_LEASES},
    "leases.records.end_lease": {P.EDIT_LEASES},
    "leases.records.form_choices": {P.VIEW_LEASES},
    "leases.records.input_from_offer": {P.VIEW_LEASES},
    "leases.records.lease_detail": {P.VIEW_LEASES},
    "leases.records.lease_input": {P.VIEW_LEASES},
    "leases.records.list_leases": {P.VIEW_LEASES},
    "leases.records.tell_leases_apart": {P.VIEW_LEASES},
    "leases.records.sign_lease": {P.EDIT_LEASES},
    "leases.records.update_lease": {P.EDIT_LEASES},
    "leases.ending.ending_leases": {P.VIEW_LEASES},
    "leases.renewals.decide_renewal": {P.EDIT_LEASES},
    "leases.renewals.propose_renewals": {P.EDIT_LEASES},
    "leases.renewals.renewal_candidates": {P.VIEW_LEASES},
    "leases.renewals.renewal_history": {P.VIEW_LEASES},
    "leases.retention.retention": {P.VIEW_STATS},
    "leases.retention.retention_overall": {P.VIEW_STATS},
    "office_settings.clear_logo": {P.SETTINGS},
    "office_settings.load_office": set(),
    "office_settings.save_office": {P.SETTINGS},
    "office_settings.set_logo": {P.SETTINGS},
    "people.detail.person_detail": {P.VIEW_PERSONS},
    "people.households.list_households": {P.VIEW_PERSONS},
    "people.merge.merge_persons": {P.MERGE_PERSONS},
    "people.merge.merge_preview": {P.MERGE_PERSONS},
    "people.records.create_person": {P.EDIT_PERSONS},
    "people.records.update_person": {P.EDIT_PERSONS},
    "people.search.count_persons": {P.VIEW_PERSONS},
    "people.search.search_and_count": {P.VIEW_PERSONS},
    "people.search.search_persons": {P.VIEW_PERSONS},
    "printing.render": set(),
    "privacy.audit_log.export_events": {P.VIEW_AUDIT},
    "privacy.audit_log.list_events": {P.VIEW_AUDIT},
    "privacy.audit_log.person_access": {P.VIEW_CASES, P.VIEW_PERSONS},
    "privacy.audit_log.verify": {P.VIEW_AUDIT},
    "privacy.partners.partner_consents": {P.SYNC},
    "privacy.processing.print_record": {P.SETTINGS},
    "privacy.processing.record_data": {P.SETTINGS},
    "privacy.partners.set_special_for_peer": {P.MANAGE_PEERS, P.SETTINGS},
    "privacy.partners.special_for_peer": {P.SYNC},
    "privacy.landlord_access.build_landlord_package": {P.SUBJECT_ACCESS, P.VIEW_LANDLORDS,
                                                       P.VIEW_FUND},
    "privacy.landlord_access.export_landlord": {P.SUBJECT_ACCESS, P.VIEW_LANDLORDS,
                                                P.VIEW_FUND},
    "privacy.retention.anonymise": {P.RETENTION},
    "privacy.retention.due_persons": {P.RETENTION},
    "privacy.retention.periods": {P.RETENTION},
    "privacy.retention.set_periods": {P.RETENTION, P.SETTINGS},
    "privacy.roles.reset_role": {P.MANAGE_USERS},
    "privacy.subject_access.build_package": {P.SUBJECT_ACCESS, P.VIEW_PERSONS},
    "privacy.subject_access.export_person": {P.SUBJECT_ACCESS, P.VIEW_PERSONS},
    "privacy.roles.role_table": {P.MANAGE_USERS},
    "privacy.roles.set_role_permissions": {P.MANAGE_USERS},
    "staff.list_users": set(),
    "stats.compute": {P.VIEW_STATS},
    "sync.conflicts.keep_winner": {P.EDIT_PERSONS},
    "sync.conflicts.list_conflicts": {P.VIEW_PERSONS},
    "sync.conflicts.restore_loser": {P.EDIT_PERSONS},
    "sync.export.export_bundle": {P.EXPORT_BUNDLES},
    "sync.identity.add_peer": {P.MANAGE_PEERS},
    "sync.identity.contact_card": {P.SYNC},
    "sync.identity.list_peers": {P.SYNC},
    "sync.identity.revoke_peer": {P.MANAGE_PEERS},
    "sync.identity.set_scope": {P.MANAGE_PEERS},
    "sync.importer.import_bundle": {P.SYNC},
    # programmes and funding (issue 16.3)
    "programmes.funding.clear_flat_funding": {P.EDIT_FLATS},
    "programmes.funding.flat_choices": {P.EDIT_FLATS},
    "programmes.funding.funded_flats": {P.VIEW_FLATS},
    "programmes.funding.set_flat_funding": {P.EDIT_FLATS},
    "programmes.indicators.indicator_workbook": {P.VIEW_STATS},
    "programmes.indicators.programme_stats": {P.VIEW_STATS},
    "programmes.register.list_programmes": {P.VIEW_STATS},
    "programmes.register.remove_programme": {P.SETTINGS},
    "programmes.register.save_programme": {P.SETTINGS},
    "programmes.tags.budget_choices": {P.DECIDE_FUND},
    "programmes.tags.case_choices": {P.EDIT_CASES},
    "programmes.tags.lease_choices": {P.EDIT_LEASES},
    "programmes.tags.programme_records": {P.VIEW_STATS},   # each kind as the role sees it
    "programmes.tags.tag_budget": {P.DECIDE_FUND},
    "programmes.tags.tag_case": {P.EDIT_CASES},
    "programmes.tags.tag_lease": {P.EDIT_LEASES},
    "programmes.tags.untag": {P.EDIT_CASES},     # or the kind's editor: see ANY_OF
    # guardians of a person, task queues and deputies (issue 16)
    "people.guardians.list_guardians": {P.VIEW_PERSONS},
    "people.guardians.remove_guardian": {P.EDIT_PERSONS},
    "people.guardians.save_guardian": {P.EDIT_PERSONS},
    "tasks_queues.departments.set_department": {P.MANAGE_USERS},
    "tasks_queues.departments.staff_departments": {P.MANAGE_USERS},
    "tasks_queues.deputies.add_deputy": {P.MANAGE_USERS},
    "tasks_queues.deputies.end_deputy": {P.MANAGE_USERS},
    "tasks_queues.deputies.list_deputies": {P.MANAGE_USERS},
    "tasks_queues.inbox.inbox": {P.VIEW_TASKS},
    "tasks_queues.inbox.queue": {P.VIEW_TASKS},
    "tasks_queues.inbox.tell_apart": {P.VIEW_TASKS},
    "tasks_queues.listing.task_rows": {P.VIEW_TASKS},
    # the office's departments (issue 16.1): names for every picker, changes by settings admins
    "departments.listing.list_departments": set(),
    "departments.listing.find_department": set(),
    "departments.manage.add_department": {P.SETTINGS},
    "departments.manage.rename_department": {P.SETTINGS},
    "departments.manage.set_department_active": {P.SETTINGS},
    "departments.manage.delete_department": {P.SETTINGS},
    "departments.manage.defect_queue": set(),
    "departments.manage.set_defect_queue": {P.SETTINGS},
}
# Moving the whole office (every row and its keys) is the administrator's alone:
# a role check, not a permission of the table the office adjusts.
ROLE_ONLY: dict[str, set[Role]] = {
    "db_copy.copy_database": {Role.ADMIN},
}
# services that one of several permissions opens (checked by the rows below)
ANY_OF: dict[str, list[set[Permission]]] = {
    "cases.tasks.complete": [{P.EDIT_CASES}, {P.VIEW_TASKS}],
    "programmes.tags.untag": [{P.EDIT_CASES}, {P.EDIT_LEASES}, {P.DECIDE_FUND}],
    # every open task with VIEW_CASES, else the own inbox with VIEW_TASKS
    "tasks_queues.listing.task_rows": [{P.VIEW_CASES}, {P.VIEW_TASKS}],
}


@pytest.fixture(scope="module")
def probe_db(tmp_path_factory):
    from app.config import sqlite_url
    from app.installation import admin_actor
    from app.signin import create_installation

    from ..keys import TEST_KEY, TEST_PASSWORD
    database = create_installation(sqlite_url(tmp_path_factory.mktemp("roles") / "k.sqlite"),
                                   "Úřad rolí", "admin", TEST_PASSWORD, key=TEST_KEY,
                                   series="").db
    yield database, admin_actor(database)
    database.close()


def test_the_table_names_every_service_and_nothing_else():
    found = set(services())
    assert found - set(REQUIRED) == set(), "services without a policy line"
    assert set(REQUIRED) - found == set(), "policy lines for services that are gone"


def _denied(fn, db, actor) -> bool:
    try:
        call(fn, db, actor)
    except PermissionDenied:
        return True
    except Exception:      # noqa: BLE001 – placeholder arguments: past the permission check
        return False
    return False


@pytest.mark.parametrize("role", list(Role), ids=lambda r: r.value)
def test_every_service_as_every_role(probe_db, role, tmp_path, monkeypatch):
    # placeholder ids also land in path parameters (a backup's target): keep
    # whatever a service writes out of the working copy
    monkeypatch.chdir(tmp_path)
    db, admin = probe_db
    actor = Actor(admin.user_id, "Zkouška role", role)
    found = services()
    wrong = []
    for name, needed in sorted(REQUIRED.items()):
        alternatives = ANY_OF.get(name, [needed])
        allowed = any(alt <= ROLE_PERMISSIONS[role] for alt in alternatives)
        if name in ROLE_ONLY:
            allowed = role in ROLE_ONLY[name]
        if _denied(found[name], db, actor) == allowed:
            wrong.append(f"{name}: {'refused' if allowed else 'allowed'}")
    assert wrong == []


def test_defaults_from_the_field():
    prop, ro = ROLE_PERMISSIONS[Role.PROPERTY], ROLE_PERMISSIONS[Role.READONLY]
    social, lead = ROLE_PERMISSIONS[Role.SOCIAL_WORKER], ROLE_PERMISSIONS[Role.LEAD]
    # the property department: flats, leases, inspections, own tasks, ranking points
    assert {P.VIEW_FLATS, P.VIEW_LEASES, P.EDIT_INSPECTIONS, P.VIEW_TASKS,
            P.MANAGE_ALLOCATION} <= prop
    assert P.VIEW_SENSITIVE not in prop and P.VIEW_ASSESSMENTS not in prop
    assert P.VIEW_SENSITIVE not in ro
    for perm in (P.MANAGE_PEERS, P.EXPORT_BUNDLES):      # data leaving the office
        assert perm in lead and perm in ROLE_PERMISSIONS[Role.ADMIN]
        assert perm not in social and perm not in prop and perm not in ro


def _sign_in(db, username):
    from sqlalchemy import select
    with db.reading() as s:
        return actor_from_user(s.scalars(select(User).where(User.username == username)).one())


def test_an_adjusted_table_applies_from_the_next_sign_in(db, admin):
    from app.auth import NewUser, create_user
    from app.cases.tasks import my_tasks
    create_user(db, admin, NewUser("petr.majetek", "Petr Majetek", Role.PROPERTY,
                                   "heslo-12345", "heslo-12345"))
    before = _sign_in(db, "petr.majetek")
    my_tasks(db, before)                                   # the default: own tasks
    roles.set_role_permissions(db, admin, Role.PROPERTY,
                               ROLE_PERMISSIONS[Role.PROPERTY] - {P.VIEW_TASKS})
    after = _sign_in(db, "petr.majetek")
    with pytest.raises(PermissionDenied):
        my_tasks(db, after)
    table = {r.role: r for r in roles.role_table(db, admin)}
    assert P.VIEW_TASKS not in table[Role.PROPERTY].permissions
    assert P.VIEW_TASKS in table[Role.PROPERTY].defaults
    roles.reset_role(db, admin, Role.PROPERTY)
    my_tasks(db, _sign_in(db, "petr.majetek"))


def test_only_user_managers_change_the_table_and_admin_keeps_the_keys(db, admin):
    lead = Actor(admin.user_id, "Vedoucí", Role.SOCIAL_WORKER)
    with pytest.raises(PermissionDenied):           # a worker cannot grant herself more
        roles.set_role_permissions(db, lead, Role.SOCIAL_WORKER, set(Permission))
    with pytest.raises(ValidationError):            # nobody could repair the table after
        roles.set_role_permissions(db, admin, Role.ADMIN, {P.VIEW_PERSONS})
    roles.set_role_permissions(db, admin, Role.READONLY, {P.VIEW_PERSONS, P.VIEW_SENSITIVE})
    from app.audit import verify_chain
    from models.audit import AuditEvent
    from sqlalchemy import select
    with db.reading() as s:
        ev = s.scalars(select(AuditEvent).where(AuditEvent.entity == "role")).all()[-1]
        assert "view_sensitive" in ev.detail and verify_chain(s) is None
