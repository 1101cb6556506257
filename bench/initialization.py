"""Initialisation: sample + histogram + draw for 1e5, 1e6 and 1e7 weights (Kaiming normal).

Two views of the same work. The engine stages alone (``engine.initializers.sample`` and
``histogram``, torch and numpy only, so this part runs on the GPU machine too), and the
whole path in the real initialisation tab (offscreen): ``InitTab.request()`` -> the
background worker samples and bins -> the result reaches the GUI thread -> the histogram
plot has painted; meanwhile the GUI thread sleeps in Qt's event loop as the app's does
(:func:`bench._qt.wait_until`). The tab part fails (a FAIL row, exit 1) where Qt or the tab is missing.

    python -m bench.initialization [--quick] [--no-qt] [--what-if grid]

``--what-if grid`` measures a proposed fix first: the histogram plot's translucent grid
replaced by the explorer's opaque major-tick grid (``gui.explorer.plots.style_axes``); results go to
``bench/results/initialization-what-if.json``.
"""

from __future__ import annotations

import sys
import time

from bench._harness import Report, quick_mode, summarize, time_calls

INIT = "kaiming_normal"
COLUMNS = 1000  # weights of shape (N / 1000, 1000): fan_in 1000
BINS = 100


def engine_stages(report: Report, sizes, quick: bool) -> None:
    from engine.initializers import histogram, sample

    for n in sizes:
        shape = (n // COLUMNS, COLUMNS)
        drawn = [None]  # keep only the last sample, as the tab does (holding all would add page faults)
        s = time_calls(
            lambda shape=shape, drawn=drawn: drawn.__setitem__(0, None) or drawn.__setitem__(0, sample(INIT, shape)),
            warmup=1,
            min_repeat=3 if quick else 5,
            max_repeat=20,
            budget_s=1 if quick else 3,
        )
        last = drawn[0]
        h = time_calls(
            lambda last=last: histogram(last, BINS),
            warmup=1,
            min_repeat=3 if quick else 5,
            max_repeat=20,
            budget_s=1 if quick else 2,
        )
        report.add(weights=n, stage=f"engine: sample ({last.device}, {last.dtype})", **s.ms())
        report.add(weights=n, stage=f"engine: histogram ({BINS} bins)", **h.ms())
        print(f"  {n:>12,d} weights: sample {s.median * 1e3:8.1f} ms  histogram {h.median * 1e3:8.1f} ms", flush=True)


def tab_path(report: Report, sizes, quick: bool, what_if: bool = False) -> dict:
    """Median seconds per size of request() -> painted histogram in the real tab."""
    try:
        from PySide6.QtCore import QSignalBlocker

        from bench._qt import PaintWatch, application, drain, plot_viewports, wait_until
        from gui.initialization.tab import InitTab
    except ImportError as exc:
        report.fail(f"the tab part: {exc} (needs PySide6 and issue 4's gui/initialization/tab.py)")
        return {}
    application()
    tab = InitTab()
    if what_if:
        from gui.explorer.plots import style_axes

        item = tab.plot.getPlotItem()
        item.showGrid(x=False, y=False)
        style_axes(item)
    tab.resize(1280, 800)
    tab.show()
    tab.select_init(INIT)
    tab.worker.wait_idle()
    drain()
    watch = PaintWatch()
    watch.watch([p for p in plot_viewports(tab) if p.parent() is tab.plot])
    results = {}
    done = []
    tab.worker.done.connect(lambda *_: done.append(time.perf_counter()))
    for n in sizes:
        with QSignalBlocker(tab.out_spin), QSignalBlocker(tab.in_spin):
            tab.out_spin.setValue(n // COLUMNS)
            tab.in_spin.setValue(COLUMNS)
        samples, to_gui = [], []
        for i in range(1 + (3 if quick else 7)):  # the first is a warm-up
            with QSignalBlocker(tab.seed_spin):
                tab.seed_spin.setValue(100 + i)
            before = len(done)
            watch.reset()
            t0 = time.perf_counter()
            tab.request()
            wait_until(lambda before=before: len(done) > before and watch.all_painted(), 120, "the histogram")
            if i:
                samples.append(time.perf_counter() - t0)
                to_gui.append(done[-1] - t0)
            drain()
        if tab.samples[0].count != n:
            raise AssertionError(f"the tab drew {tab.samples[0].count:,} weights, not {n:,}")
        s, g = summarize(samples), summarize(to_gui)
        report.add(weights=n, stage="tab: until the result reaches the GUI thread", **g.ms())
        report.add(weights=n, stage="tab: request -> histogram painted", **s.ms())
        results[n] = s
        print(
            f"  {n:>12,d} weights in the tab: {s.median * 1e3:8.1f} ms (result on the GUI thread after {g.median * 1e3:.1f} ms)",
            flush=True,
        )
    tab.worker.shutdown()
    return results


def main(argv=None) -> int:
    args = sys.argv[1:] if argv is None else list(argv)
    quick = quick_mode(args)
    sizes = [10**5, 10**6, 10**7]
    what_if = "--what-if" in args
    if what_if and args[args.index("--what-if") + 1] != "grid":
        raise SystemExit("--what-if takes: grid")
    report = Report(
        "initialization-what-if" if what_if else "initialization",
        f"Initialisation: {INIT} weights sampled, binned ({BINS} bins) and drawn"
        + (", what if: opaque major-tick grid" if what_if else ""),
    )
    engine_stages(report, sizes, quick)  # also in --what-if: the tab's timings depend on torch having run before
    tab = {} if "--no-qt" in args else tab_path(report, sizes, quick, what_if)
    if 10**6 in tab:
        report.target("1e6 weights sampled, binned and drawn (tab, median)", tab[10**6].median * 1e3, 50)
    else:
        engine_1e6 = sum(r["median_ms"] for r in report.rows if r["weights"] == 10**6)
        report.target("1e6 weights sampled and binned (engine only: no tab to draw in)", engine_1e6, 50)
    report.notes.append(f"weights of shape (N/{COLUMNS}, {COLUMNS}); a new seed every run; the tab samples on its worker thread")
    report.print(
        [
            ("weights", "weights", ",d"),
            ("stage", "stage", ""),
            ("median_ms", "median ms", ".1f"),
            ("p95_ms", "p95 ms", ".1f"),
            ("cpu_median_ms", "cpu ms", ".1f"),
            ("count", "n", "d"),
        ]
    )
    report.write()
    return report.exit_status()


if __name__ == "__main__":
    sys.exit(main())
