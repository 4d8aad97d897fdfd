"""PySide6 6.12.0 drops a reference to None/True on every void call and signal emission on Python
3.11, and the interpreter aborts ("none_dealloc") within minutes: a pack station would die mid-shift.
pyproject.toml keeps PySide6 below 6.12; this test fails if a PySide6 with that bug comes back."""
from __future__ import annotations

import os
import subprocess
import sys

#: a long shift's worth of void calls and signal emissions, in a second or two
LOOP = """
import sys
from PySide6.QtCore import QCoreApplication, QObject, Signal
app = QCoreApplication([])
class Beacon(QObject):
    ping = Signal(object)
beacon = Beacon()
none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
for n in range(60_000):
    app.processEvents()
    beacon.ping.emit(n)
    beacon.setObjectName("x")
print("alive", sys.getrefcount(None) - none_before, sys.getrefcount(True) - true_before)
"""


def test_a_shift_of_qt_calls_leaks_no_reference_to_none_or_true():
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", LOOP], capture_output=True, text=True, timeout=120, env=env)
    assert done.returncode == 0, done.stderr[-2000:]
    alive, none_delta, true_delta = done.stdout.split()
    assert abs(int(none_delta)) < 1000 and abs(int(true_delta)) < 1000, done.stdout
