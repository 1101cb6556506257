"""engine.tables.write_all: several files written as one, all or none, no existing file changed on failure."""

from __future__ import annotations

import os

import pytest

from engine.errors import EngineError
from engine.tables import write_all


def test_all_files_are_written_when_every_target_can_be(tmp_path):
    (tmp_path / "a.csv").write_text("old")
    written = write_all({tmp_path / "a.csv": "new a", tmp_path / "b.json": b"{}"})
    assert written == [tmp_path / "a.csv", tmp_path / "b.json"]
    assert (tmp_path / "a.csv").read_text() == "new a" and (tmp_path / "b.json").read_bytes() == b"{}"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.csv", "b.json"]  # no temporary or backup file left


def test_a_target_in_a_missing_folder_stops_everything_before_any_file_changes(tmp_path):
    (tmp_path / "w.csv").write_text("keep")
    with pytest.raises(EngineError, match="does not exist"):
        write_all({tmp_path / "w.csv": "new", tmp_path / "missing" / "w.json": "{}"})
    assert (tmp_path / "w.csv").read_text() == "keep"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["w.csv"]


def test_a_rename_that_fails_puts_back_the_files_already_replaced(tmp_path, monkeypatch):
    (tmp_path / "a.csv").write_text("old a")
    real_replace = os.replace
    calls = []

    def failing_second_rename(src, dst):
        calls.append(dst)
        if len(calls) == 2:
            raise OSError(28, "No space left on device", str(dst))
        return real_replace(src, dst)

    monkeypatch.setattr(os, "replace", failing_second_rename)
    with pytest.raises(EngineError, match="No space left"):
        write_all({tmp_path / "a.csv": "new a", tmp_path / "b.csv": "new b"})
    monkeypatch.undo()
    assert (tmp_path / "a.csv").read_text() == "old a"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.csv"]


def test_two_outputs_naming_one_file_are_refused(tmp_path):
    (tmp_path / "sub").mkdir()
    with pytest.raises(EngineError, match="same file"):
        write_all({tmp_path / "a.csv": "1", tmp_path / "sub" / ".." / "a.csv": "2"})
    assert [p.name for p in tmp_path.iterdir()] == ["sub"]


def test_a_folder_in_place_of_a_file_is_refused(tmp_path):
    (tmp_path / "out.csv").mkdir()
    with pytest.raises(EngineError, match="is a folder"):
        write_all({tmp_path / "out.csv": "x"})
