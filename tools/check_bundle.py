"""Check the built app: at most 600 MB on disk, and on Linux every library Qt's xcb plugin needs is bundled.

    .venv/bin/python tools/check_bundle.py            (make exe runs it after PyInstaller)

The size is the bundle folder's disk usage as ``du -sm`` counts it (blocks, not file lengths): over
``MAX_BUNDLE_MB`` the check fails and names the biggest folders, so a hooks update or a new dependency that
drags in hundreds of megabytes (torch's compiler stack, a test library) is caught by CI (issue 21 item 15).

PySide6 >= 6.5's ``libqxcb.so`` needs libxcb-cursor0, libxcb-icccm4 and friends. PyInstaller bundles what the
build machine has; where one is missing it only warns, and the built app then cannot open a window on a PC that
lacks it (the offscreen self-test never notices). This asks ``ldd`` what the bundled plugin needs, with the
bundle's library folder first on the search path as the frozen app's bootloader puts it, and fails, naming the
``apt-get install`` line, when a library is not found or was left out although PyInstaller bundles such
libraries (it deliberately leaves out the base system ones: libc, libxcb, libGL, ...). Elsewhere than Linux there
is nothing to check.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from PyInstaller.depend.dylib import include_library  # the rule PyInstaller bundles libraries by

ROOT = Path(__file__).resolve().parent.parent
BUNDLE = ROOT / "dist" / "ActivationLab" / "_internal"
#: The ceiling on the bundle folder's disk usage, in MiB as ``du -sm`` reports it.
MAX_BUNDLE_MB = 600
PLUGIN = Path("PySide6") / "Qt" / "plugins" / "platforms" / "libqxcb.so"
LDD_LINE = re.compile(r"^\s*(\S+)\s+=>\s+(not found|\S+)")


def debian_package(soname: str) -> str:
    """Debian's name for the package of a shared library (policy 8.1): name + SONAME version, with a hyphen
    between them when the name ends in a digit: libxcb-icccm.so.4 → libxcb-icccm4, libxkbcommon-x11.so.0 →
    libxkbcommon-x11-0."""
    name, _, version = soname.partition(".so.")
    name, version = name.lower(), version.split(".")[0]
    if not version:
        return name
    return f"{name}-{version}" if name[-1:].isdigit() else f"{name}{version}"


def dependencies(ldd_output: str) -> dict[str, str | None]:
    """soname → resolved path (None where ldd says "not found"), from ``ldd``'s output."""
    found: dict[str, str | None] = {}
    for line in ldd_output.splitlines():
        match = LDD_LINE.match(line)
        if match:
            found[match.group(1)] = None if match.group(2) == "not found" else match.group(2)
    return found


def problems(resolved: dict[str, str | None], bundle: Path, bundled_kind) -> list[str]:
    """Sonames the plugin needs that are neither in the bundle nor base libraries PyInstaller leaves out on purpose."""
    missing = []
    for soname, path in sorted(resolved.items()):
        # not resolved: PyInstaller's own symlinks inside the bundle count as bundled
        inside = path is not None and Path(os.path.abspath(path)).is_relative_to(os.path.abspath(bundle))
        if path is None or (not inside and bundled_kind(soname)):
            missing.append(soname)
    return missing


def disk_usage_mb(folder: Path) -> float:
    """What ``du -sm folder`` counts, in MiB: the blocks of every file and folder under it (links not followed;
    the file lengths where the system reports no blocks)."""
    total = 0
    for path in [folder, *folder.rglob("*")]:
        st = path.lstat()
        total += st.st_blocks * 512 if hasattr(st, "st_blocks") else st.st_size
    return total / 2**20


def size_problem(folder: Path, limit_mb: float | None = None) -> str | None:
    """None when ``folder`` uses at most ``limit_mb`` (default ``MAX_BUNDLE_MB``) MiB of disk; else what is too big,
    naming the biggest parts."""
    limit_mb = MAX_BUNDLE_MB if limit_mb is None else limit_mb
    used = disk_usage_mb(folder)
    if used <= limit_mb:
        return None
    parts = sorted(((disk_usage_mb(p) if p.is_dir() else p.lstat().st_size / 2**20), p) for p in _parts(folder))
    biggest = ", ".join(f"{p.relative_to(folder)} {mb:.0f}" for mb, p in reversed(parts[-6:]))
    return (
        f"bundle check: FAILED — {folder} uses {used:.0f} MB on disk, over the {limit_mb:.0f} MB ceiling "
        f"(biggest, MB: {biggest}). Exclude what the app never loads in pyinstaller.spec."
    )


def _parts(folder: Path) -> list[Path]:
    """The entries one level below the folder holding the bundle's libraries (``_internal`` where there is one)."""
    inner = folder / "_internal" if (folder / "_internal").is_dir() else folder
    big = [inner / "torch", inner / "PySide6"]
    return [p for p in inner.iterdir() if p not in big] + [q for b in big if b.is_dir() for q in b.iterdir()]


def main(argv: list[str] | None = None) -> int:
    bundle = Path(argv[0]) if argv else BUNDLE
    folder = bundle.parent if bundle.name == "_internal" else bundle
    if folder.is_dir():
        problem = size_problem(folder)
        if problem:
            print(problem, file=sys.stderr)
            return 1
        print(f"bundle check: {folder.name} uses {disk_usage_mb(folder):.0f} MB on disk (ceiling {MAX_BUNDLE_MB} MB)")
    if not sys.platform.startswith("linux"):
        print("bundle check: no xcb plugin to check on this system (Linux only)")
        return 0
    plugin = bundle / PLUGIN
    if not plugin.is_file():
        print(f"bundle check: {plugin} is missing; the app cannot open a window on Linux", file=sys.stderr)
        return 1
    env = dict(os.environ, LD_LIBRARY_PATH=os.pathsep.join(filter(None, [str(bundle), os.environ.get("LD_LIBRARY_PATH")])))
    ldd = subprocess.run(["ldd", str(plugin)], capture_output=True, text=True, env=env)
    resolved = dependencies(ldd.stdout)
    missing = problems(resolved, bundle, include_library)
    if missing:
        absent = [name for name in missing if resolved[name] is None]
        left_out = [name for name in missing if resolved[name] is not None]
        lines = ["bundle check: FAILED — the built app could not open a window on a PC without these libraries."]
        if absent:
            packages = " ".join(sorted({debian_package(name) for name in absent}))
            lines.append(f"The build machine lacks {', '.join(absent)}; install them and build again:")
            lines.append(f"    sudo apt-get install {packages}")
        if left_out:
            lines.append(f"Found here but left out of the bundle (see pyinstaller.spec's exclusions): {', '.join(left_out)}")
        print("\n".join(lines), file=sys.stderr)
        return 1
    print(f"bundle check: the xcb platform plugin finds all {len(resolved)} libraries it needs")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
