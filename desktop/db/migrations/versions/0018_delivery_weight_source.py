"""how a delivery's weight was taken: read from the scale or typed by hand (issue 16 item 1)

Existing deliveries get "" (not told apart then). A plain ADD COLUMN, in place on SQLite: a
table of 1,000,000 deliveries is not copied; the service checks the value.

Revision ID: 0018
Revises: 0017
"""
from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op

revision: str = "0018"
down_revision: Union[str, Sequence[str], None] = "0017"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.add_column("deliveries", sa.Column("weight_source", sa.String(length=10), nullable=False,
                                          server_default=""))


def downgrade() -> None:
    op.drop_column("deliveries", "weight_source")
