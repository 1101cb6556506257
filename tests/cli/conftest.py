"""Every command-line test leaves the language as it found it: English.

``--lang zh_CN`` installs Chinese for the figures' words and, for an image, Qt's translators in the process (as a
real run of the command does); the suite runs in one process, so a test that forgot to put English back turned every
later test's messages Chinese (CI: 60 failures after ``test_a_typed_target_is_written_in_chinese_too``).
"""

import sys

import pytest

from figures import text as figure_text


@pytest.fixture(autouse=True)
def english_afterwards():
    yield
    figure_text.use_language("en")
    if "cli.images" in sys.modules:  # Qt was started by an image export: its translators too
        from gui.app import install_language

        install_language("en")
