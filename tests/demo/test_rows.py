"""The demo's small pieces behave as what they replace (so the same demo is drawn): the
packed lists as lists, the draws as random.Random's, names as textnorm folds them."""

import json
import math
import random
import uuid

from desktop.demo.rows import Draws, Names, NumberSet, PackedIds, Weighted, square_boundary
from desktop.textnorm import fold, name_key


def test_packed_ids_index_and_sample_like_a_list():
    ids = [str(uuid.UUID(int=random.Random(n).getrandbits(128), version=4)) for n in range(50)]
    packed = PackedIds()
    for id_ in ids:
        packed.append(id_)
    assert len(packed) == 50 and list(packed) == ids
    assert packed[-1] == ids[-1] and packed[3:7] == ids[3:7]
    assert random.Random(7).sample(packed, 10) == random.Random(7).sample(ids, 10)
    assert random.Random(7).choice(packed) == random.Random(7).choice(ids)


def test_number_set_holds_eight_digit_numbers():
    numbers = NumberSet(["00000000", "12345678"])
    numbers.add("99999999")
    assert "00000000" in numbers and "12345678" in numbers and "99999999" in numbers
    assert "12345679" not in numbers and "00000001" not in numbers


def test_draws_are_those_of_random_random():
    mine, theirs = Draws(11), random.Random(11)
    sequence = ["Ana", "Luz", "Rosa"]
    weights = (6, 10, 16, 21, 19, 13, 9, 6)
    table = Weighted(range(8), weights)
    for n in range(2000):
        low, high = -n, n * n + 1
        assert mine.randint(low, high) == theirs.randint(low, high)
        assert mine.choice(sequence) == theirs.choice(sequence)
        assert mine.below(n + 1) == theirs.randrange(n + 1)
        assert mine.weighted(table) == theirs.choices(range(8), weights=weights)[0]
        assert mine.uuid() == str(uuid.UUID(int=theirs.getrandbits(128), version=4))
    assert mine.random() == theirs.random()
    # a plot's boundary is the text json.dumps makes of the square
    lat, lon, area = -5.7, -77.5, 12.34
    half = math.sqrt(area * 10_000) / 2
    dlat, dlon = half / 110_574, half / (111_320 * math.cos(math.radians(lat)))
    ring = [(lon - dlon, lat - dlat), (lon + dlon, lat - dlat), (lon + dlon, lat + dlat),
            (lon - dlon, lat + dlat), (lon - dlon, lat - dlat)]
    assert square_boundary(lat, lon, area) == json.dumps(
        {"type": "Polygon", "coordinates": [[[round(x, 6), round(y, 6)] for x, y in ring]]})


def test_remembered_names_fold_and_key_as_textnorm_does():
    names = Names()
    for parts in [("María Luz", "Del Águila", "Núñez"), ("José", "Santa Cruz", "Pérez"),
                  ("Ángel", "Ushiñahua", "Tuanama"), ("María Luz", "Núñez", "Del Águila")]:
        assert names.key(*parts) == name_key(*parts)
        assert " ".join(names.fold(p) for p in parts) == fold(" ".join(parts))
