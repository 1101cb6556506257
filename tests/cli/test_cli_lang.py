"""``--lang`` without Qt: the command line reads the app's compiled catalogue itself (:mod:`figures.catalogue`),
so a CSV export follows ``--lang`` (else the system's language) like an image does, and its column names, code
of a documented dialect, stay the same in every language."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import main
from figures import catalogue
from figures import text as figure_text
from sessions import FORMAT

TABS = {
    "explorer": {"curves": [{"activation": "elu"}, {"activation": "gelu"}], "points": 101},
    "initialization": {"init": "uniform", "shape": [30, 20], "bins": 10},
    "depth": {"activation": "tanh", "init": "xavier_normal", "layers": 3, "width": 8, "batch": 8},
    "training": {"dataset": "xor", "hidden": [3]},
}


@pytest.fixture
def english():
    yield
    figure_text.use_language("en")


def _headers(tmp_path: Path, language: str) -> dict[str, str]:
    session = tmp_path / "lesson.alab"
    session.write_text(json.dumps({"format": FORMAT, "version": 1, "tabs": TABS}), encoding="utf-8")
    out = tmp_path / language
    assert main.main(["--lang", language, "export", "--session", str(session), "--out", str(out), "--format", "csv"]) == 0
    return {p.stem: p.read_text(encoding="utf-8").splitlines()[0] for p in sorted(out.glob("*.csv"))}


def test_a_csv_export_with_lang_zh_cn_puts_the_figures_words_in_chinese_without_qt(english, tmp_path):
    out = tmp_path / "run.csv"
    assert main.main(["--lang", "zh_CN", "export", "--train", "--epochs", "2", "--out", str(out)]) == 0
    assert figure_text.figure_tr("Decision map") == "决策区域图"
    assert figure_text.figure_tr("class {0} ({1})") == "类别 {0}（{1}）"
    assert main.main(["--lang", "en", "export", "--train", "--epochs", "2", "--out", str(out)]) == 0
    assert figure_text.figure_tr("Decision map") == "Decision map"


def test_the_csv_columns_of_every_tab_are_the_same_in_chinese_and_english(english, tmp_path):
    english_headers = _headers(tmp_path, "en")
    assert sorted(english_headers) == sorted(TABS)
    assert english_headers["depth"] == "layer,act_mean,act_std,grad_act_std,grad_weight_std"  # README's dialect
    assert _headers(tmp_path, "zh_CN") == english_headers


@pytest.mark.parametrize(
    ("environment", "expected"),
    [
        ({"LANG": "zh_CN.UTF-8"}, ["zh_CN"]),
        ({"LC_ALL": "zh_CN.GB18030", "LANG": "en_US.UTF-8"}, ["zh_CN"]),
        ({"LC_MESSAGES": "de_DE@euro", "LANG": "zh_CN"}, ["de_DE"]),
        ({"LANGUAGE": "de:zh_CN", "LANG": "en_US.UTF-8"}, ["de", "zh_CN"]),
        ({"LANG": "C.UTF-8"}, []),
        ({}, []),
    ],
)
def test_the_system_languages_are_read_as_qt_reads_them(monkeypatch, environment, expected):
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    monkeypatch.setattr(catalogue.sys, "platform", "linux")
    assert catalogue.system_languages() == expected


def test_the_system_s_first_language_with_a_catalogue_is_used(monkeypatch, tmp_path):
    (tmp_path / "activation_lab_zh_CN.qm").write_bytes(catalogue.MAGIC)
    monkeypatch.setenv("LANGUAGE", "de:zh_CN:en")
    assert catalogue.load(None, tmp_path) == {}  # the file holds no message, but it was read (not refused)
    monkeypatch.setattr(catalogue, "read_qm", lambda data: {("figures", "loss"): "损失"})
    assert catalogue.load(None, tmp_path) == {("figures", "loss"): "损失"}
    assert catalogue.load("en", tmp_path) == {}


def test_a_language_finds_its_catalogue_as_qt_falls_back_and_english_has_none(tmp_path):
    for name in ("activation_lab_zh_CN.qm", "activation_lab_pt.qm"):
        (tmp_path / name).write_bytes(catalogue.MAGIC)
    assert catalogue.catalogue_file("zh_CN", tmp_path) == tmp_path / "activation_lab_zh_CN.qm"
    assert catalogue.catalogue_file("zh", tmp_path) == tmp_path / "activation_lab_zh_CN.qm"
    assert catalogue.catalogue_file("pt_BR", tmp_path) == tmp_path / "activation_lab_pt.qm"
    assert catalogue.catalogue_file("en", tmp_path) is None
    assert catalogue.catalogue_file(None, tmp_path) is None
    assert catalogue.load("en", tmp_path) == {}


def test_a_file_that_is_not_a_qm_is_refused():
    with pytest.raises(ValueError, match=r"not a Qt \.qm"):
        catalogue.read_qm(b"<TS version='2.1'></TS>")
