"""Plot boundaries as GPS files write them, built for the tests."""

import json
import math

A, E2 = 6378137.0, 0.0066943799901413165
LON0, LAT0 = -77.412345, -5.812345


def square(side_m: float, lon: float = LON0, lat: float = LAT0, clockwise: bool = False):
    """A closed square ring of `side_m` metres, built from the ellipsoid's radii of
    curvature (independent of the projection the module uses)."""
    s = math.sin(math.radians(lat))
    m = A * (1 - E2) / (1 - E2 * s * s) ** 1.5
    n = A / math.sqrt(1 - E2 * s * s)
    dlat = math.degrees(side_m / m)
    dlon = math.degrees(side_m / (n * math.cos(math.radians(lat))))
    ring = [(lon, lat), (lon + dlon, lat), (lon + dlon, lat + dlat), (lon, lat + dlat),
            (lon, lat)]
    return list(reversed(ring)) if clockwise else ring


def geojson_polygon(ring, feature=True) -> bytes:
    geometry = {"type": "Polygon", "coordinates": [[list(p) for p in ring]]}
    obj = {"type": "Feature", "properties": {"name": "x"}, "geometry": geometry} if feature \
        else geometry
    return json.dumps(obj).encode()


def kml(ring, polygon=True) -> bytes:
    coords = " ".join(f"{lon},{lat},0" for lon, lat in ring)
    shape = (f"<Polygon><outerBoundaryIs><LinearRing><coordinates>{coords}</coordinates>"
             f"</LinearRing></outerBoundaryIs></Polygon>" if polygon
             else f"<LineString><coordinates>{coords}</coordinates></LineString>")
    return (f'<?xml version="1.0" encoding="UTF-8"?><kml xmlns="http://www.opengis.net/kml/2.2">'
            f"<Document><Placemark><name>Parcela</name>{shape}</Placemark></Document></kml>"
            ).encode()


def gpx(points) -> bytes:
    pts = "".join(f'<trkpt lat="{lat}" lon="{lon}"><ele>900</ele></trkpt>' for lon, lat in points)
    return (f'<?xml version="1.0"?><gpx version="1.1" creator="GPSMAP 64" '
            f'xmlns="http://www.topografix.com/GPX/1/1"><trk><name>Lindero</name>'
            f"<trkseg>{pts}</trkseg></trk></gpx>").encode()
