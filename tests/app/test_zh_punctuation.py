"""No half-width punctuation next to Chinese in any rendered string (GLOSSARY.md rule 4 and its keep-list).

Every translation of the catalogue (the lessons' text included) and the Chinese guide is rendered as the
user reads it: placeholders filled with sample values, HTML tags dropped. A placeholder is filled with a
number where it is one (a format spec such as ``{1:g}``, a named field such as ``{x}``, or a neighbour that
is mathematics: ``[{0}, {1}]``, ``= {2}``), else with a Chinese word, since a label or a name in Chinese may
arrive there (``{0}：`` must not be ``{0}:``). Kept as they are (the keep-list): formulas and intervals
(``N(0, 1) 时``, ``[a, b]``, ``(2x + 3) / 6``), code (``f(x)``, ``.alab``), accelerators (``文件(&F)``) and
Qt's file filters (``(*.csv);;``).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.app.test_chinese import messages

GUIDE = Path(__file__).resolve().parents[2] / "resources" / "guide" / "index.zh_CN.html"
HAN = r"[\u3400-\u9fff]"
PLACEHOLDER = re.compile(r"\{([^{}]*)\}|%n|%\d")
MATH = set("[](),=+−-/×≥≤<>~")
RULES = (
    ("half-width :;,!? beside a hanzi", re.compile(rf"{HAN} ?[:;,!?]|[:;,!?] ?{HAN}")),
    ("Chinese inside half-width brackets", re.compile(rf"\([^()]*{HAN}[^()]*\)")),
    ("a half-width bracket touching a hanzi", re.compile(rf"{HAN}\((?!&\w\))|\){HAN}")),
    ("a half-width aside ending a Chinese clause", re.compile(rf"{HAN} \([^()]*\)(?=$|[，。；：、])")),
)
FILE_FILTER = re.compile(r"\(\*[^()]*\)(;;)?")


def render(text: str) -> str:
    """``text`` as shown: placeholders filled with sample values, tags and entities dropped, file filters out."""

    def sample(match: re.Match[str]) -> str:
        name = match.group(1) or ""
        before = text[: match.start()].rstrip()[-1:]
        after = text[match.end() :].lstrip()[:1]
        named = name != "" and not name.isdigit()  # {x}, {value}; {0:g} has a format spec; %n is a count
        number = ":" in name or named or match.group(0).startswith("%") or before in MATH or after in MATH
        return "1.5" if number else "中"

    shown = PLACEHOLDER.sub(sample, text)
    shown = re.sub(r"<[^<>]+>|&[a-z]+;", " ", shown.replace("&nbsp;", " "))
    return FILE_FILTER.sub(" ", shown)


def problems(text: str) -> list[str]:
    """What is wrong in ``text`` (the rule and the place), empty if nothing."""
    shown = render(text)
    return [f"{rule}: …{shown[max(0, m.start() - 8) : m.end() + 8]}…" for rule, pattern in RULES if (m := pattern.search(shown))]


@pytest.mark.parametrize(
    ("text", "bad"),
    [
        ("导数: {0}", True),
        ("{0}（类 ReLU）", False),
        ("{0} (类 ReLU)", True),
        ("隐藏层 (按此顺序尝试):", True),
        ("{0}: {1}", True),  # {0} may be a Chinese label
        ("{0}；{1}", False),
        ("上一课 (Page Up)", True),
        ("上一课（Page Up）", False),
        ("当 x ~ N(0, 1) 时", False),
        ("在 [{0}, {1}] 上", False),
        ("输出 {0}(x)", False),
        ("文件(&F)", False),
        ("CSV 文件 (*.csv);;所有文件 (*)", False),
        ("autograd：f′({x}) = {value}", False),
        ("第 {0:d} 轮,训练", True),
    ],
)
def test_the_checker_finds_half_width_punctuation_beside_chinese_and_keeps_formulas(text, bad):
    assert bool(problems(text)) == bad, problems(text)


def test_no_translation_puts_half_width_punctuation_beside_chinese():
    found = {source: problems(t.text or "") for _context, source, t in messages()}
    assert {source: p for source, p in found.items() if p} == {}


def test_the_chinese_guide_puts_no_half_width_punctuation_beside_chinese():
    page = re.sub(r"<style.*?</style>", "", GUIDE.read_text(encoding="utf-8"), flags=re.S)
    assert [p for line in page.splitlines() for p in problems(line)] == []
