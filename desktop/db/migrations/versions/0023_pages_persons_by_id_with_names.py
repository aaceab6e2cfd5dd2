"""a person's family and name by their id from an index alone (issue 15 item 3)

The trainings per family join each of a year's 137,000 attendances to its person for the
family, and the amounts owed per member read 10,000 members' names: each a lookup in the
primary key's index, then the person's row. An index on the id carrying the family and the
names answers both from the index.

Revision ID: 0023
Revises: 0022
"""
from typing import Sequence, Union

from alembic import op

revision: str = "0023"
down_revision: Union[str, Sequence[str], None] = "0022"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

COLUMNS = ["id", "family_id", "given_names", "paternal_surname", "maternal_surname"]


def upgrade() -> None:
    with op.batch_alter_table("persons", schema=None) as batch_op:
        batch_op.create_index("uq_persons_id_names", COLUMNS, unique=True)


def downgrade() -> None:
    with op.batch_alter_table("persons", schema=None) as batch_op:
        batch_op.drop_index("uq_persons_id_names")
