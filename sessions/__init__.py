"""Session files (``.alab``): what every tab shows, saved and opened as checked JSON. No Qt here.

The document (:mod:`sessions.document`) is the file format: format, version, size, JSON. Each of its
``tabs`` sections is a tab's state (:mod:`states`), built and checked by the state's own ``build``:
:func:`parse_session` returns the states, :func:`session_text` writes them (``state.section()``). The tabs
show a state (``tab.show_state``) and give theirs (``tab.state()``); the command line draws a session's
figures from the same states (:func:`figures.tab_figures.figure_of`).
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
