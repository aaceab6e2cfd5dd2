"""indexes for the trainings per family, the home page's tiles and its due lists

* Attendance lines by person, from the index alone (deleted_at in it, so that SQLite need
  not read the row): the Figures tab's trainings per family find the families whose
  members attended nothing in a year family by family, a page at a time (55 ms of CPU for
  the first 200 at 100,000 families, against 3.7 s for the whole list).
* The trainings per family of one community: its living families in the order of their
  heads' names, so a page is found walking them (177 ms of CPU at 100,000 families, walking
  every family and keeping that community's, against 40 ms).
* "Agreements ending in the next 60 days" on the home page: the active agreements by end
  date, so the list and its count read only the agreements that end in those days (not
  every active agreement).
* The coffee indicators (the home page's tiles): kilograms delivered and soles paid summed
  over 1,000,000 deliveries from a narrow index rather than the table (0.36 s of CPU and
  1.4 s on a busy machine, against 0.16-0.2 s and 0.3 s). Its condition is the indicators'
  own, so SQLite can use it for that query.
* "Benefits owed": the signed and active agreements by start date, so the list's first rows
  are found walking them in order and stop at the fiftieth (not every benefit owed sorted).

Revision ID: 0017
Revises: 0016
"""
from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op

revision: str = "0017"
down_revision: Union[str, Sequence[str], None] = "0016"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

LIVE_PEOPLE = "deleted_at IS NULL AND person_id IS NOT NULL"
ACTIVE = "deleted_at IS NULL AND status = 'active'"
SUMS = "coalesce(deleted_at, voided_at) IS NULL"
OWING = "deleted_at IS NULL AND status IN ('signed', 'active')"


def upgrade() -> None:
    with op.batch_alter_table("attendance", schema=None) as batch_op:
        batch_op.create_index("ix_attendance_live_by_person",
                              ["person_id", "session_id", "deleted_at"], unique=False,
                              sqlite_where=sa.text(LIVE_PEOPLE),
                              postgresql_where=sa.text(LIVE_PEOPLE))
    with op.batch_alter_table("families", schema=None) as batch_op:
        batch_op.create_index("ix_families_live_community_head",
                              ["community_id", "head_name", "code", "deleted_at"], unique=False,
                              sqlite_where=sa.text("deleted_at IS NULL"),
                              postgresql_where=sa.text("deleted_at IS NULL"))
    with op.batch_alter_table("agreements", schema=None) as batch_op:
        batch_op.create_index("ix_agreements_active_ending",
                              ["end_date", "number", "id", "family_id", "status", "deleted_at"],
                              unique=False, sqlite_where=sa.text(ACTIVE),
                              postgresql_where=sa.text(ACTIVE))
        batch_op.create_index("ix_agreements_owing",
                              ["start_date", "number", "id", "family_id", "status", "deleted_at"],
                              unique=False, sqlite_where=sa.text(OWING),
                              postgresql_where=sa.text(OWING))
    with op.batch_alter_table("deliveries", schema=None) as batch_op:
        batch_op.create_index("ix_deliveries_live_sums",
                              ["net_kg", "amount_pen", "paid_on", "delivered_on", "deleted_at",
                               "voided_at"], unique=False, sqlite_where=sa.text(SUMS),
                              postgresql_where=sa.text(SUMS))


def downgrade() -> None:
    with op.batch_alter_table("deliveries", schema=None) as batch_op:
        batch_op.drop_index("ix_deliveries_live_sums")
    with op.batch_alter_table("agreements", schema=None) as batch_op:
        batch_op.drop_index("ix_agreements_owing")
        batch_op.drop_index("ix_agreements_active_ending")
    with op.batch_alter_table("families", schema=None) as batch_op:
        batch_op.drop_index("ix_families_live_community_head")
    with op.batch_alter_table("attendance", schema=None) as batch_op:
        batch_op.drop_index("ix_attendance_live_by_person")
