"""advances and loans to members, and the deductions that repay them (issue 16 item 4)

Two new tables; nothing existing changes.

Revision ID: 0020
Revises: 0019
Create Date: 2026-12-01 01:05:17
"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '0020'
down_revision: Union[str, Sequence[str], None] = '0019'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    op.create_table('advances',
    sa.Column('cooperative_id', sa.String(length=36), nullable=False),
    sa.Column('membership_id', sa.String(length=36), nullable=False),
    sa.Column('given_on', sa.Date(), nullable=False),
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('description', sa.String(length=200), nullable=False),
    sa.Column('amount_pen', sa.Integer(), nullable=False),
    sa.Column('rule', sa.String(length=20), nullable=False),
    sa.Column('share_pct', sa.Integer(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('voided_at', sa.Date(), nullable=True),
    sa.Column('void_reason', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('version', sa.Integer(), server_default=sa.text('1'), nullable=False),
    sa.Column('usn', sa.Integer(), server_default=sa.text('(-1)'), nullable=False),
    sa.Column('base_version', sa.Integer(), server_default=sa.text('0'), nullable=False),
    sa.CheckConstraint("(rule = 'share' AND share_pct > 0 AND share_pct <= 10000) OR "
                       "(rule = 'next_payment' AND share_pct IS NULL)",
                       name=op.f('ck_advances_share_pct_rule')),
    sa.CheckConstraint("kind IN ('cash', 'in_kind')", name=op.f('ck_advances_kind_known')),
    sa.CheckConstraint("rule IN ('next_payment', 'share')", name=op.f('ck_advances_rule_known')),
    sa.CheckConstraint('amount_pen > 0', name=op.f('ck_advances_amount_positive')),
    sa.ForeignKeyConstraint(['cooperative_id'], ['cooperatives.id'], name=op.f('fk_advances_cooperative_id_cooperatives')),
    sa.ForeignKeyConstraint(['membership_id'], ['memberships.id'], name=op.f('fk_advances_membership_id_memberships')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_advances'))
    )
    with op.batch_alter_table('advances', schema=None) as batch_op:
        batch_op.create_index('ix_advances_cooperative', ['cooperative_id', 'given_on'], unique=False)
        batch_op.create_index('ix_advances_member', ['membership_id', 'given_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_advances_usn'), ['usn'], unique=False)

    op.create_table('advance_deductions',
    sa.Column('advance_id', sa.String(length=36), nullable=False),
    sa.Column('membership_id', sa.String(length=36), nullable=False),
    sa.Column('paid_on', sa.Date(), nullable=False),
    sa.Column('amount_pen', sa.Integer(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('version', sa.Integer(), server_default=sa.text('1'), nullable=False),
    sa.Column('usn', sa.Integer(), server_default=sa.text('(-1)'), nullable=False),
    sa.Column('base_version', sa.Integer(), server_default=sa.text('0'), nullable=False),
    sa.CheckConstraint('amount_pen > 0', name=op.f('ck_advance_deductions_amount_positive')),
    sa.ForeignKeyConstraint(['advance_id'], ['advances.id'], name=op.f('fk_advance_deductions_advance_id_advances')),
    sa.ForeignKeyConstraint(['membership_id'], ['memberships.id'], name=op.f('fk_advance_deductions_membership_id_memberships')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_advance_deductions'))
    )
    with op.batch_alter_table('advance_deductions', schema=None) as batch_op:
        batch_op.create_index('ix_advance_deductions_advance', ['advance_id'], unique=False)
        batch_op.create_index('ix_advance_deductions_member', ['membership_id', 'paid_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_advance_deductions_usn'), ['usn'], unique=False)



def downgrade() -> None:
    """Downgrade schema."""
    with op.batch_alter_table('advance_deductions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_advance_deductions_usn'))
        batch_op.drop_index('ix_advance_deductions_member')
        batch_op.drop_index('ix_advance_deductions_advance')

    op.drop_table('advance_deductions')
    with op.batch_alter_table('advances', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_advances_usn'))
        batch_op.drop_index('ix_advances_member')
        batch_op.drop_index('ix_advances_cooperative')

    op.drop_table('advances')
