"""File > Export animation… on the explorer: the frames are the tab's own figure along the slider; cancel writes nothing."""

import numpy as np
import pytest
from PIL import Image, ImageSequence

from gui.explorer.tab import ExplorerTab
from gui.export.animation_dialog import AnimationDialog
from gui.export.formats import figure_image


@pytest.fixture
def tab(qtbot):
    widget = ExplorerTab()
    qtbot.addWidget(widget)
    widget.clear_curves()
    widget.add_curve("leaky_relu")
    return widget


def rgb(image) -> np.ndarray:
    return np.asarray(image.convert("RGB"), dtype=np.int16)


def qimage_rgb(qimage) -> np.ndarray:
    from gui.export.animation import pil_image

    return rgb(pil_image(qimage))


def test_the_animation_sweeps_the_slider_and_ends_on_the_tabs_stills(tab, tmp_path):
    editor = tab.param_panel.editors["negative_slope"]
    editor.slider.setValue(0.3)
    tab.flush()
    dialog = AnimationDialog(tab)
    assert dialog.param_box.currentText() == "negative_slope"
    assert (dialog.start_box.value(), dialog.end_box.value()) == (0.0, 1.0)
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("webp"))
    dialog.fps_box.setValue(10)
    dialog.seconds_box.setValue(0.5)  # 5 frames
    dialog.loop_box.setCurrentIndex(1)  # once
    path = dialog.write(tmp_path / "slope.webp")
    assert path == tmp_path / "slope.webp"
    image = Image.open(path)
    frames = [rgb(f) for f in ImageSequence.Iterator(image)]
    assert len(frames) == 5 and image.info["loop"] == 1
    assert len({f.tobytes() for f in frames}) == 5  # every frame a different slope
    assert editor.value() == pytest.approx(0.3)  # the slider is back where it was
    for value, frame in ((0.0, frames[0]), (1.0, frames[-1])):
        editor.slider.setValue(value)
        tab.flush()
        spec = tab.figure_spec()
        f = spec.panels[0].series[0]
        assert np.interp(-1.0, f.x, f.y) == pytest.approx(-value)  # the figure is the curve at that slope
        assert np.array_equal(frame, qimage_rgb(figure_image(spec)))


def test_cancel_leaves_no_file(tab, tmp_path):
    dialog = AnimationDialog(tab)
    dialog.seconds_box.setValue(1)
    assert dialog.write(tmp_path / "slope.gif", cancelled=lambda: True) is None
    assert list(tmp_path.iterdir()) == []
