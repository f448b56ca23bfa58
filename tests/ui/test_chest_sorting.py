"""Large chest lists are sorted in slices so no single C sort holds the GIL; the order must be sorted()'s."""

from __future__ import annotations

import random

import pytest

from launcher.models import Item
from ui.models import SLICE, sorted_in_slices

pytestmark = pytest.mark.ui


@pytest.mark.parametrize("reverse", [False, True])
def test_slices_give_exactly_what_sorted_gives(reverse):
    rng = random.Random(7)
    items = [Item(f"c{n}", f"Chest {rng.randint(0, 300)}", "", rng.choice([None, 1, 2, 3]))
             for n in range(3 * SLICE + 123)]
    for key in (lambda i: i.name.lower(), lambda i: -1 if i.count is None else i.count):
        assert sorted_in_slices(items, key, reverse=reverse) == sorted(items, key=key, reverse=reverse)


def test_equal_keys_keep_their_original_order():
    items = [Item(f"c{n}", "Same", "", 1) for n in range(2 * SLICE + 5)]
    assert [i.id for i in sorted_in_slices(items, lambda i: i.name)] == [i.id for i in items]
