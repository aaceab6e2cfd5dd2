"""the home page's "ending" list: active agreements due for renewal, by end date

The list named only the active agreements ending in the next 60 days: one whose end date had
passed while it stayed active (the most urgent: neither renewed nor ended) fell off it, and
one already renewed (its successor drafted) or marked not to be renewed stayed on it. It now
lists the active agreements ending by then, past ones first, less those renewed or marked,
as "Renew a community…" does. Its index by end date leaves the marked ones out; a second,
small index names the agreements renewed (a successor's previous_id), so the list and its
count still read only those agreements.

Revision ID: 0024
Revises: 0023
"""
from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op

revision: str = "0024"
down_revision: Union[str, Sequence[str], None] = "0023"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

ACTIVE = sa.text("deleted_at IS NULL AND status = 'active'")
DUE = sa.text("deleted_at IS NULL AND status = 'active' AND not_renewed_reason IS NULL")
RENEWED = sa.text("previous_id IS NOT NULL AND deleted_at IS NULL")


def upgrade() -> None:
    with op.batch_alter_table("agreements", schema=None) as batch_op:
        batch_op.drop_index("ix_agreements_active_ending", sqlite_where=ACTIVE,
                            postgresql_where=ACTIVE)
        batch_op.create_index("ix_agreements_due_for_renewal",
                              ["end_date", "number", "id", "family_id", "status", "deleted_at",
                               "not_renewed_reason"],
                              unique=False, sqlite_where=DUE, postgresql_where=DUE)
        batch_op.create_index("ix_agreements_renewed", ["previous_id", "deleted_at"],
                              unique=False, sqlite_where=RENEWED, postgresql_where=RENEWED)


def downgrade() -> None:
    with op.batch_alter_table("agreements", schema=None) as batch_op:
        batch_op.drop_index("ix_agreements_renewed", sqlite_where=RENEWED,
                            postgresql_where=RENEWED)
        batch_op.drop_index("ix_agreements_due_for_renewal", sqlite_where=DUE,
                            postgresql_where=DUE)
        batch_op.create_index("ix_agreements_active_ending",
                              ["end_date", "number", "id", "family_id", "status", "deleted_at"],
                              unique=False, sqlite_where=ACTIVE, postgresql_where=ACTIVE)
