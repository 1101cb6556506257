"""The words of a figure (titles, axis labels, legends) in the user's language, without importing Qt.

The builders here are Qt-free (the CLI writes CSV without Qt), so they cannot call
``QCoreApplication.translate`` themselves: they wrap their text in :func:`figure_tr`, and
``gui.app`` installs Qt's translator here once a QApplication exists. The command line
calls :func:`use_language` first (``--lang``, else the system's language), which reads the same
compiled catalogue without Qt (:mod:`figures.catalogue`), so a CSV's labels follow ``--lang``
like an image's. ``tools/translations.py`` collects the ``figure_tr("...")`` literals into the
template under the context ``"figures"``.
"""

from __future__ import annotations

from collections.abc import Callable

from figures import catalogue

CONTEXT = "figures"
REGISTRY_CONTEXT = "engine"  # the registry's names, as gui.common.engine_text translates them
_translate: Callable[[str, str], str] = lambda _context, text: text


def install(translate: Callable[[str, str], str]) -> None:
    """Use ``translate(context, text)`` (Qt's ``QCoreApplication.translate``) for every later figure."""
    global _translate
    _translate = translate


def use_language(language: str | None) -> None:
    """Every later figure in ``language`` (``zh_CN``; None or ``"system"``: the system's; ``en``: English),
    read from the app's ``.qm`` without Qt: the command line's one way to honour ``--lang``."""
    messages = catalogue.load(language)
    install(lambda context, text: messages.get((context, text)) or text)


def figure_tr(text: str) -> str:
    """``text`` (an English source string; ``{0}`` placeholders filled by the caller) in the user's language."""
    return _translate(CONTEXT, text) if text else text


def registry_tr(text: str) -> str:
    """A registry string (an activation's name) in the user's language, as the GUI shows it."""
    return _translate(REGISTRY_CONTEXT, text) if text else text
