"""Users: add, list, disable, change a password, and sign in.

Passwords are kept only as Argon2id hashes (argon2-cffi's defaults), never in clear and never
in the audit. Five failed sign-ins in a row slow further tries down: each one after that
waits twice as long as the last (30 s, 1 min, 2 min… up to 15 min), counted on the user's
row so a restart does not reset it.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.db.types import utcnow
from desktop.db.user import User
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.services.errors import ValidationError
from desktop.services.people.permissions import ROLES, Actor, require
from desktop.textnorm import fold

MIN_PASSWORD = 8
FREE_ATTEMPTS = 5
FIRST_WAIT = timedelta(seconds=30)
LONGEST_WAIT = timedelta(minutes=15)
_hasher = PasswordHasher()  # Argon2id


@dataclass(frozen=True)
class UserRow:
    name: str
    role: str
    disabled: bool
    created_at: datetime


def _user(session: Session, name: str) -> User | None:
    return session.scalars(select(User).where(
        User.name_folded == fold(name), User.deleted_at.is_(None))).first()


def _check_password(password: str) -> None:
    if len(password or "") < MIN_PASSWORD:
        raise ValidationError.single("password", QT_TRANSLATE_NOOP(
            "Validation", "The password must have at least {n} characters."), n=MIN_PASSWORD)


def add_user(session: Session, name: str, role: str, password: str,
             first: bool = False) -> User:
    """A new user. Only an administrator may add one, except the first administrator of a
    database that has no users yet (`first`)."""
    if not first:
        require(session, "users.manage")
    name = " ".join((name or "").split())
    if not name or len(name) > 60 or any(not ch.isprintable() for ch in name):
        raise ValidationError.single("name", QT_TRANSLATE_NOOP(
            "Validation", "A user's name must have 1 to 60 printable characters."))
    if role not in ROLES:
        raise ValidationError.single("role", QT_TRANSLATE_NOOP(
            "Validation", "Unknown role “{role}”: use admin, coordinator, office, cooperative "
            "or viewer."), role=role)
    if first and session.scalars(select(User.id).where(User.deleted_at.is_(None))).first():
        raise ValidationError.single("name", QT_TRANSLATE_NOOP(
            "Validation", "This database already has users: an administrator adds new ones."))
    if first and role != "admin":
        raise ValidationError.single("role", QT_TRANSLATE_NOOP(
            "Validation", "The first user must be an administrator (--role admin)."))
    if _user(session, name) is not None:
        raise ValidationError.single("name", QT_TRANSLATE_NOOP(
            "Validation", "There is already a user called {name}."), name=name)
    _check_password(password)
    user = User(name=name, name_folded=fold(name), role=role,
                password_hash=_hasher.hash(password))
    session.add(user)
    session.commit()
    session.info["has_users"] = True
    return user


def list_users(session: Session) -> list[UserRow]:
    require(session, "users.manage")
    return [UserRow(u.name, u.role, u.disabled_at is not None, u.created_at)
            for u in session.scalars(select(User).where(User.deleted_at.is_(None))
                                     .order_by(User.name_folded))]


def _existing(session: Session, name: str) -> User:
    user = _user(session, name)
    if user is None:
        raise ValidationError.single("name", QT_TRANSLATE_NOOP(
            "Validation", "There is no user called {name}."), name=name)
    return user


def disable_user(session: Session, name: str) -> None:
    """The user can no longer sign in; the audit keeps their name. The last administrator
    cannot be disabled (nobody could manage users after)."""
    require(session, "users.manage")
    user = _existing(session, name)
    if user.role == "admin" and user.disabled_at is None and len(session.scalars(select(
            User.id).where(User.role == "admin", User.disabled_at.is_(None),
                           User.deleted_at.is_(None))).all()) == 1:
        raise ValidationError.single("name", QT_TRANSLATE_NOOP(
            "Validation", "{name} is the last administrator and cannot be disabled."),
            name=user.name)
    user.disabled_at = user.disabled_at or utcnow()
    session.commit()


def set_password(session: Session, name: str, password: str) -> None:
    """A new password for `name` (an administrator's task); it also lifts a slow-down."""
    require(session, "users.manage")
    user = _existing(session, name)
    _check_password(password)
    user.password_hash = _hasher.hash(password)
    user.failed_logins, user.locked_until = 0, None
    session.commit()


WRONG = QT_TRANSLATE_NOOP("Validation", "Wrong user name or password.")


def sign_in(session: Session, name: str, password: str, now: datetime | None = None) -> Actor:
    """The Actor for `name` when `password` is theirs; else ValidationError (the same words
    for an unknown name and a wrong password, so names cannot be probed)."""
    now = now or utcnow()
    user = _user(session, name)
    if user is None or user.disabled_at is not None:
        _hasher.hash(password or "")  # the same time as a real check
        raise ValidationError.single("password", WRONG)
    if user.locked_until is not None and user.locked_until > now:
        seconds = max(1, math.ceil((user.locked_until - now).total_seconds()))
        raise ValidationError.single("password", QT_TRANSLATE_NOOP(
            "Validation", "Too many failed attempts: try again in {seconds} s."),
            seconds=seconds)
    try:
        _hasher.verify(user.password_hash, password or "")
    except (VerificationError, InvalidHashError):
        user.failed_logins += 1
        over = user.failed_logins - FREE_ATTEMPTS
        if over >= 0:
            user.locked_until = now + min(FIRST_WAIT * (2 ** over), LONGEST_WAIT)
        session.commit()
        raise ValidationError.single("password", WRONG) from None
    if user.failed_logins or user.locked_until or _hasher.check_needs_rehash(
            user.password_hash):
        if _hasher.check_needs_rehash(user.password_hash):
            user.password_hash = _hasher.hash(password)
        user.failed_logins, user.locked_until = 0, None
        session.commit()
    return Actor(user.name, user.role)


__all__ = ["MIN_PASSWORD", "UserRow", "add_user", "disable_user", "list_users", "set_password",
           "sign_in"]
