"""The activation gallery: one figure per activation, an index page that shows them all."""

from __future__ import annotations

import os
import re
import xml.etree.ElementTree as ET
from html.parser import HTMLParser

import numpy as np
import pytest
from PySide6.QtGui import QImage

import engine
from engine.activations import ACTIVATIONS
from engine.errors import EngineError
from gui.export.gallery import EXAMPLE_VECTOR, HANDOUT_NAME, INDEX_NAME, gallery_figure, write_gallery


@pytest.fixture(autouse=True)
def _app(qapp):
    return qapp


class Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.refs: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        for key in ("src", "href", "data"):
            if a.get(key):
                self.refs.append(a[key])

    def handle_data(self, data):
        self.text.append(data)


def parse_index(path) -> Links:
    parser = Links()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser


def test_png_gallery_has_a_figure_per_activation_and_an_index_showing_each(tmp_path):
    ids = ["relu", "gelu", "softmax", "glu"]
    written = write_gallery(tmp_path / "g", ids, fmt="png", style="print")
    assert [p.name for p in written] == [f"{i}.png" for i in ids] + [INDEX_NAME]
    for path in written[:-1]:
        image = QImage(str(path))
        assert not image.isNull() and image.width() > 500
        assert image.pixelColor(0, 0).name() == "#ffffff"  # print style
    index = parse_index(written[-1])
    for i in ids:
        assert f"{i}.png" in index.refs
    text = " ".join(index.text)
    for i in ids:
        act = engine.get_activation(i)
        assert act.name in text
    assert "max(0, " in text  # ReLU's formula, from the registry's rich form


def test_default_gallery_covers_the_whole_registry(tmp_path):
    written = write_gallery(tmp_path, fmt="svg")
    names = {p.name for p in written}
    assert names == {f"{i}.svg" for i in ACTIVATIONS} | {INDEX_NAME}
    for i in ACTIVATIONS:
        ET.parse(tmp_path / f"{i}.svg")  # each one is a well-formed SVG
    refs = parse_index(tmp_path / INDEX_NAME).refs
    assert all(f"{i}.svg" in refs for i in ACTIVATIONS)


def test_pdf_gallery_adds_one_multi_page_handout(tmp_path):
    ids = ["tanh", "softplus", "log_softmax"]
    written = write_gallery(tmp_path, ids, fmt="pdf")
    assert [p.name for p in written] == [f"{i}.pdf" for i in ids] + [HANDOUT_NAME, INDEX_NAME]
    handout = (tmp_path / HANDOUT_NAME).read_bytes()
    assert handout.startswith(b"%PDF") and len(re.findall(rb"/Type\s*/Page(?!s)", handout)) == 3
    refs = parse_index(tmp_path / INDEX_NAME).refs
    assert HANDOUT_NAME in refs and all(f"{i}.pdf" in refs for i in ids)


def test_elementwise_figure_shows_f_and_its_derivative():
    spec = gallery_figure("sigmoid")
    assert [p.title for p in spec.panels] == ["f(x)", "f′(x)"]
    x, f = spec.panels[0].series[0].x, spec.panels[0].series[0].y
    np.testing.assert_allclose(f, 1 / (1 + np.exp(-x)), rtol=1e-12)
    np.testing.assert_allclose(spec.panels[1].series[0].y, f * (1 - f), rtol=1e-9, atol=1e-15)
    assert spec.caption == engine.get_activation("sigmoid").formula


def test_softmax_figure_shows_output_bars_and_its_jacobian():
    spec = gallery_figure("softmax")
    x = np.array(EXAMPLE_VECTOR)
    p = np.exp(x - x.max()) / np.exp(x - x.max()).sum()
    bars = {s.label: s for panel in spec.panels for s in panel.series}
    np.testing.assert_allclose(bars["Softmax(x)"].y, p, rtol=1e-12)
    np.testing.assert_allclose(bars["input x"].y, x, rtol=1e-12)
    jacobian = np.diag(p) - np.outer(p, p)
    image = next(panel.image for panel in spec.panels if panel.image is not None)
    np.testing.assert_allclose(image.values, jacobian, atol=1e-12)
    biggest = np.abs(jacobian).max()
    assert image.origin == "upper" and image.levels == pytest.approx((-biggest, biggest))  # as the explorer shows it


def test_bad_format_or_unknown_activation_writes_nothing(tmp_path):
    with pytest.raises(EngineError, match="format"):
        write_gallery(tmp_path, ["relu"], fmt="gif")
    with pytest.raises(EngineError, match="unknown activation"):
        write_gallery(tmp_path, ["relu", "nope"])
    assert os.listdir(tmp_path) == []


def test_a_folder_under_a_file_is_refused_and_nothing_is_made(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    with pytest.raises(EngineError, match="does not exist"):
        write_gallery(blocker / "gallery", ["relu"])
    assert blocker.read_text() == "not a folder"


def test_the_named_folder_is_created_but_never_the_folders_above_it(tmp_path):
    written = write_gallery(tmp_path / "handout", ["relu"])
    assert (tmp_path / "handout" / INDEX_NAME) in written
    with pytest.raises(EngineError, match="does not exist"):
        write_gallery(tmp_path / "missing" / "handout", ["relu"])
    assert not (tmp_path / "missing").exists()


def test_stopping_early_writes_nothing_and_keeps_the_folder_as_it_was(tmp_path):
    (tmp_path / "relu.png").write_text("an older figure")
    seen = []

    def progress(done, total, activation_id):
        seen.append(activation_id)
        return done < 1

    written = write_gallery(tmp_path, ["relu", "tanh", "elu"], progress=progress)
    assert written == [] and seen == ["relu", "tanh"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["relu.png"]
    assert (tmp_path / "relu.png").read_text() == "an older figure"
