"""CSV text from columns, and writing files without half-written ones.

Which columns a figure's CSV holds is decided in one place, :mod:`gui.figures.table`.
"""

from __future__ import annotations

import contextlib
import csv
import io
import os
import tempfile
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from engine.errors import EngineError

_UMASK = os.umask(0o022)  # read the process umask (the only way) and put it straight back
os.umask(_UMASK)


def csv_text(header: Sequence[str], columns: Sequence[np.ndarray | Sequence]) -> str:
    """CSV text with full float64 precision (``%.17g`` round-trips exactly)."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(header)
    for row in zip(*columns, strict=True):
        writer.writerow(["" if v is None else (repr(float(v)) if isinstance(v, (float, np.floating)) else v) for v in row])
    return buf.getvalue()


def write_atomic(path: str | os.PathLike, data: str | bytes) -> Path:
    """Write ``data`` to ``path`` via a temporary file in the same folder, then rename.

    On any failure no file is left at ``path`` (nor a temporary one) and
    EngineError names the path and the operating system's reason.
    """
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    mode = "wb" if isinstance(data, bytes) else "w"
    tmp_name = None
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=folder)
        with contextlib.suppress(OSError):  # mkstemp makes it private (0600); a saved file should not be
            os.chmod(tmp_name, 0o666 & ~_UMASK)
        with os.fdopen(fd, mode, **({} if mode == "wb" else {"encoding": "utf-8", "newline": ""})) as fh:
            fh.write(data)
        os.replace(tmp_name, target)
        tmp_name = None
    except OSError as exc:
        raise EngineError("out", f"cannot write {target}: {exc.strerror or exc}") from None
    finally:
        if tmp_name is not None and os.path.exists(tmp_name):
            os.unlink(tmp_name)
    return target
