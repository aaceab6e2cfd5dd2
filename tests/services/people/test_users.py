"""Users: Argon2id hashes, sign-in, the slow-down after five failures, the last admin."""

from datetime import timedelta

import pytest
from sqlalchemy import select, text

from desktop.db.types import utcnow
from desktop.db.user import User
from desktop.services import people
from desktop.services.errors import ValidationError
from desktop.services.people import Actor


@pytest.fixture
def admin_db(database):
    with database.session() as session:
        people.add_user(session, "María Pérez", "admin", "correct horse", first=True)
    database.actor = Actor("María Pérez", "admin")
    return database


def test_passwords_are_argon2id_hashes_never_in_clear_or_in_the_audit(admin_db):
    with admin_db.session() as session:
        people.add_user(session, "Luis", "coordinator", "battery staple")
        stored = session.scalar(select(User.password_hash).where(User.name == "Luis"))
        audit = " ".join(session.scalars(text("SELECT changes FROM audit_entries")))
    assert stored.startswith("$argon2id$") and "battery staple" not in stored
    assert "battery staple" not in audit and "argon2" not in audit
    raw = admin_db.path.read_bytes()
    assert b"battery staple" not in raw


def test_sign_in_ignores_case_and_accents_of_the_name_and_refuses_a_wrong_password(admin_db):
    with admin_db.session() as session:
        assert people.sign_in(session, "maria perez", "correct horse") == Actor(
            "María Pérez", "admin")
        with pytest.raises(ValidationError) as wrong:
            people.sign_in(session, "María Pérez", "wrong")
        with pytest.raises(ValidationError) as unknown:
            people.sign_in(session, "Nobody", "wrong")
    assert wrong.value.text() == unknown.value.text() == "Wrong user name or password."


def test_five_failures_slow_down_further_tries_and_a_success_resets(admin_db):
    now = utcnow()
    with admin_db.session() as session:
        for _ in range(5):
            with pytest.raises(ValidationError):
                people.sign_in(session, "María Pérez", "nope", now=now)
        with pytest.raises(ValidationError) as slowed:  # even the right password waits
            people.sign_in(session, "María Pérez", "correct horse", now=now)
        assert "try again in 30 s" in slowed.value.text("en")
        assert "30 s" in slowed.value.text("es")
        later = now + timedelta(seconds=31)
        assert people.sign_in(session, "María Pérez", "correct horse", now=later).role == "admin"
        user = session.scalar(select(User))
        assert user.failed_logins == 0 and user.locked_until is None


def test_names_roles_and_passwords_are_checked(admin_db):
    with admin_db.session() as session:
        with pytest.raises(ValidationError, match="at least 8"):
            people.add_user(session, "Ana", "office", "short")
        with pytest.raises(ValidationError, match="Unknown role"):
            people.add_user(session, "Ana", "boss", "long enough")
        with pytest.raises(ValidationError, match="already a user"):
            people.add_user(session, "MARIA PEREZ", "office", "long enough")
        with pytest.raises(ValidationError, match="already has users"):
            people.add_user(session, "Ana", "admin", "long enough", first=True)


def test_the_last_administrator_cannot_be_disabled_and_a_disabled_user_cannot_sign_in(
        admin_db):
    with admin_db.session() as session:
        with pytest.raises(ValidationError, match="last administrator"):
            people.disable_user(session, "María Pérez")
        people.add_user(session, "Luis", "office", "battery staple")
        people.disable_user(session, "luis")
        with pytest.raises(ValidationError):
            people.sign_in(session, "Luis", "battery staple")
        assert [(u.name, u.disabled) for u in people.list_users(session)] == [
            ("Luis", True), ("María Pérez", False)]
        people.set_password(session, "Luis", "a new one!")
