"""index attendance by session

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-30 13:40:00.000000

The only index on attendance.session_id was the partial unique index of registered
members (`... AND person_id IS NOT NULL`), which a count of a session's attendance
cannot use: the Training sheet scanned the whole table once per session.
"""
from typing import Sequence, Union

from alembic import op


# revision identifiers, used by Alembic.
revision: str = '0006'
down_revision: Union[str, Sequence[str], None] = '0005'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    with op.batch_alter_table('attendance', schema=None) as batch_op:
        batch_op.create_index('ix_attendance_session', ['session_id'], unique=False)


def downgrade() -> None:
    """Downgrade schema."""
    with op.batch_alter_table('attendance', schema=None) as batch_op:
        batch_op.drop_index('ix_attendance_session')
