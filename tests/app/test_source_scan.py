"""PySide6 no longer reads the source file of every module imported after it (gui/source_scan.py): it still learns
which modules use PySide, from their globals."""

from __future__ import annotations

import subprocess
import sys
import types
from pathlib import Path

import pytest

from gui.source_scan import uses_pyside

ROOT = Path(__file__).resolve().parents[2]
PROBE = """
import linecache, sys
sys.path.insert(0, sys.argv[1])
if sys.argv[2] == "stop":
    from gui.source_scan import stop_source_scans
    assert stop_source_scans()
else:
    import PySide6
import uses_qt, plain
from PySide6.support import feature
read = sorted(name for name in ("uses_qt.py", "plain.py") if any(path.endswith(name) for path in linecache.cache))
print(feature.pyside_feature_dict["uses_qt"], feature.pyside_feature_dict["plain"], read)
"""


@pytest.mark.subprocess
def test_imports_after_pyside_read_no_source_and_still_say_which_modules_use_it(tmp_path):
    (tmp_path / "uses_qt.py").write_text("from PySide6.QtCore import QObject\n", encoding="utf-8")
    (tmp_path / "plain.py").write_text("import json\n", encoding="utf-8")

    def run(mode: str) -> str:
        out = subprocess.run(
            [sys.executable, "-c", PROBE, str(tmp_path), mode], cwd=ROOT, capture_output=True, text=True, timeout=120
        )
        assert out.returncode == 0, out.stderr
        return out.stdout.strip()

    # PySide's own answer (0: uses PySide, -1: ignore), found by reading both files; then the same answer, none read
    assert run("as is") == "0 -1 ['plain.py', 'uses_qt.py']"
    assert run("stop") == "0 -1 []"


def test_a_global_that_misbehaves_when_asked_anything_is_not_asked():
    class Touchy:
        def __getattribute__(self, name):
            raise AssertionError(f"asked for {name}")

    module = types.ModuleType("touchy_module")
    module.proxy = Touchy()
    assert not uses_pyside(module)
    from PySide6 import QtCore

    module.core = QtCore
    assert uses_pyside(module)
