"""Session files (``.alab``): what every tab shows, saved and opened as checked JSON. No Qt here.

The document (:mod:`sessions.document`) checks the whole file, one module per tab section
(``explorer``, ``initialization``, ``depth``, ``training``), each reading the engine's registries
and limits. The tabs turn a checked section into widgets (``restore_session``) and back
(``session_state``); the command line renders a session's figures from the same sections.
"""

from sessions.document import (
    FORMAT,
    MAX_BYTES,
    SUFFIX,
    TAB_KEYS,
    VERSION,
    parse_session,
    read_session,
    session_text,
    write_session,
)
from sessions.errors import SessionError

__all__ = [
    "FORMAT",
    "MAX_BYTES",
    "SUFFIX",
    "TAB_KEYS",
    "VERSION",
    "SessionError",
    "parse_session",
    "read_session",
    "session_text",
    "write_session",
]
