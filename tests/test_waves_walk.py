"""The pick list's walk: aisles in order, bays serpentine, levels up, unparseable bins last."""
from whs_app.walk import parse_bin, walk_order


def walk(bins):
    position, bad = walk_order(bins)
    return sorted(position, key=position.get), bad


def test_parse_bin():
    assert parse_bin("A-03-12") == ("A", 3, 12)
    assert parse_bin(" b-3-1 ") == ("B", 3, 1)
    assert parse_bin("收货区") is None and parse_bin("A-03") is None and parse_bin("A-x-1") is None


def test_bays_go_up_the_first_aisle_and_down_the_second():
    bins = ["B-01-01", "A-10-01", "B-10-01", "A-01-01", "C-02-01", "C-01-01", "B-05-02", "B-05-01"]
    assert walk(bins)[0] == ["A-01-01", "A-10-01", "B-10-01", "B-05-01", "B-05-02", "B-01-01",
                             "C-01-01", "C-02-01"]


def test_serpentine_counts_the_aisles_the_walk_visits():
    assert walk(["A-02-01", "A-01-01", "C-01-01", "C-09-01"])[0] == ["A-01-01", "A-02-01", "C-09-01", "C-01-01"]


def test_aisles_sort_a_to_z_then_double_letters():
    assert walk(["AA-01-01", "Z-01-01", "B-01-01"])[0] == ["B-01-01", "Z-01-01", "AA-01-01"]


def test_unparseable_bins_come_last_and_are_reported():
    order, bad = walk(["收货区", "A-01-01", "floor", "B-02-01"])
    assert order == ["A-01-01", "B-02-01", "floor", "收货区"]
    assert bad == ["floor", "收货区"]
