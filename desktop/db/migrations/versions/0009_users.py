"""users of the program: name, role, password hash, login attempts

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-30 16:30:00

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '0009'
down_revision: Union[str, Sequence[str], None] = '0008'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    op.create_table(
        'users',
        sa.Column('name', sa.String(length=60), nullable=False),
        sa.Column('name_folded', sa.String(length=60), nullable=False),
        sa.Column('role', sa.String(length=20), nullable=False),
        sa.Column('password_hash', sa.String(length=200), nullable=False),
        sa.Column('disabled_at', sa.DateTime(), nullable=True),
        sa.Column('failed_logins', sa.Integer(), nullable=False),
        sa.Column('locked_until', sa.DateTime(), nullable=True),
        sa.Column('id', sa.String(length=36), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.Column('updated_at', sa.DateTime(), nullable=False),
        sa.Column('deleted_at', sa.DateTime(), nullable=True),
        sa.CheckConstraint("role IN ('admin', 'coordinator', 'office', 'cooperative', 'viewer')",
                           name=op.f('ck_users_role_known')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_users')),
    )
    op.create_index('uq_users_name_folded', 'users', ['name_folded'], unique=True)


def downgrade() -> None:
    """Downgrade schema."""
    op.drop_index('uq_users_name_folded', table_name='users')
    op.drop_table('users')
