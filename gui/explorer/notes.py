"""The notes panel: what a learner should know about the selected activation.

The formula and its derivative come from the registry's rich (HTML) form; the
properties from the registry's notes; max |f′| and the saturation zones are
computed by :mod:`engine.analysis` for the curve's current parameters.
"""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTextBrowser, QWidget

import engine
from engine.analysis import Extremum, Span
from gui.common.engine_text import engine_tr, format_value

CSS = """
body { font-size: 12pt; }
h2 { margin: 0 0 4px 0; }
.formula { font-family: 'Cambria Math', 'STIX Two Math', 'DejaVu Serif', serif; font-size: 14pt; }
.muted { color: #666; }
td { padding: 2px 10px 2px 0; vertical-align: top; }
td.key { color: #555; white-space: nowrap; }
"""


def _tr(text: str) -> str:
    return QCoreApplication.translate("NotesPanel", text)


def _num(value: float) -> str:
    return f"{value + 0.0:.4g}"  # + 0.0 turns -0.0 into 0.0


def describe_span(span: Span) -> str:
    """``Span`` as words: "at x = 0", "for x > 0", "for 0 < x < 6", "for every x"."""
    if span.is_point:
        return _tr("at x = {0}").format(_num(span.low))
    low = None if span.low is None else _num(span.low)
    high = None if span.high is None else _num(span.high)
    if low is None and high is None:
        return _tr("for every x")
    if high is None:
        return (_tr("for x ≥ {0}") if span.low_inclusive else _tr("for x > {0}")).format(low)
    if low is None:
        return (_tr("for x ≤ {0}") if span.high_inclusive else _tr("for x < {0}")).format(high)
    left = "≤" if span.low_inclusive else "<"
    right = "≤" if span.high_inclusive else "<"
    return _tr("for {0} {1} x {2} {3}").format(low, left, right, high)


def describe_extremum(ext: Extremum) -> str:
    """e.g. "0.25 at x = 0", "1 for x > 0", "1, approached as x → +∞"."""
    parts = []
    points = [s for s in ext.spans if s.is_point]
    if len(points) == 2 and points[0].low == -points[1].low:
        parts.append(_tr("at x = ±{0}").format(_num(abs(points[0].low))))
        rest = [s for s in ext.spans if not s.is_point]
    else:
        rest = list(ext.spans)
    parts += [describe_span(s) for s in rest]
    for direction in ext.asymptotic:
        parts.append(_tr("(approached as x → +∞)") if direction > 0 else _tr("(approached as x → −∞)"))
    return _tr("{0} {1}").format(_num(ext.value), _tr(" and ").join(parts))


def describe_spans(spans: Sequence[tuple[float, float]], x_min: float, x_max: float) -> str:
    """Saturation intervals on the plotted range as words."""
    if not spans:
        return _tr("nowhere on [{0}, {1}]").format(_num(x_min), _num(x_max))
    words = []
    for lo, hi in spans:
        if lo <= x_min and hi >= x_max:
            words.append(_tr("everywhere on [{0}, {1}]").format(_num(x_min), _num(x_max)))
        elif lo <= x_min:
            words.append(_tr("x < {0}").format(_num(hi)))
        elif hi >= x_max:
            words.append(_tr("x > {0}").format(_num(lo)))
        else:
            words.append(_tr("{0} < x < {1}").format(_num(lo), _num(hi)))
    return ", ".join(words)


def guidance_html(activation_id: str) -> str:
    """The seeds' rule of thumb (the registry's ranks), with this activation in bold where it appears."""

    def name(act: engine.Activation) -> str:
        text = html.escape(engine_tr(act.name))
        return f"<b><u>{text}</u></b>" if act.id == activation_id else text

    acts = engine.ACTIVATIONS.values()
    hidden = " &gt; ".join(name(a) for a in sorted((a for a in acts if a.hidden_rank), key=lambda a: a.hidden_rank))
    outputs = sorted((a for a in acts if a.output_rank), key=lambda a: a.output_rank)
    output = "; ".join(_tr("{0} for {1}").format(name(a), html.escape(engine_tr(a.output_task))) for a in outputs)
    return (
        f"<p><b>{_tr('Hidden layers')}</b> ({_tr('try in this order')}): {hidden}<br><b>{_tr('Output layer')}</b>: {output}</p>"
    )


class NotesPanel(QTextBrowser):
    """Read-only rich text about one activation."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setOpenExternalLinks(False)
        self.document().setDefaultStyleSheet(CSS)
        self.activation_id: str | None = None

    def show_activation(
        self,
        activation_id: str,
        params: Mapping | None = None,
        extremum: Extremum | None = None,
        saturation: str | None = None,
        extra: Sequence[tuple[str, str]] = (),
    ) -> None:
        """Fill the panel for ``activation_id``; computed rows are shown when given."""
        act = engine.get_activation(activation_id)
        self.activation_id = act.id
        yes, no = _tr("yes"), _tr("no")
        rows = [
            (_tr("Output range"), html.escape(engine_tr(act.output_range))),
            (_tr("Zero-centred"), yes if act.zero_centred else no),
            (_tr("Monotonic"), yes if act.monotonic else no),
            (_tr("Smoothness"), html.escape(engine_tr(act.smoothness))),
        ]
        if extremum is not None:
            rows.append((_tr("max |f′|"), html.escape(describe_extremum(extremum))))
        if saturation is not None:
            rows.append((_tr("|f′| < ε"), html.escape(saturation)))
        rows += [(k, html.escape(v)) for k, v in extra]
        rows += [
            (_tr("Typical use"), html.escape(engine_tr(act.use))),
            (_tr("Strengths"), html.escape(engine_tr(act.strengths))),
            (_tr("Weaknesses"), html.escape(engine_tr(act.weaknesses))),
        ]
        if params:
            shown = ", ".join(f"{k} = {format_value(v)}" for k, v in params.items())
            rows.insert(0, (_tr("Parameters"), html.escape(shown)))
        table = "".join(f"<tr><td class='key'>{html.escape(k)}</td><td>{v}</td></tr>" for k, v in rows)
        derivative_label = _tr("Jacobian") if act.vector else _tr("Derivative")
        self.setHtml(
            f"<h2>{html.escape(engine_tr(act.name))} <span class='muted'>({html.escape(engine_tr(act.family))})</span></h2>"
            f"<p class='formula'>{engine_tr(act.formula_html)}</p>"
            f"<p><span class='muted'>{derivative_label}:</span> <span class='formula'>{engine_tr(act.derivative_html)}</span></p>"
            f"<table>{table}</table>"
            f"{guidance_html(act.id)}"
        )
