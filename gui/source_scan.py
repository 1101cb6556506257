"""Stop PySide6 reading the source file of every module imported after it.

PySide6 replaces ``__import__`` (for its opt-in ``from __feature__ import snake_case``, which the app never uses) and,
after every import, asks whether the new module uses PySide by reading its whole source file and searching it for
"PySide6" (``shibokensupport.feature._mod_uses_pyside``, ``inspect.getsource``). Measured from source on this machine:
48 files read before the first paint (5–27 ms), 325 for numpy and pyqtgraph (90–216 ms of their import on the GUI
thread), about 870 for torch (~0.3 s with the GIL held). :func:`stop_source_scans` answers the same question from the
module's globals instead (a PySide6 class or module among them), reading no file; known upstream (napari issue 8584).
PySide6 versions without that function are left as they are (a log line).
"""

from __future__ import annotations

import logging
import sys
from types import ModuleType
from typing import Any

log = logging.getLogger("activation_lab.startup")

#: The modules whose globals mark a module as one that uses PySide.
PYSIDE_PACKAGES = ("PySide6", "shiboken6")


def uses_pyside(module: ModuleType) -> bool:
    """True when ``module``'s globals hold a PySide6 module or class: what PySide asks of every new module. Neither
    the module nor its globals are asked for any attribute (a lazy module would load on one, a proxy might warn)."""
    try:
        for value in list(object.__getattribute__(module, "__dict__").values()):
            kind = type(value)  # not isinstance: it asks a proxy for its __class__ (torch's deprecated names warn)
            if issubclass(kind, ModuleType):
                name = object.__getattribute__(value, "__dict__").get("__name__")
            elif issubclass(kind, type):
                name = type.__getattribute__(value, "__module__")
            else:
                continue
            if isinstance(name, str) and name.split(".", 1)[0] in PYSIDE_PACKAGES:
                return True
    except Exception:  # noqa: BLE001 - an unusual module or global: called inside every import, it must never raise
        return False
    return False


def stop_source_scans() -> bool:
    """Import PySide6 and make its import hook use :func:`uses_pyside`; False (logged) where this PySide6 has none."""
    import PySide6  # loads shiboken's import hook and its feature module

    feature: Any = sys.modules.get("PySide6.support.feature") or sys.modules.get("shibokensupport.feature")
    if feature is None or not callable(getattr(feature, "_mod_uses_pyside", None)):
        log.info("PySide6 has no source scan to replace (%s): imports as they are", getattr(PySide6, "__version__", "?"))
        return False
    feature._mod_uses_pyside = uses_pyside
    return True
