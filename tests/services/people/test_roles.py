"""Each role's limits, proved at the service level (issue 14): the window only hides what the
services refuse."""

from datetime import date

import pytest

from desktop.services import agreements, cooperative, people, registry, training
from desktop.services.errors import NotFound, ValidationError
from desktop.services.people import ACTIONS, Actor, PermissionDenied

NOBODY = "00000000-0000-0000-0000-000000000000"

#: One service call per action, on ids that do not exist: a role that may take the action
#: gets past the check and fails on the missing record; one that may not is refused first.
CALLS = {
    "registry.edit": lambda s: registry.update_family(s, NOBODY, {}),
    "training.edit": lambda s: training.delete_session(s, NOBODY),
    "agreements.draft": lambda s: agreements.delete_draft(s, NOBODY),
    "agreements.decide": lambda s: agreements.sign(s, NOBODY, date(2026, 1, 5)),
    "grievances.edit": lambda s: agreements.close_grievance(s, NOBODY, date(2026, 1, 5), "x"),
    "cooperative.edit": lambda s: cooperative.void_delivery(s, NOBODY, "x"),
    "users.manage": lambda s: people.disable_user(s, "nobody"),
}


@pytest.fixture
def with_users(database):
    with database.session() as session:
        people.add_user(session, "Admin", "admin", "first-password", first=True)
    return database


@pytest.mark.parametrize("role", people.ROLES)
@pytest.mark.parametrize("action", sorted(CALLS))
def test_each_role_may_take_only_its_actions(with_users, role, action):
    with_users.actor = Actor("Someone", role)
    with with_users.session() as session:
        if role in ACTIONS[action][0]:
            with pytest.raises((NotFound, ValidationError)):
                CALLS[action](session)
        else:
            with pytest.raises(PermissionDenied) as refused:
                CALLS[action](session)
            assert refused.value.text("es").startswith("Someone (")
            assert "Ask an administrator" in refused.value.text("en")


def test_a_cooperative_manager_cannot_sign_and_a_coordinator_can(family, with_users):
    """The issue's own example, on a real draft that office staff prepared."""
    with_users.actor = Actor("Luz", "office")
    with with_users.session() as session:
        draft = agreements.create_agreement(session, family.id, {
            "start_date": "05/01/2026", "end_date": "04/01/2029"})
        draft_id = draft.id
    with_users.actor = Actor("Rosa", "cooperative")
    with with_users.session() as session, pytest.raises(PermissionDenied):
        agreements.sign(session, draft_id, date(2026, 1, 5), no_forest_reason="buffer")
    with_users.actor = Actor("Luis", "coordinator")
    with with_users.session() as session:
        signed = agreements.sign(session, draft_id, date(2026, 1, 5),
                                 no_forest_reason="coffee plots only, in the buffer zone")
        assert signed.status == "signed"


def test_with_users_nobody_signed_in_is_refused_and_without_users_all_is_allowed(
        database, with_users):
    with with_users.session() as session, pytest.raises(PermissionDenied) as refused:
        registry.update_family(session, NOBODY, {})
    assert "sign in first" in refused.value.text("en")


def test_a_single_user_database_allows_everything(database):
    with database.session() as session, pytest.raises(NotFound):
        agreements.sign(session, NOBODY, date(2026, 1, 5))


def test_the_audit_names_the_signed_in_user(community, with_users):
    with_users.actor = Actor("Luz Office", "office")
    with with_users.session() as session:
        family = registry.create_family(session, {"community_id": community.id},
                                        {"given_names": "Ana", "paternal_surname": "Ríos",
                                         "sex": "F"})
        from sqlalchemy import select

        from desktop.db.audit import AuditEntry
        users = set(session.scalars(select(AuditEntry.user).where(
            AuditEntry.entity_id == family.id)))
    assert users == {"Luz Office"}


def test_imports_and_exports_follow_the_roles(with_users, tmp_path):
    from desktop.reports.summary import write_summary
    from desktop.services.imports.run import run_import

    with_users.actor = Actor("Rosa", "cooperative")
    with pytest.raises(PermissionDenied):
        run_import(with_users, "families", {}, dry_run=True)
    assert run_import(with_users, "deliveries", {}, dry_run=True).errors  # allowed: no rows
    with_users.actor = Actor("Vera", "viewer")
    with pytest.raises(PermissionDenied) as refused:
        write_summary(with_users, tmp_path / "names.xlsx")
    assert "export personal data" in refused.value.text("en")
    assert not (tmp_path / "names.xlsx").exists()
    assert write_summary(with_users, tmp_path / "figures.xlsx", anonymise=True).exists()


def test_a_cooperative_manager_sees_names_and_codes_but_no_dni(family, with_users):
    from desktop.services import cooperative, lookup
    from tests.services.cooperative.builders import make_cooperative, make_member

    with_users.actor = Actor("Rosa", "cooperative")
    with with_users.session() as session:
        coop = make_cooperative(session)
        make_member(session, coop, family)
        found = lookup.find(session, (lookup.FAMILY, lookup.PERSON), "nunez")
        members = cooperative.search_members(session, coop.id, "nunez")
    assert found and all(m.dni == "" for m in found)
    assert [m.code for m in found if m.kind == "family"] == [family.code]
    assert members and members[0].dni == "" and members[0].family_code == family.code
    with_users.actor = Actor("Luz", "office")
    with with_users.session() as session:
        assert any(m.dni for m in lookup.find(session, lookup.PERSON, "nunez"))
