"""What the README says happens at learning rate 10 happens (it once said "learning rate 10 diverges",
while the default tanh network with squared error sat at a flat 1.2 with no message)."""

from pathlib import Path

import pytest

from engine.training import Diverged, Trainer
from engine.training_config import TrainConfig

README = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")


def _paragraph() -> str:
    start = README.index("A diverging run")
    return " ".join(README[start : README.index("\n- ", start) if "\n- " in README[start:] else None].split())


def test_the_readme_names_the_run_that_diverges_and_it_does():
    text = _paragraph()
    assert "identity activation with cross-entropy at learning rate 10" in text
    trainer = Trainer(TrainConfig(activation="identity", loss="bce", lr=10.0))
    with pytest.raises(Diverged):
        trainer.step(300)


def test_the_readme_says_tanh_at_learning_rate_10_gets_stuck_at_twice_the_error_rate_and_it_does():
    text = _paragraph()
    assert "tanh at learning rate 10 does not diverge" in text.lower() and "exactly twice the error rate" in text
    trainer = Trainer(TrainConfig(lr=10.0))
    a = trainer.step(100)
    b = trainer.step(100)
    assert a.train_loss == b.train_loss  # stopped improving: saturated units get no gradient
    assert a.train_loss == pytest.approx(2 * (1 - a.train_accuracy), abs=1e-6)  # ½(±1 − t)² is 0 or 2 per point
