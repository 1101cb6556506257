"""The app's compiled translations (``activation_lab_<lang>.qm``) read without Qt, for the command line.

A CSV export runs where PySide6 may not even import, yet ``--lang zh_CN`` must reach its
labels as it reaches an image's. Qt's ``.qm`` format (``qtbase/src/corelib/kernel/qtranslator.cpp``,
written by ``lrelease``, which keeps each message's context and source text) is a 16-byte magic
number and tagged blocks; the ``Messages`` block (0x69) holds each message as tagged fields:
translation (UTF-16BE), source text, comment and context (UTF-8), ended by tag 1. This reads it
into ``{(context, source): translation}``; the window and image exports keep Qt's own
``QTranslator`` on the same file (tests check both give the same text for every message).
"""

from __future__ import annotations

import locale
import os
import struct
import sys
from pathlib import Path

MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
MESSAGES_BLOCK = 0x69
# message field tags
END, SOURCE16, TRANSLATION, CONTEXT16, OBSOLETE1, SOURCE, CONTEXT, COMMENT, OBSOLETE2 = range(1, 10)
NULL_LENGTH = 0xFFFFFFFF
CATALOGUE = "activation_lab"


def translations_dir() -> Path:
    """``resources/translations``: beside the packages from source, in the bundle when frozen
    (as ``gui.common.paths.resource`` finds it; figures may not import gui)."""
    bundle = getattr(sys, "_MEIPASS", None)
    root = Path(bundle) if bundle else Path(__file__).resolve().parents[1]
    return root / "resources" / "translations"


def read_qm(data: bytes) -> dict[tuple[str, str], str]:
    """``{(context, source): translation}`` of a ``.qm`` file's bytes; ValueError if it is not one."""
    if not data.startswith(MAGIC):
        raise ValueError("not a Qt .qm translation file")
    found: dict[tuple[str, str], str] = {}
    at = len(MAGIC)
    while at + 5 <= len(data):
        tag, length = data[at], struct.unpack_from(">I", data, at + 1)[0]
        if tag == MESSAGES_BLOCK:
            found.update(_messages(data[at + 5 : at + 5 + length]))
        at += 5 + length
    return found


def _messages(block: bytes) -> dict[tuple[str, str], str]:
    found: dict[tuple[str, str], str] = {}
    at, translation, source, context = 0, "", "", ""
    while at < len(block):
        tag = block[at]
        at += 1
        if tag == END:
            if source:
                found.setdefault((context, source), translation)
            translation, source, context = "", "", ""
        elif tag in (OBSOLETE1, OBSOLETE2):
            at += 4 if tag == OBSOLETE1 else 0
        elif tag in (TRANSLATION, SOURCE, CONTEXT, COMMENT, SOURCE16, CONTEXT16):
            (length,) = struct.unpack_from(">I", block, at)
            at += 4
            if length == NULL_LENGTH:
                continue
            raw = block[at : at + length]
            at += length
            if tag == TRANSLATION:
                translation = raw.decode("utf-16-be")
            elif tag in (SOURCE, SOURCE16):
                source = raw.decode("utf-8")
            elif tag in (CONTEXT, CONTEXT16):
                context = raw.decode("utf-8")
        else:
            raise ValueError(f"unknown .qm message field {tag:#x}")
    return found


def system_languages() -> list[str]:
    """The user's languages, most wanted first, as Qt reads them for its translators on Unix (``LANGUAGE``'s
    colon-separated list, else the first of ``LC_ALL``, ``LC_MESSAGES``, ``LANG``) or Windows' display
    language; ``zh_CN``-style, without ``C``/``POSIX`` (English)."""
    wanted = [name for name in os.environ.get("LANGUAGE", "").split(":") if name]
    if not wanted:
        wanted = [value for name in ("LC_ALL", "LC_MESSAGES", "LANG") if (value := os.environ.get(name, ""))][:1]
    if not wanted and sys.platform == "win32":
        import ctypes

        wanted = [locale.windows_locale.get(ctypes.windll.kernel32.GetUserDefaultUILanguage(), "")]  # type: ignore[attr-defined]  # Windows only
    names = [name.split(".")[0].split("@")[0] for name in wanted]
    return [name for name in names if name and name not in ("C", "POSIX")]


def catalogue_file(language: str | None, folder: Path | None = None) -> Path | None:
    """The ``.qm`` of ``language`` (``zh_CN``, ``zh``: the nearest file, as Qt's ``QTranslator.load`` falls back
    from ``zh_CN`` to ``zh``); None for English or a language without one."""
    folder = folder or translations_dir()
    if not language:
        return None
    name = language.replace("-", "_")
    candidates = [name, name.split("_")[0]]
    if "_" not in name:  # "zh": the one zh_* catalogue there is
        candidates += sorted(p.stem.removeprefix(CATALOGUE + "_") for p in folder.glob(f"{CATALOGUE}_{name}_*.qm"))
    for candidate in candidates:
        path = folder / f"{CATALOGUE}_{candidate}.qm"
        if path.is_file():
            return path
    return None


def load(language: str | None, folder: Path | None = None) -> dict[tuple[str, str], str]:
    """``language``'s messages (``"system"`` or None: the first of :func:`system_languages` with a catalogue, as
    Qt's ``QTranslator.load(QLocale.system(), …)`` picks); empty for English."""
    wanted = [language] if language and language != "system" else system_languages()
    path = next(filter(None, (catalogue_file(name, folder) for name in wanted)), None)
    return read_qm(path.read_bytes()) if path is not None else {}
