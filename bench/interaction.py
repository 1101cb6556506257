"""Interaction latency in the real explorer tab (offscreen), against the matplotlib baseline.

For each scene (1, 4, 8 overlaid activations x f, f', f'' x 2,001 and 20,001 points) the
first activation's parameter is moved through a back-and-forth sweep with
``ExplorerTab.set_param`` -- the call the slider's (throttled) signal ends in. One sample
is the time from that call until the tab has said ``plotted`` and every visible plot has
received its paint event and the event loop has returned from it, i.e. the pixels are in
the window's backing store: Qt's own update path, nothing forced, nothing drawn twice.
(Without a paint within 2 s the sample forces ``viewport().repaint()`` and is counted as
forced.) The same scene drawn the matplotlib way (:mod:`bench.mpl_baseline`) at the
same pixel size gives the ratio per scene.

    python -m bench.interaction [--quick] [--no-mpl] [--what-if downsample,thin]

``--what-if`` measures a proposed fix before it is made: ``downsample`` turns on pyqtgraph's
peak downsampling to the pixel width and clip-to-view on every curve item, ``thin`` draws
the curves with 1-px cosmetic pens. Results go to ``bench/results/interaction-what-if.json``.
"""

from __future__ import annotations

import gc
import importlib
import os
import sys
import time

import pyqtgraph as pg

from bench._harness import Report, quick_mode, rss_mb, summarize
from bench._qt import PaintWatch, application, drain, plot_viewports, process_until
from bench.scenes import CHANGED_PARAM, SCENES, SWEEP_POINTS, Scene, slope_values

API = ("add_curve", "set_param", "clear_curves", "set_points", "set_show_second", "curve_items", "plotted")
WARMUP = 20
TAB = os.environ.get("BENCH_EXPLORER", "gui.explorer.tab:ExplorerTab")  # module:class, for testing the benchmark


def load_tab_class():
    """The explorer class, or the reason it cannot be benchmarked yet."""
    module, _, name = TAB.partition(":")
    try:
        cls = getattr(importlib.import_module(module), name)
    except Exception as exc:  # noqa: BLE001 - the tab may not exist yet on this branch
        return None, f"cannot import {TAB}: {type(exc).__name__}: {exc}"
    missing = [a for a in API if not hasattr(cls, a)]
    if missing:
        return None, f"{TAB} lacks the benchmark API ({', '.join(missing)}); issue 3's explorer is not on this branch yet"
    return cls, None


WHAT_IF = ("downsample", "thin")


class Driver:
    """Moves a parameter in the tab and waits for the repainted pixels."""

    def __init__(self, tab_class, what_if: tuple[str, ...] = ()):
        application()
        self.what_if = what_if
        self.tab = tab_class()
        self.tab.resize(1280, 800)
        self.tab.show()
        self.plotted = 0
        self.watch = PaintWatch()
        self.forced = 0
        self.tab.plotted.connect(self._count)
        drain()

    def _count(self, *args) -> None:
        self.plotted += 1

    def plot_size(self) -> tuple[int, int]:
        """Width and total height of the visible plot areas, for a same-size matplotlib figure."""
        ports = plot_viewports(self.tab)
        return (max(p.width() for p in ports), sum(p.height() for p in ports)) if ports else (1000, 720)

    def setup(self, scene: Scene) -> int:
        self.tab.clear_curves()
        self.tab.set_points(scene.points)
        self.tab.set_show_second(True)
        indices = [self.tab.add_curve(a) for a in scene.activations]
        for item in (i for row in self.tab.curve_items() for i in row):
            if "downsample" in self.what_if:
                item.setDownsampling(auto=True, method="peak")
                item.setClipToView(True)
            if "thin" in self.what_if:
                item.setPen(pg.mkPen(item.opts["pen"].color(), width=1))
        drain()
        self.watch.watch(plot_viewports(self.tab))
        return indices[0]

    def change(self, index: int, value: float) -> tuple[float, float]:
        """One timed change: seconds until every visible plot has painted, and until the
        event loop is idle again (follow-up paints, e.g. axes after an auto-range, included)."""
        before = self.plotted
        self.watch.reset()
        t0 = time.perf_counter()
        self.tab.set_param(index, CHANGED_PARAM, float(value))
        try:
            process_until(lambda: self.plotted > before and self.watch.all_painted(), 2.0, "plotted and repainted")
        except TimeoutError:
            if self.plotted <= before:
                raise TimeoutError("the tab never emitted plotted after set_param") from None
            for port in set(self.watch.ports) - self.watch.painted:
                port.repaint()
            self.forced += 1
        elapsed = time.perf_counter() - t0
        drain()
        return elapsed, time.perf_counter() - t0

    def run(self, scene: Scene, changes: int, budget_s: float | None = None, warmup: int = WARMUP):
        """``changes`` timed changes after the warm-up (fewer, but at least 30, once ``budget_s`` is spent)."""
        index = self.setup(scene)
        values = slope_values(changes + warmup)
        for v in values[:warmup]:
            self.change(index, v)
        gc.collect()
        samples, start, last = [], time.perf_counter(), values[WARMUP]
        for last in values[warmup:]:
            samples.append(self.change(index, last))
            if budget_s is not None and len(samples) >= 30 and time.perf_counter() - start > budget_s:
                break
        self._check(last, scene.points)
        return summarize([a for a, _ in samples]), summarize([b for _, b in samples])

    def _check(self, slope: float, points: int) -> None:
        """The benchmark must measure real work: the moved curve's plotted f has the last slope and all the points."""
        items = self.tab.curve_items()
        first = items[0]
        while isinstance(first, (list, tuple)):
            first = first[0]
        if isinstance(first, dict):
            first = next(iter(first.values()))
        x, y = first.getOriginalDataset() if hasattr(first, "getOriginalDataset") else first.getData()
        if x is None or abs(y[0] - slope * x[0]) > 1e-3 * max(1.0, abs(x[0])):
            raise AssertionError(f"the plotted curve does not show negative_slope={slope}")
        if len(x) != points:
            raise AssertionError(f"the tab plotted {len(x):,} points, not {points:,} (did it refuse set_points?)")


def main(argv=None) -> int:
    args = sys.argv[1:] if argv is None else list(argv)
    quick = quick_mode(args)
    changes = 30 if quick else 200
    mpl_changes = 10 if quick else 40
    what_if = tuple(args[args.index("--what-if") + 1].split(",")) if "--what-if" in args else ()
    if set(what_if) - set(WHAT_IF):
        raise SystemExit(f"--what-if takes a comma-separated subset of {', '.join(WHAT_IF)}")
    with_mpl = "--no-mpl" not in args and not what_if
    name = "interaction-what-if" if what_if else "interaction"
    report = Report(
        name,
        "Interaction latency: set_param -> plotted -> repainted (offscreen)"
        + (f", what if: {', '.join(what_if)}" if what_if else ""),
    )
    tab_class, why = load_tab_class()
    if tab_class is None:
        report.fail(why)
        report.print([])
        report.write()
        return report.exit_status()
    rss_start = rss_mb()
    driver = Driver(tab_class, what_if)
    size = driver.plot_size()
    if with_mpl:
        if "matplotlib" in sys.modules:
            raise AssertionError("the app imported matplotlib; it is a benchmark-only dependency")
        from bench.mpl_baseline import measure as mpl_measure
    report.notes.append("idle = until the event loop is idle again after the change (follow-up paints included)")
    report.notes.append(
        f"{changes} changes per scene after {WARMUP} warm-up; matplotlib {mpl_changes} changes "
        f"at the same plot size {size[0]}x{size[1]} px; Qt platform {os.environ['QT_QPA_PLATFORM']}"
    )
    # The named scenes get all their changes; the extra points of the latency-vs-points sweep a time budget.
    scenes = list(SCENES) + ([] if quick else [Scene(4, p) for p in SWEEP_POINTS if p not in (2001, 20001)])
    for scene in scenes:
        named = scene in SCENES
        try:
            s, settled = driver.run(scene, changes, budget_s=None if named else 15, warmup=WARMUP if named else 5)
        except AssertionError as exc:
            report.fail(f"{scene.label}: {exc}")
            continue
        row = report.add(
            scene=scene.label,
            curves=scene.curves,
            points=scene.points,
            forced=driver.forced,
            settled_median_ms=settled.median * 1e3,
            settled_p95_ms=settled.p95 * 1e3,
            **s.ms(),
        )
        driver.forced = 0
        if with_mpl:
            m = mpl_measure(scene, mpl_changes, size_px=size, budget_s=4 if quick else 12)
            row.update(
                mpl_median_ms=m.median * 1e3,
                mpl_p95_ms=m.p95 * 1e3,
                mpl_count=m.count,
                ratio_median=m.median / s.median,
                ratio_p95=m.p95 / s.p95,
            )
        print(
            f"  {scene.label:>18s}: median {s.median * 1e3:6.2f} ms  p95 {s.p95 * 1e3:6.2f} ms"
            + (f"   matplotlib median {row['mpl_median_ms']:6.1f} ms  x{row['ratio_median']:.0f}" if with_mpl else ""),
            flush=True,
        )
    rss_end = rss_mb()
    report.extra["rss_mb"] = {"before_tab": rss_start, "after_interaction": rss_end}
    report.notes.append(f"RSS: {rss_start:.0f} MiB before the tab was built, {rss_end:.0f} MiB after all scenes")
    by_label = {r["scene"]: r for r in report.rows}
    key = by_label.get(Scene(4, 2001).label, {})
    report.target("4 x 3 x 2,001: p95 latency", key.get("p95_ms"), 8)
    if with_mpl:
        report.target("4 x 3 x 2,001: matplotlib / ours (median)", key.get("ratio_median"), 10, unit="x", higher_is_better=True)
    report.target("8 x 3 x 20,001: p95 latency", by_label.get(Scene(8, 20001).label, {}).get("p95_ms"), 33)
    report.print(
        [
            ("scene", "scene", ""),
            ("median_ms", "median ms", ".2f"),
            ("p95_ms", "p95 ms", ".2f"),
            ("count", "n", "d"),
            ("settled_median_ms", "idle med", ".2f"),
            ("mpl_median_ms", "mpl median", ".1f"),
            ("mpl_p95_ms", "mpl p95", ".1f"),
            ("mpl_count", "mpl n", "d"),
            ("ratio_median", "mpl/ours med", ".1f"),
            ("ratio_p95", "mpl/ours p95", ".1f"),
        ]
    )
    report.write()
    return report.exit_status()


if __name__ == "__main__":
    sys.exit(main())
