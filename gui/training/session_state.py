"""The training tab's way in and out: ``read()`` gives the data, network, training settings and seed (and,
when asked, the trained network) as a :class:`TrainingState`; ``show(state)`` shows one and builds its networks.

:class:`TrainingTabState` is owned by :class:`gui.training.tab.TrainingTab`, whose ``state()`` and
``show_state(state)`` call it. The trained network is every layer's weights and biases as
plain numbers, loaded back by :meth:`engine.training.Trainer.load_weights`.
"""

from __future__ import annotations

from functools import partial

from engine.errors import EngineError
from engine.training_config import checked_config, task_features
from states.training import Trained, TrainingState, state_points


class TrainingTabState:
    """Reads and shows the :class:`TrainingState` of one training tab (``tab``: the tab, which owns this)."""

    def __init__(self, tab) -> None:
        self.tab = tab

    def read(self, with_network: bool = False) -> TrainingState:
        """The data, network, training settings, seed and switches; ``with_network``: also the trained network
        on screen, when it matches the settings."""
        tab = self.tab
        cfg, c = tab.config(), tab.controls
        return TrainingState(
            dataset=cfg.dataset,
            noise=cfg.noise,
            train_ratio=cfg.train_ratio,
            seed=cfg.seed,
            hidden=tuple(cfg.hidden),
            activation=str(cfg.activation),
            activation_params=dict(cfg.activation_params),
            init=cfg.init,
            init_params=dict(cfg.init_params),
            bias=cfg.bias,
            optimizer=cfg.optimizer,
            lr=cfg.lr,
            batch=cfg.batch,
            regularization=cfg.regularization,
            reg_rate=cfg.reg_rate,
            loss=cfg.loss,
            features=task_features(cfg.dataset, tuple(cfg.features))
            if c.data_box.points() is None or c.data_box.curve()  # a curve's own points: still one input
            else tuple(cfg.features),
            layer_activations=tuple(None if e is None else (e if isinstance(e, str) else e[0]) for e in cfg.layer_activations),
            points=state_points(c.data_box.points()),
            target=cfg.target,
            target_params=dict(cfg.target_params),
            side_by_side=c.side_by_side(),
            discretise=c.discretise(),
            contributions=tab.fit_view.contributions(),
            trained=self._trained() if with_network else None,
        )

    def _trained(self) -> Trained | None:
        """The networks on screen as plain numbers, or None when none matches the settings."""
        tab = self.tab
        frame = tab.frame
        try:
            config = checked_config(tab.config())
        except EngineError:
            return None
        if frame is None or frame.side_by_side != tab.controls.side_by_side() or frame.main.config != config:
            return None
        networks = tuple(tuple((tuple(map(tuple, w.tolist())), tuple(b.tolist())) for w, b in run.weights) for run in frame.runs)
        history = tuple(  # the loss history too: a reopened session's charts go on from it (NaN: None, null in JSON)
            tuple(
                (s.epoch, *(None if v != v else v for v in (s.train_loss, s.test_loss, s.train_accuracy, s.test_accuracy)))
                for s in run.history[:-1]
            )
            for run in frame.runs
        )
        return Trained(frame.epoch, networks, history)

    def show(self, state: TrainingState) -> None:
        """Show ``state`` and build its networks (with its trained weights, if it has them)."""
        tab = self.tab
        c = tab.controls
        c.set_config(state.config(tab.device, tab.dtype))
        c.data_box.set_points(state.config().points)
        c.data_box.set_target(state.target, state.target_params)
        c.run_box.lesson_check.blockSignals(True)
        c.set_side_by_side(state.side_by_side)
        c.run_box.lesson_check.blockSignals(False)
        c.run_box.discretise_check.setChecked(state.discretise)
        tab.fit_view.set_contributions(state.contributions)
        trained = state.trained
        if trained is None:
            tab.reset()
            return
        config, side_by_side, view = tab._settings()
        networks = [list(network) for network in trained.networks]
        tab._set_playing(False)
        tab.start_job(
            partial(
                tab.runs.restore,
                config,
                side_by_side,
                view,
                networks,
                trained.epoch,
                [list(map(list, run)) for run in trained.history],
            )
        )
