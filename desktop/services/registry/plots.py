"""A family's plots: added, edited and removed under the area and coordinate rules."""

from __future__ import annotations

from sqlalchemy.orm import Session

from desktop.db.family import Family
from desktop.db.plot import Plot
from desktop.services.common import check, live, utcnow
from desktop.services.fields import parse_values
from desktop.services.people.permissions import require
from desktop.services.registry.fields import PLOT_FIELDS
from desktop.services.registry.rules import plot_rules


def add_plot(session: Session, family_id: str, raw: dict) -> Plot:
    require(session, "registry.edit")
    family = live(session, Family, family_id, "family")
    values, errors = parse_values(PLOT_FIELDS, raw)
    errors += plot_rules(values)
    check(errors)
    plot = Plot()
    for key, value in values.items():
        setattr(plot, key, value)
    family.plots.append(plot)
    session.commit()
    return plot


def update_plot(session: Session, plot_id: str, raw: dict) -> Plot:
    require(session, "registry.edit")
    plot = live(session, Plot, plot_id, "plot")
    values, errors = parse_values(PLOT_FIELDS, raw, only_given=True)
    merged = {"latitude": plot.latitude, "longitude": plot.longitude, **values}
    errors += plot_rules(merged)
    check(errors)
    for key, value in values.items():
        setattr(plot, key, value)
    session.commit()
    return plot


def delete_plot(session: Session, plot_id: str) -> None:
    require(session, "registry.edit")
    plot = live(session, Plot, plot_id, "plot")
    plot.deleted_at = utcnow()
    session.commit()
