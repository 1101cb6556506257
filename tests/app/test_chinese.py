"""Chinese (zh_CN) is a whole language: every message translated with its placeholders, the window without
English left, the bundled font covering the text, and exported figures carrying the Chinese and the font."""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path
from xml.etree import ElementTree

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QRawFont

from figures import text as figure_text
from gui.app import CJK_FONT, install_language, register_cjk_font
from gui.common.paths import resource

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))

import translations  # noqa: E402  (tools/translations.py)

TS = translations.DEFAULT_TS
#: What must survive translation unchanged: {0}-style and %n placeholders, HTML tags, HTML entities.
MARKUP = re.compile(r"\{[^{}]*\}|%n|%\d|</?[a-zA-Z][^<>]*>|&[a-z]+;")
#: Names inside formulas that are not English prose.
MATH_NAMES = {"ln", "exp", "max", "min", "tanh", "erf", "sech", "sin", "diag", "log", "softmax", "softmin", "softplus"}


def messages() -> list[tuple[str, str, ElementTree.Element]]:
    """(context, source, translation element) of every message in use in the committed zh_CN catalogue."""
    found = []
    for context in ElementTree.parse(TS).getroot().findall("context"):
        for message in context.findall("message"):
            translation = message.find("translation")
            if translation.get("type") not in ("vanished", "obsolete"):
                found.append((context.findtext("name"), message.findtext("source"), translation))
    return found


def prose_words(text: str) -> list[str]:
    """The English words of ``text``: no markup, no function names (``max(``), identifiers or math names."""
    text = re.sub(r"<[^<>]+>|&[a-z]+;", " ", text)
    tokens = re.findall(r"[A-Za-z_]{2,}\(?", text)
    return [t for t in tokens if not t.endswith("(") and "_" not in t and t.lower() not in MATH_NAMES]


def test_every_chinese_message_is_finished_and_not_empty():
    found = messages()
    assert len(found) > 800
    left = [(c, s) for c, s, t in found if t.get("type") == "unfinished" or not (t.text or "").strip()]
    assert not left, f"{len(left)} unfinished, e.g. {left[:5]} (python tools/translations.py --unfinished -)"


def test_placeholders_and_html_tags_are_the_same_in_source_and_translation():
    wrong = [(c, s, t.text) for c, s, t in messages() if Counter(MARKUP.findall(s)) != Counter(MARKUP.findall(t.text or ""))]
    assert not wrong, wrong[:5]


def test_no_translation_copies_an_english_source_of_more_than_three_words():
    copied = [(c, s) for c, s, t in messages() if t.text == s and len(prose_words(s)) > 3]
    assert not copied, copied[:5]


def test_the_prose_words_of_a_formula_are_not_counted_but_a_sentence_is():
    assert prose_words("CELU(<i>x</i>) = max(0, <i>x</i>) + min(0, α(e<sup><i>x</i>/α</sup> − 1))") == []
    assert prose_words("[min_val, max_val]") == []
    assert (
        prose_words("keeps large values unchanged, zeroes small ones") == "keeps large values unchanged zeroes small ones".split()
    )


ISSUE_TERMS = (
    "激活函数 导数 二阶导数 梯度 梯度消失 梯度爆炸 饱和 权重初始化 均匀分布 正态分布 截断正态分布 扇入 扇出 增益 "
    "神经元死亡 学习率 批大小 训练集 测试集 准确率 损失 决策边界 隐藏层 输出层 逐层"
).split()


def test_the_glossary_holds_the_terms_and_the_catalogue_uses_them():
    glossary = (ROOT / "resources" / "translations" / "GLOSSARY.md").read_text(encoding="utf-8")
    assert [term for term in ISSUE_TERMS if term not in glossary] == []
    by_source = {s: t.text for c, s, t in messages()}
    assert by_source["learning rate"] == "学习率" and by_source["batch size"] == "批大小"
    assert by_source["Truncated normal"] == "截断正态分布初始化" and by_source["hidden layers"] == "隐藏层"
    assert "梯度消失" in by_source["still saturates for |x| > 3, gradients vanish in deep nets"]
    assert by_source["Hidden layers"] == "隐藏层" and by_source["Output layer"] == "输出层"


@pytest.mark.subprocess
@pytest.mark.skipif(translations.lrelease_command() is None, reason="needs pyside6-lrelease (PySide6-Essentials)")
def test_the_committed_qm_is_the_committed_ts_compiled(tmp_path):
    fresh = translations.compile_qm(TS, tmp_path / "fresh.qm")
    assert fresh.read_bytes() == TS.with_suffix(".qm").read_bytes(), "run `make translations` and commit the .qm"


@pytest.mark.subprocess
@pytest.mark.skipif(translations.lupdate_command() is None, reason="needs pyside6-lupdate (PySide6-Essentials)")
def test_the_committed_catalogue_holds_every_string_of_the_code(tmp_path):
    """A string added to the code without `make translations` (and a translation) would show in English."""
    template = translations.ts_messages(translations.build(tmp_path / "template.ts"))
    missing = template - translations.ts_messages(TS)
    assert not missing, f"not in the committed catalogue: {sorted(missing)[:10]} (make translations-todo)"


# ---- the bundled font ---------------------------------------------------------------------------------------

CJK_BLOCKS = ((0x2E80, 0x9FFF), (0xF900, 0xFAFF), (0xFE30, 0xFE4F), (0xFF00, 0xFFEF))


def is_cjk(char: str) -> bool:
    return any(lo <= ord(char) <= hi for lo, hi in CJK_BLOCKS)


def gb2312_level_1() -> set[str]:
    """The 3,755 common hanzi: GB 2312 rows 16-55, decoded by Python's codec."""
    chars = set()
    for row in range(0xB0, 0xD8):
        for cell in range(0xA1, 0xFF):
            try:
                chars.add(bytes((row, cell)).decode("gb2312"))
            except UnicodeDecodeError:
                pass
    return chars


def test_the_bundled_font_covers_every_chinese_character_of_the_translation_and_the_common_hanzi(qapp):
    font = QRawFont(str(resource(*CJK_FONT)), 12)
    assert font.isValid() and font.familyName() == "Noto Sans SC Subset"
    assert not font.supportsCharacter(ord("龘"))  # a subset: a rare hanzi is not there
    used = {ch for _, _, t in messages() for ch in (t.text or "") if is_cjk(ch)}
    assert len(used) > 500
    assert not [ch for ch in sorted(used) if not font.supportsCharacter(ord(ch))]
    common = gb2312_level_1()
    assert len(common) == 3755
    assert not [ch for ch in sorted(common) if not font.supportsCharacter(ord(ch))]
    assert resource("fonts", "OFL.txt").read_text(encoding="utf-8").count("SIL OPEN FONT LICENSE Version 1.1") == 1


def test_the_bundled_font_is_registered_and_kept_as_the_fallback_of_the_app_font(qapp):
    family = register_cjk_font()
    assert family == "Noto Sans SC Subset"
    assert qapp.font().families()[-1] == family


# ---- the window and the exports in Chinese --------------------------------------------------------------------


@pytest.fixture
def chinese(qapp):
    register_cjk_font()
    assert install_language("zh_CN"), "the zh_CN .qm did not load"
    figure_text.install(QCoreApplication.translate)
    yield
    install_language("en")  # no activation_lab_en.qm: back to the English sources


def test_chinese_titles_reach_an_exported_svg_and_the_pdf_embeds_the_bundled_font(chinese):
    from engine.depth import DepthConfig, run
    from figures.builders import depth_figure
    from gui.export.formats import figure_svg_text, figures_pdf_bytes

    spec = depth_figure(run(DepthConfig(activation="relu", init="xavier_normal", layers=3, width=16, batch=32)))
    assert spec.panels[0].title == "每层激活值的标准差"
    svg = figure_svg_text(spec, style="print")
    assert "每层激活值的标准差" in svg and "层" in svg
    pdf = figures_pdf_bytes([spec])
    fonts = set(re.findall(rb"/FontName\s*/(?:[A-Z]{6}\+)?([^\s/>]+)", pdf))
    assert b"NotoSansSC-Subset" in fonts and b"/FontFile" in pdf, fonts


def test_an_engine_refusal_reaches_the_user_in_chinese_with_its_values(chinese):
    import engine
    from engine.errors import EngineError
    from engine.evaluate import checked_params
    from gui.common.engine_messages import engine_message

    with pytest.raises(EngineError) as refused:
        checked_params(engine.get_activation("elu"), {"alpha": "abc"})
    assert engine_message(refused.value.message) == "应为数字，得到的是 'abc'"
    assert engine_message("alpha: 2.5 is above the maximum 1") == "alpha: 2.5 大于最大值 1"
    assert engine_message("something the templates do not know") == "something the templates do not know"


def test_every_engine_message_template_matches_a_message_the_engine_raises():
    from gui.common.engine_messages import TEMPLATES

    engine_source = "\n".join(p.read_text(encoding="utf-8") for p in (ROOT / "engine").rglob("*.py"))
    engine_source += "\n".join(p.read_text(encoding="utf-8") for p in (ROOT / "gui").rglob("*.py"))
    for template in TEMPLATES:
        words = re.split(r"\{\d\}", template)
        longest = max(words, key=len).strip(" ;:()[]")
        assert longest in engine_source, f"no engine message has {longest!r} any more: drop or update {template!r}"


def test_the_command_line_writes_figures_in_chinese_with_lang(qapp, tmp_path):
    from main import main

    out = tmp_path / "weights.svg"
    try:
        assert main(["--lang", "zh_CN", "export", "--init", "kaiming_normal", "--shape", "64,32", "--out", str(out)]) == 0
    finally:
        install_language("en")
    svg = out.read_text(encoding="utf-8")
    assert "形状为" in svg and "的权重，随机种子" in svg and "权重值" in svg and "密度" in svg  # SVG splits runs at digits
    assert "Weights of shape" not in svg
