"""Everything the map needs to draw a set of plots, built once off the GUI thread: the
points, their projection to scene metres and the spatial index; filtered in memory."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from desktop.services.maps.grid import PlotGrid, cell_for
from desktop.services.maps.plot_points import MICRO, STATUSES, PlotPoints, load_plot_points
from desktop.services.maps.projection import Projection, centred_on


@dataclass
class PlotMap:
    points: PlotPoints
    projection: Projection
    grid: PlotGrid
    _counts: dict[str, int] | None = field(default=None, repr=False, compare=False)

    def __len__(self) -> int:
        return len(self.points)

    def filtered(self, community_id: str | None = None, statuses=None) -> "PlotMap":
        """The plots of one community and/or some statuses, in the same projection."""
        if community_id is None and statuses is None:
            return self
        return build_plot_map(self.points.subset(self.points.keep(community_id, statuses)),
                              self.projection)

    def counts(self) -> dict[str, int]:
        """Plots per status (counted once: the legend asks on every paint)."""
        if self._counts is None:
            self._counts = self.points.counts()
        return self._counts

    def cell_to_show_all(self, width: int, height: int, margin: float = 2000.0) -> float:
        """The level of detail a view of `width` × `height` pixels draws when it shows every
        plot (with `margin` metres around them, as the map's items do)."""
        extent = self.grid.extent()
        if extent is None:
            return 0.0
        left, top, right, bottom = extent
        return cell_for(max((right - left + 2 * margin) / width,
                            (bottom - top + 2 * margin) / height))

    def status_of(self, index: int) -> str:
        return STATUSES[self.points.status[index]]


def build_plot_map(points: PlotPoints, projection: Projection | None = None) -> PlotMap:
    projection = projection or centred_on(points.lon, points.lat, MICRO)
    xs, ys = projection.forward_many(points.lon, points.lat, MICRO)
    return PlotMap(points, projection, PlotGrid(xs, ys, points.status))


def load_plot_map(session: Session, projection: Projection | None = None) -> PlotMap:
    """All living plots with coordinates, ready to draw."""
    return build_plot_map(load_plot_points(session), projection)


__all__ = ["PlotMap", "build_plot_map", "load_plot_map"]
