"""The office's reference layers, imported once and kept in the data folder.

Each layer is one GeoJSON file in `<data folder>/layers/`, written atomically (a killed
import leaves no half layer), named after the file it came from. Keeping them beside the
database rather than in it spares a schema change, and the same layers serve whichever
office file is open: they describe the landscape, not the register.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from desktop import config
from desktop.files import safe_name, write_atomically
from desktop.i18n import QT_TRANSLATE_NOOP, translate
from desktop.services.errors import ValidationError
from desktop.services.maps.layer_files import (
    MAX_LAYER_BYTES, Feature, layer_error, read_layer, too_big,
)

SUFFIX = ".geojson"


@dataclass
class Layer:
    name: str
    path: Path
    features: list[Feature]

    def counts(self) -> dict[str, int]:
        totals = {"point": 0, "line": 0, "polygon": 0}
        for feature in self.features:
            totals[feature.kind] += 1
        return totals


def layers_dir() -> Path:
    return config.data_dir() / "layers"


def _read_bytes(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_LAYER_BYTES:
            raise too_big(size)
        return path.read_bytes()
    except OSError as error:
        raise layer_error(QT_TRANSLATE_NOOP("Validation", "The file could not be read: "
                                                          "{reason}"),
                          reason=error.strerror or str(error)) from None


def import_layer(path: Path | str, folder: Path | None = None) -> Layer:
    """Read and check a GeoJSON, KML or KMZ file and keep it as a layer (replacing one of
    the same name). ValidationError when the file is not a usable layer; nothing is kept."""
    path = Path(path)
    features = read_layer(_read_bytes(path), path.name)
    folder = folder or layers_dir()
    name = safe_name(path.stem, limit=80)
    target = folder / (name + SUFFIX)
    collection = {
        "type": "FeatureCollection", "name": name,
        "features": [{"type": "Feature", "properties": {"name": f.name},
                      "geometry": f.geometry()} for f in features],
    }
    content = json.dumps(collection, ensure_ascii=False, separators=(",", ":"))

    def build(temporary: str) -> None:
        Path(temporary).write_text(content, encoding="utf-8")

    try:
        write_atomically(target, build, private=True)
    except OSError as error:
        raise layer_error(QT_TRANSLATE_NOOP("Validation", "The layer could not be saved: "
                                                          "{reason}"),
                          reason=error.strerror or str(error)) from None
    return Layer(name, target, features)


def list_layers(folder: Path | None = None) -> tuple[list[Layer], list[str]]:
    """The kept layers by name, and one translated line for each that cannot be read
    (a file changed by hand): it is skipped, the others still show."""
    folder = folder or layers_dir()
    layers, problems = [], []
    if not folder.is_dir():
        return layers, problems
    for path in sorted(folder.glob("*" + SUFFIX), key=lambda p: p.name.lower()):
        if path.name.startswith("."):
            continue
        try:
            layers.append(Layer(path.stem, path, read_layer(_read_bytes(path), path.name)))
        except ValidationError as error:
            problems.append(translate("Validation", QT_TRANSLATE_NOOP(
                "Validation", "The layer {name} could not be read: {reason}")).format(
                    name=path.stem, reason=error.text()))
    return layers, problems


def remove_layer(name: str, folder: Path | None = None) -> bool:
    """Forget a kept layer; False when there was none of that name."""
    folder = folder or layers_dir()
    target = folder / (safe_name(name, limit=80) + SUFFIX)
    if target.parent != folder or not target.exists():
        return False
    target.unlink()
    return True


__all__ = ["SUFFIX", "Layer", "import_layer", "layers_dir", "list_layers", "remove_layer"]
