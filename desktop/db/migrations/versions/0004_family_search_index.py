"""trigram full-text index for the family search

Revision ID: 0004
Revises: 0003
"""
from typing import Sequence, Union

from alembic import op

from desktop.db import search_index

revision: str = "0004"
down_revision: Union[str, Sequence[str], None] = "0003"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    # SQLite only: PostgreSQL's search uses pg_trgm indexes instead (0010).
    if op.get_bind().dialect.name == "sqlite":
        search_index.install(op.get_bind())


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        search_index.uninstall(op.get_bind())
