"""The app's usual command lines are read without argparse (before the first paint), and every command line gives
exactly what argparse gives: the same arguments, the same --help, the same error and exit status."""

from __future__ import annotations

import itertools
import subprocess
import sys
from pathlib import Path

import pytest

from cli import app_args
from cli import parser as argparse_parser

ROOT = Path(__file__).resolve().parents[2]
#: Words a command line of the app is made of: flags known and unknown, abbreviated, with and without values, files,
#: a command, the empty string, a lone dash, ``--``.
WORDS = [
    "--fresh",
    "--self-test",
    "--lang",
    "zh_CN",
    "--lang=en",
    "--lang=",
    "a.alab",
    "b c.alab",
    "-x",
    "--fr",
    "--",
    "export",
    "",
    "-",
    "-h",
    "--help",
    "--la",
    "-1",
]
#: Those mixed three at a time (argparse builds the whole export parser for "export": slow, and two words cover it).
TRIPLE_WORDS = ["--fresh", "--self-test", "--lang", "zh_CN", "--lang=en", "a.alab", "-x", "--"]


def _argparse(args: list[str]) -> tuple[str, object]:
    """argparse's answer (:mod:`cli.parser`): ("ok", the arguments) or ("exit", status)."""
    try:
        return "ok", vars(argparse_parser.parse_command_line(args))
    except SystemExit as exc:
        return "exit", exc.code


def _ours(args: list[str]) -> tuple[str, object]:
    try:
        return "ok", vars(app_args.parse_command_line(args))
    except SystemExit as exc:
        return "exit", exc.code


@pytest.mark.parametrize(
    "args",
    [
        [],
        ["--fresh"],
        ["lesson.alab"],
        ["--lang", "zh_CN"],
        ["--lang=zh_CN", "--fresh"],
        ["--self-test"],
        ["lesson.alab", "--lang", "en", "--fresh"],
        ["--self-test", "--lang", "zh_CN"],
        ["课程.alab"],
    ],
)
def test_the_usual_command_lines_are_read_without_argparse_as_argparse_reads_them(args):
    quick = app_args.quick_app_arguments(args)
    assert quick is not None
    assert vars(quick) == _argparse(args)[1]


@pytest.mark.parametrize(
    "args",
    [
        ["--help"],
        ["-h"],
        ["--fr"],
        ["--lang"],
        ["--lang", "--fresh"],
        ["a.alab", "b.alab"],
        ["--fresh", "--fresh"],
        ["export", "--out", "x.csv"],
        ["--"],
        ["-"],
        [""],
        ["-x"],
        ["--lang="],
    ],
)
def test_everything_else_goes_to_argparse(args):
    assert app_args.quick_app_arguments(args) is None


def test_every_short_command_line_gives_what_argparse_gives(capsys):
    """Every command line of up to two of WORDS or three of TRIPLE_WORDS: the same arguments, or the same exit
    status and output."""
    lines = [*(w for n in range(3) for w in itertools.product(WORDS, repeat=n)), *itertools.product(TRIPLE_WORDS, repeat=3)]
    for words in lines:
        args = list(words)
        expected = _argparse(args)
        said = capsys.readouterr()
        assert _ours(args) == expected, args
        assert capsys.readouterr() == said, args  # --help's text and the error message, word for word


@pytest.mark.subprocess
def test_a_double_click_does_not_import_argparse():
    code = "import sys, main; args = main.parse_command_line(sys.argv[1:]); print('argparse' in sys.modules, args.session)"
    for extra, expected in (([], "False None"), (["x.alab", "--fresh"], "False x.alab"), (["--help"], None)):
        out = subprocess.run([sys.executable, "-c", code, *extra], cwd=ROOT, capture_output=True, text=True, timeout=60)
        if expected is None:
            assert out.returncode == 0 and "usage: ActivationLab" in out.stdout  # --help: argparse, as before
        else:
            assert out.stdout.strip() == expected
