"""What the app logs before start-up sets up its log file (after the window's first paint) still reaches the file."""

import logging
import sys

import pytest

from gui.common.errors import log
from gui.start_log import APP_LOGGER, keep_early, log_and_report_errors


@pytest.fixture(autouse=True)
def _restore_logger_and_hook():
    hook, level = sys.excepthook, log.level
    yield
    sys.excepthook = hook
    log.setLevel(level)
    for handler in list(log.handlers):
        log.removeHandler(handler)
        handler.close()


def test_records_logged_before_the_log_file_is_set_up_are_written_to_it_first(tmp_path):
    early = keep_early()
    logging.getLogger(f"{APP_LOGGER}.settings").warning("settings file %s is a FIFO", "/x/ActivationLab.ini")
    logging.getLogger(f"{APP_LOGGER}.startup").info("the session gives no tab to build first")
    logging.getLogger(f"{APP_LOGGER}.startup").debug("below the log's level")
    path = tmp_path / "activation-lab.log"
    log_and_report_errors(early, path)
    logging.getLogger(f"{APP_LOGGER}.settings").warning("after the set-up")
    for handler in log.handlers:
        handler.flush()
    lines = path.read_text(encoding="utf-8").splitlines()
    assert [line.split(" ", 3)[2:] for line in lines] == [
        ["WARNING", "settings file /x/ActivationLab.ini is a FIFO"],
        ["INFO", "the session gives no tab to build first"],
        ["WARNING", "after the set-up"],
    ]
    assert early not in log.handlers and not early.records
    assert sys.excepthook is not sys.__excepthook__  # unexpected errors now go to the log and a dialog
