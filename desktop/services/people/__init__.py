"""People who use the program: users, roles and permissions (issue 14).

- permissions: the roles, the actions each holds, and `require`, the one check services make
- users: add, list, disable, change a password, sign in (Argon2id hashes)
- audit: the audit as people read it (filters, field labels), a record's history
- anonymise: a person's data erased on request (Ley 29733), the person still counted
- access: everything held about a person, for their request of access
- incidents: the log of security incidents and the 48-hour notice
- consents: a person's consent per purpose (registration, photos, sharing), newest holds
- privacy: records shown to a role without the right to read personal data, masked
"""

from __future__ import annotations

from desktop.services.people import (
    access, anonymise, audit, consents, incidents, permissions, privacy, users,
)
from desktop.services.people.anonymise import *  # noqa: F403
from desktop.services.people.audit import *  # noqa: F403
from desktop.services.people.consents import *  # noqa: F403
from desktop.services.people.incidents import *  # noqa: F403
from desktop.services.people.permissions import *  # noqa: F403
from desktop.services.people.access import *  # noqa: F403
from desktop.services.people.privacy import *  # noqa: F403
from desktop.services.people.users import *  # noqa: F403

__all__ = [*access.__all__, *anonymise.__all__, *consents.__all__, *incidents.__all__, *permissions.__all__, *privacy.__all__,
           *users.__all__, *audit.__all__]
