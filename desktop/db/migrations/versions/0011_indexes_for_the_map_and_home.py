"""covering indexes for the map's points and the home page's due lists

The map reads every located plot's point, each family's community and latest agreement;
the home page counts the agreements ending, visits overdue and benefits owed. At 100,000
families these read table rows scattered over a 1 GB file (plots carry their boundaries);
partial indexes on living rows hold everything those queries ask for (deleted_at too:
SQLite reads an index alone only when it holds every column a query names, its condition's
included), so they read the indexes alone.

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-30 16:20:00

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '0011'
down_revision: Union[str, Sequence[str], None] = '0010'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

LIVE = 'deleted_at IS NULL'
INDEXES = [
    ('plots', 'ix_plots_map', ['family_id', 'longitude', 'latitude', 'deleted_at'],
     f'{LIVE} AND latitude IS NOT NULL AND longitude IS NOT NULL'),
    ('families', 'ix_families_live_community',
     ['deleted_at', 'id', 'community_id', 'inside_forest'], LIVE),
    ('agreements', 'ix_agreements_live_family',
     ['family_id', 'start_date', 'status', 'deleted_at'], LIVE),
    ('agreements', 'ix_agreements_live_status',
     ['status', 'start_date', 'end_date', 'number', 'id', 'family_id', 'deleted_at'], LIVE),
    ('benefits', 'ix_benefits_live',
     ['agreement_id', 'id', 'kind', 'quantity', 'deleted_at'], LIVE),
    ('benefit_deliveries', 'ix_benefit_deliveries_live',
     ['benefit_id', 'quantity', 'deleted_at'], LIVE),
    ('compliance_visits', 'ix_compliance_visits_live',
     ['agreement_id', 'visited_on', 'deleted_at'], LIVE),
]


def upgrade() -> None:
    """Upgrade schema."""
    for table, name, columns, where in INDEXES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.create_index(name, columns, unique=False, sqlite_where=sa.text(where),
                                  postgresql_where=sa.text(where))


def downgrade() -> None:
    """Downgrade schema."""
    for table, name, _, _ in reversed(INDEXES):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_index(name)
