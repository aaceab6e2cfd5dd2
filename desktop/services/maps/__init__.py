"""What the plot map draws, without Qt: plots' points and boundaries with their family's
agreement status and community (plot_points), a spatial index with levels of detail
(grid), the equal-area projection (projection), and the office's reference layers
(layer_files, layers)."""

from desktop.services.maps.grid import CELL_SIZES, Level, PlotGrid, cell_for
from desktop.services.maps.layer_files import Feature, read_layer
from desktop.services.maps.layers import Layer, import_layer, layers_dir, list_layers, remove_layer
from desktop.services.maps.plot_points import (
    MICRO, NO_AGREEMENT, STATUSES, PlotDetails, PlotPoints, load_plot_points, plot_boundaries,
    plot_details,
)
from desktop.services.maps.plot_map import PlotMap, build_plot_map, load_plot_map
from desktop.services.maps.projection import Projection, centred_on

__all__ = [
    "CELL_SIZES", "Feature", "Layer", "Level", "MICRO", "NO_AGREEMENT", "PlotDetails",
    "PlotGrid", "PlotMap", "PlotPoints", "Projection", "STATUSES", "build_plot_map", "cell_for", "centred_on",
    "import_layer", "layers_dir", "list_layers", "load_plot_map", "load_plot_points", "plot_boundaries",
    "plot_details", "read_layer", "remove_layer",
]
