"""Remembered settings: read back as written; unusable values fall back to the default."""

from gui.common.settings import app_settings, read_setting, write_setting


def test_a_written_setting_is_read_back_with_its_type(qapp):
    assert write_setting("test/scale", 1.75)
    assert read_setting("test/scale", 1.0) == 1.75
    assert write_setting("test/flag", True)
    assert read_setting("test/flag", False) is True


def test_a_value_of_the_wrong_kind_or_out_of_range_gives_the_default(qapp):
    settings = app_settings()
    settings.setValue("test/bad", "not a number")
    settings.sync()
    assert read_setting("test/bad", 1.5) == 1.5
    write_setting("test/range", 9.0)
    assert read_setting("test/range", 1.5, valid=lambda v: 1.0 <= v <= 2.5) == 1.5


def test_settings_live_outside_the_users_home_during_tests(qapp):
    import os

    assert app_settings().fileName().startswith(os.environ["XDG_CONFIG_HOME"])
