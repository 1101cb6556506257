"""Paths that name something other than a file, links, and files killed mid-write (issue 21 items 3, 10, 11, 12)."""

import os
import subprocess
import time

import pytest

from engine.datasets import MAX_SAMPLES, load_points_csv, parse_points_csv
from engine.errors import EngineError
from engine.tables import check_writable, write_all, write_atomic
from tests.hostile import fifo_watchdog, make_fifo, needs_fifo
from userfiles import NotAFileError, read_regular, remove_stale_parts

OLD = time.time() - 3600


@needs_fifo
def test_a_fifo_is_refused_at_once_not_waited_on(tmp_path):
    fifo = make_fifo(tmp_path / "lesson.alab")
    with fifo_watchdog(fifo), pytest.raises(NotAFileError, match="FIFO"):
        read_regular(fifo, 100)


def test_a_link_to_a_regular_file_is_read_and_a_folder_is_refused(tmp_path):
    (tmp_path / "real.txt").write_bytes(b"12345")
    (tmp_path / "link.txt").symlink_to(tmp_path / "real.txt")
    assert read_regular(tmp_path / "link.txt", 3) == b"1234"  # the limit and one more: the caller refuses a longer file
    with pytest.raises(NotAFileError, match="folder"):  # os.open of a folder succeeds read-only: fstat tells
        read_regular(tmp_path, 3)


def test_a_link_to_a_regular_file_is_written_through_and_stays_a_link(tmp_path):
    real, link = tmp_path / "real.csv", tmp_path / "link.csv"
    real.write_text("old")
    link.symlink_to(real)
    write_atomic(link, "new")
    assert link.is_symlink() and real.read_text() == "new"
    write_all({link: "newer", tmp_path / "side.json": "{}"})
    assert link.is_symlink() and real.read_text() == "newer"


@needs_fifo
@pytest.mark.parametrize("linked", [False, True])
def test_a_fifo_or_a_link_to_one_is_never_replaced(tmp_path, linked):
    fifo = make_fifo(tmp_path / "pipe")
    out = tmp_path / "out.csv"
    if linked:
        out.symlink_to(fifo)
    else:
        out = fifo
    for write in (lambda: write_atomic(out, "x"), lambda: write_all({out: "x"}), lambda: check_writable(out)):
        with fifo_watchdog(fifo), pytest.raises(EngineError, match="FIFO"):
            write()
    assert fifo.is_fifo() and out.is_symlink() == linked
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted({"pipe", out.name})


def test_a_dangling_link_is_refused_and_left_as_it_was(tmp_path):
    out = tmp_path / "out.csv"
    out.symlink_to(tmp_path / "nowhere" / "x.csv")
    with pytest.raises(EngineError, match="does not exist"):
        write_atomic(out, "x")
    assert out.is_symlink() and not (tmp_path / "nowhere").exists()


def test_our_stale_part_files_go_on_the_next_write_and_nothing_else_does(tmp_path):
    stale = tmp_path / ".lesson.alab.ab12cd_9.part"  # what a write killed an hour ago left
    fresh = tmp_path / ".other.csv.zz99yy88.part"  # a write in progress right now
    theirs = tmp_path / "download.part"  # not ours
    for path in (stale, fresh, theirs):
        path.write_text("half")
    os.utime(stale, (OLD, OLD))
    os.utime(theirs, (OLD, OLD))
    write_atomic(tmp_path / "x.csv", "x")
    assert not stale.exists() and fresh.exists() and theirs.exists()
    os.utime(fresh, (OLD, OLD))
    write_all({tmp_path / "y.csv": "y"})
    assert not fresh.exists() and theirs.exists()


@pytest.mark.skipif(os.name != "posix", reason="process ids are looked up on POSIX only")
def test_a_kept_old_file_of_a_process_that_is_gone_is_removed_and_a_live_ones_kept(tmp_path):
    gone = subprocess.Popen(["true"])  # a process that has ended (not Python: no second interpreter)
    gone.wait()
    dead = tmp_path / f".x.csv.{gone.pid}.old"
    live = tmp_path / f".y.csv.{os.getpid()}.old"
    for path in (dead, live):
        path.write_text("old contents")
    assert remove_stale_parts(tmp_path) == [dead]
    assert live.exists()


@needs_fifo
def test_stale_part_cleanup_removes_only_regular_files(tmp_path):
    fifo = make_fifo(tmp_path / ".x.csv.abcdefgh.part")
    os.utime(fifo, (OLD, OLD), follow_symlinks=False)
    assert remove_stale_parts(tmp_path) == []
    assert fifo.is_fifo()


@needs_fifo
def test_a_points_csv_that_is_a_fifo_is_refused(tmp_path):
    fifo = make_fifo(tmp_path / "points.csv")
    with fifo_watchdog(fifo), pytest.raises(EngineError, match="FIFO"):
        load_points_csv(fifo)


def test_a_points_csv_is_refused_at_the_first_row_past_the_cap_not_after_reading_all(tmp_path):
    rows = ["0.5,0.5,1"] * (MAX_SAMPLES + 1) + ["not,a,number"]
    with pytest.raises(EngineError, match=f"line {MAX_SAMPLES + 1}"):  # the bad last row is never reached
        parse_points_csv("\n".join(rows))
    assert len(parse_points_csv("x1,x2,label\n" + "\n".join(rows[:MAX_SAMPLES])).labels) == MAX_SAMPLES


def test_a_points_csv_larger_than_its_cap_is_refused_without_reading_it_all(tmp_path):
    big = tmp_path / "big.csv"
    with big.open("w") as handle:
        handle.write("0.5,0.5,1\n" * 400_000)  # 4 MB
    with pytest.raises(EngineError, match="larger than 2 MB"):
        load_points_csv(big)
