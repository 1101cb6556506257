"""Export speed: one figure in each format, and the full activation gallery.

    python -m bench.export [--quick]      (or python bench/export.py; offscreen; prints a table, writes JSON)

The figure is the 3-curve comparison (GELU and two leaky ReLUs, f/f'/f'', 1001 points).
Each single export is timed ``REPEAT`` times after one warm-up; the gallery once per format
(every activation in the registry, into a temporary folder), from a warm process.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPEAT = 10


def main(argv: list[str]) -> int:
    from bench._harness import Report, quick_mode, time_calls

    quick = quick_mode(argv)
    from gui.app import create_app

    create_app()
    import engine
    from engine.activations import ACTIVATIONS
    from figures.builders import activation_figure
    from figures.table import figure_csv_text
    from gui.export.formats import figure_png_bytes, figure_svg_text, figures_pdf_bytes
    from gui.export.gallery import write_gallery

    curves = [
        engine.evaluate(a, p, points=1001, dtype="float64", device="cpu")
        for a, p in (("gelu", {}), ("leaky_relu", {}), ("leaky_relu", {"negative_slope": 0.1}))
    ]
    spec = activation_figure(curves)
    jobs = {
        "PNG 960x950 (1x)": lambda: figure_png_bytes(spec),
        "PNG 1920x1900 (2x)": lambda: figure_png_bytes(spec, scale=2),
        "PNG print 1600x1000": lambda: figure_png_bytes(spec, width=1600, height=1000, style="print"),
        "SVG": lambda: figure_svg_text(spec),
        "PDF": lambda: figures_pdf_bytes([spec]),
        "CSV": lambda: figure_csv_text(spec),
    }
    report = Report("export", "Export: one 3-curve figure per format, and the activation gallery (offscreen)")
    for name, job in jobs.items():
        s = time_calls(job, warmup=1, min_repeat=3 if quick else REPEAT, max_repeat=3 if quick else REPEAT, budget_s=0)
        report.add(what=name, **s.ms())
    for fmt in ("png",) if quick else ("png", "svg", "pdf"):
        with tempfile.TemporaryDirectory() as folder:
            t0 = time.perf_counter()
            written = write_gallery(folder, fmt=fmt, style="print")
            seconds = time.perf_counter() - t0
        report.add(what=f"gallery {fmt} ({len(ACTIVATIONS)} activations, {len(written)} files)", median_ms=seconds * 1e3, count=1)
    for row in animation_rows(quick):
        report.add(**row)
        if not quick and row["what"].startswith("GIF sweep"):
            report.target("10-second 960x540 sweep GIF", row["bytes"] / 1024**2, 4.0, unit="MB")
    report.print(
        [
            ("what", "export", ""),
            ("median_ms", "median ms", ".0f"),
            ("p95_ms", "p95 ms", ".0f"),
            ("count", "n", "d"),
            ("bytes", "bytes", ",d"),
        ]
    )
    report.write()
    return report.exit_status()


def animation_rows(quick: bool) -> list[dict]:
    """Seconds and bytes of the two animations the issue names, written by ``main.py export`` in this process:
    a 10-second 960x540 sweep GIF (20 fps; the issue's target: at most 4 MB) and a 200-epoch training GIF (100
    frames); 2 s and 20 epochs with ``--quick``. Raises (the bench fails) when a file is missing or does not decode
    to its frames."""
    from PIL import Image

    import main

    seconds, epochs = (2, 20) if quick else (10, 200)
    frames = min(100, epochs + 1)
    jobs = {
        f"GIF sweep {seconds} s 960x540 20 fps ({seconds * 20} frames)": (
            ["--activation", "leaky_relu", "--sweep", "negative_slope=0:1", "--duration", str(seconds), "--fps", "20"]
            + ["--width", "960", "--height", "540"],
            seconds * 20,
        ),
        f"GIF training {epochs} epochs ({frames} frames)": (
            ["--train", "--dataset", "xor", "--epochs", str(epochs), "--frames", str(frames)],
            frames,
        ),
    }
    rows = []
    for what, (argv, count) in jobs.items():
        with tempfile.TemporaryDirectory() as folder:
            out = Path(folder) / "a.gif"
            t0 = time.perf_counter()
            status = main.main(["export", *argv, "--out", str(out)])
            elapsed = time.perf_counter() - t0
            if status != 0 or not out.is_file():
                raise RuntimeError(f"{what}: export exited {status} and wrote no file")
            with Image.open(out) as image:
                if image.n_frames != count:
                    raise RuntimeError(f"{what}: {image.n_frames} frames decoded, {count} written")
            rows.append({"what": what, "median_ms": elapsed * 1e3, "count": 1, "bytes": out.stat().st_size})
    return rows


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
