"""What the allowed maxima cost (issue 21, item 11): estimated before the work and refused past the budget with
exit 2 and a message, and an image never evaluates more points than its pixels can show."""

from __future__ import annotations

import json

import pytest

from engine import memory
from main import main

FORMAT = "activation-lab-session"


def _session(path, **tabs):
    path.write_text(json.dumps({"format": FORMAT, "version": 1, "tab": "explorer", "tabs": tabs}), encoding="utf-8")
    return path


def test_a_session_of_many_curves_at_100001_points_is_drawn_at_two_points_per_pixel(tmp_path, capsys, monkeypatch):
    import engine

    asked = []
    evaluate = engine.evaluate

    def counting(*args, **kwargs):
        curve = evaluate(*args, **kwargs)
        asked.append(curve.x.size)
        return curve

    monkeypatch.setattr(engine, "evaluate", counting)
    curves = [{"activation": a} for a in ("relu", "gelu", "tanh", "elu", "silu", "sigmoid")] * 3
    session = _session(tmp_path / "many.alab", explorer={"curves": curves, "points": 100_001, "x_range": [-6, 6]})
    assert main(["export", "--session", str(session), "--out", str(tmp_path / "out"), "--width", "800"]) == 0
    assert "shows 1,600 of the session's 100,001 points" in capsys.readouterr().err
    assert (tmp_path / "out" / "explorer.png").stat().st_size > 0
    assert len(asked) == len(curves) and max(asked) <= 1600 + 4  # the grid keeps 0 and the kinks as anchors


def test_a_session_csv_keeps_every_point(tmp_path):
    session = _session(tmp_path / "one.alab", explorer={"curves": [{"activation": "relu"}], "points": 20_001})
    assert main(["export", "--session", str(session), "--out", str(tmp_path / "out"), "--format", "csv"]) == 0
    assert len((tmp_path / "out" / "explorer.csv").read_text().splitlines()) == 20_001 + 1


@pytest.mark.parametrize("kind", [["--activation", "relu"], ["--train", "--epochs", "1"]])
def test_an_image_too_large_to_render_within_the_memory_budget_is_refused_before_any_work(tmp_path, capsys, kind):
    out = tmp_path / "big.png"
    assert main(["export", *kind, "--width", "12000", "--height", "12000", "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert "error: width" in err and memory.format_bytes(memory.image_peak_bytes(12000, 12000)) in err
    assert not out.exists()


def test_the_largest_image_within_the_budget_is_accepted_by_the_check():
    side = int((memory.IMAGE_BUDGET / memory.IMAGE_BYTES_PER_PIXEL) ** 0.5)
    memory.check_image_size(side, side)
    with pytest.raises(Exception, match="use a smaller"):
        memory.check_image_size(side + 1, side + 1)


LARGEST_TRAIN = ["--train", "--hidden", "16,16,16,16,16,16", "--samples", "5000", "--train-ratio", "90", "--batch", "1"]


def test_training_at_the_maxima_is_refused_with_its_estimate_before_any_epoch(tmp_path, capsys, monkeypatch):
    from engine import training_cost

    monkeypatch.setattr(training_cost, "step_seconds", lambda configs, data: 0.0012)  # the 5.4 s an epoch
    out = tmp_path / "run.csv"
    assert main(["export", *LARGEST_TRAIN, "--epochs", "100000", "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: epochs: 100,000 epochs would take about 6 days here (5.4 s an epoch of 4,500 mini-batches)")
    assert "--force" in err and not out.exists()


def test_the_estimate_comes_from_a_real_probe(tmp_path, capsys):
    out = tmp_path / "run.csv"
    assert main(["export", *LARGEST_TRAIN, "--epochs", "100000", "--out", str(out)]) == 2
    assert "mini-batches); the most without --force is 10 min" in capsys.readouterr().err and not out.exists()


def test_force_trains_a_run_over_the_budget_and_a_short_run_needs_no_force(tmp_path, capsys, monkeypatch):
    import cli.training

    monkeypatch.setattr(cli.training, "TIME_BUDGET_S", 1e-6)  # every run is over it
    out = tmp_path / "run.csv"
    args = ["export", "--train", "--epochs", "4", "--out", str(out)]
    assert main(args) == 2 and "error: epochs: 4 epochs would take about 1 s" in capsys.readouterr().err
    assert main([*args, "--force"]) == 0
    assert len(out.read_text().splitlines()) == 1 + 5  # epochs 0 to 4
    monkeypatch.setattr(cli.training, "TIME_BUDGET_S", 600.0)
    assert main(["export", "--train", "--epochs", "300", "--out", str(tmp_path / "usual.csv")]) == 0


def test_training_past_the_memory_budget_is_refused_even_with_force(tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(memory, "TRAINING_BUDGET", 10 * 1024**2)
    out = tmp_path / "run.csv"
    assert main(["export", "--train", "--epochs", "100000", "--force", "--out", str(out)]) == 2
    assert "error: epochs: 100,000 epochs would hold about" in capsys.readouterr().err and not out.exists()
