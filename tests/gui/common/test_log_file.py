"""The app's log never stops it from starting and never grows without bound."""

import logging
import os
import sys
import threading

import pytest

from gui.common.errors import LOG_BACKUPS, LOG_BYTES, log, setup_logging


def _setup_within(path, seconds: float = 10.0):
    """setup_logging(path) in a thread; fails (instead of hanging the suite) if it blocks."""
    result = {}
    thread = threading.Thread(target=lambda: result.setdefault("used", setup_logging(path)), daemon=True)
    thread.start()
    thread.join(seconds)
    assert not thread.is_alive(), f"setup_logging({path}) blocked for {seconds} s"
    return result["used"]


@pytest.fixture(autouse=True)
def _restore_logger():
    yield
    for handler in list(log.handlers):
        log.removeHandler(handler)
        handler.close()


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs are POSIX")
def test_a_fifo_where_the_log_should_be_does_not_block_start_up(tmp_path, caplog):
    fifo = tmp_path / "activation-lab.log"
    os.mkfifo(fifo)
    with caplog.at_level(logging.WARNING, logger="activation_lab"):
        assert _setup_within(fifo) is None
    assert "cannot be used" in caplog.text and str(fifo) in caplog.text


def test_a_folder_where_the_log_should_be_falls_back_to_the_console(tmp_path):
    (tmp_path / "activation-lab.log").mkdir()
    assert _setup_within(tmp_path / "activation-lab.log") is None
    log.info("still logged somewhere")  # no exception


@pytest.mark.skipif(sys.platform == "win32" or os.geteuid() == 0, reason="root writes anywhere")
def test_an_unwritable_folder_falls_back_to_the_console(tmp_path):
    tmp_path.chmod(0o500)
    try:
        assert _setup_within(tmp_path / "sub" / "activation-lab.log") is None
    finally:
        tmp_path.chmod(0o700)


def test_the_log_rotates_at_its_size_cap(tmp_path):
    path = tmp_path / "activation-lab.log"
    assert _setup_within(path) == path
    line = "x" * 1000
    for _ in range(3 * LOG_BYTES // len(line)):
        log.info(line)
    files = sorted(tmp_path.iterdir())
    assert path.stat().st_size <= LOG_BYTES
    assert len(files) == 1 + LOG_BACKUPS  # the log and its backups, the oldest dropped
    assert all(f.stat().st_size <= LOG_BYTES for f in files)
