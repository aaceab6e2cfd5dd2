"""indexes for the station's latest price and the deliveries still unpaid

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-30 15:00:00

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '0008'
down_revision: Union[str, Sequence[str], None] = '0007'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

LIVE = 'deleted_at IS NULL AND voided_at IS NULL'


def upgrade() -> None:
    """Upgrade schema."""
    with op.batch_alter_table('deliveries', schema=None) as batch_op:
        batch_op.create_index('ix_deliveries_latest', ['cooperative_id', 'product', 'created_at'],
                              unique=False, sqlite_where=sa.text(LIVE), postgresql_where=sa.text(LIVE))
        batch_op.create_index('ix_deliveries_unpaid', ['delivered_on', 'receipt_number'],
                              unique=False, sqlite_where=sa.text(f'{LIVE} AND paid_on IS NULL'), postgresql_where=sa.text(f'{LIVE} AND paid_on IS NULL'))


def downgrade() -> None:
    """Downgrade schema."""
    with op.batch_alter_table('deliveries', schema=None) as batch_op:
        batch_op.drop_index('ix_deliveries_unpaid')
        batch_op.drop_index('ix_deliveries_latest')
