"""What the app remembers between starts (QSettings, an INI file in the user's config folder).

One place opens the settings so every feature (window geometry, last session, presentation
scale, language) reads the same file, and a settings file that cannot be read or written
never stops the app: it starts with defaults and says so in the log. A settings file that is not
a regular file (a FIFO, which would block the start for ever; a symbolic link, whose target Qt's
save would overwrite; a device or a folder) is never opened nor written: this run keeps its
settings in memory (:class:`MemorySettings`) and the log says why.
"""

from __future__ import annotations

import logging
import os
import stat
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QByteArray, QSettings

from gui.app import APP_NAME, ORG_NAME
from userfiles import kind_of

log = logging.getLogger("activation_lab.settings")
T = TypeVar("T", bool, int, float, str, QByteArray)  # what QSettings keeps and converts
_PROBE = ("ActivationLab-settings-probe", "probe")  # an organisation and app no one has settings for


class MemorySettings:
    """The settings of a run whose settings file cannot be used safely: kept in memory, never written."""

    def __init__(self, path: Path):
        self.path = path
        self.values: dict[str, Any] = {}

    def value(self, key: str, default: Any = None) -> Any:
        return self.values.get(key, default)

    def setValue(self, key: str, value: Any) -> None:  # QSettings' name
        self.values[key] = value

    def sync(self) -> None:
        """Nothing to write: the file is not one the app may write."""

    def status(self) -> QSettings.Status:
        return QSettings.Status.AccessError

    def fileName(self) -> str:  # QSettings' name
        return str(self.path)


_MEMORY: dict[Path, MemorySettings] = {}


def settings_path() -> Path:
    """Where Qt keeps the app's settings (``~/.config/ActivationLab/Activation Lab.ini`` on Linux), found without
    opening that file: the folder Qt gives an organisation no one uses."""
    probe = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, *_PROBE)
    return Path(probe.fileName()).parent.parent / ORG_NAME / f"{APP_NAME}.ini"


def unusable(path: Path) -> str | None:
    """Why the settings file ``path`` must not be opened (links not followed), or None when it is a regular file
    or missing."""
    try:
        mode = os.lstat(path).st_mode
    except FileNotFoundError:
        return None
    except OSError as exc:
        return f"cannot be looked at ({exc.strerror or exc})"
    return None if stat.S_ISREG(mode) else f"is {kind_of(mode)}, not a regular file"


def app_settings() -> QSettings | MemorySettings:
    """The app's settings file, or this run's :class:`MemorySettings` when that file is not a regular file."""
    path = settings_path()
    problem = unusable(path)
    if problem is not None:
        if path not in _MEMORY:
            log.warning("settings file %s %s: not opened nor written; this run keeps its settings in memory", path, problem)
            _MEMORY[path] = MemorySettings(path)
        return _MEMORY[path]
    settings = QSettings(str(path), QSettings.Format.IniFormat)
    if settings.status() != QSettings.Status.NoError:
        log.warning(
            "settings file %s could not be read (%s): starting with defaults", settings.fileName(), settings.status().name
        )
    return settings


def read_setting(key: str, default: T, valid: Callable[[T], bool] = lambda _value: True) -> T:
    """``key``'s remembered value converted to ``default``'s type, or ``default`` (logged) when it is
    missing, of the wrong type, or refused by ``valid``."""
    settings = app_settings()
    raw = settings.value(key)
    if raw is None:
        return default
    value: T
    try:
        if isinstance(default, bool):
            value = raw if isinstance(raw, bool) else str(raw).lower() in ("true", "1")
        else:
            value = type(default)(raw)
        if valid(value):
            return value
    except (TypeError, ValueError):
        pass
    log.warning("setting %s = %.200r is not usable: using %r", key, raw, default)
    return default


def write_setting(key: str, value) -> bool:
    """Remember ``value``; False (logged) when the settings file cannot be written."""
    settings = app_settings()
    if isinstance(settings, MemorySettings):
        settings.setValue(key, value)
        return False  # said once, when the file was found unusable
    if unusable(Path(settings.fileName())) is not None:  # it became one since it was opened: never written through
        log.warning("settings file %s is no longer a regular file: setting %s not saved", settings.fileName(), key)
        return False
    settings.setValue(key, value)
    settings.sync()
    if settings.status() != QSettings.Status.NoError:
        log.warning("could not save setting %s to %s (%s)", key, settings.fileName(), settings.status().name)
        return False
    return True
