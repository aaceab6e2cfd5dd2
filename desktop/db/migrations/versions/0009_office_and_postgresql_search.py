"""the office's code and name; on PostgreSQL, fold(), group_concat() and trigram search

Revision ID: 0009
Revises: 0008
"""
from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op

from desktop.db import postgres

revision: str = "0009"
down_revision: Union[str, Sequence[str], None] = "0008"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.create_table(
        "office_settings",
        sa.Column("id", sa.String(length=40), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_office_settings")),
    )
    if postgres.is_postgresql(op.get_bind()):
        postgres.install(op.get_bind())


def downgrade() -> None:
    if postgres.is_postgresql(op.get_bind()):
        postgres.uninstall(op.get_bind())
    op.drop_table("office_settings")
