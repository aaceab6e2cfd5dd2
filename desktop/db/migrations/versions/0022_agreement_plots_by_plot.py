"""the agreements covering a plot found from the plot (issue 15 item 3)

Recording a delivery looks up the last compliance visit of the agreements covering its plot.
agreement_plots had only its primary key (agreement_id, plot_id), so SQLite walked every
compliance visit in date order until one covered the plot: 0.3 s per delivery at 65,000
visits, before the weighing station printed the receipt. An index from the plot to its
agreements makes it a few lookups.

Revision ID: 0022
Revises: 0021
"""
from typing import Sequence, Union

from alembic import op

revision: str = "0022"
down_revision: Union[str, Sequence[str], None] = "0021"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    with op.batch_alter_table("agreement_plots", schema=None) as batch_op:
        batch_op.create_index("ix_agreement_plots_plot", ["plot_id", "agreement_id"],
                              unique=False)


def downgrade() -> None:
    with op.batch_alter_table("agreement_plots", schema=None) as batch_op:
        batch_op.drop_index("ix_agreement_plots_plot")
