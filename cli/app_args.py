"""The desktop app's everyday command lines read without argparse, so that they cost nothing before the first paint.

A double-click (no arguments), a session file (``lesson.alab``, also what "Open with" passes), ``--fresh``,
``--self-test`` and ``--lang L`` are read here; anything else (a command, ``--help``, an unknown, abbreviated or
repeated flag, a second file, a missing value) goes to argparse (:func:`cli.parser.parse_command_line`), which reads
it, or says what is wrong, exactly as before. argparse's import (with ``gettext``) held the window's first paint
for 5-25 ms. ``tests/cli/test_app_args.py`` checks that both give the same answer.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from types import SimpleNamespace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import argparse

#: The flags without a value this reader knows, with the attribute each sets (as argparse names it).
FLAGS = {"--fresh": "fresh", "--self-test": "self_test"}
#: Commands go to argparse (the routing of :func:`cli.parser.parse_command_line`).
COMMANDS = ("export", "gallery")


def quick_app_arguments(args: Sequence[str]) -> SimpleNamespace | None:
    """The app's arguments as argparse would give them (``self_test``, ``lang``, ``fresh``, ``session``,
    ``command``), or None for anything but flags this reader knows, each at most once, and one file."""
    if any(arg in COMMANDS for arg in args):
        return None
    values: dict[str, object] = {"self_test": False, "lang": None, "fresh": False, "session": None, "command": None}
    seen: set[str] = set()
    position = 0
    while position < len(args):
        arg = args[position]
        value: str | bool
        if arg in FLAGS:
            key, value = FLAGS[arg], True
        elif arg == "--lang" and position + 1 < len(args) and args[position + 1][:1] not in ("", "-"):
            position += 1
            key, value = "lang", args[position]
        elif arg.startswith("--lang=") and arg[len("--lang=") :][:1] not in ("", "-"):
            key, value = "lang", arg[len("--lang=") :]
        elif arg[:1] not in ("", "-"):
            key, value = "session", arg
        else:
            return None
        if key in seen:
            return None
        seen.add(key)
        values[key] = value
        position += 1
    return SimpleNamespace(**values)


def parse_command_line(argv: Sequence[str] | None = None) -> argparse.Namespace | SimpleNamespace:
    """The arguments (``sys.argv[1:]`` by default): :func:`quick_app_arguments`, else argparse's."""
    args = list(sys.argv[1:] if argv is None else argv)
    quick = quick_app_arguments(args)
    if quick is not None:
        return quick
    from cli.parser import parse_command_line as parse_with_argparse

    return parse_with_argparse(args)
