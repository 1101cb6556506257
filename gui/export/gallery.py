"""The activation gallery: one figure per activation plus an index page, a ready handout.

Elementwise activations get f and f' over [-5, 5]; vector activations (softmax & co.)
get their input and output as bars and their Jacobian as a heat map, for one example
input vector. The index is an HTML page with every activation's name, formula and
figure (and, for PDF, one multi-page PDF with all the figures too).
"""

from __future__ import annotations

import contextlib
import html
import os
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication

import engine
from engine.activation_params import checked_params
from engine.activations import ACTIVATIONS
from engine.errors import EngineError
from engine.tables import write_all
from figures.spec import FigureSpec
from figures.tab_figures import figure_of
from gui.app import active_language, loaded_catalogues, locale_for
from gui.export.formats import figure_data, figures_pdf_bytes
from states.explorer import CurveSpec, ExplorerState, VectorSpec

GALLERY_FORMATS = ("png", "svg", "pdf")
INDEX_NAME = "index.html"
HANDOUT_NAME = "activation-gallery.pdf"
X_RANGE = (-5.0, 5.0)
POINTS = 801
# An example input for the vector activations (even length, so GLU can split it in halves).
EXAMPLE_VECTOR = (-2.0, -1.0, 0.0, 0.5, 1.0, 2.0)

#: progress(done, total, activation_id) -> False to stop early
Progress = Callable[[int, int, str], bool]


def _tr(text: str) -> str:
    return QCoreApplication.translate("gallery", text)


def _engine_tr(text: str) -> str:
    return QCoreApplication.translate("engine", text)


def gallery_state(act: engine.Activation) -> ExplorerState:
    """The explorer showing ``act`` alone as the gallery draws it: its defaults, f and f′ without marks (a vector
    activation: its vector view of the example input), in float64 on the CPU."""
    if act.vector:
        return ExplorerState(vector=VectorSpec(act.id, EXAMPLE_VECTOR, {}), device="cpu", dtype="float64")
    curve = CurveSpec(act.id, checked_params(act, {}), 0)
    return ExplorerState(
        (curve,), 0, X_RANGE, POINTS, show_second=False, shade_saturation=False, show_marks=False, device="cpu", dtype="float64"
    )


def gallery_figure(activation_id: str) -> FigureSpec:
    """The gallery's figure for one activation (f and f', or output bars and the Jacobian)."""
    act = engine.get_activation(activation_id)
    spec = figure_of(gallery_state(act))  # the explorer's figure of it
    assert spec is not None  # one curve, or the vector view: always something to show
    spec.title = _engine_tr(act.name)
    if act.vector:  # input, output, and the Jacobian as on screen
        return spec
    spec.caption = _engine_tr(act.formula)
    spec.name = act.id
    return spec


def write_gallery(
    out_dir,
    activation_ids: Sequence[str] | None = None,
    fmt: str = "png",
    style: str = "screen",
    *,
    progress: Progress | None = None,
) -> list[Path]:
    """Write one ``<id>.<fmt>`` per activation (default: all) and ``index.html`` into ``out_dir``.

    With ``fmt="pdf"`` the figures are also collected in one multi-page PDF. Returns the
    written paths, figures first, then the index(es). All or nothing: every figure is drawn
    in memory first and the files are written together (:func:`engine.tables.write_all`), so
    an error, or ``progress`` returning False (a stop), leaves the folder as it was (and
    returns ``[]`` for a stop). ``out_dir`` is created if missing, but not the folders above
    it: only what was named is made. EngineError on bad input or an unwritable place.
    """
    fmt = str(fmt).lower().lstrip(".")
    if fmt not in GALLERY_FORMATS:
        raise EngineError("format", f"unsupported gallery format {fmt!r} (use {', '.join(GALLERY_FORMATS)})")
    ids = list(ACTIVATIONS) if activation_ids is None else list(dict.fromkeys(activation_ids))
    if not ids:
        raise EngineError("activation", "choose at least one activation for the gallery")
    acts = [engine.get_activation(i) for i in ids]  # unknown ids fail before anything is drawn
    folder = Path(out_dir)
    check_folder(folder)

    files: dict[Path, str | bytes] = {}
    specs: list[FigureSpec] = []
    for done, act in enumerate(acts):
        if progress is not None and progress(done, len(acts), act.id) is False:
            return []
        spec = gallery_figure(act.id)
        specs.append(spec)
        files[folder / f"{act.id}.{fmt}"] = figure_data(spec, fmt, style=style, include_caption=True)
    if progress is not None:
        progress(len(acts), len(acts), "")
    names = [p.name for p in files]
    handout = None
    if fmt == "pdf":
        handout = folder / HANDOUT_NAME
        files[handout] = figures_pdf_bytes(specs, style=style, include_caption=True, title=_tr("Activation functions"))
    files[folder / INDEX_NAME] = index_html(acts, names, fmt, handout.name if handout else None)
    created = not folder.exists()
    try:
        folder.mkdir(exist_ok=True)
        return write_all(files)
    except OSError as exc:
        raise EngineError("out", f"cannot create the folder {folder}: {exc.strerror or exc}") from None
    except EngineError:
        if created:
            with contextlib.suppress(OSError):
                folder.rmdir()
        raise


def check_folder(folder: Path) -> None:
    """EngineError unless ``folder`` is a writable folder, or missing with a writable folder above it."""
    if folder.exists():
        if not folder.is_dir():
            raise EngineError("out", f"{folder} is a file, not a folder")
        if not os.access(folder, os.W_OK | os.X_OK):
            raise EngineError("out", f"cannot write into the folder {folder}: permission denied")
        return
    parent = folder.parent if str(folder.parent) else Path(".")
    if not parent.is_dir():
        raise EngineError(
            "out", f"the folder {parent} does not exist: the gallery creates {folder.name!r} only inside one that does"
        )
    if not os.access(parent, os.W_OK | os.X_OK):
        raise EngineError("out", f"cannot create the folder {folder}: permission denied")


def page_language() -> str:
    """The index page's ``lang`` (a browser picks its fonts by it): the interface's language where its translation
    loaded (``zh-CN``), else English."""
    return locale_for(active_language()).name().replace("_", "-") if loaded_catalogues()[0] else "en"


def index_html(acts: Sequence[engine.Activation], files: Sequence[str], fmt: str, handout: str | None = None) -> str:
    """The gallery's index page: each activation's name, formulas, notes and figure, by family."""
    esc = html.escape
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{page_language()}"><head><meta charset="utf-8">',
        f"<title>{esc(_tr('Activation functions'))}</title>",
        "<style>",
        "body{font-family:system-ui,sans-serif;max-width:1200px;margin:2em auto;padding:0 1em;color:#111}",
        ".family{display:grid;grid-template-columns:repeat(auto-fill,minmax(420px,1fr));gap:1.5em 2em}",
        "figure{margin:0;break-inside:avoid;page-break-inside:avoid}",
        "h3{margin:.2em 0}",
        "figure img,figure object{width:100%;height:auto;border:1px solid #ddd}",
        ".formula{font-family:'Cambria Math','STIX Two Math',serif;font-size:1.15em;margin:.3em 0}",
        ".notes{color:#444;font-size:.95em;margin:.2em 0 .6em}",
        "h2{border-bottom:2px solid #0072B2;padding-bottom:.2em;margin-top:2em}",
        "@media print{h2{break-before:auto}figure{break-inside:avoid}}",
        "</style></head><body>",
        f"<h1>{esc(_tr('Activation functions'))}</h1>",
        f"<p>{esc(_tr('Generated by Activation Lab with PyTorch {0}.')).format(esc(_torch_version()))}"
        + (f' <a href="{esc(handout)}">{esc(_tr("All figures in one PDF"))}</a>' if handout else "")
        + "</p>",
    ]
    family = None
    for act, name in zip(acts, files, strict=True):
        if act.family != family:
            if family is not None:
                parts.append("</section>")
            family = act.family
            parts += [f"<h2>{esc(_engine_tr(family))}</h2>", '<section class="family">']
        title = esc(_engine_tr(act.name))
        output_range = _tr("{0}: {1}").format(_tr("Output range"), _engine_tr(act.output_range))
        href = esc(name)
        if fmt == "pdf":
            picture = f'<object data="{href}" type="application/pdf" aria-label="{title}"><a href="{href}">{href}</a></object>'
        else:
            picture = f'<a href="{href}"><img src="{href}" alt="{title}: f and f′"></a>'
        parts += [
            f'<figure id="{esc(act.id)}">',
            f"<h3>{title} <small><code>{esc(act.id)}</code></small></h3>",
            f'<p class="formula">{_engine_tr(act.formula_html)}</p>',  # registry HTML (trusted, plain markup)
            f'<p class="formula">{_engine_tr(act.derivative_html)}</p>',
            f'<p class="notes">{esc(output_range)} · {esc(_engine_tr(act.use))}</p>',
            picture,
            "</figure>",
        ]
    parts.append("</section></body></html>\n" if family is not None else "</body></html>\n")
    return "\n".join(parts)


def _torch_version() -> str:
    import torch

    return torch.__version__
