"""Before Play starts a slow run: the estimate, and a question (issue 21: 6 layers of 16 on 4,500 points in
mini-batches of one took 5.4 s an epoch, and Play showed nothing for seconds at a time).

Play trains until Pause, so what a user waits for is the :data:`PREVIEW_EPOCHS` epochs in which a lesson's
network learns: when those are estimated over :data:`ASK_S` (:mod:`engine.training_cost`: a short timed
probe, only where a generous bound cannot rule it out), Play asks first, showing the estimate. A yes holds for
those networks and data (a learning rate changed during Play does not ask again). A run whose history would
pass the memory budget by the epoch limit is refused.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from engine import training_cost
from engine.errors import EngineError
from engine.training_config import MAX_EPOCHS, TrainConfig

#: Seconds of training from which Play asks first.
ASK_S = 60.0
#: The epochs a user waits for: a lesson's network has learnt the circle or the XOR within about 100.
PREVIEW_EPOCHS = 100


def _tr(text: str) -> str:
    return QCoreApplication.translate("PlayCost", text)


def duration_text(seconds: float) -> str:
    """``about 9 min``, ``about 2 h 30 min`` in the interface's language."""
    unit, numbers = training_cost.duration_parts(seconds)
    templates = {
        "s": _tr("about {0} s"),
        "min": _tr("about {0} min"),
        "h min": _tr("about {0} h {1} min"),
        "h": _tr("about {0} h"),
        "days": _tr("about {0} days"),
    }
    return templates[unit].format(*(f"{n:,}" for n in numbers))


class PlayCost:
    """Whether Play may start now on ``parent``'s networks (asking there when the run will be slow)."""

    def __init__(self, parent: QWidget):
        self.parent = parent
        self._allowed: tuple | None = None  # what the last yes was for

    def confirmed(self, config: TrainConfig, side_by_side: bool) -> bool:
        """True when Play may train ``config`` (checked; side by side: with its twin); False after a refusal or a no."""
        try:
            training_cost.check_memory(config, side_by_side, MAX_EPOCHS)
        except EngineError as exc:
            self.refuse(str(exc))
            return False
        if training_cost.surely_within(config, side_by_side, PREVIEW_EPOCHS, ASK_S):
            return True
        estimate = training_cost.estimate(config, side_by_side, PREVIEW_EPOCHS)
        key = (side_by_side, estimate.steps, config.hidden, config.features, config.batch, config.optimizer, config.device)
        if estimate.seconds <= ASK_S or key == self._allowed:
            return True
        text = _tr(
            "One epoch trains {0} mini-batches of {1} and takes {2} here: {3} epochs take {4}.\n\n"
            "Pause stops it any time. Start training?"
        ).format(
            f"{estimate.steps:,}",
            config.batch,
            duration_text(estimate.epoch_s),
            f"{estimate.epochs:,}",
            duration_text(estimate.seconds),
        )
        if not self.ask(text):
            return False
        self._allowed = key
        return True

    def ask(self, text: str) -> bool:
        """The question (the one step tests replace): True to train."""
        box = QMessageBox(QMessageBox.Icon.Question, _tr("Slow training"), text, QMessageBox.StandardButton.Cancel, self.parent)
        box.setTextFormat(Qt.TextFormat.PlainText)
        train = box.addButton(_tr("Train"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(train)
        box.exec()
        return box.clickedButton() is train

    def refuse(self, text: str) -> None:
        """Say why Play did not start (the one step tests replace)."""
        box = QMessageBox(QMessageBox.Icon.Warning, _tr("Training not started"), text, QMessageBox.StandardButton.Ok, self.parent)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.exec()
