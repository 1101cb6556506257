"""Resources are found from any working folder, and the app icon files are valid for each platform."""

import struct
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtGui import QImage

ROOT = Path(__file__).resolve().parents[2]
ICONS = ROOT / "resources" / "icons"
sys.path.insert(0, str(ROOT / "tools"))
import make_icons  # noqa: E402


@pytest.mark.subprocess
def test_resources_are_found_from_another_working_folder(tmp_path):
    code = "from gui.common.paths import resource; print(resource('icons', 'activation-lab.png'))"
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=tmp_path, env={"PYTHONPATH": str(ROOT)}, capture_output=True, text=True, check=True
    )
    found = Path(out.stdout.strip())
    assert found.is_absolute() and found.is_file()
    assert found.samefile(ICONS / "activation-lab.png")


def test_main_window_shows_the_app_icon(qtbot):
    from gui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    assert not window.windowIcon().isNull()


def _png(data: bytes) -> QImage:
    image = QImage.fromData(data, "PNG")
    assert not image.isNull()
    return image


def test_ico_holds_each_windows_size_as_a_png():
    data = (ICONS / "activation-lab.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind) == (0, 1)
    sizes = []
    for i in range(count):
        width, height, _, _, _planes, _bits, length, offset = struct.unpack_from("<BBBBHHII", data, 6 + 16 * i)
        image = _png(data[offset : offset + length])
        assert image.width() == (width or 256) and image.height() == (height or 256)
        sizes.append(image.width())
    assert set(sizes) >= {16, 32, 48, 256}


ICNS_SIZES = {
    b"icp4": 16,
    b"icp5": 32,
    b"ic07": 128,
    b"ic08": 256,
    b"ic09": 512,
    b"ic10": 1024,
    b"ic11": 32,
    b"ic12": 64,
    b"ic13": 256,
    b"ic14": 512,
}


def test_icns_elements_are_pngs_of_apples_sizes():
    data = (ICONS / "activation-lab.icns").read_bytes()
    assert data[:4] == b"icns" and struct.unpack_from(">I", data, 4)[0] == len(data)
    offset, seen = 8, set()
    while offset < len(data):
        kind, length = data[offset : offset + 4], struct.unpack_from(">I", data, offset + 4)[0]
        image = _png(data[offset + 8 : offset + length])
        assert image.width() == image.height() == ICNS_SIZES[kind], kind
        seen.add(kind)
        offset += length
    assert offset == len(data)
    assert {b"ic07", b"ic08", b"ic09", b"ic10"} <= seen


@pytest.mark.usefixtures("qapp")
def test_committed_png_is_what_the_icon_script_draws():
    committed = QImage(str(ICONS / "activation-lab.png")).convertToFormat(QImage.Format.Format_ARGB32)
    drawn = make_icons.draw(make_icons.PNG_SIZE).convertToFormat(QImage.Format.Format_ARGB32)
    assert (committed.width(), committed.height()) == (drawn.width(), drawn.height())
    # Qt's rasteriser rounds antialiased edges differently on other CPUs (measured: 38 channel values off by 1);
    # a changed drawing moves whole shapes, hundreds of values by far more.
    difference = np.abs(_pixels(committed) - _pixels(drawn))
    assert difference.max() <= 2 and (difference > 0).sum() < 500, "run tools/make_icons.py and commit resources/icons/"


def _pixels(image: QImage) -> np.ndarray:
    return np.frombuffer(image.constBits(), np.uint8, image.sizeInBytes()).reshape(image.height(), -1).astype(int)
