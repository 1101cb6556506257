"""What the app remembers between starts (QSettings, an INI file in the user's config folder).

One place opens the settings so every feature (window geometry, last session, presentation
scale, language) reads the same file, and a settings file that cannot be read or written
never stops the app: it starts with defaults and says so in the log.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QSettings

from gui.app import APP_NAME, ORG_NAME

log = logging.getLogger(__name__)
T = TypeVar("T")


def app_settings() -> QSettings:
    """The app's settings file (``~/.config/ActivationLab/Activation Lab.ini`` on Linux)."""
    settings = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORG_NAME, APP_NAME)
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
    try:
        if isinstance(default, bool):
            value = raw if isinstance(raw, bool) else str(raw).lower() in ("true", "1")
        else:
            value = type(default)(raw)
        if valid(value):
            return value
    except (TypeError, ValueError):
        pass
    log.warning("setting %s = %r is not usable: using %r", key, raw, default)
    return default


def write_setting(key: str, value) -> bool:
    """Remember ``value``; False (logged) when the settings file cannot be written."""
    settings = app_settings()
    settings.setValue(key, value)
    settings.sync()
    if settings.status() != QSettings.Status.NoError:
        log.warning("could not save setting %s to %s (%s)", key, settings.fileName(), settings.status().name)
        return False
    return True
