"""Outputs that are links or not files, a session folder that cannot be made, and long work that shows progress and
stops on Ctrl+C or SIGTERM (issue 21 items 3, 7, 12, 13). In-process: ``main.main(argv)``."""

import errno
import io
import json
import os
import signal
from pathlib import Path

import pytest

import cli.progress
import cli.session
import main
from cli.progress import ProgressBar
from sessions import FORMAT
from tests.hostile import fifo_watchdog, make_fifo, needs_fifo

CSV_ARGS = ["export", "--activation", "relu", "--points", "11"]


class Terminal(io.StringIO):
    """stderr as a terminal."""

    def isatty(self) -> bool:
        return True


def _session(path: Path) -> Path:
    path.write_text(json.dumps({"format": FORMAT, "version": 1, "tabs": {"depth": {"layers": 3, "width": 8, "batch": 8}}}))
    return path


def test_an_out_link_to_a_regular_file_writes_the_file_and_keeps_the_link(tmp_path):
    real, link = tmp_path / "real.csv", tmp_path / "link.csv"
    real.write_text("old")
    link.symlink_to(real)
    assert main.main([*CSV_ARGS, "--out", str(link)]) == 0
    assert link.is_symlink() and real.read_text().splitlines()[0] == "x,f,df,d2f"


@needs_fifo
@pytest.mark.parametrize("linked", [False, True])
def test_an_out_that_is_a_fifo_or_links_to_one_exits_2_and_is_left_alone(tmp_path, capsys, linked):
    fifo = make_fifo(tmp_path / "pipe.csv")
    out = tmp_path / "link.csv" if linked else fifo
    if linked:
        out.symlink_to(fifo)
    with fifo_watchdog(fifo):
        assert main.main([*CSV_ARGS, "--out", str(out)]) == 2
    assert "FIFO" in capsys.readouterr().err
    assert fifo.is_fifo() and out.is_symlink() == linked


@needs_fifo
def test_export_session_of_a_fifo_exits_2_without_waiting(tmp_path, capsys):
    fifo = make_fifo(tmp_path / "lesson.alab")
    with fifo_watchdog(fifo):
        assert main.main(["export", "--session", str(fifo), "--out", str(tmp_path / "out"), "--format", "csv"]) == 2
    assert "FIFO" in capsys.readouterr().err and not (tmp_path / "out").exists()


def test_export_session_into_a_dangling_link_exits_2_before_computing(tmp_path, capsys, monkeypatch):
    (tmp_path / "out").symlink_to(tmp_path / "gone")
    monkeypatch.setattr(cli.session, "session_figures", _never)
    argv = ["export", "--session", str(_session(tmp_path / "s.alab")), "--out", str(tmp_path / "out"), "--format", "csv"]
    assert main.main(argv) == 2
    assert "does not exist" in capsys.readouterr().err and (tmp_path / "out").is_symlink()


def test_export_session_onto_a_read_only_place_exits_2_before_computing(tmp_path, capsys, monkeypatch):
    """A read-only file system, as the operating system reports it (the test cannot mount one)."""
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda path, mode, **kw: False if Path(path) == tmp_path else real_access(path, mode))
    monkeypatch.setattr(cli.session, "session_figures", _never)
    argv = ["export", "--session", str(_session(tmp_path / "s.alab")), "--out", str(tmp_path / "out"), "--format", "csv"]
    assert main.main(argv) == 2
    assert "read-only" in capsys.readouterr().err and not (tmp_path / "out").exists()


def test_export_session_says_why_when_the_folder_cannot_be_made_after_all(tmp_path, capsys, monkeypatch):
    def refuse(self, *args, **kwargs):
        raise OSError(errno.EROFS, os.strerror(errno.EROFS), str(self))

    monkeypatch.setattr(Path, "mkdir", refuse)
    argv = ["export", "--session", str(_session(tmp_path / "s.alab")), "--out", str(tmp_path / "out"), "--format", "csv"]
    assert main.main(argv) == 2
    assert "cannot create the folder" in capsys.readouterr().err


def _never(*args, **kwargs):
    raise AssertionError("computed before the outputs were checked")


def test_long_training_shows_a_bar_with_rate_and_time_left_on_a_terminal(tmp_path, monkeypatch):
    err = Terminal()
    monkeypatch.setattr("sys.stderr", err)
    assert main.main(["export", "--train", "--epochs", "30", "--out", str(tmp_path / "run.csv")]) == 0
    last = err.getvalue().rstrip("\n").split("\r")[-1]
    assert "training" in last and "100%" in last and "epochs/s" in last and "left" in last


def test_no_bar_when_stderr_is_not_a_terminal(tmp_path, capsys):
    assert main.main(["export", "--train", "--epochs", "30", "--out", str(tmp_path / "run.csv")]) == 0
    assert capsys.readouterr().err == ""


def test_the_bar_says_the_share_the_rate_and_the_time_left():
    line = ProgressBar("depth run", 200, "epochs", stream=Terminal()).line(50, 2.0)
    assert "25%" in line and "25 epochs/s" in line and "0:00:06 left" in line and line.count("#") == 6


@pytest.mark.parametrize(("signum", "status"), [(signal.SIGINT, 130), (signal.SIGTERM, 143)])
@pytest.mark.parametrize(
    "kind",
    [
        ["--train", "--epochs", "100000", "--force"],  # about half an hour: past the budget, so forced
        ["--depth", "--activation", "tanh", "--init", "xavier_normal", "--layers", "100", "--units", "64"],
    ],
)
def test_ctrl_c_or_sigterm_stops_long_work_with_no_file_left(tmp_path, capsys, monkeypatch, signum, status, kind):
    """The signal arrives a few steps into the work (from its own progress report, so it never outlives the run)."""
    sent = []

    def report(self, share):
        if share > 0 and not sent:
            sent.append(signum)
            os.kill(os.getpid(), signum)

    monkeypatch.setattr(ProgressBar, "fraction", report)
    out = tmp_path / "run.csv"
    out.write_text("the old file")
    assert main.main(["export", *kind, "--out", str(out)]) == status
    assert sent == [signum] and "interrupted" in capsys.readouterr().err
    assert out.read_text() == "the old file" and sorted(p.name for p in tmp_path.iterdir()) == ["run.csv"]
    assert signal.getsignal(signum) is not cli.progress._raise  # the handlers are put back


def test_a_signal_during_the_write_lets_it_finish_then_stops(tmp_path, capsys, monkeypatch):
    import engine.tables

    real = engine.tables._write_temporary

    def write_then_signal(*args, **kwargs):
        os.kill(os.getpid(), signal.SIGTERM)  # arrives in the middle of write_all
        return real(*args, **kwargs)

    monkeypatch.setattr(engine.tables, "_write_temporary", write_then_signal)
    out = tmp_path / "relu.csv"
    assert main.main([*CSV_ARGS, "--out", str(out)]) == 143
    assert out.read_text().splitlines()[0] == "x,f,df,d2f"  # whole
    assert sorted(p.name for p in tmp_path.iterdir()) == ["relu.csv"]


def test_ctrl_c_stops_the_gallery_and_leaves_no_folder(tmp_path, capsys, monkeypatch):
    def report(self, done):
        if done >= 1:
            os.kill(os.getpid(), signal.SIGINT)

    monkeypatch.setattr(ProgressBar, "update", report)
    out = tmp_path / "handout"
    argv = ["gallery", "--out", str(out), "--format", "svg", "--activation", "relu", "--activation", "tanh"]
    assert main.main(argv) == 130
    assert "interrupted" in capsys.readouterr().err and not out.exists()
