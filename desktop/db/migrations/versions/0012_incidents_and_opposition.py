"""security incidents, and a person's opposition to exports with personal data (Ley 29733)

Revision ID: 0012
Revises: 0011
Create Date: 2026-11-30 19:40:00

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '0012'
down_revision: Union[str, Sequence[str], None] = '0011'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    op.create_table(
        'incidents',
        sa.Column('happened_on', sa.Date(), nullable=False),
        sa.Column('noticed_at', sa.DateTime(), nullable=False),
        sa.Column('what', sa.Text(), nullable=False),
        sa.Column('people_affected', sa.Integer(), nullable=False),
        sa.Column('measures', sa.Text(), nullable=False),
        sa.Column('authority_notified_at', sa.DateTime(), nullable=True),
        sa.Column('people_notified', sa.Boolean(), nullable=False),
        sa.Column('recorded_by', sa.String(length=100), nullable=False),
        sa.Column('id', sa.String(length=36), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.Column('updated_at', sa.DateTime(), nullable=False),
        sa.Column('deleted_at', sa.DateTime(), nullable=True),
        sa.Column('version', sa.Integer(), server_default=sa.text('1'), nullable=False),
        sa.CheckConstraint('people_affected >= 0', name=op.f('ck_incidents_people_nonneg')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_incidents')),
    )
    # ALTER TABLE … ADD COLUMN: instant at any size (no copy of the persons table)
    op.add_column('persons', sa.Column('opposes_sharing', sa.Boolean(), server_default='0',
                                       nullable=False))


def downgrade() -> None:
    """Downgrade schema."""
    with op.batch_alter_table('persons', schema=None) as batch_op:
        batch_op.drop_column('opposes_sharing')
    op.drop_table('incidents')
