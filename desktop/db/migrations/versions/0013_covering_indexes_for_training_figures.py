"""covering indexes for the training figures

The figures count each session's living attendance lines and each registered participant's
sex. At 218,000 lines (100,000 families) they read every line's table row and then each
person's, scattered over a 1 GB file, and took 5–6 s. With these indexes they read the
indexes alone: the lines of a session (who, their sex on the day; deleted_at too, so SQLite
can use the index alone), and a person's sex by their id. The second is unique (id is) so
that the planner, which would otherwise take the primary key and then the table row,
prefers it when the sex is asked for by equality.

The home page's coffee chart adds up the soles paid each day of the last twelve months: a
scan of 1,000,000 deliveries and a sort (0.7 s); the paid ones by day, from an index alone.

Revision ID: 0013
Revises: 0012
Create Date: 2026-11-30 19:40:00

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '0013'
down_revision: Union[str, Sequence[str], None] = '0012'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

LIVE = 'deleted_at IS NULL'


def upgrade() -> None:
    """Upgrade schema."""
    with op.batch_alter_table('attendance', schema=None) as batch_op:
        batch_op.create_index('ix_attendance_live_people',
                              ['session_id', 'person_id', 'sex', 'deleted_at'], unique=False,
                              sqlite_where=sa.text(LIVE), postgresql_where=sa.text(LIVE))
    with op.batch_alter_table('persons', schema=None) as batch_op:
        batch_op.create_index('uq_persons_id_sex', ['id', 'sex'], unique=True)
    paid = f'{LIVE} AND voided_at IS NULL AND paid_on IS NOT NULL'
    with op.batch_alter_table('deliveries', schema=None) as batch_op:
        batch_op.create_index('ix_deliveries_paid_day',
                              ['paid_on', 'amount_pen', 'deleted_at', 'voided_at'], unique=False,
                              sqlite_where=sa.text(paid), postgresql_where=sa.text(paid))


def downgrade() -> None:
    """Downgrade schema."""
    with op.batch_alter_table('deliveries', schema=None) as batch_op:
        batch_op.drop_index('ix_deliveries_paid_day')
    with op.batch_alter_table('persons', schema=None) as batch_op:
        batch_op.drop_index('uq_persons_id_sex')
    with op.batch_alter_table('attendance', schema=None) as batch_op:
        batch_op.drop_index('ix_attendance_live_people')
