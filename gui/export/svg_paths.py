"""A workaround for pyqtgraph issue #3495: its SVG exporter misreads Qt 6's closed paths.

Qt 6 ends closed subpaths with ``Z`` and may separate a command from its first point;
pyqtgraph 0.14's coordinate fixer expects ``Lx,y`` tokens only and mangles the rest.
:func:`closed_paths_understood` rewrites each path's data while an SVG export runs.
"""

from __future__ import annotations

import contextlib
import importlib
import re

_SVG_PATH_TOKEN = re.compile(r"\s*(?:([MLCZmlcz])|(-?[\d.]+(?:e[-+]?\d+)?),(-?[\d.]+(?:e[-+]?\d+)?))", re.IGNORECASE)


def pyqtgraph_path_data(d: str) -> str | None:
    """Qt's path data rewritten as pyqtgraph 0.14's SVG exporter parses it, or None if unknown.

    Qt 6 ends closed subpaths with ``Z`` and may separate a command from its first point;
    pyqtgraph expects ``Lx,y`` tokens only (pyqtgraph issue #3495), so ``Z`` becomes a
    line back to the subpath's start and each command is glued to its first point.
    """
    out: list[str] = []
    command, start, pos = "", None, 0
    while pos < len(d):
        match = _SVG_PATH_TOKEN.match(d, pos)
        if match is None or match.end() == pos:
            return None if d[pos:].strip() else " ".join(out)
        pos = match.end()
        letter, x, y = match.groups()
        if letter:
            if letter in "Zz":
                if start is None:
                    return None
                out.append(f"L{start}")
                command = ""
            elif letter.islower():
                return None  # relative commands: not produced by Qt; leave the path alone
            else:
                command = letter
            continue
        point = f"{x},{y}"
        if command == "M":
            start = point
        out.append(command + point)
        command = ""
    return " ".join(out)


@contextlib.contextmanager
def closed_paths_understood():
    """While exporting SVG, let pyqtgraph's coordinate fixer read Qt 6's closed paths."""
    module = importlib.import_module("pyqtgraph.exporters.SVGExporter")
    original = module.correctCoordinates

    def correct(node, defs, item, options):
        for path in node.getElementsByTagName("path"):
            fixed = pyqtgraph_path_data(path.getAttribute("d"))
            if fixed is not None:
                path.setAttribute("d", fixed)
        return original(node, defs, item, options)

    module.correctCoordinates = correct
    try:
        yield
    finally:
        module.correctCoordinates = original
