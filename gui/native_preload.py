"""Load a package's biggest shared library with the GIL released, on a worker thread, before the package is imported.

CPython calls ``dlopen()`` with the GIL held, both when it imports an extension module (``Python/dynload_shlib.c``)
and in ``ctypes.CDLL`` (``py_dl_open`` in ``Modules/_ctypes/callproc.c``): while ``import torch`` maps
``libtorch_cpu.so`` (415 MB) and runs its static initialisers (operator registration, ~0.25 s), no other thread runs
Python, and the window's event loop stood still. A C function called through ctypes runs with the GIL released, so
libc's own ``dlopen`` called that way loads the same library while the GUI thread goes on; the import's ``dlopen``
then finds it loaded (by its soname) and returns at once. Flags as the import's chain would give (``RTLD_NOW``,
local): the same library, loaded earlier. Linux only; anything unexpected logs a line and the import loads as usual.
"""

from __future__ import annotations

import ctypes
import logging
import os
import sys
from importlib.util import find_spec
from pathlib import Path

log = logging.getLogger("activation_lab.startup")

#: Per package, its libraries (relative to the package's folder) to load first, in order.
LIBRARIES = {"torch": ("lib/libtorch_cpu.so",)}


def package_folder(name: str) -> Path | None:
    """The folder of package ``name``, without importing it: in the frozen app PyInstaller's ``_internal/<name>``."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen, name)
    spec = find_spec(name)
    locations = spec.submodule_search_locations if spec is not None else None
    return Path(next(iter(locations))) if locations else None


def preload(package: str) -> bool:
    """Load ``package``'s libraries of :data:`LIBRARIES` with the GIL released; False (logged) where it did not."""
    if not sys.platform.startswith("linux") or package not in LIBRARIES:
        return False
    try:
        folder = package_folder(package)
        process = ctypes.CDLL(None)  # the libraries already loaded: libc's dlopen among them
        dlopen, dlerror = process.dlopen, process.dlerror
    except (OSError, AttributeError, ImportError, ValueError) as exc:
        log.info("%s's libraries not preloaded (%s): imported as usual", package, exc)
        return False
    dlopen.restype, dlopen.argtypes = ctypes.c_void_p, (ctypes.c_char_p, ctypes.c_int)
    dlerror.restype, dlerror.argtypes = ctypes.c_char_p, ()
    for relative in LIBRARIES[package]:
        path = folder / relative if folder is not None else None
        if path is None or not path.is_file():
            log.info("%s not found: %s imported as usual", path or relative, package)
            return False
        if not dlopen(os.fsencode(path), os.RTLD_NOW):  # a foreign call: ctypes releases the GIL around it
            reason = (dlerror() or b"?").decode(errors="replace")
            log.info("%s not preloaded (%s): %s imported as usual", path, reason, package)
            return False
    return True
