"""Files the app reads or writes, when the path may name something that is not a file.

A path from a user or from disk may name a FIFO (opening it waits for a writer, for ever), a
device (``/dev/zero`` never ends; writing over ``/dev/full`` or a disk node is a disaster as root),
a socket, a folder, or a symbolic link to any of these. Every file the app opens goes through
here: :func:`read_regular` opens without blocking and checks the opened file itself (no gap
between a check and the open), :func:`output_target` decides where an output really goes, and
:func:`remove_stale_parts` removes the temporary files a killed write left behind.
"""

from __future__ import annotations

import contextlib
import os
import re
import stat
import time
from pathlib import Path

#: How :func:`engine.tables.write_atomic` names its temporary files: ``.<name>.<8 random characters>.part``
#: (:func:`tempfile.mkstemp`'s alphabet), which :func:`remove_stale_parts` recognises.
PART_PATTERN = re.compile(r"^\..+\.[a-z0-9_]{8}\.part$")
#: How :func:`engine.tables.write_all` names the link it keeps to a file it replaces: ``.<name>.<pid>.old``.
OLD_PATTERN = re.compile(r"^\..+\.(\d+)\.old$")
#: A temporary file untouched this long belongs to a write that was killed (a live write touches it at once).
STALE_SECONDS = 600.0


class NotAFileError(OSError):
    """A path that names something other than a regular file (a FIFO, a device, a socket, a folder)."""


def kind_of(mode: int) -> str:
    """What a file of ``mode`` is, in words: ``"a FIFO (named pipe)"``, ``"a character device"``…"""
    for test, name in (
        (stat.S_ISDIR, "a folder"),
        (stat.S_ISFIFO, "a FIFO (named pipe)"),
        (stat.S_ISCHR, "a character device"),
        (stat.S_ISBLK, "a block device"),
        (stat.S_ISSOCK, "a socket"),
        (stat.S_ISLNK, "a symbolic link"),
    ):
        if test(mode):
            return name
    return "not a regular file"


def read_regular(path: str | os.PathLike[str], limit: int) -> bytes:
    """The first ``limit`` + 1 bytes of the regular file ``path`` (a caller refuses more than ``limit``).

    Opened without blocking (``O_NONBLOCK``: a FIFO opens at once instead of waiting for a writer)
    and checked on the opened descriptor (``fstat``), so what is read is what was checked.
    Raises :class:`NotAFileError` for anything but a regular file (a symbolic link to one is
    followed), OSError when it cannot be read.
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags)
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            raise NotAFileError(f"{path} is {kind_of(mode)}, not a file")
        chunks, left = [], limit + 1
        while left > 0:
            chunk = os.read(fd, min(left, 1 << 20))
            if not chunk:
                break
            chunks.append(chunk)
            left -= len(chunk)
        return b"".join(chunks)
    finally:
        os.close(fd)


def regular_or_missing(path: str | os.PathLike[str]) -> bool:
    """True if ``path`` is a regular file (links not followed) or does not exist: safe to create or replace."""
    try:
        return stat.S_ISREG(os.lstat(path).st_mode)
    except FileNotFoundError:
        return True


def output_target(path: str | os.PathLike[str]) -> Path:
    """Where writing ``path`` really goes: ``path`` itself, or the regular file a symbolic link names.

    A link to a regular file is written through (the file is replaced, the link stays); a link that
    leads nowhere, or to a device, a FIFO, a socket or a folder, is refused (:class:`NotAFileError`),
    as is ``path`` itself being one of those. Never creates anything.
    """
    target = Path(path)
    try:
        info = os.lstat(target)
    except FileNotFoundError:
        return target
    if stat.S_ISLNK(info.st_mode):
        real = Path(os.path.realpath(target))
        try:
            info = os.stat(real)
        except FileNotFoundError:
            raise NotAFileError(f"{target} is a symbolic link to {real}, which does not exist") from None
        if not stat.S_ISREG(info.st_mode):
            raise NotAFileError(f"{target} is a symbolic link to {real}, {kind_of(info.st_mode)}, not a file")
        return real
    if not stat.S_ISREG(info.st_mode):
        raise NotAFileError(f"{target} is {kind_of(info.st_mode)}, not a file")
    return target


def remove_stale_parts(folder: str | os.PathLike[str], older_than: float = STALE_SECONDS) -> list[Path]:
    """Remove the temporary files of our own killed writes in ``folder``; the paths removed.

    Only regular files named as :data:`PART_PATTERN` and untouched for ``older_than`` seconds (a write in
    progress, ours or another copy of the app's, keeps its file fresh), and (POSIX) the kept links named as
    :data:`OLD_PATTERN` of a process that is no longer running, are removed; nothing else is looked at.
    """
    removed = []
    now = time.time()
    with contextlib.suppress(OSError), os.scandir(folder) as entries:
        for entry in entries:
            old = OLD_PATTERN.match(entry.name)
            if not (PART_PATTERN.match(entry.name) or old):
                continue
            with contextlib.suppress(OSError):
                info = entry.stat(follow_symlinks=False)
                stale = not _running(int(old.group(1))) if old else now - info.st_mtime > older_than
                if stat.S_ISREG(info.st_mode) and stale:
                    os.unlink(entry.path)
                    removed.append(Path(entry.path))
    return removed


def _running(pid: int) -> bool:
    """Whether process ``pid`` runs (True when it cannot be told: on Windows ``os.kill(pid, 0)`` would stop it)."""
    if os.name != "posix" or pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # exists, but is someone else's
        return True
    return True
