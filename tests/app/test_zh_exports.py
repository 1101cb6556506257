"""``--lang zh_CN`` reaches every export path: each tab of ``export --session``, every CLI kind and the gallery
write their words in Chinese; what stays in Latin letters is the glossary's keep-list, the registries' ids and
names (PyTorch's), parameter names and formulas. The Qt-free catalogue the CLI reads gives Qt's own text."""

from __future__ import annotations

import dataclasses
import json
import re
from pathlib import Path
from xml.etree import ElementTree

import pytest
from PySide6.QtCore import QTranslator

import main
from figures import catalogue
from figures import text as figure_text
from gui.app import install_language
from sessions import FORMAT
from tests.app.test_chinese import messages
from tests.app.test_zh_punctuation import problems

ROOT = Path(__file__).resolve().parents[2]
GLOSSARY = ROOT / "resources" / "translations" / "GLOSSARY.md"
#: a token holding one of these is a formula or code (``∂loss/∂W``, ``kaiming_normal(nonlinearity=relu)``)
CODE_MARKS = re.compile(r"[_=∂/′″()\[\]{}·]")
HAN = re.compile(r"[\u3400-\u9fff]")
SESSION = {
    "explorer": {"curves": [{"activation": "leaky_relu"}, {"activation": "gelu"}], "points": 201},
    "initialization": {"init": "kaiming_normal", "shape": [32, 16], "bins": 20},
    "depth": {"activation": "tanh", "init": "xavier_normal", "layers": 4, "width": 16, "batch": 16},
    "training": {"dataset": "xor", "hidden": [3], "optimizer": "momentum"},
}
VECTOR = {"explorer": {"curves": [{"activation": "sigmoid"}], "vector": {"activation": "softmax", "x": [0.5, 1, 2]}}}


def keep_list() -> set[str]:
    """The words of the glossary's "Kept in Latin letters" section."""
    section = GLOSSARY.read_text(encoding="utf-8").split("## Kept in Latin letters", 1)[1]
    bullets = [line for line in section.splitlines() if line.startswith("- ")]
    return {word for line in bullets for quoted in re.findall(r"`([^`]+)`", line) for word in re.findall(r"\w+", quoted)}


def allowed_words() -> set[str]:
    """Keep-list, registry ids and parameter names (code) and the catalogue's sources translated as themselves."""
    from engine.activations import ACTIVATIONS
    from engine.initializers import INITIALIZERS

    words = set(keep_list())
    for registry in (ACTIVATIONS, INITIALIZERS):
        for entry in registry.values():
            words.update(re.findall(r"[A-Za-z]+", entry.id))
            words.update(re.findall(r"[A-Za-z]+", " ".join(p.name for p in getattr(entry, "params", ()))))
    for _context, source, translation in messages():
        if (translation.text or "") == source:  # a name (ReLU, Leaky ReLU); test_chinese checks none is a sentence
            words.update(english_words([source]))
    return words


def english_words(texts: list[str]) -> list[str]:
    """The Latin words of ``texts`` outside formulas and code."""
    found = []
    for text in texts:
        for token in re.split(r"[\s,，、：；（）]+", text):
            if token and not CODE_MARKS.search(token):
                found += re.findall(r"[A-Za-z]{2,}", token)
    return found


def svg_texts(path: Path) -> list[str]:
    """Every text element of an SVG (titles, axis labels, legends, captions)."""
    root = ElementTree.parse(path).getroot()
    return ["".join(e.itertext()).strip() for e in root.iter() if e.tag.rsplit("}", 1)[-1] == "text"]


def html_texts(path: Path) -> list[str]:
    """The words a reader sees on an HTML page (tags, and the ``lang`` attribute, left out)."""
    body = re.sub(r"<style.*?</style>|<[^>]+>|&[a-z]+;", " ", path.read_text(encoding="utf-8"), flags=re.S)
    return [line for line in body.splitlines() if line.strip()]


def untranslated(texts: list[str]) -> list[str]:
    """English words outside the keep-list, and half-width punctuation beside Chinese (text joined in code)."""
    keep = allowed_words()
    return sorted({w for w in english_words(texts) if w not in keep} | {p for t in texts for p in problems(t)})


@pytest.fixture
def english_figures():
    yield
    figure_text.use_language("en")


@pytest.fixture
def zh_cli(qapp):
    yield
    install_language("en")  # the CLI installed zh_CN on the shared application


def _session_file(path: Path, tabs: dict) -> Path:
    path.write_text(json.dumps({"format": FORMAT, "version": 1, "tabs": tabs}), encoding="utf-8")
    return path


def test_the_keep_list_checker_finds_english_and_passes_chinese_formulas_and_names():
    assert english_words(["决策区域图", "∂loss/∂W", "kaiming_normal(nonlinearity=relu)"]) == []
    assert untranslated(["class 1（训练集）", "Tanh，4-2，带动量的 SGD，学习率 0.03", "train loss"]) == ["class", "loss", "train"]


@pytest.mark.parametrize("tabs", [SESSION, VECTOR], ids=["every-tab", "vector"])
def test_export_session_in_chinese_writes_no_english_outside_the_keep_list(zh_cli, tmp_path, tabs):
    session = _session_file(tmp_path / "lesson.alab", tabs)
    out = tmp_path / "handout"
    assert main.main(["--lang", "zh_CN", "export", "--session", str(session), "--out", str(out), "--format", "svg"]) == 0
    files = sorted(out.glob("*.svg"))
    assert [f.stem for f in files] == sorted(tabs)
    for path in files:
        texts = svg_texts(path)
        assert path.stem == "explorer" or any(HAN.search(t) for t in texts), path.name  # the explorer: f(x), names
        assert untranslated(texts) == [], path.name


CLI_KINDS = {
    "activation": ["--activation", "relu", "--activation", "elu", "--formula"],
    "expression": ["--expression", "x*sigmoid(k*x)", "--param", "k=2"],
    "init": ["--init", "xavier_uniform", "--shape", "64,32", "--stats", "{tmp}/stats.json"],
    "depth": ["--depth", "--activation", "relu", "--init", "kaiming_normal", "--layers", "4", "--units", "16", "--batch", "16"],
    "vector": ["--activation", "softmax", "--vector", "1,2,3", "--temperature", "2"],
    "train": ["--train", "--dataset", "circle", "--epochs", "5", "--optimizer", "adam"],
    "regression": ["--train", "--dataset", "sine", "--epochs", "5"],
    "regression-plane": ["--train", "--dataset", "plane", "--epochs", "5"],
    "race": ["--train", "--race", "sigmoid,tanh,relu", "--epochs", "5"],
}


@pytest.mark.parametrize("kind", sorted(CLI_KINDS))
def test_every_cli_kind_in_chinese_writes_no_english_outside_the_keep_list(zh_cli, tmp_path, kind):
    out = tmp_path / "figure.svg"
    flags = [flag.format(tmp=tmp_path) for flag in CLI_KINDS[kind]]
    assert main.main(["--lang", "zh_CN", "export", *flags, "--out", str(out)]) == 0
    texts = svg_texts(out)
    assert kind in ("activation", "expression") or any(HAN.search(t) for t in texts)  # those: f(x), names, formulas
    assert untranslated(texts) == []


def test_the_gallery_in_chinese_writes_no_english_outside_the_keep_list(zh_cli, tmp_path):
    out = tmp_path / "gallery"
    assert main.main(["--lang", "zh_CN", "gallery", "--out", str(out), "--format", "svg", "--activation", "gelu"]) == 0
    assert untranslated(svg_texts(out / "gelu.svg")) == []
    assert untranslated(html_texts(out / "index.html")) == []
    assert '<html lang="zh-CN">' in (out / "index.html").read_text(encoding="utf-8")  # a browser's Chinese fonts


#: the fields of figures.spec a reader sees (the others name CSV columns, colours and kinds: code)
SHOWN = {"title", "caption", "x_label", "y_label", "label", "text"}


def spec_texts(value: object) -> list[str]:
    """Every shown string of a FigureSpec (titles, axis labels, legends, captions, marks), walking its parts."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        found = []
        for f in dataclasses.fields(value):
            item = getattr(value, f.name)
            found += [item] if f.name in SHOWN and isinstance(item, str) else spec_texts(item)
        return found
    if isinstance(value, (list, tuple)):
        return [t for item in value for t in spec_texts(item)]
    return []


@pytest.mark.parametrize("tabs", [SESSION, VECTOR], ids=["every-tab", "vector"])
def test_the_session_figures_words_in_chinese_are_whole_before_drawing(english_figures, tmp_path, tabs):
    """The words as the builders join them (an SVG splits Latin and Chinese into separate text runs)."""
    from cli.session import session_figures
    from sessions import read_session

    figure_text.use_language("zh_CN")
    figures = session_figures(read_session(_session_file(tmp_path / "lesson.alab", tabs)))
    for key, figure in figures.items():
        texts = spec_texts(figure)
        assert any(HAN.search(t) for t in texts) or key == "explorer", key
        assert untranslated(texts) == [], key


def test_the_qt_free_catalogue_gives_qt_s_translation_of_every_message(qapp):
    translator = QTranslator()
    path = catalogue.catalogue_file("zh_CN")
    assert path is not None and translator.load(str(path))
    read = catalogue.read_qm(path.read_bytes())
    finished = [(c, s, t.text or "") for c, s, t in messages() if t.get("type") != "unfinished"]
    assert len(read) == len(finished)
    for context, source, translation in finished:
        assert read[context, source] == translation == translator.translate(context, source)


@pytest.mark.parametrize("kind", sorted(CLI_KINDS))
def test_every_cli_kind_s_words_in_chinese_are_whole_before_drawing(english_figures, monkeypatch, tmp_path, kind):
    """The figure each kind builds, caught on its way to the CSV (no Qt), with ``--lang zh_CN``."""
    import cli.export

    built = []
    monkeypatch.setattr(cli.export, "figure_csv_text", lambda figure: built.append(figure) or "x\n")
    flags = [flag.format(tmp=tmp_path) for flag in CLI_KINDS[kind]]
    assert main.main(["--lang", "zh_CN", "export", *flags, "--out", str(tmp_path / "figure.csv")]) == 0
    texts = spec_texts(built[0])
    assert kind in ("activation", "expression") or any(HAN.search(t) for t in texts)
    assert untranslated(texts) == []
