"""CSV text from columns, and writing files with no half-written one: one (:func:`write_atomic`) or several as one.

Which columns a figure's CSV holds is decided in one place, :mod:`figures.table`.
"""

from __future__ import annotations

import contextlib
import csv
import functools
import io
import os
import tempfile
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import ParamSpec, TypeVar

import numpy as np

from engine.errors import EngineError
from userfiles import NotAFileError, output_target, remove_stale_parts

CSV_CHUNK = 65_536  # rows formatted at a time
P = ParamSpec("P")
R = TypeVar("R")
_writing = 0  # writes in progress (a command's Ctrl+C waits for them: cli.progress)
_UMASK = os.umask(0o022)  # read the process umask (the only way) and put it straight back
os.umask(_UMASK)


def writes_in_progress() -> bool:
    """True while :func:`write_atomic` or :func:`write_all` is writing (a stop then waits: all files or none)."""
    return _writing > 0


def _counted(write: Callable[P, R]) -> Callable[P, R]:
    """``write``, counted in :func:`writes_in_progress` while it runs."""

    @functools.wraps(write)
    def counted(*args: P.args, **kwargs: P.kwargs) -> R:
        global _writing
        _writing += 1
        try:
            return write(*args, **kwargs)
        finally:
            _writing -= 1

    return counted


def csv_text(header: Sequence[str], columns: Sequence[np.ndarray | Sequence[object]]) -> str:
    """CSV text: each float the shortest text that reads back to the same number in its own precision (float64's
    repr; a float32's own shortest text, 0.48 not 0.47999998927116394); None is an empty cell."""
    lengths = {len(c) for c in columns}
    if len(lengths) > 1:
        raise ValueError(f"columns of different lengths: {sorted(lengths)}")
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerow(header)
    # Column by column, in chunks: 1,000,000 rows of 4 float columns took 12.5 s row by row through
    # csv.writer and 3.8 s so; the chunks keep the cell strings (about 70 bytes each) to one chunk's worth.
    rows = lengths.pop() if lengths else 0
    for start in range(0, rows, CSV_CHUNK):
        cells = [_column_cells(c[start : start + CSV_CHUNK]) for c in columns]
        buf.writelines(",".join(row) + "\n" for row in zip(*cells, strict=True))
    return buf.getvalue()


def csv_bytes_estimate(rows: int, columns: int) -> int:
    """About how many bytes the CSV text of ``rows`` x ``columns`` floats takes (20 characters a cell, twice:
    the text and its copy when it is read out); measured 77 bytes a row for x,f,df,d2f."""
    return 2 * rows * columns * 20


def _column_cells(column: np.ndarray | Sequence[object]) -> list[str]:
    arr = np.asarray(column) if isinstance(column, np.ndarray) else None
    if arr is not None and arr.dtype.kind == "f" and arr.dtype.itemsize < 8:  # float32: its own shortest text
        return [str(v) for v in arr.astype(str).tolist()]  # 0.48, not 0.47999998927116394 (reads back to the same float32)
    if arr is not None and arr.dtype.kind == "f":
        return [repr(v) for v in arr.astype(np.float64).tolist()]
    if arr is not None and arr.dtype.kind in "iub":
        return [str(v) for v in arr.tolist()]
    return [_cell(v) for v in column]


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, np.floating) and value.dtype.itemsize < 8:
        return str(value)  # numpy's shortest text that reads back to the same float32
    if isinstance(value, (float, np.floating)):
        return repr(float(value))
    if isinstance(value, (bool, np.bool_)):
        return str(bool(value))
    if isinstance(value, (int, np.integer)):
        return str(int(value))
    buf = io.StringIO()
    csv.writer(buf, lineterminator="").writerow([value])  # quoted as csv would quote it
    return buf.getvalue()


@_counted
def write_atomic(path: str | os.PathLike[str], data: str | bytes, follow_links: bool = True) -> Path:
    """Write ``data`` to ``path`` via a temporary file in the same folder, then rename; returns ``path``.

    A symbolic link to a regular file is written through (its target is replaced, the link stays;
    ``follow_links=False`` refuses every link, for the files the app writes unasked); a device, a FIFO, a
    socket or a link to one is refused (:func:`userfiles.output_target`). Our own temporary files a
    killed write left in the folder are removed first. On any failure no file is left at ``path`` (nor a
    temporary one) and EngineError names the path and the operating system's reason.
    """
    target = _target(path, "out", follow_links)
    folder = target.parent if str(target.parent) else Path(".")
    remove_stale_parts(folder)
    raw = data if isinstance(data, bytes) else data.encode("utf-8")  # text as written with newline="": unchanged
    tmp_name = None
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=folder)
        with contextlib.suppress(OSError):  # mkstemp makes it private (0600); a saved file should not be
            os.chmod(tmp_name, 0o666 & ~_UMASK)
        with os.fdopen(fd, "wb") as fh:
            fh.write(raw)
        os.replace(tmp_name, target)
        tmp_name = None
    except OSError as exc:
        raise EngineError("out", f"cannot write {target}: {exc.strerror or exc}") from None
    finally:
        if tmp_name is not None and os.path.exists(tmp_name):
            os.unlink(tmp_name)
    return Path(path)


def _target(path: str | os.PathLike[str], field: str, follow_links: bool = True) -> Path:
    """Where writing ``path`` goes (:func:`userfiles.output_target`), or EngineError saying why not there."""
    if not follow_links and os.path.islink(path):
        raise EngineError(field, f"{path} is a symbolic link: not written through")
    try:
        return output_target(path)
    except NotAFileError as exc:
        raise EngineError(field, f"{exc}: refused") from None


def check_writable(path: str | os.PathLike[str], field: str = "out") -> Path:
    """``path`` if a file can be written there (its folder exists and is writable, it is not a folder); else EngineError.

    Only what the user named is ever created: the file, never the folders above it. A symbolic link is
    checked as the file it leads to; a device, a FIFO or a socket is refused (:func:`userfiles.output_target`).
    """
    target = _target(path, field)
    folder = target.parent if str(target.parent) else Path(".")
    if target.is_dir():
        raise EngineError(field, f"{target} is a folder, not a file")
    if not folder.is_dir():
        raise EngineError(field, f"the folder {folder} does not exist (create it first)")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise EngineError(field, f"cannot write into the folder {folder}: permission denied")
    if target.exists() and not os.access(target, os.W_OK):
        raise EngineError(field, f"cannot replace {target}: permission denied")
    return target


def check_folder(folder: str | os.PathLike[str], field: str = "out") -> Path:
    """``folder`` if files can be written into it: a writable folder (or a link to one), or missing with a writable
    folder above it (the caller creates only ``folder``, never the folders above); else EngineError saying why.

    Checked before anything is computed: a dangling link, a file, a read-only place are refused up front.
    """
    folder = Path(folder)
    if os.path.islink(folder) and not folder.exists():
        raise EngineError(field, f"{folder} is a symbolic link to {os.readlink(folder)}, which does not exist")
    if folder.exists():
        if not folder.is_dir():
            raise EngineError(field, f"{folder} is a file; this writes into a folder")
        if not os.access(folder, os.W_OK | os.X_OK):
            raise EngineError(field, f"cannot write into the folder {folder}: permission denied or read-only")
        return folder
    parent = folder.parent if str(folder.parent) else Path(".")
    if not parent.is_dir():
        raise EngineError(field, f"the folder {parent} does not exist (create it first)")
    if not os.access(parent, os.W_OK | os.X_OK):
        raise EngineError(field, f"cannot create the folder {folder}: permission denied or read-only")
    return folder


def make_folder(folder: str | os.PathLike[str], field: str = "out") -> Path:
    """Create ``folder`` if missing (not the folders above it); EngineError instead of the operating system's error."""
    folder = check_folder(folder, field)
    try:
        folder.mkdir(exist_ok=True)
    except OSError as exc:
        raise EngineError(field, f"cannot create the folder {folder}: {exc.strerror or exc}") from None
    return folder


@_counted
def write_all(files: Mapping[Path, str | bytes] | Mapping[str, str | bytes], field: str = "out") -> list[Path]:
    """Write several files as one: every file or none, and no existing file changed unless all succeed.

    Every target is checked first (:func:`check_writable`), then all are written to temporary
    files beside their targets; only when every one was written are they renamed into place.
    Should a rename fail, the files already renamed are put back as they were (a hard-linked
    copy of each old file is kept until the end). EngineError names the path that failed.
    """
    named = [Path(p) for p in files]
    targets = [_target(p, field) for p in named]
    resolved = [t.resolve() for t in targets]
    if len(set(resolved)) != len(resolved):
        raise EngineError(field, "two outputs name the same file: " + ", ".join(str(t) for t in named))
    for target in targets:
        check_writable(target, field)
    for folder in {t.parent if str(t.parent) else Path(".") for t in targets}:
        remove_stale_parts(folder)
    temps: list[tuple[Path, Path]] = []
    backups: dict[Path, Path | None] = {}
    done: list[Path] = []
    try:
        for target, data in zip(targets, files.values(), strict=True):
            temps.append((_write_temporary(target, data, field), target))
        for tmp, target in temps:
            backups[target] = _keep_old(target)
            os.replace(tmp, target)
            done.append(target)
    except OSError as exc:
        for target in reversed(done):  # put the old files back; new ones go
            with contextlib.suppress(OSError):
                old = backups.get(target)
                if old is None:
                    target.unlink()
                else:
                    os.replace(old, target)
        raise EngineError(field, f"cannot write {exc.filename or ''}: {exc.strerror or exc}") from None
    finally:
        for tmp, _ in temps:
            with contextlib.suppress(OSError):
                tmp.unlink()
        for old in backups.values():
            if old is not None:
                with contextlib.suppress(OSError):
                    old.unlink()
    return named


def _write_temporary(target: Path, data: str | bytes, field: str) -> Path:
    folder = target.parent if str(target.parent) else Path(".")
    raw = data if isinstance(data, bytes) else data.encode("utf-8")  # text as written with newline="": unchanged
    try:
        fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=folder)
    except OSError as exc:
        raise EngineError(field, f"cannot write {target}: {exc.strerror or exc}") from None
    try:
        with contextlib.suppress(OSError):
            os.chmod(name, 0o666 & ~_UMASK)
        with os.fdopen(fd, "wb") as fh:
            fh.write(raw)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(name)
        raise EngineError(field, f"cannot write {target}: {exc.strerror or exc}") from None
    return Path(name)


def _keep_old(target: Path) -> Path | None:
    """A hard link to ``target``'s current file (to restore it if a later rename fails); None if there is none."""
    if not target.is_file():
        return None
    keep = target.with_name(f".{target.name}.{os.getpid()}.old")
    with contextlib.suppress(OSError):
        keep.unlink()
    try:
        os.link(target, keep)
    except OSError:  # a file system without hard links: no restore point, the rename itself is still atomic
        return None
    return keep
