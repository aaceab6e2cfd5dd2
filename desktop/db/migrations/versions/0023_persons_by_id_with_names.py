"""a person's family and name by their id from an index alone (issue 15 item 3)

The trainings per family join each of a year's 137,000 attendances to its person for the
family, and the amounts owed per member read 10,000 members' names: each a lookup in the
primary key's index, then the person's row. An index on the id carrying the family and the
names answers both from the index. The trainings per family then sort 55,000 living families
by their heads' names: a second index carries the head's name and the code by id.

Revision ID: 0023
Revises: 0022
"""
from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op

revision: str = "0023"
down_revision: Union[str, Sequence[str], None] = "0022"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

LIVE = sa.text("deleted_at IS NULL")
COLUMNS = ["id", "family_id", "given_names", "paternal_surname", "maternal_surname"]


def upgrade() -> None:
    with op.batch_alter_table("persons", schema=None) as batch_op:
        batch_op.create_index("uq_persons_id_names", COLUMNS, unique=True)
    with op.batch_alter_table("families", schema=None) as batch_op:
        batch_op.create_index("ix_families_live_id_head", ["deleted_at", "id", "head_name", "code"],
                              unique=False, sqlite_where=LIVE, postgresql_where=LIVE)


def downgrade() -> None:
    with op.batch_alter_table("families", schema=None) as batch_op:
        batch_op.drop_index("ix_families_live_id_head", sqlite_where=LIVE, postgresql_where=LIVE)
    with op.batch_alter_table("persons", schema=None) as batch_op:
        batch_op.drop_index("uq_persons_id_names")
