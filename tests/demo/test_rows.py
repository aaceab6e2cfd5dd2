"""The demo's packed lists behave as the lists they replace (so the same demo is drawn)."""

import random
import uuid

from desktop.demo.rows import NumberSet, PackedIds


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
