"""Parameter editors generated from a registry entry's :class:`engine.params.Param` specs.

Built on pyqtgraph's parametertree: floats and ints get spin boxes bounded by the
spec's limits, choices a drop-down, booleans a check box. Names are PyTorch's
keyword names (what a student types in code); the spec's doc is the tooltip.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from pyqtgraph.parametertree import Parameter, ParameterTree
from PySide6.QtCore import QCoreApplication, Signal

from engine.params import Param

ROW_HEIGHT = 22


def _child(spec: Param, value) -> dict:
    opts = {"name": spec.name, "title": spec.name, "value": value,
            "tip": QCoreApplication.translate("engine", spec.doc) if spec.doc else ""}
    if spec.kind in ("float", "int"):
        opts["type"] = spec.kind
        opts["limits"] = (spec.minimum, spec.maximum)
        if spec.step is not None:
            opts["step"] = spec.step
        if spec.kind == "float":
            opts["decimals"] = 6
    elif spec.kind == "choice":
        opts["type"] = "list"
        opts["limits"] = list(spec.choices)
    else:
        opts["type"] = "bool"
    return opts


class ParamPanel(ParameterTree):
    """The editable parameters of one registry entry; ``changed`` fires on every edit."""

    changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent, showHeader=False)
        self._group: Parameter | None = None
        self._specs: tuple[Param, ...] = ()
        self._quiet = False

    def set_specs(self, specs: Sequence[Param], values: Mapping | None = None) -> None:
        """Show editors for ``specs`` (defaults, overridden by ``values``)."""
        self._specs = tuple(specs)
        values = dict(values or {})
        children = [_child(p, values.get(p.name, p.default)) for p in self._specs]
        self._group = Parameter.create(name="params", type="group", children=children)
        self._group.sigTreeStateChanged.connect(self._on_change)
        self.setParameters(self._group, showTop=False)
        self.setVisible(bool(self._specs))
        row = max(self.sizeHintForRow(0), ROW_HEIGHT) if self._specs else ROW_HEIGHT
        self.setFixedHeight(row * len(self._specs) + 2 * self.frameWidth() + 2)

    def values(self) -> dict:
        if self._group is None:
            return {}
        return {p.name: self._group.child(p.name).value() for p in self._specs}

    def set_values(self, values: Mapping) -> None:
        """Set several values at once, firing ``changed`` once."""
        self._quiet = True
        try:
            for name, value in values.items():
                if self._group is not None and name in (p.name for p in self._specs):
                    self._group.child(name).setValue(value)
        finally:
            self._quiet = False
        self.changed.emit()

    def _on_change(self, param, changes) -> None:
        if not self._quiet and any(change == "value" for _, change, _ in changes):
            self.changed.emit()
