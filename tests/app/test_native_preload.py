"""Start-up loads torch's big library before importing torch, with the GIL released; where it cannot, the import
goes on as usual and a log line says why."""

import logging
import subprocess
import sys
from pathlib import Path

import pytest

from gui import native_preload

ROOT = Path(__file__).resolve().parents[2]

linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the preload is for Linux's dlopen")


@linux_only
def test_torch_library_is_loaded_before_torch_is_imported_and_torch_then_works():
    script = (
        "import sys\n"
        "from gui.native_preload import preload\n"
        "assert preload('torch') is True\n"
        "assert 'torch' not in sys.modules\n"
        "maps = open('/proc/self/maps').read()\n"
        "assert 'libtorch_cpu.so' in maps, 'not mapped'\n"
        "import torch\n"
        "print(torch.arange(4).sum().item())\n"
    )
    done = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "6"


@linux_only
def test_a_missing_library_is_logged_and_not_fatal(tmp_path, monkeypatch, caplog):
    monkeypatch.setattr(native_preload, "package_folder", lambda name: tmp_path)
    with caplog.at_level(logging.INFO, logger="activation_lab.startup"):
        assert native_preload.preload("torch") is False
    assert "libtorch_cpu.so not found" in caplog.text


@linux_only
def test_a_file_that_is_no_library_is_logged_with_the_loader_reason(tmp_path, monkeypatch, caplog):
    (tmp_path / "lib").mkdir()
    (tmp_path / "lib" / "libtorch_cpu.so").write_text("not an ELF file", encoding="utf-8")
    monkeypatch.setattr(native_preload, "package_folder", lambda name: tmp_path)
    with caplog.at_level(logging.INFO, logger="activation_lab.startup"):
        assert native_preload.preload("torch") is False
    assert "not preloaded" in caplog.text and "imported as usual" in caplog.text
    assert "header" in caplog.text or "ELF" in caplog.text or "short" in caplog.text  # the loader's own reason


def test_a_package_without_libraries_to_preload_is_left_to_its_import():
    assert native_preload.preload("json") is False
