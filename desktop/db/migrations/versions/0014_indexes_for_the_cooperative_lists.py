"""indexes for the cooperative's lists and season figures

At 1,000,000 deliveries the deliveries list counted and searched by reading table rows
scattered over the file, and the season figures read a row per delivery. These indexes hold
everything those queries name (deleted_at and voided_at too: SQLite reads an index alone only
when it holds every column a query names, its condition's included):

* the members' totals (rebuilt with the two columns) and a season's totals (by date),
* what is owed (unpaid live deliveries, by member),
* a member's deliveries with what the list filters on (the search counts members' deliveries),
* the flagged, deleted and voided deliveries (few: the list counts the rest by subtraction),
* the members a search word matches (their families, codes and ids).

Revision ID: 0014
Revises: 0013
Create Date: 2026-11-30 19:20:00

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '0014'
down_revision: Union[str, Sequence[str], None] = '0013'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

LIVE = 'deleted_at IS NULL AND voided_at IS NULL'
OLD_MEMBER_TOTALS = ['cooperative_id', 'membership_id', 'delivered_on', 'net_kg', 'amount_pen',
                     'paid_on']
INDEXES = [
    ('ix_deliveries_member_totals', OLD_MEMBER_TOTALS + ['deleted_at', 'voided_at'], LIVE),
    ('ix_deliveries_season', ['cooperative_id', 'delivered_on', 'membership_id', 'lot_id',
                              'net_kg', 'amount_pen', 'paid_on', 'deleted_at', 'voided_at'],
     LIVE),
    ('ix_deliveries_owed', ['cooperative_id', 'membership_id', 'delivered_on', 'net_kg',
                            'amount_pen', 'lot_id', 'deleted_at', 'voided_at', 'paid_on'],
     f'{LIVE} AND paid_on IS NULL'),
    ('ix_deliveries_member_list', ['cooperative_id', 'membership_id', 'deleted_at', 'voided_at',
                                   'paid_on', 'lot_id', 'flags', 'receipt_number'], None),
    ('ix_deliveries_flagged', ['cooperative_id', 'receipt_number'],
     "deleted_at IS NULL AND flags != ''"),
    ('ix_deliveries_deleted', ['cooperative_id'], 'deleted_at IS NOT NULL'),
    ('ix_deliveries_voided', ['cooperative_id'], 'deleted_at IS NULL AND voided_at IS NOT NULL'),
]

#: The members a search word matches, read from this index alone.
MEMBERSHIPS_SEARCH = ['cooperative_id', 'family_id', 'member_code', 'id']


def _where(where):
    if where is None:
        return {}
    return {'sqlite_where': sa.text(where), 'postgresql_where': sa.text(where)}


def upgrade() -> None:
    """Upgrade schema."""
    with op.batch_alter_table('deliveries', schema=None) as batch_op:
        batch_op.drop_index('ix_deliveries_member_totals', **_where(LIVE))
        for name, columns, where in INDEXES:
            batch_op.create_index(name, columns, unique=False, **_where(where))
    with op.batch_alter_table('memberships', schema=None) as batch_op:
        batch_op.create_index('ix_memberships_search', MEMBERSHIPS_SEARCH, unique=False)


def downgrade() -> None:
    """Downgrade schema."""
    with op.batch_alter_table('memberships', schema=None) as batch_op:
        batch_op.drop_index('ix_memberships_search')
    with op.batch_alter_table('deliveries', schema=None) as batch_op:
        for name, _, where in reversed(INDEXES):
            batch_op.drop_index(name, **_where(where))
        batch_op.create_index('ix_deliveries_member_totals', OLD_MEMBER_TOTALS, unique=False,
                              **_where(LIVE))
