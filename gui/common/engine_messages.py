"""The engine's refusals (:class:`engine.errors.EngineError` messages) in the user's language.

The engine is Qt-free and writes its messages in English with the values filled in
(``"2.5 is above the maximum 1"``). The messages a user meets while typing values are
listed here as templates; :func:`engine_message` recognises a message by its template,
translates the template under the context ``"EngineMessages"`` and puts the values back.
A message no template matches stays English (what is left: file-system and programming
errors a user rarely sees; see the chinese helper's report).
"""

from __future__ import annotations

import re
from functools import cache

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "EngineMessages"

#: English templates of the engine's messages, ``{0}``… where the engine fills in a value.
TEMPLATES: tuple[str, ...] = (  # type: ignore[assignment]  # PySide6 types QT_TRANSLATE_NOOP as object; it returns its text
    QT_TRANSLATE_NOOP("EngineMessages", "expected a number, got {0}"),
    QT_TRANSLATE_NOOP("EngineMessages", "expected a finite number, got {0}"),
    QT_TRANSLATE_NOOP("EngineMessages", "not a finite number at x = {0}"),  # a formula target (engine.regression)
    # "Load points…" with the other view's columns (engine.datasets: a curve reads x,y; the maps x1,x2,label)
    QT_TRANSLATE_NOOP(
        "EngineMessages",
        "expected 2 values x,y, got {0} (x1,x2,label: classes, not targets; choose a classification dataset to load them)",
    ),
    QT_TRANSLATE_NOOP(
        "EngineMessages", "expected 3 values x1,x2,label, got {0} (a curve's x,y points: choose a curve dataset to load them)"
    ),
    QT_TRANSLATE_NOOP("EngineMessages", "{0} is below the minimum {1}"),
    QT_TRANSLATE_NOOP("EngineMessages", "{0} is above the maximum {1}"),
    QT_TRANSLATE_NOOP("EngineMessages", "expected a whole number, got {0}"),
    QT_TRANSLATE_NOOP("EngineMessages", "expected a whole number from {0} to {1}, got {2}"),
    QT_TRANSLATE_NOOP("EngineMessages", "expected a whole number of pixels, got {0}"),
    QT_TRANSLATE_NOOP("EngineMessages", "expected true or false, got {0}"),
    QT_TRANSLATE_NOOP("EngineMessages", "expected one of {0}, got {1}"),
    QT_TRANSLATE_NOOP("EngineMessages", "expected numbers separated by commas"),
    QT_TRANSLATE_NOOP("EngineMessages", "an empty value between commas in {0}"),
    QT_TRANSLATE_NOOP("EngineMessages", "expected a percentage from {0} to {1}, got {2}"),
    QT_TRANSLATE_NOOP("EngineMessages", "must be between {0} and {1} pixels, got {2}"),
    QT_TRANSLATE_NOOP("EngineMessages", "must be between 2 and {0}, got {1}"),
    QT_TRANSLATE_NOOP("EngineMessages", "must be above 0, got {0}"),
    QT_TRANSLATE_NOOP("EngineMessages", "unknown parameter (known: {0})"),
    QT_TRANSLATE_NOOP("EngineMessages", "type at least one number"),
    QT_TRANSLATE_NOOP("EngineMessages", "needs 1 to {0} values, got {1}"),
    QT_TRANSLATE_NOOP("EngineMessages", "x_min ({0}) must be below x_max ({1})"),
    QT_TRANSLATE_NOOP("EngineMessages", "the lower end ({0}) must be below the upper end ({1})"),
    QT_TRANSLATE_NOOP("EngineMessages", "min_val ({0}) must be below max_val ({1})"),
    QT_TRANSLATE_NOOP("EngineMessages", "lower ({0}) must not exceed upper ({1})"),
    QT_TRANSLATE_NOOP("EngineMessages", "mean ({0}) is more than 2 std from [a, b] = [{1}, {2}]"),
    QT_TRANSLATE_NOOP("EngineMessages", "the out channels ({0}) must be divisible by groups ({1})"),
    QT_TRANSLATE_NOOP("EngineMessages", "{0} is {1} values; the most is {2}"),
    QT_TRANSLATE_NOOP("EngineMessages", "sizes must be whole numbers of 1 or more, got {0}"),
    QT_TRANSLATE_NOOP("EngineMessages", "f is not finite anywhere on [{0}, {1}]"),
    QT_TRANSLATE_NOOP("EngineMessages", "contains a non-finite value"),
    QT_TRANSLATE_NOOP("EngineMessages", "bfloat16 is not supported on this GPU"),
    QT_TRANSLATE_NOOP("EngineMessages", "at most {0} hidden layers, got {1}"),
    QT_TRANSLATE_NOOP("EngineMessages", "layer {0} has units 1 to {1}, got {2} and {3}"),
    QT_TRANSLATE_NOOP("EngineMessages", "choose at least one input feature"),
    QT_TRANSLATE_NOOP("EngineMessages", "a feature is listed twice"),
    QT_TRANSLATE_NOOP("EngineMessages", "no run has finished yet"),
    QT_TRANSLATE_NOOP("EngineMessages", "no network has been trained yet"),
    QT_TRANSLATE_NOOP("EngineMessages", "{0}; press Reset to start again"),
    QT_TRANSLATE_NOOP("EngineMessages", "{0} feeds a keyword that accepts only {1} to {2}"),
    QT_TRANSLATE_NOOP("EngineMessages", "a log axis cannot show {0}"),
    QT_TRANSLATE_NOOP(
        "EngineMessages", "the training diverged at epoch {0}: the loss became {1} (learning rate {2}); try a smaller one"
    ),
    # one literal per line, so that lupdate reads each whole
    QT_TRANSLATE_NOOP(
        "EngineMessages",
        "this formula would take about {0} s to compute at {1} points (the most is {2} s): use at most {3} points, or a shorter formula",  # noqa: E501
    ),
    QT_TRANSLATE_NOOP(
        "EngineMessages",
        "this formula needs about {0} at {1} points (the most is {2}): use at most {3} points, or a shorter formula",
    ),
    QT_TRANSLATE_NOOP(
        "EngineMessages",
        "a {0} x {1} image needs about {2} to render; the most is {3} (about {4} x {5} pixels): use a smaller --width/--height",
    ),
)


#: The engine's field names as the panels label them: a refusal reads "learning rate: …", not "lr: …".
_FIELD_LABELS: dict[str, object] = {  # PySide6 types QT_TRANSLATE_NOOP as object; it returns its text
    "lr": QT_TRANSLATE_NOOP("EngineMessages", "learning rate"),
    "batch": QT_TRANSLATE_NOOP("EngineMessages", "batch size"),
    "reg_rate": QT_TRANSLATE_NOOP("EngineMessages", "regularisation rate"),
    "regularization": QT_TRANSLATE_NOOP("EngineMessages", "regularisation"),
    "optimizer": QT_TRANSLATE_NOOP("EngineMessages", "optimiser"),
    "init": QT_TRANSLATE_NOOP("EngineMessages", "initialiser"),
    "hidden": QT_TRANSLATE_NOOP("EngineMessages", "hidden layers"),
    "train_ratio": QT_TRANSLATE_NOOP("EngineMessages", "training share"),
    "loss": QT_TRANSLATE_NOOP("EngineMessages", "loss"),
    "activation": QT_TRANSLATE_NOOP("EngineMessages", "activation"),
    "dataset": QT_TRANSLATE_NOOP("EngineMessages", "dataset"),
    "noise": QT_TRANSLATE_NOOP("EngineMessages", "noise"),
    "seed": QT_TRANSLATE_NOOP("EngineMessages", "seed"),
    "features": QT_TRANSLATE_NOOP("EngineMessages", "features"),
    "bias": QT_TRANSLATE_NOOP("EngineMessages", "initial bias"),
}
FIELD_LABELS: dict[str, str] = {field: str(label) for field, label in _FIELD_LABELS.items()}


def field_label(field: str) -> str:
    """``field`` as its panel labels it, in the user's language (an unknown field as it is)."""
    return QCoreApplication.translate(CONTEXT, FIELD_LABELS[field]) if field in FIELD_LABELS else field


@cache
def _patterns() -> tuple[tuple[re.Pattern[str], str], ...]:
    found = []
    for template in TEMPLATES:
        pattern = re.escape(template)
        for index in range(template.count("{")):
            pattern = pattern.replace(re.escape(f"{{{index}}}"), f"(?P<g{index}>.+?)", 1)
        found.append((re.compile(pattern, re.DOTALL), template))
    return tuple(found)


def engine_message(text: str) -> str:
    """An engine message (or ``"field: message"``) in the user's language; unknown messages as they are."""
    field, separator, rest = text.partition(": ")
    if separator and field in FIELD_LABELS and rest:
        return f"{field_label(field)}: {engine_message(rest)}"
    for pattern, template in _patterns():
        match = pattern.fullmatch(text)
        if match is not None:
            values = [engine_message(v) if "; press Reset" in template else v for v in match.groups()]
            return QCoreApplication.translate(CONTEXT, template).format(*values)
    field, separator, rest = text.partition(": ")
    if separator and " " not in field and rest:
        translated = engine_message(rest)
        if translated != rest:
            return f"{field_label(field)}: {translated}"
    return text
