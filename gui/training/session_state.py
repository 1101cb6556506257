"""The training tab's part of a session file: data, network, training settings and seed, and the trained network.

A mixin of :class:`gui.training.tab.TrainingTab`. The section's format and limits are
:mod:`sessions.training`'s; the trained network (only when the user includes it) is every
layer's weights and biases as plain numbers, loaded back by :meth:`engine.training.Trainer.load_weights`.
"""

from __future__ import annotations

from functools import partial

from engine.datasets import points_rows
from engine.errors import EngineError
from engine.training_config import checked_config
from sessions.training import KEY, check_training, train_config


class TrainingTabState:
    """``session_state()``, ``trained_state()`` and ``restore_session(section)`` for the training tab."""

    session_key = KEY

    def session_state(self) -> dict:
        """The data, network, training settings, seed and switches as a session section (no weights)."""
        cfg, c = self.config(), self.controls
        points = c.data_box.points()
        return {
            "dataset": cfg.dataset,
            "noise": cfg.noise,
            "train_ratio": cfg.train_ratio,
            "seed": cfg.seed,
            "points": points_rows(points),
            "hidden": list(cfg.hidden),
            "activation": str(cfg.activation),
            "activation_params": dict(cfg.activation_params),
            "init": cfg.init,
            "init_params": dict(cfg.init_params),
            "bias": cfg.bias,
            "optimizer": cfg.optimizer,
            "lr": cfg.lr,
            "batch": cfg.batch,
            "regularization": cfg.regularization,
            "reg_rate": cfg.reg_rate,
            "loss": cfg.loss,
            "features": list(cfg.features),
            "layer_activations": [None if e is None else (e if isinstance(e, str) else e[0]) for e in cfg.layer_activations],
            "side_by_side": c.side_by_side(),
            "discretise": c.discretise(),
        }

    def trained_state(self) -> dict | None:
        """The networks on screen as plain numbers (``{"epoch", "networks"}``), or None when none matches the settings."""
        frame = self.frame
        try:
            config = checked_config(self.config())
        except EngineError:
            return None
        if frame is None or frame.side_by_side != self.controls.side_by_side() or frame.main.config != config:
            return None
        networks = [[{"weight": w.tolist(), "bias": b.tolist()} for w, b in run.weights] for run in frame.runs]
        history = [  # the loss history too: a reopened session's charts go on from it (NaN: null in JSON)
            [
                [s.epoch, *(None if v != v else v for v in (s.train_loss, s.test_loss, s.train_accuracy, s.test_accuracy))]
                for s in run.history[:-1]
            ]
            for run in frame.runs
        ]
        return {"epoch": frame.epoch, "networks": networks, "history": history}

    def restore_session(self, section: dict) -> None:
        """Show ``section`` and build its networks (with its trained weights, if it has them); SessionError, with
        nothing changed, if bad."""
        state = check_training(section)
        c = self.controls
        c.set_config(train_config(state, self.device, self.dtype))
        c.data_box.set_points(train_config(state).points)
        c.run_box.lesson_check.blockSignals(True)
        c.set_side_by_side(state["side_by_side"])
        c.run_box.lesson_check.blockSignals(False)
        c.run_box.discretise_check.setChecked(state["discretise"])
        trained = state["trained"]
        if trained is None:
            self.reset()
            return
        config, side_by_side, view = self._settings()
        networks = [[(layer["weight"], layer["bias"]) for layer in network] for network in trained["networks"]]
        self._set_playing(False)
        self.start_job(partial(self.runs.restore, config, side_by_side, view, networks, trained["epoch"], trained["history"]))
