"""The keyboard-wedge classifier, fed key events with realistic timing."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from devices.scanners import KeyEvent, WedgeClassifier, WedgeConfig, to_halfwidth

SCANNER_GAP, HUMAN_GAP = 8, 120   # ms between keys


class Screen:
    """Plays key events into a classifier the way the GUI's event filter does, and records
    what the focused widget would get (delivered keys) and which scans were caught."""

    def __init__(self, config: WedgeConfig = WedgeConfig()):
        self.wedge = WedgeClassifier(config)
        self.delivered: list[str] = []
        self.scans: list[str] = []
        self.now = 0.0

    def press(self, key: str, after_ms: float) -> None:
        self.now += after_ms
        out = self.wedge.feed(key, self.now)
        self._take(out)
        if not out.consumed:
            self.delivered.append(key)

    def type(self, keys, gap: float, *, first_after: float | None = None) -> None:
        for n, key in enumerate(keys):
            self.press(key, gap if n or first_after is None else first_after)

    def idle(self, ms: float) -> None:
        self.now += ms
        self._take(self.wedge.poll(self.now))

    def _take(self, out) -> None:
        self.delivered += [event.key for event in out.release]
        self.scans += out.scans


def test_scanner_burst_with_enter_is_a_scan():
    screen = Screen()
    screen.type([*"SF1234567890", "Enter"], SCANNER_GAP)
    assert screen.scans == ["SF1234567890"] and screen.delivered == []


def test_tab_also_ends_a_scan():
    screen = Screen()
    screen.type([*"6901234567892", "\t"], SCANNER_GAP)
    assert screen.scans == ["6901234567892"]


def test_human_typing_is_passed_through_in_order():
    screen = Screen()
    screen.type([*"12345", "Enter"], HUMAN_GAP)
    assert screen.scans == [] and screen.delivered == [*"12345", "Enter"]


def test_the_last_typed_key_is_released_by_the_timer():
    screen = Screen()
    screen.type("ab", HUMAN_GAP)
    assert screen.delivered == ["a"]            # "b" is held for at most the gap
    assert screen.wedge.deadline_ms == screen.now + 50
    screen.idle(60)
    assert screen.delivered == ["a", "b"] and screen.wedge.deadline_ms is None


def test_short_fast_bursts_are_typing():
    screen = Screen()
    screen.type(["o", "k", "Enter"], SCANNER_GAP)     # below min_length
    assert screen.scans == [] and screen.delivered == ["o", "k", "Enter"]


def test_a_slow_enter_after_a_burst_is_not_a_scan():
    screen = Screen()
    screen.type("SF12345", SCANNER_GAP)
    screen.press("Enter", 200)
    assert screen.scans == [] and screen.delivered == [*"SF12345", "Enter"]


def test_typing_then_a_scan_then_typing():
    screen = Screen()
    screen.type("qty", HUMAN_GAP)
    screen.type([*"6901234567892", "Enter"], SCANNER_GAP, first_after=HUMAN_GAP)
    screen.type("2", HUMAN_GAP, first_after=HUMAN_GAP)
    screen.idle(100)
    assert screen.scans == ["6901234567892"]
    assert screen.delivered == ["q", "t", "y", "2"]


def test_two_scans_back_to_back():
    screen = Screen()
    screen.type([*"ORD0001", "Enter", *"SF9876543210", "Enter"], SCANNER_GAP)
    assert screen.scans == ["ORD0001", "SF9876543210"] and screen.delivered == []


def test_shift_between_scanner_keys_changes_nothing():
    screen = Screen()
    screen.type(["Shift", "S", "Shift", "F", *"123", "Enter"], SCANNER_GAP)
    assert screen.scans == ["SF123"] and screen.delivered == ["Shift", "Shift"]


def test_backspace_releases_what_was_held():
    screen = Screen()
    screen.type(["a", "b", "Backspace"], SCANNER_GAP)
    assert screen.delivered == ["a", "b", "Backspace"] and screen.scans == []


def test_configured_prefix_and_suffix_are_removed():
    screen = Screen(WedgeConfig(prefix="#", suffix="*"))
    screen.type([*"#SF123456*", "Enter"], SCANNER_GAP)
    assert screen.scans == ["SF123456"]


def test_with_a_prefix_typing_is_not_held_at_all():
    screen = Screen(WedgeConfig(prefix="#"))
    screen.type([*"SF123456", "Enter"], SCANNER_GAP)   # fast, but no prefix: not the scanner
    assert screen.scans == [] and screen.delivered == [*"SF123456", "Enter"]


def test_a_scanner_without_terminator_ends_by_the_gap():
    screen = Screen(WedgeConfig(terminators=frozenset()))
    screen.type("6901234567892", SCANNER_GAP)
    assert screen.scans == []
    screen.idle(80)
    assert screen.scans == ["6901234567892"] and screen.delivered == []


def test_suffix_ends_a_scan_when_there_is_no_terminator():
    screen = Screen(WedgeConfig(suffix="$", terminators=frozenset()))
    screen.type("W000012S007$", SCANNER_GAP)
    assert screen.scans == ["W000012S007"]


def test_fullwidth_keys_from_the_ime_become_ascii():
    screen = Screen()
    screen.type([*"ＳＦ１２３４５", "Enter"], SCANNER_GAP)
    assert screen.scans == ["SF12345"]


def test_caps_lock_can_be_folded_for_case_blind_codes():
    screen = Screen(WedgeConfig(fold_case="upper"))
    screen.type([*"sf12345", "Enter"], SCANNER_GAP)
    assert screen.scans == ["SF12345"]


def test_reset_gives_back_held_keys():
    wedge = WedgeClassifier()
    wedge.feed("a", 0)
    assert wedge.reset() == (KeyEvent("a", 0),) and wedge.deadline_ms is None


def test_fullwidth_normalisation():
    assert to_halfwidth("ＳＦ１２３　ｘ！～") == "SF123 x!~"
    assert to_halfwidth("顺丰 SF") == "顺丰 SF"


codes = st.text(alphabet=st.characters(min_codepoint=0x20, max_codepoint=0x7E), min_size=4,
                max_size=40)   # printable ASCII, space included


@settings(max_examples=150, deadline=None)
@given(code=codes, gaps=st.lists(st.floats(0, 45), min_size=41, max_size=41),
       terminator=st.sampled_from(["Enter", "Tab", "\r"]))
def test_any_code_typed_at_scanner_speed_is_exactly_one_scan(code, gaps, terminator):
    screen = Screen()
    for key, gap in zip([*code, terminator], gaps):
        screen.press(key, gap)
    screen.idle(1000)
    assert screen.scans == [code] and screen.delivered == []


@settings(max_examples=150, deadline=None)
@given(keys=st.lists(st.sampled_from([*"SF0123456789abc-", "Enter", "Tab", "Backspace"]),
                     max_size=40),
       gaps=st.lists(st.floats(80, 400), min_size=40, max_size=40))
def test_human_speed_typing_never_yields_a_scan(keys, gaps):
    screen = Screen()
    for key, gap in zip(keys, gaps):
        screen.press(key, gap)
    screen.idle(1000)
    assert screen.scans == []
    assert screen.delivered == keys
