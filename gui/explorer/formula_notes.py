"""The notes on a formula curve: nothing typed by hand, every row computed over the view.

A formula has no registry text (output range, zero-centred, monotonic, ...), so these rows come
from :func:`engine.analysis.view_notes` on the plotted x range: the range of f, max |f′| and
where, f(0), monotonicity, and the saturation spans the explorer already computed.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication

from engine import analysis, facts
from engine.errors import EngineError
from engine.expression_kinks import MAX_CANDIDATES
from engine.expressions import KINK_RANGE
from engine.resolve import Formula, kink_scan, kinks_known
from gui.common.engine_text import engine_tr, format_value
from gui.explorer.curves import CurveSet, CurveState
from gui.explorer.notes import describe_extremum

SHOWN_KINKS = 12  # more are listed as "… (N in all)"


def _tr(text: str) -> str:
    return QCoreApplication.translate("FormulaNotes", text)


def _num(value: float) -> str:
    return f"{value + 0.0:.4g}"


def formula_rows(p: CurveState, curve_set: CurveSet, saturation: str | None) -> list[tuple[str, str]]:
    """(label, text) rows about formula curve ``p`` on the curve set's view."""
    lo, hi = curve_set.x_min, curve_set.x_max
    view = _tr("on [{0}, {1}]").format(_num(lo), _num(hi))
    rows = []
    if p.params:
        rows.append((_tr("Parameters"), ", ".join(f"{k} = {format_value(v)}" for k, v in p.params.items())))
    if not kinks_known(p.activation, p.params):  # its kink scan runs in the explorer's worker: not here
        return rows + [(_tr("Notes"), _tr("computed once the curve is"))]
    try:
        notes = analysis.view_notes(p.activation, p.params, lo, hi)
    except EngineError as exc:
        return rows + [(_tr("Notes"), _tr("cannot be computed: {0}").format(exc.message))]
    monotonic = {
        "increasing": _tr("yes, increasing"),
        "decreasing": _tr("yes, decreasing"),
        "constant": _tr("constant"),
        "no": _tr("no"),
    }[notes.monotonic]
    if notes.f_at_zero is None:
        centred = _tr("0 is outside the view")
    else:  # the registry notes' words and definition (engine.analysis.odd_values), then f(0)
        centred = _tr("{0}; f(0) = {1}").format(
            engine_tr(facts.ODD if notes.zero_centred else facts.NOT_ODD), _num(notes.f_at_zero)
        )
    rows += [
        (_tr("Range of f"), _tr("[{0}, {1}] {2}").format(_num(notes.f_min), _num(notes.f_max), view)),
        (_tr("max |f′|"), _tr("{0} {1}").format(describe_extremum(notes.extremum), view)),
        (_tr("Zero-centred"), centred),
        (_tr("Monotonic"), _tr("{0} {1}").format(monotonic, view)),
    ]
    if saturation is not None:
        rows.append((_tr("|f′| < ε"), saturation))
    scan = kink_scan(p.activation, p.params)
    kinks = [k for k in p.entry.kinks(p.params) if lo <= k <= hi]
    if scan is not None and scan.too_many:
        text = _tr("not marked: f switches branch {0} times on [{1}, {2}], more than {3} can be marked").format(
            f"{scan.switches:,}", _num(KINK_RANGE[0]), _num(KINK_RANGE[1]), MAX_CANDIDATES
        )
    elif len(kinks) > SHOWN_KINKS:
        text = ", ".join(f"x = {_num(k)}" for k in kinks[:SHOWN_KINKS]) + " " + _tr("… ({0} in all)").format(len(kinks))
    else:
        text = ", ".join(f"x = {_num(k)}" for k in kinks) if kinks else _tr("none on the view")
    rows.append((_tr("Kinks"), text))
    return rows


def formula_notes_html(p: CurveState, curve_set: CurveSet, saturation: str | None) -> str:
    """The notes panel's HTML for formula curve ``p``."""
    table = "".join(
        f"<tr><td class='key'>{html.escape(k)}</td><td>{html.escape(v)}</td></tr>"
        for k, v in formula_rows(p, curve_set, saturation)
    )
    assert isinstance(p.activation, Formula)  # called for formula curves
    text = html.escape(p.activation.text)
    return (
        f"<h2>{_tr('Your formula')}</h2>"
        f"<p class='formula'>f(<i>x</i>) = {text}</p>"
        f"<p><span class='muted'>{_tr('Derivatives')}:</span> {html.escape(_tr('f′ and f″ by autograd'))}</p>"
        f"<table>{table}</table>"
        f"<p class='muted'>{html.escape(_tr('Every row is computed over the plotted range; pan or zoom to see more.'))}</p>"
    )
