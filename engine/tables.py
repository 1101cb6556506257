"""Tables of results for CSV files, and writing them without half-written files."""

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
from engine.evaluate import Curve
from engine.params import format_value

_UMASK = os.umask(0o022)  # read the process umask (the only way) and put it straight back
os.umask(_UMASK)


def curve_label(curve: Curve, with_params: bool = True) -> str:
    """A column-safe label such as ``leaky_relu(negative_slope=0.1)``."""
    if not with_params or not curve.params:
        return curve.activation
    inner = ";".join(f"{k}={format_value(v)}" for k, v in curve.params.items())
    return f"{curve.activation}({inner})"


def curves_table(curves: Sequence[Curve]) -> tuple[list[str], list[np.ndarray]]:
    """Header and columns for curves sharing one x grid.

    One curve gives ``x,f,df,d2f``; several give ``x,<label>_f,<label>_df,...``
    with labels made unique by their parameters (and a 1-based index if still equal).
    """
    if not curves:
        raise EngineError("activation", "no curve to write")
    x = _asked(curves[0])  # the decimals asked for (-5.994), not their float32 roundings (-5.99399995803833)
    for c in curves[1:]:
        if _asked(c).shape != x.shape or not np.array_equal(_asked(c), x):
            raise EngineError("x", "curves to be tabulated together must share one x grid")
    header, columns = ["x"], [x]
    labels = _unique_labels(curves)
    for label, c in zip(labels, curves, strict=True):
        for suffix, data in (("f", c.f), ("df", c.df), ("d2f", c.d2f)):
            if data is None:
                continue
            header.append(suffix if len(curves) == 1 else f"{label}_{suffix}")
            columns.append(data)
    return header, columns


def _asked(curve: Curve) -> np.ndarray:
    return curve.x if curve.x_asked is None else curve.x_asked


def _unique_labels(curves: Sequence[Curve]) -> list[str]:
    short = [curve_label(c, with_params=False) for c in curves]
    if len(set(short)) == len(short):
        return short
    full = [curve_label(c) for c in curves]
    if len(set(full)) == len(full):
        return full
    return [f"{i}:{label}" for i, label in enumerate(full, start=1)]


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
