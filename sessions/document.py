"""A session file (``.alab``): JSON holding what every tab shows, read and written whole, checked before use.

::

    {"format": "activation-lab-session", "version": 1, "app_version": "0.1.0", "tab": "explorer",
     "tabs": {"explorer": {...}, "initialization": {...}, "depth": {...}, "training": {...}, "race": {...}},
     "lesson": {...}}

``tab`` is the key of the tab shown. Each section of ``tabs`` is optional: a missing section
leaves that tab as it is; inside a section a missing field takes the tab's default (see each
tab's state, :mod:`states`). ``lesson`` is passed through untouched (the lessons read it). :func:`parse_session`
checks everything (format, version, every id against the engine's registries, every value
against its limits) and returns each section as its tab's state, so a caller changes nothing until the
whole file is known to be good.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any, NoReturn

from engine.errors import EngineError, clipped
from engine.tables import write_atomic
from sessions.errors import SessionError
from states import TabState, depth, explorer, initialization, race, training
from states.checks import field, obj, only, text, whole
from userfiles import NotAFileError, read_regular

FORMAT = "activation-lab-session"
VERSION = 1
SUFFIX = ".alab"
MB = 1024 * 1024
MAX_BYTES = 5 * MB  # a session with 5,000 points and a trained 6 × 16 network is under 1 MB
TOP_FIELDS = ("format", "version", "app_version", "tab", "tabs", "lesson")
#: The largest whole number a session may hold anywhere: what a Qt signal carries (int64); a larger one once
#: reached "Unexpected error" when the lesson block was sent on.
MAX_INT = 2**63 - 1

#: Each tab's section key and its state's checked builder, in the tabs' order.
SECTIONS: dict[str, Callable[[object, str], TabState]] = {
    state.key: state.build
    for state in (
        explorer.ExplorerState,
        initialization.InitializationState,
        depth.DepthState,
        training.TrainingState,
        race.RaceState,
    )
}
TAB_KEYS = tuple(SECTIONS)


def parse_session(text_: str, source: str = "") -> dict[str, Any]:
    """The session in ``text_``, every section checked and built into its tab's state; SessionError saying what and where.

    ``source`` (a file name) only prefixes the place of a JSON syntax error.
    """
    data = _json(text_, source)
    data = obj(data, "")
    _plain_values(data)
    only(data, TOP_FIELDS, "")
    if data.get("format") != FORMAT:
        raise SessionError(
            "format", f"not an Activation Lab session (expected format {FORMAT!r}, got {clipped(data.get('format'))})"
        )
    if "version" not in data:
        raise SessionError("version", "missing")
    version = whole(data["version"], "version", 1, 2**31)
    if version > VERSION:
        raise SessionError(
            "version",
            f"the file is version {version}, this app reads up to version {VERSION}: open it with a newer Activation Lab",
        )
    tabs = obj(data.get("tabs", {}), "tabs")
    only(tabs, TAB_KEYS, "tabs")
    checked = {key: SECTIONS[key](section, field("tabs", key)) for key, section in tabs.items()}
    result = {
        "format": FORMAT,
        "version": VERSION,
        "app_version": text(data.get("app_version", ""), "app_version"),
        "tab": _tab(data.get("tab", TAB_KEYS[0])),
        "tabs": {key: checked[key] for key in TAB_KEYS if key in checked},
    }
    if "lesson" in data:
        result["lesson"] = data["lesson"]
    return result


def read_session(path: str | os.PathLike[str]) -> dict[str, Any]:
    """:func:`parse_session` of a file; SessionError when it cannot be read, is too large, or is not UTF-8 JSON.

    The size is checked before reading (a 100 MB file is refused without reading it); anything but a regular
    file (a FIFO, a device, a folder) is refused without waiting on it (:func:`userfiles.read_regular`).
    """
    target = Path(path)
    try:
        size = target.stat().st_size
        if target.is_dir():
            raise SessionError("", f"{target} is a folder, not a session file")
        if size > MAX_BYTES:
            raise SessionError("", f"{target.name} is {size / MB:,.1f} MB; a session file is at most {MAX_BYTES / MB:g} MB")
        raw = read_regular(target, MAX_BYTES)  # the file may have grown since stat
    except NotAFileError as exc:
        raise SessionError("", f"{exc}: not a session file") from None
    except OSError as exc:
        raise SessionError("", f"cannot read {target}: {exc.strerror or exc}") from None
    if len(raw) > MAX_BYTES:
        raise SessionError("", f"{target.name} is larger than {MAX_BYTES / MB:g} MB")
    try:
        content = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise SessionError(f"line {line}", "the file is not UTF-8 text (is it a session file?)") from None
    return parse_session(content, target.name)


def session_text(data: dict[str, Any]) -> str:
    """The JSON text of a session (indented, UTF-8 characters kept): what :func:`write_session` writes.
    A tab's section may be given as its state (:meth:`~states.explorer.ExplorerState.section` writes it)."""
    if isinstance(data.get("tabs"), dict):
        data = {**data, "tabs": {key: _section(value) for key, value in data["tabs"].items()}}
    return json.dumps(data, indent=1, ensure_ascii=False, allow_nan=False) + "\n"


def _section(value: object) -> object:
    return value.section() if isinstance(value, TabState) else value


def write_session(path: str | os.PathLike[str], data: dict[str, Any], follow_links: bool = True) -> Path:
    """Write ``data`` to ``path`` atomically (a failed write leaves the old file as it was); SessionError if it cannot.

    A symbolic link to a regular file is written through, unless ``follow_links`` is False (the app's own
    last session); a device or a FIFO is refused (:func:`engine.tables.write_atomic`)."""
    try:
        content = session_text(data)
    except (TypeError, ValueError) as exc:
        raise SessionError("", f"the session cannot be written as JSON: {exc}") from None
    try:
        return write_atomic(path, content, follow_links)
    except EngineError as exc:
        raise SessionError("", exc.message) from None


def _json(content: str, source: str) -> Any:
    def refuse_constant(name: str) -> NoReturn:
        raise ValueError(f"{name} is not a number JSON allows")

    try:
        return json.loads(content, parse_constant=refuse_constant)
    except json.JSONDecodeError as exc:
        place = f"line {exc.lineno}, column {exc.colno}"
        if exc.pos == 0 or not content.lstrip().startswith(("{", "[")):
            message = f"not a session file: it is not JSON ({exc.msg})"
        elif exc.pos >= len(content.rstrip()) or exc.msg.startswith("Unterminated string"):  # no raw newline in a string
            message = "the file ends too early (truncated?)"
        else:
            message = exc.msg
        raise SessionError(f"{source}: {place}" if source else place, message) from None
    except ValueError as exc:
        raise SessionError("", str(exc)) from None
    except RecursionError:
        raise SessionError("", "the file nests too deeply to be a session") from None


def _tab(value: object) -> str:
    key = text(value, "tab")
    if key not in TAB_KEYS:
        raise SessionError("tab", f"unknown tab {clipped(key)} (known: {', '.join(TAB_KEYS)})")
    return key


def _plain_values(data: object) -> None:
    """Refuse what JSON allows but the app cannot pass on, anywhere in the file (the lesson block too, which is
    otherwise passed through): a whole number beyond :data:`MAX_INT`, text with a lone surrogate (``"\\ud800"``,
    which no file can be saved with). The place is named; keys are checked as text too."""
    stack: list[tuple[object, tuple[Any, ...]]] = [(data, ())]
    while stack:
        value, place = stack.pop()
        if isinstance(value, dict):
            for key, item in value.items():
                _plain_text(key, (*place, key))
                stack.append((item, (*place, key)))
        elif isinstance(value, list):
            stack.extend((item, (*place, i)) for i, item in enumerate(value))
        elif isinstance(value, str):
            _plain_text(value, place)
        elif isinstance(value, int) and not isinstance(value, bool) and not -MAX_INT - 1 <= value <= MAX_INT:
            raise SessionError(_path(place), f"{clipped(value)} is too large a number (at most {MAX_INT:,})")


def _plain_text(value: str, place: tuple[Any, ...]) -> None:
    if not value.isascii():
        try:
            value.encode("utf-8")
        except UnicodeEncodeError as exc:
            raise SessionError(
                _path(place), f"the text holds a lone surrogate ({value[exc.start]!r}), which is not a character"
            ) from None


def _path(place: tuple[Any, ...]) -> str:
    where = ""
    for part in place:
        where = field(where, part)
    return where
