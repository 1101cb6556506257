"""The notes panel: what a learner should know about the selected activation.

The formula and its derivative come from the registry's rich (HTML) form; prose that holds for
every parameter value from the registry's notes. Everything that depends on the parameters or
the precision on screen is computed by the engine for the current values: the output range and
its extrema, monotonicity, zero-centredness, N(0, 1) moments, kinks and jumps, zero-gradient
stretches, where the precision rounds f onto its limit (:mod:`engine.note_facts`), max |f′| and
the saturation zones (:mod:`engine.analysis`).
"""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTextBrowser, QWidget

import engine
from engine.analysis import Extremum, Span
from engine.errors import EngineError
from engine.facts import Fact
from engine.note_facts import note_facts
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


def fact_text(fact: Fact) -> str:
    """An engine fact in the user's language: its template translated (context "engine"), then filled in."""
    return engine_tr(fact.template).format(*fact.args)


def computed_rows(activation_id: str, params: Mapping | None, dtype: str, device: str = "cpu") -> list[tuple[str, str]]:
    """The rows of an elementwise activation's notes that the engine computes for ``params`` and ``dtype``."""
    try:
        facts = note_facts(activation_id, params, dtype, device)
    except EngineError as exc:
        return [(_tr("Output range"), _tr("cannot be computed: {0}").format(exc.message))]
    extrema = _tr("; ").join(fact_text(f) for f in facts.extrema)
    rows = [
        (_tr("Output range"), _tr("{0} ({1})").format(facts.output_range, extrema) if extrema else facts.output_range),
        (_tr("Zero-centred"), fact_text(facts.zero_centred)),
        (_tr("For x ~ N(0, 1)"), fact_text(facts.normal_moments)),
        (_tr("Monotonic"), fact_text(facts.monotonic)),
        (_tr("Kinks and jumps"), _tr("; ").join(fact_text(f) for f in facts.kinks) or _tr("none")),
        (_tr("Zero gradient"), fact_text(facts.zero_gradient)),
    ]
    if facts.float_limits:
        rows.append((_tr("Rounding"), _tr("; ").join(fact_text(f) for f in facts.float_limits)))
    for label, fact in ((_tr("Approximation"), facts.approximation), (_tr("Gradient precision"), facts.float32_gradient)):
        if fact is not None:
            rows.append((label, fact_text(fact)))
    return rows


def describe_span(span: Span) -> str:
    """``Span`` as words: "at x = 0", "for x > 0", "for 0 < x < 6", "for every x"."""
    if span.is_point:
        assert span.low is not None  # a point's x
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
    lows = [s.low for s in points if s.low is not None]  # a point's x
    if len(lows) == 2 and lows[0] == -lows[1]:
        parts.append(_tr("at x = ±{0}").format(_num(abs(lows[0]))))
        rest = [s for s in ext.spans if not s.is_point]
    else:
        rest = list(ext.spans)
    parts += [describe_span(s) for s in rest]
    approached = [_tr("(approached as x → +∞)") if d > 0 else _tr("(approached as x → −∞)") for d in ext.asymptotic]
    if not parts:
        return _tr("{0} {1}").format(_num(ext.value), _tr(" and ").join(approached))
    # named fields so that a translation can put the place first ("x > 0 时为 1")
    text = _tr("{value} {where}").format(value=_num(ext.value), where=_tr(" and ").join(parts))
    return _tr(" and ").join([text, *approached])


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
    hidden = " &gt; ".join(name(a) for a in sorted((a for a in acts if a.hidden_rank), key=lambda a: a.hidden_rank or 0))
    outputs = sorted((a for a in acts if a.output_rank), key=lambda a: a.output_rank or 0)
    output = _tr("; ").join(_tr("{0} for {1}").format(name(a), html.escape(engine_tr(a.output_task))) for a in outputs)
    logits = html.escape(
        _tr(
            "In PyTorch the last layer usually outputs raw logits and the loss applies sigmoid or softmax inside: "
            "BCEWithLogitsLoss, CrossEntropyLoss (more stable than the activation followed by BCELoss or a log)."
        )
    )
    return (
        "<p>"
        + _tr("<b>{0}</b> ({1}): {2}").format(_tr("Hidden layers"), _tr("try in this order"), hidden)
        + "<br>"
        + _tr("<b>{0}</b>: {1}").format(_tr("Output layer"), output)
        + f"<br><span class='muted'>{logits}</span></p>"
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
        dtype: str = "float32",
        device: str = "cpu",
    ) -> None:
        """Fill the panel for ``activation_id``: registry prose, and the facts the engine computes for
        ``params`` in ``dtype``; ``extremum``, ``saturation`` and ``extra`` rows are shown when given."""
        act = engine.get_activation(activation_id)
        self.activation_id = act.id
        if act.vector:
            rows = [
                (_tr("Output range"), html.escape(engine_tr(act.output_range))),
                (_tr("Zero-centred"), html.escape(engine_tr(act.zero_centred_text))),
                (_tr("Monotonic"), html.escape(engine_tr(act.monotonic_text))),
            ]
        else:
            rows = [(k, html.escape(v)) for k, v in computed_rows(act.id, params, dtype, device)]
        rows.append((_tr("Smoothness"), html.escape(engine_tr(act.smoothness))))
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
        derivative_label = _tr("{0}:").format(_tr("Jacobian") if act.vector else _tr("Derivative"))
        family = _tr("({0})").format(html.escape(engine_tr(act.family)))
        self.setHtml(
            f"<h2>{html.escape(engine_tr(act.name))} <span class='muted'>{family}</span></h2>"
            f"<p class='formula'>{engine_tr(act.formula_html)}</p>"
            f"<p><span class='muted'>{derivative_label}</span> <span class='formula'>{engine_tr(act.derivative_html)}</span></p>"
            f"<table>{table}</table>"
            f"{guidance_html(act.id)}"
        )
