"""The explorer's curves as the engine computed them earlier, so the first screen can show them before torch loads.

Three caches, one format (a ``.npz`` of plain arrays and a JSON description, read without pickle):

- the last session's, written beside ``last-session.alab`` when the window closes (:func:`write_cache`), for the
  start that restores that session;
- the last session file named on the command line's, written once its curves have painted on that start
  (:func:`keep_named_curves`), under the key of the file's explorer section as the file spells it, for the next
  start with the same, unchanged file;
- the default state's, shipped in ``resources/startup/`` (``make startup-cache``; a test regenerates it from the
  engine and compares, so it cannot go stale), for ``--fresh`` and a first start.

A cache is keyed by :func:`state_key`: a hash of the explorer's session section (curves, parameters, x range,
points, precision…), the app's version and the cache format; the last session's also by :func:`build_stamp` (an
updated app, or an edited engine from source, keeps the version but may compute other curves). It is shown only
when the key of the state the window is about to show equals the key it holds. Reading is hardened as for any file
the app opens: a regular file only (no link, FIFO, device), at most :data:`MAX_BYTES`, every array checked; anything
else is ignored with a log line, never raised. Nothing here imports torch or the engine (the point is to run before
them).
"""

from __future__ import annotations

import hashlib
import io
import json
import logging
import os
import stat
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from gui.app import APP_VERSION
from gui.common.paths import resource
from gui.common.settings import settings_path
from userfiles import read_regular

log = logging.getLogger("activation_lab.startup")

CACHE_FORMAT = 1
#: The last session kept between starts (gui/session_actions.py writes it), and its curves' cache beside it.
LAST_SESSION = "last-session.alab"
CACHE_NAME = "last-session-curves.npz"
#: The curves of the last session file named on the command line, as the engine computed them on that start.
NAMED_CACHE_NAME = "named-session-curves.npz"
#: The default state's curves, shipped with the app.
SHIPPED = ("startup", "default-curves.npz")
#: A cache (or the last session read to key it) larger than this is ignored: 8 curves × 4 arrays × 100,001 points
#: in float64 is 25.6 MB; the start-up caches of the usual views are a few hundred KB.
MAX_BYTES = 32 * 2**20
MAX_CURVES = 64
#: A Qt property the start-up preview's plots carry (gui.explorer.preview): the start-up clock tells them from the
#: explorer's own.
PREVIEW_PROPERTY = "startup_preview"


@dataclass(frozen=True)
class CachedCurve:
    """One curve as the explorer drew it: its registry name (untranslated) and the rest of its legend label, its
    palette slot, and the engine's arrays (``d2f`` None when f″ was not computed)."""

    name: str
    suffix: str
    slot: int
    x: Any  # numpy arrays (numpy is imported lazily: the window paints before it)
    f: Any
    df: Any
    d2f: Any | None


@dataclass(frozen=True)
class CachedView:
    """What the explorer showed: the key of its state, its curves, the x range, and how they were shown."""

    key: str
    curves: tuple[CachedCurve, ...]
    x_range: tuple[float, float]
    show_second: bool
    log_df: bool
    #: Where the explorer's plots were in the window (x, y, width, height as shares of its size), so the preview
    #: draws them there; None: not known (the shipped defaults), the preview places them in the explorer's columns.
    box: tuple[float, float, float, float] | None = None


def state_key(section: Mapping[str, Any]) -> str:
    """The key of the explorer's session ``section`` (JSON values) for this app version and cache format."""
    canonical = json.dumps(
        {"format": CACHE_FORMAT, "app_version": APP_VERSION, "explorer": section},
        sort_keys=True,
        separators=(",", ":"),
        allow_nan=False,
    )
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def build_stamp() -> str:
    """What tells this build of the app from another with the same version: the frozen executable's size and time, or
    from source the size and time of every file of the engine and the figures (a few milliseconds)."""
    if getattr(sys, "frozen", False):
        info = os.stat(sys.executable)
        return f"{info.st_size}-{info.st_mtime_ns}"
    root = Path(__file__).resolve().parent.parent
    files = sorted(path for package in ("engine", "figures") for path in (root / package).rglob("*.py"))
    stamps = [f"{path.relative_to(root)}:{(info := path.stat()).st_size}:{info.st_mtime_ns}" for path in files]
    return hashlib.sha256("\n".join(stamps).encode("utf-8")).hexdigest()


def session_key(state: str) -> str:
    """The key of the last session's cache for the explorer state keyed ``state``: also this build's (a cache the
    app kept before it was updated or edited is not shown; the shipped one is checked by a test instead)."""
    return hashlib.sha256(f"{state}:{build_stamp()}".encode()).hexdigest()


def last_session_path() -> Path:
    """Where the window's state is kept between starts: beside the settings file."""
    return settings_path().parent / LAST_SESSION


def cache_path() -> Path:
    """Where the last session's curves are kept: beside it."""
    return settings_path().parent / CACHE_NAME


def named_cache_path() -> Path:
    """Where the curves of the last session file named on the command line are kept: beside the last session."""
    return settings_path().parent / NAMED_CACHE_NAME


def shipped_path() -> Path:
    return resource(*SHIPPED)


# ---- which state the window will show ------------------------------------------------------------------------


def last_session_key(path: Path | None = None) -> str | None:
    """The key (:func:`session_key`) of the explorer state in the session file ``path`` (None: the last session), if
    that session shows the explorer's curves; None (logged) when there is no such file or it cannot be read here (the
    engine then checks it as always). The section as the file spells it: a file the app did not write (a lesson)
    gives another key than the same state written by the app."""
    path = path or last_session_path()
    try:
        if stat.S_ISLNK(os.lstat(path).st_mode):
            return None
        raw = read_regular(path, MAX_BYTES)
        if len(raw) > MAX_BYTES:
            return None
        data = json.loads(raw.decode("utf-8"))
        explorer = data["tabs"]["explorer"]
        if data.get("tab", "explorer") != "explorer" or explorer.get("vector") is not None:
            return None
        return session_key(state_key(explorer))
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        log.info("start-up cache: the session %s gives no key (%s)", path, exc)
        return None


def cached_view_for_start(session: str | None, fresh: bool) -> CachedView | None:
    """The curves the window can show before the engine loads, for a start with ``session`` named on the command line
    or ``fresh``; None when no cache holds the state the window will show."""
    if session:  # the curves this file showed when it was last named on the command line, if they were kept
        key = last_session_key(Path(session))
        return None if key is None else read_cache(named_cache_path(), key)
    if not fresh and last_session_path().exists():
        key = last_session_key()
        return None if key is None else read_cache(cache_path(), key)
    return read_cache(shipped_path(), None)  # the defaults: the shipped cache (tests keep it equal to the engine's)


# ---- reading ---------------------------------------------------------------------------------------------------


def read_cache(path: Path, key: str | None) -> CachedView | None:
    """The cache at ``path`` if it holds ``key`` (None: whatever state it holds); None, logged, when it does not,
    or is missing, not a regular file, too large or damaged."""
    try:
        if stat.S_ISLNK(os.lstat(path).st_mode):
            log.warning("start-up cache %s is a symbolic link: ignored", path)
            return None
        raw = read_regular(path, MAX_BYTES)
        if len(raw) > MAX_BYTES:
            log.warning("start-up cache %s is over %d bytes: ignored", path, MAX_BYTES)
            return None
        view = _parse(raw)
    except FileNotFoundError:
        return None
    except Exception as exc:  # noqa: BLE001 - a damaged cache of any kind is ignored, never fatal
        log.warning("start-up cache %s cannot be used (%s): ignored", path, exc)
        return None
    if key is not None and view.key != key:
        log.info("start-up cache %s holds another state: not shown", path)
        return None
    return view


def _parse(raw: bytes) -> CachedView:
    import numpy as np

    with np.load(io.BytesIO(raw), allow_pickle=False) as npz:
        meta = json.loads(str(npz["meta"][()]))
        if meta.get("format") != CACHE_FORMAT:
            raise ValueError(f"format {meta.get('format')!r}, not {CACHE_FORMAT}")
        described = meta["curves"]
        if not isinstance(described, list) or len(described) > MAX_CURVES:
            raise ValueError("no list of curves")
        curves = []
        for i, c in enumerate(described):
            x = _array(npz, f"x{i}")
            f, df = _array(npz, f"f{i}", len(x)), _array(npz, f"df{i}", len(x))
            d2f = _array(npz, f"d2f{i}", len(x)) if f"d2f{i}" in npz.files else None
            name, suffix, slot = c["name"], c["suffix"], c["slot"]
            if not (isinstance(name, str) and isinstance(suffix, str) and isinstance(slot, int) and slot >= 0):
                raise ValueError(f"curve {i} is badly described")
            curves.append(CachedCurve(name, suffix, slot, x, f, df, d2f))
        low, high = (float(v) for v in meta["x_range"])
        if not low < high:
            raise ValueError("an empty x range")
        key = meta["key"]
        if not isinstance(key, str):
            raise ValueError("no key")
        box = meta.get("box")
        if box is not None:
            box = tuple(float(v) for v in box)
            if not valid_box(box):
                raise ValueError("a box outside the window")
        return CachedView(key, tuple(curves), (low, high), bool(meta["show_second"]), bool(meta["log_df"]), box)


def valid_box(box: Sequence[float]) -> bool:
    """Whether ``box`` (x, y, width, height as shares of the window) starts in the window and has a size (the plots
    may be taller than the window: its page then scrolls)."""
    return len(box) == 4 and 0.0 <= box[0] < 1.0 and 0.0 <= box[1] < 1.0 and 0.0 < box[2] <= 1.0 and 0.0 < box[3] <= 4.0


def _array(npz, name: str, length: int | None = None):
    """The 1-D float array ``name`` (``length`` values when given)."""
    a = npz[name]
    if a.ndim != 1 or a.dtype.kind != "f" or (length is not None and len(a) != length) or len(a) < 2:
        raise ValueError(f"{name}: not a curve's values")
    return a


# ---- writing ---------------------------------------------------------------------------------------------------


def cache_bytes(view: CachedView) -> bytes:
    """``view`` in the cache's format."""
    import numpy as np

    meta = {
        "format": CACHE_FORMAT,
        "key": view.key,
        "x_range": list(view.x_range),
        "show_second": view.show_second,
        "log_df": view.log_df,
        "curves": [{"name": c.name, "suffix": c.suffix, "slot": c.slot} for c in view.curves],
    }
    if view.box is not None:
        meta["box"] = list(view.box)
    arrays: dict[str, Any] = {"meta": np.array(json.dumps(meta))}
    for i, c in enumerate(view.curves):
        arrays.update({f"x{i}": c.x, f"f{i}": c.f, f"df{i}": c.df})
        if c.d2f is not None:
            arrays[f"d2f{i}"] = c.d2f
    buffer = io.BytesIO()
    np.savez(buffer, **arrays)
    return buffer.getvalue()


def view_of(
    section: Mapping[str, Any],
    curves: Sequence[CachedCurve],
    show_second: bool,
    log_df: bool,
    box: tuple[float, float, float, float] | None = None,
) -> CachedView:
    """The cache of an explorer showing ``curves`` in the state ``section`` (its session section), its plots at ``box``."""
    low, high = section["x_range"]
    key = section_key(section)
    return CachedView(key, tuple(curves), (float(low), float(high)), show_second, log_df, box)


def section_key(section: Mapping[str, Any]) -> str:
    """:func:`state_key` of the explorer's session ``section`` as the app holds it (tuples, as JSON writes them)."""
    return state_key(json.loads(json.dumps(section)))


def keep_named_curves(path: Path, view: CachedView | None, opened: str) -> None:
    """Keep ``view`` (the explorer's curves on a start with the session file ``path`` named on the command line) for
    the next start with the same file, under the file's key, if it still shows the state the file gave (``opened``:
    its :func:`section_key` right after opening); else nothing. Logged, never raised."""
    key = last_session_key(path)
    if key is None or view is None or view.key != opened:
        return
    from dataclasses import replace

    try:
        named_cache_path().parent.mkdir(parents=True, exist_ok=True)  # the settings folder (made by Qt when it writes)
    except OSError as exc:
        log.warning("could not keep the session's curves for the next start: %s", exc)
        return
    write_cache(named_cache_path(), replace(view, key=key))


def write_cache(path: Path, view: CachedView | None) -> None:
    """Keep ``view`` at ``path`` (atomically; links refused); None or too large: the old cache is removed instead,
    so it can never be taken for the new state. Logged, never raised."""
    from engine.tables import write_atomic  # on closing: the engine is loaded

    try:
        data = None if view is None else cache_bytes(view)
        if data is None or len(data) > MAX_BYTES:
            if stat.S_ISREG(os.lstat(path).st_mode):
                path.unlink()
            return
        write_atomic(path, data, follow_links=False)
    except FileNotFoundError:
        return
    except (OSError, ValueError, TypeError) as exc:
        log.warning("could not keep the explorer's curves for the next start: %s", exc)
