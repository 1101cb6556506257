"""Every number a bundled lesson states is computed here, from the engine, with the lesson's own settings.

Each lesson has a function that computes its facts and returns (token, what the computation says)
pairs; a test then requires that every number in the lesson's title, text and question is one of
those tokens, and that each token equals what was computed. A number typed into a lesson without a
computation behind it fails the first test; a number that drifts from the maths fails the second.
"""

from __future__ import annotations

import math
import re
from fractions import Fraction
from pathlib import Path

import numpy as np
import pytest

from engine import evaluate, evaluate_vector, get_activation
from engine.datasets import DOMAIN
from engine.depth import DepthConfig
from engine.depth import run as depth_run
from engine.init_sampling import sample
from engine.init_theory import calculate_gain
from engine.initializers import theory
from engine.presets import get_preset
from engine.race_presets import get_race_preset
from engine.regression import fit_of, kink_bound
from engine.training import run as train_run
from engine.training import run_side_by_side, run_together
from engine.training_config import TrainConfig
from gui.lessons.model import catalogue

ROOT = Path(__file__).resolve().parents[3]
LESSONS = {lesson.number: lesson for lesson in catalogue(ROOT / "resources" / "lessons")}
#: A number as a lesson writes it: −0.17, 1/8, 50%, √2, 10^16 (from 10<sup>16</sup>), 3·10^−5.
NUMBER = re.compile(r"√?[−-]?\d+(?:\.\d+)?(?:/\d+)?(?:·10\^[−-]?\d+|\^[−-]?\d+)?%?")


def numbers_in(html: str) -> list[str]:
    """The numbers a reader sees in a lesson text (superscripts read as powers, tags and entities dropped)."""
    text = re.sub(r"<sup>(.*?)</sup>", r"^\1", html)
    text = re.sub(r"<[^>]+>", " ", text)
    text = re.sub(r"&[a-z]+;", " ", text)
    return NUMBER.findall(text)


def claim(token: str, holds: bool) -> tuple[str, str]:
    """``token`` is stated; ``holds`` is what the computation says about the statement."""
    return token, token if holds else f"{token} (false)"


def curve(activation: str, params: dict | None = None, x_min: float = -20.0, x_max: float = 20.0, points: int = 400_001):
    return evaluate(activation, params, x_min=x_min, x_max=x_max, points=points, device="cpu", dtype="float64", order=1)


def at(c, x: float) -> tuple[float, float]:
    return float(np.interp(x, c.x, c.f)), float(np.interp(x, c.x, c.df))


def section(number: int) -> dict:
    lesson = LESSONS[number]
    return lesson.session["tabs"][lesson.tab].section()


def train_config(number: int, **changes) -> TrainConfig:
    s = section(number)
    fields = ("dataset", "noise", "train_ratio", "seed", "hidden", "activation", "activation_params", "init", "init_params")
    values = {name: s[name] for name in fields}
    values["hidden"] = tuple(values["hidden"])
    more = ("bias", "optimizer", "lr", "batch", "regularization", "reg_rate", "loss")
    values.update({name: s[name] for name in more}, features=tuple(s["features"]), device="cpu")
    values.update(changes)
    return TrainConfig(**values)


def depth_config(number: int, **changes) -> DepthConfig:
    s = section(number)
    names = ("activation", "activation_params", "init", "init_params", "layers", "width", "batch", "bias", "seed")
    return DepthConfig(**{**{name: s[name] for name in names}, "device": "cpu", **changes})


def decades(ratio: float) -> str:
    return f"10^{round(math.log10(ratio))}"


# ---- one function per lesson: the facts it states, computed -------------------------------------------------


def facts_1() -> list[tuple[str, str]]:
    linear, tanh = run_side_by_side(train_config(1, epochs=300))
    assert linear.config.activation == "identity" and section(1)["side_by_side"]
    never_solved = max(h.test_accuracy for h in linear.history) < 0.75
    return [claim("100", never_solved and tanh.history[100].test_accuracy == 1.0)]


def facts_2() -> list[tuple[str, str]]:
    c = curve("sigmoid")
    top = int(np.argmax(c.df))
    return [
        claim("0", 0 < c.f.min()),
        claim("1", c.f.max() < 1 and np.allclose(c.df, c.f * (1 - c.f), atol=1e-15)),
        ("0.25", f"{c.df[top]:.2f}"),
        ("0", f"{abs(c.x[top]):.0f}"),
        claim("5", at(c, 5.0)[1] < 0.01),
        claim("0.01", at(c, 5.0)[1] < 0.01),
        claim("10", 0.25**10 < 1e-6),  # the question's premise; its answer, 0.25^10, is below a millionth
    ]


def facts_3() -> list[tuple[str, str]]:
    deep, shallow = depth_run(depth_config(3)), depth_run(depth_config(3, layers=5))
    deep_ratio = deep.grad_weight_std[-1] / deep.grad_weight_std[0]
    shallow_ratio = shallow.grad_weight_std[-1] / shallow.grad_weight_std[0]
    per_layer = [math.log10(r) / (layers - 1) for r, layers in ((deep_ratio, 20), (shallow_ratio, 5))]
    dsig = curve("sigmoid").df.max()
    return [
        ("20", str(section(3)["layers"])),
        (decades(deep_ratio), decades(deep_ratio)),
        claim("5", True),  # the instruction "set layers to 5"; its result is the next claim
        ("10^3", decades(shallow_ratio)),
        claim("0.25", dsig <= 0.25 + 1e-15),
        claim("exponentially", abs(per_layer[0] - per_layer[1]) < 0.25 * per_layer[0]),  # same decades per layer
    ]


def facts_4() -> list[tuple[str, str]]:
    t, s = curve("tanh", x_min=-10, x_max=10), curve("sigmoid")  # float64 tanh rounds to ±1 from |x| ≈ 19
    tanh0, _dtanh0 = at(t, 0.0)
    return [
        claim("−1", -1 < t.f.min() < -1 + 1e-8),
        claim("1", 1 - 1e-8 < t.f.max() < 1),
        claim("0", tanh0 == 0.0 and np.all(np.sign(t.f) == np.sign(t.x))),
        ("0.5", f"{at(s, 0.0)[0]:.1f}"),
        ("1", f"{t.df.max():.0f}"),
        claim("four", t.df.max() / s.df.max() == pytest.approx(4.0)),
        ("0.25", f"{s.df.max():.2f}"),
        claim("3", at(t, 3.0)[1] < 0.01),
        claim("0.01", at(t, 3.0)[1] < 0.01),
    ]


def facts_5() -> list[tuple[str, str]]:
    relu = curve("relu", x_min=-2, x_max=2, points=4001)
    slow = train_run(train_config(5, epochs=300))
    dead = [h.dead_share for h in slow.history]
    ends_up = all(np.array_equal(share, dead[-1]) for share in dead[len(dead) // 2 :])  # the last 150 epochs
    fast = train_run(train_config(5, lr=0.3, epochs=300))
    whole_layer = fast.history[-1].dead_share[-1] == 1.0 and fast.history[-1].test_accuracy < 0.65
    return [
        ("1", f"{at(relu, 1.0)[1]:.0f}"),
        ("0", f"{at(relu, -1.0)[0]:.0f}"),
        ("0", f"{at(relu, -1.0)[1]:.0f}"),
        ("50%", f"{dead[-1][-1]:.0%}"),  # of the second layer; the first keeps all its units
        claim("50%", not dead[-1][:-1].any() and ends_up and slow.history[-1].test_accuracy == 1.0),
        claim("0.3", whole_layer),
    ]


def facts_6() -> list[tuple[str, str]]:
    s = {c["activation"]: c["params"] for c in section(6)["curves"]}
    leaky, prelu = curve("leaky_relu", s["leaky_relu"]), curve("prelu", s["prelu"])
    rrelu = get_activation("rrelu")
    lower, upper = (next(p.default for p in rrelu.params if p.name == name) for name in ("lower", "upper"))
    draws = evaluate("rrelu", {**s["rrelu"]}, x_min=-4, x_max=-1, points=2001, device="cpu", dtype="float64", order=0)
    slopes = draws.f / draws.x
    fixed = curve("rrelu", {**s["rrelu"], "training": False})
    slope = next(p for p in get_activation("leaky_relu").params if p.name == "negative_slope")
    at_one = curve("leaky_relu", {"negative_slope": 1.0})
    return [
        claim("0", np.allclose(leaky.f[leaky.x > 0], leaky.x[leaky.x > 0]) and slope.minimum == 0),
        claim("1", slope.maximum == 1 and np.allclose(at_one.f, at_one.x)),  # the ▶ sweep's end: the identity
        ("0.01", f"{-at(leaky, -1.0)[0]:.2f}"),
        ("0.25", f"{-at(prelu, -1.0)[0]:.2f}"),
        claim("1/8", Fraction(lower).limit_denominator(100) == Fraction(1, 8) and slopes.min() >= lower),
        claim("1/3", Fraction(upper).limit_denominator(100) == Fraction(1, 3) and slopes.max() <= upper),
        ("0.229", f"{-at(fixed, -1.0)[0]:.3f}"),
    ]


def facts_7() -> list[tuple[str, str]]:
    view = section(7)["vector"]  # the lesson opens on the vector view: these scores at this temperature
    assert view["activation"] == "softmax"
    softmax = get_activation("softmax")
    temperature = next(p for p in softmax.params if p.name == "temperature")
    t_low, t_high = temperature.minimum, temperature.maximum
    scores, t_open = view["x"], view["params"]["temperature"]
    winner = int(np.argmax(scores))

    def probabilities(temperature: float = t_open):
        return evaluate_vector("softmax", scores, {"temperature": temperature}, device="cpu", dtype="float64")

    opened, at_two = probabilities(), probabilities(2.0)
    p, jac = opened.output, opened.jacobian
    true_jacobian = np.diag(p) - np.outer(p, p)  # ∂p_i/∂x_j = p_i(δ_ij − p_j), written out
    p2 = at_two.output
    two = [evaluate_vector("softmax", [x, 0.0], device="cpu", dtype="float64").output[0] for x in np.linspace(-6, 6, 25)]
    sig = curve("sigmoid", x_min=-6, x_max=6, points=25)
    spread = [np.abs(probabilities(t).output - 1 / len(scores)).max() for t in (1.0, 5.0, t_high)]
    loss_8 = [-math.log(probabilities(t).output[7]) for t in (t_low, 0.5, 1.0, 2.0, t_high)]
    return [
        ("10", str(len(scores))),
        claim("1", t_open == 1.0 and p.sum() == pytest.approx(1.0)),
        ("3.75", f"{max(scores):g}"),
        ("10", str(winner + 1)),
        ("0.74", f"{p[winner]:.2f}"),
        claim("0.19", np.allclose(jac, true_jacobian, atol=1e-15) and jac.max() == jac[winner, winner]),
        ("0.19", f"{jac[winner, winner]:.2f}"),
        ("0.19", f"{p[winner] * (1 - p[winner]):.2f}"),
        claim("0", np.allclose(jac.sum(axis=1), 0, atol=1e-15) and np.all(jac[~np.eye(len(scores), dtype=bool)] < 0)),
        claim("2", t_low <= 2.0 <= t_high and np.allclose(at_two.jacobian, (np.diag(p2) - np.outer(p2, p2)) / 2.0, atol=1e-15)),
        ("0.37", f"{p2.max():.2f}"),
        claim("1/10", spread[0] > spread[1] > spread[2] and spread[2] < 0.02),
        claim("20", t_high == 20.0),
        ("0.12", f"{probabilities(t_high).output.max():.2f}"),
        claim("0.5", t_low <= 0.5),
        ("0.98", f"{probabilities(0.5).output.max():.2f}"),
        claim("almost everything", probabilities(0.5).output.max() > 0.97),
        ("0.88", f"{evaluate_vector('softmax', [2.0, 0.0], device='cpu', dtype='float64').output[0]:.2f}"),
        claim(
            "0.88",
            np.isclose(evaluate_vector("softmax", [2.0, 0.0], device="cpu", dtype="float64").output[0], 1 / (1 + math.exp(-2))),
        ),
        claim("0", np.allclose(two, sig.f, atol=1e-15)),
        # the question: −ln p_8 grows as T falls (the sure network's mistake costs more when it is surer)
        claim("8", len(scores) >= 8 and winner != 7 and bool(np.all(np.diff(loss_8) < 0))),
    ]


def facts_8() -> list[tuple[str, str]]:
    s = section(8)
    shape = tuple(s["shape"])
    fan_out, fan_in = shape
    kaiming, xavier = theory(s["init"], s["params"], shape), theory(s["compare_init"], s["compare_params"], shape)
    drawn = {
        name: sample(init, shape, params, seed=s["seed"], device="cpu").std
        for name, init, params in (("k", s["init"], s["params"]), ("x", s["compare_init"], s["compare_params"]))
    }
    return [
        ("256", str(fan_out)),
        ("256", str(fan_in)),
        claim("2", xavier.std**2 == pytest.approx(2 / (fan_in + fan_out))),
        claim("2", kaiming.std**2 == pytest.approx(2 / fan_in)),
        ("0.0625", f"{xavier.std:.4f}"),
        ("0.0884", f"{kaiming.std:.4f}"),
        claim("√2", kaiming.std / xavier.std == pytest.approx(math.sqrt(2))),
        claim("drawn", drawn["k"] == pytest.approx(kaiming.std, rel=0.01) and drawn["x"] == pytest.approx(xavier.std, rel=0.01)),
    ]


def facts_9() -> list[tuple[str, str]]:
    s = section(9)
    main, compare = get_preset(s["preset"]).configs(device="cpu")
    kaiming, xavier = depth_run(main), depth_run(compare)
    per_layer = (xavier.act_std[-1] / xavier.act_std[0]) ** (1 / (main.layers - 1))
    mantissa, exponent = f"{xavier.act_std[-1]:.0e}".split("e")
    tanh = {
        gain: depth_run(
            DepthConfig("tanh", init="xavier_normal", init_params={"gain": gain}, layers=30, width=512, device="cpu")
        ).act_std
        for gain in (1.0, calculate_gain("tanh"))
    }
    return [
        ("30", str(main.layers)),
        ("512", str(main.width)),
        ("0.8", f"{kaiming.act_std[0]:.1f}"),
        ("1", "1"),
        ("0.8", f"{kaiming.act_std[-1]:.1f}"),
        claim("√2", per_layer == pytest.approx(1 / math.sqrt(2), rel=0.02)),
        ("3·10^−5", f"{int(mantissa)}·10^−{int(exponent[1:])}" if exponent.startswith("-") else "big"),
        ("0.63", f"{tanh[1.0][0]:.2f}"),
        ("0.13", f"{tanh[1.0][29]:.2f}"),
        claim("5/3", calculate_gain("tanh") == pytest.approx(5 / 3)),
        ("0.65", f"{tanh[calculate_gain('tanh')][9]:.2f}"),
        ("0.65", f"{tanh[calculate_gain('tanh')][29]:.2f}"),
    ]


def facts_10() -> list[tuple[str, str]]:
    curves = {a: curve(a, x_min=-6, x_max=0, points=600_001) for a in ("gelu", "silu", "mish")}
    lows = {a: int(np.argmin(c.f)) for a, c in curves.items()}
    small_not_zero = all(0 < abs(at(c, -3.0)[1]) < 0.2 for c in curves.values())
    return [
        claim("0", small_not_zero),
        claim("0", small_not_zero),
        ("−0.17", f"{curves['gelu'].f[lows['gelu']]:.2f}".replace("-", "−")),
        ("−0.28", f"{curves['silu'].f[lows['silu']]:.2f}".replace("-", "−")),
        ("−1.28", f"{curves['silu'].x[lows['silu']]:.2f}".replace("-", "−")),
        ("−0.31", f"{curves['mish'].f[lows['mish']]:.2f}".replace("-", "−")),
        claim("BERT GPT", "BERT" in get_activation("gelu").use and "GPT" in get_activation("gelu").use),
    ]


def facts_11() -> list[tuple[str, str]]:
    """ReLU [8] and tanh [8] on sin x trained together (one stack, as the race would), identity [8, 8] alone; the
    kinks and the bound from engine.regression, the best straight line by numpy's least squares."""
    epochs = 500
    relu, tanh = run_together([train_config(11, epochs=epochs), train_config(11, activation="tanh", epochs=epochs)])
    line = train_run(train_config(11, activation="identity", hidden=(8, 8), epochs=epochs))
    relu_fit, tanh_fit = fit_of(relu.config, list(relu.weights)), fit_of(tanh.config, list(tanh.weights))
    line_fit = fit_of(line.config, list(line.weights))
    data = line.data
    x, t = data.xy[data.train, 0], data.labels[data.train]
    design = np.stack([x, np.ones_like(x)], axis=1)
    best = float(np.mean((design @ np.linalg.lstsq(design, t, rcond=None)[0] - t) ** 2))
    units = relu.config.hidden[0]
    deep_bound = kink_bound((units, units), [1, 1])
    return [
        ("−6", f"{-DOMAIN:g}".replace("-", "−")),
        ("6", f"{DOMAIN:g}"),
        (str(epochs), str(relu.history[-1].epoch)),
        (str(epochs), str(tanh.history[-1].epoch)),
        ("7", str(len(relu_fit.kinks))),
        *[("8", str(n)) for n in (units, relu_fit.bound, tanh.config.hidden[0], *line.config.hidden, units)],
        claim("tanh", tanh_fit.shape == "smooth" and tanh_fit.kinks.size == 0),
        ("0.009", f"{tanh.history[-1].train_loss:.3f}"),
        ("0.059", f"{relu.history[-1].train_loss:.3f}"),
        claim("line", line_fit.shape == "line"),
        ("0.46", f"{line.history[-1].train_loss:.2f}"),
        ("0.46", f"{best:.2f}"),
        ("80", str(deep_bound)),
        ("16", str(2 * units)),
    ]


FACTS = {1: facts_1, 2: facts_2, 3: facts_3, 4: facts_4, 5: facts_5, 6: facts_6, 7: facts_7, 8: facts_8, 9: facts_9, 10: facts_10}
FACTS[11] = facts_11


def lesson_numbers(number: int) -> list[str]:
    lesson = LESSONS[number]
    return numbers_in(" ".join((lesson.title, lesson.text, lesson.question)))


@pytest.mark.parametrize("number", sorted(LESSONS))
def test_every_number_a_lesson_states_is_computed_and_true(number):
    assert number in FACTS, f"lesson {number} states facts no test computes"
    facts = FACTS[number]()
    stated = set(lesson_numbers(number))
    assert stated <= {token for token, _ in facts}, f"numbers without a computation: {stated - {t for t, _ in facts}}"
    wrong = [(token, computed) for token, computed in facts if token != computed]
    assert not wrong, f"lesson {number}: stated vs computed {wrong}"


def test_the_number_reader_sees_powers_fractions_and_signs():
    text = "<p>about 10<sup>16</sup>, 3·10<sup>−5</sup>, −0.17, 1/8, 50%, √2 and x &lt; 0</p>"
    assert numbers_in(text) == ["10^16", "3·10^−5", "−0.17", "1/8", "50%", "√2", "0"]


def facts_12() -> list[tuple[str, str]]:
    """The race over 10 seeds, every race in one computation: which activation stalls is computed, not typed."""
    from engine.race import GOAL, race_over_seeds
    from states.race import RaceState

    state = RaceState.build(section(12))
    summary = race_over_seeds(state.race(), range(10), 100)
    stalled = [a for k, a in enumerate(summary.activations) if summary.stalled(k) == len(summary.seeds)]
    sigmoid, tanh, relu = (summary.activations.index(a) for a in ("sigmoid", "tanh", "relu"))
    reached = {k: [r for r in summary.reached[k] if r is not None] for k in (tanh, relu)}
    final = summary.final_accuracy[sigmoid]
    sigmoid_max = float(np.max(curve("sigmoid").df))
    relu_slope, tanh_max = at(curve("relu"), 1.0)[1], float(np.max(curve("tanh").df))
    return [
        ("6", str(len(state.hidden))),
        ("8", str(state.hidden[0])),
        ("95%", f"{GOAL * 100:g}%"),
        ("10", str(len(summary.seeds))),
        ("100", str(summary.epochs)),
        claim("sigmoid", stalled == ["sigmoid"]),  # the one that stalls, in every seed; the others never do
        ("10", str(summary.stalled(sigmoid))),
        claim("no stall", summary.stalled(tanh) == summary.stalled(relu) == 0),
        ("48%", f"{min(final) * 100:.0f}%"),
        ("54%", f"{max(final) * 100:.0f}%"),
        ("4", str(min(reached[tanh]))),
        ("12", str(max(reached[tanh]))),
        ("4", str(min(reached[relu]))),
        ("7", str(max(reached[relu]))),
        ("1/4", str(Fraction(sigmoid_max).limit_denominator(100))),
        ("4^6", "4^6" if (1 / sigmoid_max) ** 6 == 4**6 else f"{1 / sigmoid_max:g}^6"),
        claim("1", math.isclose(relu_slope, 1.0) and math.isclose(tanh_max, 1.0, rel_tol=1e-6)),
        ("1", str(len(get_race_preset("saturating_depth_1").hidden))),
    ]


FACTS[12] = facts_12
