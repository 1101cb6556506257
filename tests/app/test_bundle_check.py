"""The build's check that the frozen app can open a window on Linux (tools/check_bundle.py)."""

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))
import check_bundle  # noqa: E402

# What `ldd libqxcb.so` prints on a build machine without libxcb-icccm4 (trimmed from a real run).
LDD_WITHOUT_ICCCM = """\
\tlinux-vdso.so.1 (0x00007ffd5a1f1000)
\tlibQt6XcbQpa.so.6 => /b/_internal/PySide6/Qt/plugins/platforms/../../lib/libQt6XcbQpa.so.6 (0x00007f)
\tlibxcb-icccm.so.4 => not found
\tlibxkbcommon-x11.so.0 => /lib/x86_64-linux-gnu/libxkbcommon-x11.so.0 (0x00007f)
\tlibxcb.so.1 => /lib/x86_64-linux-gnu/libxcb.so.1 (0x00007f)
\tlibc.so.6 => /lib/x86_64-linux-gnu/libc.so.6 (0x00007f)
"""


def test_library_names_become_the_debian_packages_that_ship_them():
    # the packages README/DEVELOPERS name for Qt's xcb plugin (Debian's own names)
    assert check_bundle.debian_package("libxcb-cursor.so.0") == "libxcb-cursor0"
    assert check_bundle.debian_package("libxcb-icccm.so.4") == "libxcb-icccm4"
    assert check_bundle.debian_package("libxcb-keysyms.so.1") == "libxcb-keysyms1"
    assert check_bundle.debian_package("libxkbcommon-x11.so.0") == "libxkbcommon-x11-0"
    assert check_bundle.debian_package("libdbus-1.so.3") == "libdbus-1-3"
    assert check_bundle.debian_package("libX11-xcb.so.1") == "libx11-xcb1"


def test_a_library_not_found_or_left_out_of_the_bundle_is_a_problem_and_base_libraries_are_not():
    resolved = check_bundle.dependencies(LDD_WITHOUT_ICCCM)
    assert resolved["libxcb-icccm.so.4"] is None
    assert "linux-vdso.so.1" not in resolved  # no "=>": the kernel's, nothing to bundle
    # PyInstaller's rule: libxcb and libc come from the user's system, libxkbcommon-x11 is bundled
    bundled_kind = lambda name: name.startswith(("libxkbcommon", "libxcb-icccm", "libQt6"))
    assert check_bundle.problems(resolved, Path("/b/_internal"), bundled_kind) == [
        "libxcb-icccm.so.4",
        "libxkbcommon-x11.so.0",
    ]


def test_the_check_fails_naming_the_apt_line_when_the_plugin_is_missing(tmp_path, capsys):
    if not sys.platform.startswith("linux"):
        assert check_bundle.main([str(tmp_path)]) == 0
        return
    assert check_bundle.main([str(tmp_path)]) == 1
    assert "libqxcb.so is missing" in capsys.readouterr().err


def _bundle(tmp_path: Path) -> Path:
    """A bundle folder as PyInstaller lays it out, holding 3 MiB of torch and 1 MiB of Qt (real bytes, not sparse)."""
    folder = tmp_path / "ActivationLab"
    (folder / "_internal" / "torch" / "_inductor").mkdir(parents=True)
    (folder / "_internal" / "PySide6").mkdir()
    (folder / "_internal" / "torch" / "_inductor" / "ir.py").write_bytes(b"x" * 3 * 2**20)
    (folder / "_internal" / "PySide6" / "QtCore.so").write_bytes(b"q" * 2**20)
    return folder


def test_the_bundle_size_is_what_du_counts_and_over_the_ceiling_names_the_biggest_parts(tmp_path):
    folder = _bundle(tmp_path)
    assert 4.0 <= check_bundle.disk_usage_mb(folder) < 4.1  # 4 MiB of data plus a few folder blocks
    assert check_bundle.size_problem(folder, limit_mb=5) is None
    problem = check_bundle.size_problem(folder, limit_mb=3)
    assert problem is not None and "uses 4 MB" in problem and "over the 3 MB ceiling" in problem
    assert problem.index("torch/_inductor 3") < problem.index("PySide6/QtCore.so 1")  # biggest first


def test_the_check_fails_a_bundle_over_the_ceiling(tmp_path, capsys, monkeypatch):
    folder = _bundle(tmp_path)
    monkeypatch.setattr(check_bundle, "MAX_BUNDLE_MB", 2)
    assert check_bundle.main([str(folder / "_internal")]) == 1
    assert "over the 2 MB ceiling" in capsys.readouterr().err
