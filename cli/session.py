"""``export --session lesson.alab --out DIR [--format png|svg|pdf|csv]``: a session's figures, one per tab, headless.

A teacher makes the handout from the same file the class opens: each tab section the session
has (:mod:`sessions`) becomes the figure that tab shows, built by the same builders as the
other export kinds (:mod:`figures`): the explorer's curves and marks (or its vector view, as
``export --vector`` draws it, when the session shows that), the initialisation
histogram, the depth run (with its lesson's comparison and the theory), and the training
network (its saved weights when the file has them, else the network at epoch 0). The whole
file is checked, every figure computed and rendered in memory, and only then the folder is
created and the files written, all or none: a bad session exits 2 and writes nothing.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

import engine
from cli.common import EXIT_BAD_INPUT, EXIT_OK, OUTPUT_FORMATS, image_size, max_image_points
from cli.progress import bar
from engine import analysis, memory
from engine.depth import DepthConfig, mean_field
from engine.depth import run as run_depth
from engine.errors import EngineError
from engine.initializers import histogram, histogram_range, sample
from engine.presets import get_preset
from engine.tables import check_folder, check_writable, csv_bytes_estimate, make_folder, write_all
from engine.training import Trainer, TrainResult
from figures.builders import activation_figure, depth_figure, display_labels, init_figure, kink_markers, vector_figure
from figures.spec import FigureSpec
from figures.table import figure_csv_text
from figures.training import training_figure
from sessions import SessionError, read_session
from sessions.depth import NETWORK_FIELDS
from sessions.explorer import curve_reference
from sessions.training import train_config


def selected(args: argparse.Namespace) -> bool:
    return bool(getattr(args, "session", None))


def explorer_figure(section: dict, device: str, dtype: str, max_points: int | None = None) -> FigureSpec | None:
    """The explorer's vector view when it shows one, else its curves over its x range with the marks it shows
    (None without curves); ``max_points``: the most an image shows (2 per pixel of a panel), None for a CSV."""
    vector = section["vector"]
    if vector is not None:
        return vector_figure(engine.evaluate_vector(vector["activation"], vector["x"], vector["params"], device, dtype))
    curves_state = section["curves"]
    if not curves_state:
        return None
    order = 2 if section["show_second"] else 1
    x_min, x_max = section["x_range"]
    points = section["points"] if max_points is None else min(section["points"], max_points)  # 64 x 100,001: 21 s
    if max_points is None:  # a CSV's text counts against the same budget as a curve
        need = csv_bytes_estimate(points, 1 + len(curves_state) * (order + 1))
        if need > memory.EVALUATE_BUDGET:
            raise EngineError(
                "points",
                f"the explorer's CSV of {len(curves_state)} curves x {points:,} points would take about "
                f"{memory.format_bytes(need)} of text; the most is {memory.format_bytes(memory.EVALUATE_BUDGET)}",
            )
    curves, markers, vlines, hlines, bands = [], {}, set(), set(), []
    for index, state in enumerate(curves_state):
        ref, params = curve_reference(state), state["params"]
        curve = engine.evaluate(ref, params, x_min, x_max, points, order=order, device=device, dtype=dtype)
        curves.append(curve)
        act = engine.resolve_activation(ref)
        kinks = analysis.kink_marks(ref, params, x_min, x_max, device, dtype) if section["show_marks"] else []
        if section["show_marks"]:
            vlines.update(k.x for k in kinks)
            hlines.update(b for b in act.bounds(params) if b is not None)
            for row, items in kink_markers(kinks, state["colour"], on_df=not section["log_df"]).items():
                markers.setdefault(row, []).extend(items)
        if index == section["selected"] and section["shade_saturation"]:
            bands = analysis.saturation_spans(curve.x, curve.df, section["eps"], [k.x for k in kinks])
    return activation_figure(
        curves,
        display_labels([(str(s["activation"]), s["params"]) for s in curves_state]),
        section["show_second"],
        [s["colour"] for s in curves_state],
        bands=bands,
        band_color=curves_state[section["selected"]]["colour"] if bands else None,
        vlines=sorted(vlines),
        hlines=sorted(hlines),
        log_df=section["log_df"],
        x_range=(x_min, x_max),
        markers=markers,
    )


def initialization_figure(section: dict, device: str, dtype: str) -> FigureSpec:
    """The histogram of the section's weights (and the compared initialiser's, on the same bins)."""
    wanted = [(section["init"], section["params"])]
    if section["compare"]:
        wanted.append((section["compare_init"], section["compare_params"]))
    samples = [sample(i, tuple(section["shape"]), p, seed=section["seed"], device=device, dtype=dtype) for i, p in wanted]
    value_range = histogram_range(samples)  # overlaid histograms share their bins, as on screen
    histograms = [histogram(s, section["bins"], value_range) for s in samples]
    return init_figure(samples, histograms, log_y=section["log_y"])


def depth_figure_of(section: dict, device: str, dtype: str) -> FigureSpec:
    """The depth run of the section's network, with its lesson's comparison and the theory when shown."""
    config = DepthConfig(**{name: section[name] for name in NETWORK_FIELDS}, device=device, dtype=dtype)
    reference, label = None, "comparison"
    if section["preset"]:
        preset = get_preset(section["preset"])
        sizes = {name: getattr(config, name) for name in ("layers", "width", "batch", "bias", "seed", "device", "dtype")}
        compare = preset.configs(**sizes)[1]
        if compare is not None:
            reference, label = run_depth(compare), preset.compare_label
    result = run_depth(config)
    theory = mean_field(config) if section["show_theory"] else None
    return depth_figure(result, theory, reference, min(section["layer"], section["layers"]), label)


def training_figure_of(section: dict, device: str, dtype: str) -> FigureSpec:
    """The network's decision map and history: its saved weights if the session has them, else epoch 0."""
    trainer = Trainer(train_config(section, device, dtype))
    trained = section["trained"]
    if trained is not None:
        trainer.load_weights([(layer["weight"], layer["bias"]) for layer in trained["networks"][-1]], trained["epoch"])
    result = TrainResult(
        trainer.config, trainer.data, trainer.history, trainer.snapshot(), trainer.device, trainer.config.dtype, None
    )
    return training_figure(result)


#: Each tab section's figure builder, by section key.
FIGURES: dict[str, Callable[[dict, str, str], FigureSpec | None]] = {
    "explorer": explorer_figure,
    "initialization": initialization_figure,
    "depth": depth_figure_of,
    "training": training_figure_of,
}


def session_figures(
    data: dict,
    device: str = "cpu",
    dtype: str | None = None,
    progress: Callable[[int], None] | None = None,
    max_points: int | None = None,
) -> dict[str, FigureSpec]:
    """A checked session's figures by section key (sections with nothing to show left out); EngineError if refused.

    ``progress(done)`` after each section; ``max_points`` caps the explorer's grid for an image (2 points per pixel
    of a panel)."""
    figures = {}
    for done, (key, section) in enumerate(data["tabs"].items(), start=1):
        section_dtype = dtype or (section["dtype"] if key == "explorer" else "float32")
        if key == "explorer":
            figure = explorer_figure(section, device, section_dtype, max_points)
        else:
            figure = FIGURES[key](section, device, section_dtype)
        if figure is not None:
            figures[key] = figure
        if progress is not None:
            progress(done)
    return figures


def run(args: argparse.Namespace) -> int:
    """Check the session, compute and render every figure, then write them all into ``--out``; the exit status."""
    try:
        out = Path(args.out)
        fmt = args.format
        if fmt not in OUTPUT_FORMATS:
            raise EngineError("format", f"expected one of {', '.join(OUTPUT_FORMATS)}, got {fmt!r}")
        check_folder(out)  # a file, a dangling link, a read-only place: refused before the work
        if fmt != "csv":
            image_size(args)  # a bad --size or --width fails before the computation
        data = read_session(args.session)
        explorer = data["tabs"].get("explorer")
        panels = 3 if explorer is None or explorer["show_second"] else 2
        cap = max_image_points(args, panels, fmt)
        if explorer is not None and cap is not None and explorer["points"] > cap:
            note = f"the explorer image shows {cap:,} of the session's {explorer['points']:,} points (2 per pixel of a panel)"
            print(f"note: {note}; --format csv keeps them all", file=sys.stderr)
        with bar("session", len(data["tabs"]), "figures") as progress:
            figures = session_figures(data, args.device, args.dtype, progress.update, cap)
        if not figures:
            raise EngineError("session", "the session has no tab with something to show")
        files = {out / f"{key}.{fmt}": _file_data(figure, fmt, args) for key, figure in figures.items()}
        make_folder(out)
        for path in files:
            check_writable(path, "out")
        written = write_all(files)
    except SessionError as exc:
        print(f"error: {args.session}: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except EngineError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    for path in written:
        print(path)
    return EXIT_OK


def _file_data(figure: FigureSpec, fmt: str, args: argparse.Namespace) -> str | bytes:
    if fmt == "csv":
        return figure_csv_text(figure)
    from cli.images import figure_file_data  # Qt only for images, as for every export kind (a CSV needs none)

    size = image_size(args)
    return figure_file_data(
        figure, fmt, width=size.width, height=size.height, scale=size.scale, style=args.style, include_caption=args.formula
    )
