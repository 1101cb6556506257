"""One term, one form (GLOSSARY.md rule 7): each glossary term is written one way across the zh_CN catalogue
(the lessons' text included) and the Chinese guide; the variants a native reviewer flagged (issue 27) are gone."""

from __future__ import annotations

import re
import sys
from pathlib import Path
from xml.etree import ElementTree

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))

import translations  # noqa: E402  (tools/translations.py)

GLOSSARY = ROOT / "resources" / "translations" / "GLOSSARY.md"
GUIDE = ROOT / "resources" / "guide" / "index.zh_CN.html"

#: (the one form, as the glossary writes it; the variants it replaces, as a regular expression)
TERMS = (
    ("神经元", r"(?<!神经)单元"),
    ("光滑", r"平滑"),
    ("以零为中心", r"以 ?0 ?为中心"),
    ("精确值", r"精确形式"),
    ("等人", r"等 ?\d{4}"),
    ("标准差", r"(?<![\w(=·/])std ?[为是约]"),  # std in prose; `std` in a formula or as the parameter stays
    ("图像", r"图片"),
    ("印刷样式", r"打印"),
    ("条形", r"柱形"),
    ("隐藏层空间", r"隐藏空间"),
    ("经典案例", r"经典课程"),
    ("缩小为原来的 1/", r"下降 ?\S+ ?倍|缩小 ?[√\d]\S* ?倍|缩小为 ?×|缩小为 ?1/|小 ?\d\S* ?倍"),
    ("值的个数", r"^数值$"),
    ("稍微变化", r"轻推"),
    ("x 为绝对值很大的负数", r"很负"),
    ("训练一轮", r"训练一个轮次"),
    ("先将输入除以 T", r"除以输入"),
    ("的最小正规数", r"最小正规数 ?\{"),
)
#: A percent sign after a number or a placeholder, with a space between (12 %); %n and %1 are Qt's placeholders.
SPACED_PERCENT = re.compile(r"[\d}] +%(?![n\d])")


def catalogue_texts(ts: Path = translations.DEFAULT_TS) -> list[str]:
    """The Chinese text of every message in use: the GUI's, the engine's and the bundled lessons'."""
    return [t.text or "" for _, _, t in translations._in_use(ElementTree.parse(ts))]


def variants(texts: list[str]) -> dict[str, list[str]]:
    """For each glossary form, the texts that use one of its variants instead (the first 80 characters)."""
    found = {}
    for form, variant in TERMS:
        hits = [text[:80] for text in texts if re.search(variant, text, re.MULTILINE)]
        if hits:
            found[form] = hits
    spaced = [text[:80] for text in texts if SPACED_PERCENT.search(text)]
    if spaced:
        found["12%"] = spaced
    return found


def test_the_variant_counter_finds_each_variant_and_passes_the_glossary_form():
    flagged = ["隐藏空间", "标准差每层下降 √2 倍", "缩小为 ×1/√6", "缩小 √6 倍", "He 等 2015", "这里 std 为 0.06", "噪声 {4} %"]
    assert sorted(variants(flagged)) == sorted(["隐藏层空间", "缩小为原来的 1/", "等人", "标准差", "12%"])
    assert len(variants(flagged)["缩小为原来的 1/"]) == 3
    good = ["隐藏层空间", "缩小为原来的 1/√6（×0.408）", "He 等人 2015", "std = gain / √fan_mode", "噪声 {4}%", "%n 个"]
    assert variants(good) == {}


@pytest.mark.parametrize("source", ["catalogue", "guide"])
def test_each_term_has_one_form(source):
    texts = catalogue_texts() if source == "catalogue" else [GUIDE.read_text(encoding="utf-8")]
    assert variants(texts) == {}


def test_the_glossary_records_each_form_and_the_catalogue_uses_it():
    glossary = GLOSSARY.read_text(encoding="utf-8")
    assert [form for form, _ in TERMS if form not in glossary and form != "的最小正规数"] == []
    text = "\n".join(catalogue_texts())
    unused = [form for form, _ in TERMS if form not in text]
    assert unused == []
    for term in ("正交", "稀疏", "反向传播", "过拟合", "温度", "次正规数", "logits"):
        assert f"| {term}" in glossary or f" {term} |" in glossary, term


def test_initialiser_names_say_initialisation():
    by_source = {s: t.text for _, s, t in _messages()}
    assert by_source["Xavier (Glorot) uniform"] == "均匀分布的 Xavier（Glorot）初始化"
    assert by_source["Kaiming (He) normal"] == "正态分布的 Kaiming（He）初始化"
    assert by_source["Orthogonal"] == "正交初始化" and by_source["Sparse"] == "稀疏初始化"
    assert by_source["divides the input before the function"] == "代入函数前，先将输入除以 T（x / T）"


def _messages():
    tree = ElementTree.parse(translations.DEFAULT_TS)
    return [(c, m.findtext("source") or "", t) for c, m, t in translations._in_use(tree)]


# ---- punctuation the notes panel and the gallery assemble in code ----------------------------------------------

#: An ASCII colon or semicolon touching a hanzi, or an ASCII bracket opened beside one (markup in between counts);
#: a formula's closing bracket before a hanzi ("N(0, 1) 时") is ASCII inside a formula, as GLOSSARY rule 4 says.
HALF_WIDTH_NEXT_TO_HANZI = re.compile(r"[\u4e00-\u9fff](?:<[^<>]*>)*[ ]?[(:;]|[(:;](?:<[^<>]*>)*[ ]?[\u4e00-\u9fff]")


@pytest.fixture
def chinese(qapp):
    from gui.app import install_language

    assert install_language("zh_CN")
    yield
    install_language("en")


def test_the_notes_panel_joins_chinese_with_full_width_punctuation(chinese):
    from gui.explorer.notes import NotesPanel, computed_rows, guidance_html

    guidance = guidance_html("relu")
    assert "<b>隐藏层</b>（按此顺序尝试）：" in guidance and "<b>输出层</b>：" in guidance
    assert "；" in guidance and ";" not in guidance.replace("&gt;", "")
    rows = dict(computed_rows("gelu", None, "float32"))
    assert "（" in rows["输出范围"]  # the range, then its minimum in brackets
    panel = NotesPanel()
    panel.show_activation("relu")
    shown = panel.toPlainText()
    assert "ReLU （类 ReLU）" in shown and "导数：" in shown
    assert HALF_WIDTH_NEXT_TO_HANZI.findall("\n".join([guidance, *rows.values(), shown])) == []
    assert HALF_WIDTH_NEXT_TO_HANZI.findall("导数: f′ (类 ReLU)") == ["数:", "(类"]


def test_the_percent_fields_show_12_percent_in_chinese(chinese, qtbot):
    from gui.training.data_box import DataBox

    box = DataBox()
    qtbot.addWidget(box)
    box.noise_spin.setValue(12)
    assert box.noise_spin.text() == "12%" and box.ratio_spin.suffix() == "%"
    assert box.noise_spin.valueFromText("25%") == 25


def test_the_chinese_guide_shows_the_chinese_interface():
    """Its screenshots are tools/guide_screenshots.py's Chinese ones (``<tab>.zh_CN.png``), not the English ones."""
    sources = re.findall(r'<img src="([^"]+)"', GUIDE.read_text(encoding="utf-8"))
    english = re.findall(r'<img src="([^"]+)"', (GUIDE.parent / "index.html").read_text(encoding="utf-8"))
    assert sources == [name.replace(".png", ".zh_CN.png") for name in english]
    for name, original in zip(sources, english, strict=True):
        assert (GUIDE.parent / name).read_bytes() != (GUIDE.parent / original).read_bytes()
