"""Every number-like command-line argument over the Unicode digit categories (issue 21, item 14), in-process.

``str.isdigit()`` accepts characters that ``int()`` refuses (``²``, ``①``) and ``int()`` reads some that our parser
refuses (``٣``): each value must either be read as the number it plainly says or refused with exit 2 and a message
on stderr, never a traceback. Values are a digit-like character alone and inside ASCII digits, signs and points.
"""

from __future__ import annotations

import sys
import unicodedata

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from engine.params import ascii_number_text, parse_number
from main import main

#: every non-ASCII character Unicode calls a number (Nd decimal digits, Nl letter numbers such as Ⅻ,
#: No other numbers such as ² ½ ① ₃), and whatever str.isdigit / isnumeric say yes to besides
DIGIT_LIKE = tuple(
    ch
    for ch in map(chr, range(0x80, sys.maxunicode + 1))
    if unicodedata.category(ch) in ("Nd", "Nl", "No") or ch.isdigit() or ch.isnumeric()
)
#: one of each kind a fuzz found or a user types: superscript, circled, Arabic-Indic (int() reads it), Roman numeral,
#: mathematical bold, full-width (read as 3); the slow test below tries every other
SAMPLE = ("²", "①", "٣", "Ⅻ", "𝟑", "３")

#: a small valid command per kind; the flag under test is appended (argparse: the last one wins)
BASES = {
    "activation": ["export", "--activation", "elu", "--points", "11"],
    "expression": ["export", "--expression", "k*x", "--points", "11"],
    "init": ["export", "--init", "xavier_uniform", "--shape", "4,3", "--bins", "5"],
    "depth": ["export", "--depth", "--activation", "tanh", "--init", "xavier_uniform", "--layers", "2"]
    + ["--units", "4", "--batch", "4"],
    "vector": ["export", "--activation", "softmax", "--vector", "1,2"],
    "train": ["export", "--train", "--epochs", "1", "--samples", "20", "--hidden", "2"],
}
#: (kind, flag, how the value is written: {} is the value under test)
FLAGS = [
    ("activation", "--x-min", "-{}"),
    ("activation", "--x-max", "{}"),
    ("activation", "--points", "{}"),
    ("init", "--seed", "{}"),
    ("train", "--seed", "{}"),
    ("activation", "--param", "alpha={}"),
    ("activation", "--param", "{}:alpha=1"),
    ("expression", "--param", "k={}"),
    ("expression", "--param", "{}:k=1"),
    ("init", "--shape", "{},3"),
    ("init", "--bins", "{}"),
    ("init", "--param", "gain={}"),
    ("depth", "--layers", "{}"),
    ("depth", "--units", "{}"),
    ("depth", "--batch", "{}"),
    ("depth", "--init-param", "gain={}"),
    ("vector", "--vector", "1,{}"),
    ("vector", "--temperature", "{}"),
    ("train", "--epochs", "{}"),
    ("train", "--samples", "{}"),
    ("train", "--hidden", "{}"),
    ("train", "--lr", "{}"),
    ("train", "--noise", "{}"),
    ("train", "--train-ratio", "{}"),
    ("train", "--reg-rate", "{}"),
    ("train", "--batch", "{}"),
]
#: where the character sits in the value
PLACES = ("{c}", "1{c}", "{c}1", "0.{c}", "-{c}", "2{c}0")


def run(tmp_path, kind: str, flag: str, template: str, value: str, capsys) -> tuple[int, str]:
    out = tmp_path / "out.csv"
    out.unlink(missing_ok=True)
    argv = [*BASES[kind], flag, template.format(value), "--out", str(out)]
    try:
        code = main(argv)
    except SystemExit as exc:  # argparse refuses a type=int/float value: exit 2 with its usage message
        code = exc.code
    err = capsys.readouterr().err
    return code, err


def readable(text: str) -> bool:
    """Whether ``text`` plainly says a number: our parser (ASCII and full-width), or Python's int/float (argparse)."""
    try:
        parse_number(text, "value")
        return True
    except Exception:  # noqa: BLE001 (any refusal means "not our number")
        pass
    for read in (int, float):
        try:
            read(text)
            return True
        except ValueError:
            pass
    return ascii_number_text(text) != text and readable(ascii_number_text(text))


def check(code: int, err: str, value: str) -> None:
    assert code in (0, 2), f"exit {code} for {value!r}: {err[-400:]}"
    assert "Traceback" not in err
    if code == 2:
        assert "error" in err, f"no message for {value!r}"
    else:
        # accepted: only text that reads as a number, e.g. full-width digits; never a guess such as ² -> 2
        number = value.split("=", 1)[-1]  # --param NAME=VALUE: the value after the name
        assert all(readable(part) for part in number.replace(",", " ").replace(":", " ").split() if part), value


def test_a_superscript_index_in_param_is_refused_by_name_not_a_traceback(tmp_path, capsys):
    code, err = run(tmp_path, "activation", "--param", "{}:alpha=1", "²", capsys)
    assert code == 2 and "param" in err and "index" in err and "Traceback" not in err
    assert not (tmp_path / "out.csv").exists()


def test_a_full_width_index_in_param_is_read_as_its_digit(tmp_path, capsys):
    code, _ = run(tmp_path, "activation", "--param", "{}:alpha=0.5", "１", capsys)
    assert code == 0
    header, *_ = (tmp_path / "out.csv").read_text().splitlines()
    assert header.split(",")[0] == "x"


@pytest.mark.parametrize(("kind", "flag", "template"), FLAGS)
@pytest.mark.parametrize("char", SAMPLE)
def test_each_number_flag_reads_or_refuses_a_digit_like_character(tmp_path, capsys, kind, flag, template, char):
    value = "1" + char
    code, err = run(tmp_path, kind, flag, template, value, capsys)
    check(code, err, template.format(value))


@pytest.mark.slow
@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture], derandomize=True)
@given(
    case=st.sampled_from(FLAGS),
    char=st.sampled_from(DIGIT_LIKE),
    place=st.sampled_from(PLACES),
)
def test_number_flags_over_every_unicode_digit_category(tmp_path, capsys, case, char, place):
    kind, flag, template = case
    value = place.format(c=char)
    code, err = run(tmp_path, kind, flag, template, value, capsys)
    check(code, err, template.format(value))
