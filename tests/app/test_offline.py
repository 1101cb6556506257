"""The app works with no network and writes nothing outside its own places.

The self-test (open the window, exercise every tab, export a PNG and a CSV) runs in a
child process whose Python cannot open an internet socket or resolve a name: a
``sitecustomize`` makes those calls raise and records each attempt. It must pass,
and must not even have tried. The same run has a fresh home, temp and working
folder, to check where files land.
"""

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

NO_NETWORK = textwrap.dedent("""
    import os, socket

    _LOG = os.environ["NETWORK_ATTEMPTS_LOG"]
    _INTERNET = {socket.AF_INET, socket.AF_INET6}

    def _refuse(what):
        with open(_LOG, "a", encoding="utf-8") as fh:
            fh.write(what + "\\n")
        raise OSError("network disabled by the offline test: " + what)

    _connect, _connect_ex = socket.socket.connect, socket.socket.connect_ex

    def connect(self, address):
        if self.family in _INTERNET:
            _refuse(f"connect {address!r}")
        return _connect(self, address)

    def connect_ex(self, address):
        if self.family in _INTERNET:
            _refuse(f"connect_ex {address!r}")
        return _connect_ex(self, address)

    socket.socket.connect, socket.socket.connect_ex = connect, connect_ex
    socket.getaddrinfo = lambda *args, **kwargs: _refuse(f"getaddrinfo {args!r}")
    socket.gethostbyname = lambda *args: _refuse(f"gethostbyname {args!r}")
    socket.create_connection = lambda address, *args, **kwargs: _refuse(f"create_connection {address!r}")
""")


def _files(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file())


@pytest.mark.subprocess
def test_self_test_passes_offline_and_writes_only_its_log(tmp_path):
    site, home, temp, work = (tmp_path / name for name in ("site", "home", "temp", "work"))
    for folder in (site, home, temp, work):
        folder.mkdir()
    (site / "sitecustomize.py").write_text(NO_NETWORK, encoding="utf-8")
    attempts = tmp_path / "attempts.log"
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("XDG_", "PYTHON")) and key not in ("HOME", "TMPDIR", "TEMP", "TMP")
    }
    env.update(
        PYTHONPATH=str(site),
        NETWORK_ATTEMPTS_LOG=str(attempts),
        HOME=str(home),
        TMPDIR=str(temp),
        QT_QPA_PLATFORM="offscreen",
    )
    probe = subprocess.run(
        [sys.executable, "-c", "import socket; socket.getaddrinfo('example.org', 80)"],
        env=env,
        cwd=work,
        capture_output=True,
        text=True,
    )
    assert probe.returncode != 0 and "network disabled" in probe.stderr, "the socket guard is not active"
    attempts.unlink()

    run = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--self-test"], env=env, cwd=work, capture_output=True, text=True, timeout=240
    )

    assert run.returncode == 0, run.stdout + run.stderr
    assert "self-test: OK" in run.stdout
    assert "export a PNG and a CSV" in run.stdout
    assert not attempts.exists(), attempts.read_text()
    assert _files(work) == []  # nothing in the folder the app was started from
    assert _files(temp) == []  # the self-test's export folder is gone again
    written = _files(home)  # only the log, in the platform's per-user data folder
    assert [Path(p).name for p in written] == ["activation-lab.log"], written
