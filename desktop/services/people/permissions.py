"""Who may do what: the five roles, the actions each may take, and the one check services make.

A database with no users is single-user: everything is allowed, as before users existed.
Once it has users, every session carries the signed-in user (`session.info["actor"]`, set
by desktop.db.engine.Database from `database.actor`), and a service refuses an action the
user's role does not hold with `PermissionDenied`, which the window and the commands turn
into one translated line (commands exit 4). The window only hides what the role cannot do;
the services are where it is enforced.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.orm import Session

from desktop.i18n import QT_TRANSLATE_NOOP, translate
from desktop.i18n.labels import label

ADMIN, COORDINATOR, OFFICE, COOPERATIVE, VIEWER = (
    "admin", "coordinator", "office", "cooperative", "viewer")
ROLES = (ADMIN, COORDINATOR, OFFICE, COOPERATIVE, VIEWER)

#: action -> (the roles that hold it, what it is, in words for the refusal).
ACTIONS: dict[str, tuple[frozenset, str]] = {
    "registry.edit": (frozenset({ADMIN, OFFICE}), QT_TRANSLATE_NOOP(
        "Permissions", "register or change families, members and plots")),
    "training.edit": (frozenset({ADMIN, OFFICE}), QT_TRANSLATE_NOOP(
        "Permissions", "record training sessions and attendance")),
    "agreements.draft": (frozenset({ADMIN, COORDINATOR, OFFICE}), QT_TRANSLATE_NOOP(
        "Permissions", "prepare agreement drafts")),
    "agreements.decide": (frozenset({ADMIN, COORDINATOR}), QT_TRANSLATE_NOOP(
        "Permissions", "sign, activate, suspend, end or renew agreements and record visits")),
    "agreements.print": (frozenset({ADMIN, COORDINATOR}), QT_TRANSLATE_NOOP(
        "Permissions", "print agreements")),
    "grievances.edit": (frozenset({ADMIN, COORDINATOR, OFFICE}), QT_TRANSLATE_NOOP(
        "Permissions", "record grievances")),
    "cooperative.edit": (frozenset({ADMIN, COOPERATIVE}), QT_TRANSLATE_NOOP(
        "Permissions", "record deliveries, receipts, payments and lots")),
    "cooperative.reopen_day": (frozenset({ADMIN}), QT_TRANSLATE_NOOP(
        "Permissions", "reopen a closed day of the weighing station")),
    "personal.read": (frozenset({ADMIN, COORDINATOR, OFFICE}), QT_TRANSLATE_NOOP(
        "Permissions", "see DNIs and other personal data")),
    "export.personal": (frozenset({ADMIN, COORDINATOR}), QT_TRANSLATE_NOOP(
        "Permissions", "export personal data")),
    "export.anonymised": (frozenset(ROLES), QT_TRANSLATE_NOOP(
        "Permissions", "export anonymised figures")),
    "audit.read": (frozenset({ADMIN, COORDINATOR}), QT_TRANSLATE_NOOP(
        "Permissions", "read the audit")),
    "users.manage": (frozenset({ADMIN}), QT_TRANSLATE_NOOP(
        "Permissions", "manage users")),
    "settings.edit": (frozenset({ADMIN}), QT_TRANSLATE_NOOP(
        "Permissions", "change the settings")),
    "backups.manage": (frozenset({ADMIN}), QT_TRANSLATE_NOOP(
        "Permissions", "restore backups")),
    "incidents.manage": (frozenset({ADMIN, COORDINATOR}), QT_TRANSLATE_NOOP(
        "Permissions", "record security incidents")),
    "people.anonymise": (frozenset({ADMIN}), QT_TRANSLATE_NOOP(
        "Permissions", "anonymise a person on request")),
    "sync.run": (frozenset({ADMIN, COORDINATOR, OFFICE}), QT_TRANSLATE_NOOP(
        "Permissions", "exchange changes with the centre and decide sync conflicts")),
}


@dataclass(frozen=True)
class Actor:
    """The signed-in user: what the audit records and what permissions are checked for."""

    name: str
    role: str


class PermissionDenied(Exception):
    """The signed-in user's role may not take this action (or nobody is signed in)."""

    def __init__(self, action: str, actor: Actor | None):
        self.action, self.actor = action, actor
        super().__init__(f"{actor.role if actor else 'nobody'} may not {action}")

    def text(self, lang: str | None = None) -> str:
        if self.actor is None:
            return translate("Permissions", SIGN_IN_FIRST, lang)
        what = translate("Permissions", ACTIONS[self.action][1], lang)
        return translate("Permissions", NOT_ALLOWED, lang).format(
            user=self.actor.name, role=label("role", self.actor.role, lang), what=what)


SIGN_IN_FIRST = QT_TRANSLATE_NOOP(
    "Permissions", "This database has users: sign in first (with --user NAME on the command "
    "line).")
NOT_ALLOWED = QT_TRANSLATE_NOOP(
    "Permissions", "{user} ({role}) may not {what}. Ask an administrator.")


def has_users(session: Session) -> bool:
    """Whether the database has users (else it is single-user and everything is allowed)."""
    known = session.info.get("has_users")
    if known is None:
        known = session.execute(text(
            "SELECT 1 FROM users WHERE deleted_at IS NULL LIMIT 1")).first() is not None
        session.info["has_users"] = known
    return known


def allowed(session: Session, action: str) -> bool:
    """Whether the session's user may take `action` (always, on a single-user database)."""
    if action not in ACTIONS:
        raise KeyError(action)
    actor = session.info.get("actor")
    if actor is None:
        return not has_users(session)
    return actor.role in ACTIONS[action][0]


def require(session: Session, action: str) -> None:
    """Refuse `action` with PermissionDenied unless the session's user may take it."""
    if not allowed(session, action):
        raise PermissionDenied(action, session.info.get("actor"))


def role_may(role: str, action: str) -> bool:
    """Whether `role` holds `action` (for the window, to hide what a role cannot do)."""
    return role in ACTIONS[action][0]


__all__ = ["ACTIONS", "ADMIN", "Actor", "COOPERATIVE", "COORDINATOR", "OFFICE", "PermissionDenied",
           "ROLES", "VIEWER", "allowed", "has_users", "require", "role_may"]
