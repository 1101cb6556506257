"""The architecture a newcomer relies on: no import cycles (imports inside functions included; tools/import_graph.py
reads every module with ast) and no module over 500 lines. The layering itself is import-linter's (make lint)."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))

from import_graph import cycles, import_graph  # noqa: E402

PACKAGES = ("engine", "gui", "cli")
MAX_LINES = 500


def test_a_function_level_import_that_closes_a_loop_is_reported(tmp_path):
    for package in ("engine", "gui", "cli"):
        (tmp_path / package).mkdir()
        (tmp_path / package / "__init__.py").write_text("")
    (tmp_path / "gui" / "a.py").write_text("from gui.b import thing\n")
    (tmp_path / "gui" / "b.py").write_text("def thing():\n    from gui import a\n    return a\n")
    (tmp_path / "cli" / "c.py").write_text("import gui.b\n")
    graph = import_graph(tmp_path)
    assert graph["cli.c"] == {"gui.b"} and graph["gui.b"] == {"gui.a"}
    assert cycles(graph) == [["gui.a", "gui.b"]]


def test_no_module_of_the_app_imports_itself_through_a_cycle():
    graph = import_graph(ROOT)
    assert {"main", "engine", "gui.startup", "cli.export"} <= set(graph)  # it read the whole tree
    assert cycles(graph) == []


def test_no_module_is_over_500_lines():
    sizes = {str(p.relative_to(ROOT)): len(p.read_text(encoding="utf-8").splitlines()) for p in _modules()}
    assert len(sizes) > 50
    assert {path: n for path, n in sizes.items() if n > MAX_LINES} == {}


def _modules() -> list[Path]:
    return [ROOT / "main.py", *(p for package in PACKAGES for p in sorted((ROOT / package).rglob("*.py")))]


def test_the_renderer_never_creates_the_application_and_the_command_line_reaches_qt_through_one_module():
    graph = import_graph(ROOT)
    assert "gui.app" not in graph["gui.export.render"] and "gui.app" not in graph["gui.export.formats"]
    qt_side = {m for m in graph if m == "gui.app" or m.startswith("gui.export")}
    assert {m for m in graph if m.startswith("cli") and graph[m] & qt_side} == {"cli.images"}
