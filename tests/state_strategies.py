"""Hypothesis strategies for every tab's state, drawn as a session file's JSON sections and built by the
states' own checked builders (a draw they refuse is rejected, not tested). Sizes are kept small so a
figure computes in milliseconds. Qt-free.
"""

from __future__ import annotations

from hypothesis import reject
from hypothesis import strategies as st

from engine import get_activation
from engine.activations import elementwise_ids, vector_ids
from engine.datasets import DATASETS, FEATURES
from engine.initializers import INITIALIZERS
from engine.params import Param
from engine.presets import PRESETS
from states.depth import DepthState
from states.errors import StateError
from states.explorer import ExplorerState
from states.initialization import InitializationState
from states.training import LEARNING_RATES, REG_RATES, TrainingState

FORMULAS = ("formula: x*sigmoid(k*x)", "formula: max(x, a*x)")
LINEAR_INITS = tuple(i for i, entry in INITIALIZERS.items() if 2 in entry.ranks)
DEPTH_ACTIVATIONS = ("relu", "tanh", "sigmoid", "gelu", "selu", "identity")
finite = st.floats(-8.0, 8.0, allow_nan=False, width=32)


def param_value(param: Param, switch: str | None) -> st.SearchStrategy:
    """A value of one registry parameter within its own range (a random-slopes switch stays off: its draws are random)."""
    if param.kind == "bool":
        return st.just(False) if param.name == switch else st.booleans()
    if param.kind == "choice":
        return st.sampled_from(param.choices)
    low = -10.0 if param.minimum is None else param.minimum
    high = 10.0 if param.maximum is None else min(param.maximum, low + 20.0)
    if param.kind == "int":
        return st.integers(int(low), int(high))
    return st.floats(low, high, allow_nan=False)


@st.composite
def registry_params(draw, activation_id: str) -> dict:
    """Some of an activation's parameters (the rest keep their defaults)."""
    act = get_activation(activation_id)
    switch = act.random_slopes.switch if act.random_slopes is not None else None
    names = draw(st.sets(st.sampled_from([p.name for p in act.params]))) if act.params else set()
    return {p.name: draw(param_value(p, switch)) for p in act.params if p.name in names}


@st.composite
def explorer_curves(draw) -> list[dict]:
    curves = []
    for _ in range(draw(st.integers(0, 3))):
        if draw(st.integers(0, 4)) == 0:
            text = draw(st.sampled_from(FORMULAS))
            name = "k" if "k*" in text else "a"
            curve = {"activation": text, "params": {name: draw(st.floats(-15.0, 15.0, width=32))}, "ranges": {name: [-20, 20]}}
        else:
            activation_id = draw(st.sampled_from(elementwise_ids()))
            curve = {"activation": activation_id, "params": draw(registry_params(activation_id))}
        if draw(st.booleans()):
            curve["show_gap"] = True
        curves.append(curve)
    return curves


def _built(builder, section: dict):
    try:
        return builder(section)
    except StateError:
        reject()


@st.composite
def explorer_states(draw, vector: bool = True) -> ExplorerState:
    curves = draw(explorer_curves())
    low = draw(st.floats(-30.0, 29.0, width=32))
    section = {
        "curves": curves,
        "selected": draw(st.integers(-1, len(curves) - 1)),
        "x_range": [low, low + draw(st.floats(0.5, 30.0, width=32))],
        "points": draw(st.integers(2, 300)),
        "show_second": draw(st.booleans()),
        "log_df": draw(st.booleans()),
        "shade_saturation": draw(st.booleans()),
        "eps": draw(st.floats(0.0001, 1.0)),
        "show_marks": draw(st.booleans()),
        "device": "cpu",
        "dtype": draw(st.sampled_from(("float32", "float64"))),
    }
    if vector and draw(st.integers(0, 3)) == 0:
        activation_id = draw(st.sampled_from(vector_ids()))
        section["vector"] = {
            "activation": activation_id,
            "x": draw(st.lists(finite, min_size=2, max_size=6)),
            "params": draw(registry_params(activation_id)),
        }
    return _built(ExplorerState.build, section)


@st.composite
def initialization_states(draw) -> InitializationState:
    linear = draw(st.booleans())
    shape = [draw(st.integers(1, 40)), draw(st.integers(1, 40))]
    if not linear:
        shape += [draw(st.integers(1, 3)), draw(st.integers(1, 3))]
    section = {
        "init": draw(st.sampled_from(LINEAR_INITS)),
        "shape": shape,
        "seed": draw(st.integers(0, 2**31 - 1)),
        "bins": draw(st.integers(5, 60)),
        "log_y": draw(st.booleans()),
        "compare": draw(st.booleans()),
        "compare_init": draw(st.sampled_from(LINEAR_INITS)),
    }
    return _built(InitializationState.build, section)


@st.composite
def depth_states(draw) -> DepthState:
    layers = draw(st.integers(1, 6))
    section = {"layers": layers, "width": draw(st.integers(2, 16)), "batch": draw(st.integers(2, 16))}
    preset = draw(st.sampled_from(("", *PRESETS)))
    if preset:
        section["preset"] = preset
    else:
        section["activation"] = draw(st.sampled_from(DEPTH_ACTIVATIONS))
        section["init"] = draw(st.sampled_from(("kaiming_normal", "xavier_normal", "xavier_uniform", "orthogonal")))
    section.update(
        seed=draw(st.integers(0, 1000)),
        show_theory=draw(st.booleans()),
        keep_previous=False,
        layer=draw(st.integers(1, layers)),
    )
    return _built(DepthState.build, section)


@st.composite
def training_states(draw, trained: bool = True) -> TrainingState:
    section = {
        "dataset": draw(st.sampled_from(tuple(DATASETS))),
        "noise": draw(st.integers(0, 50)),
        "seed": draw(st.integers(0, 999)),
        "hidden": draw(st.lists(st.integers(1, 4), max_size=2)),
        "activation": draw(st.sampled_from(("tanh", "relu", "sigmoid", "identity"))),
        "lr": draw(st.sampled_from(LEARNING_RATES)),
        "reg_rate": draw(st.sampled_from(REG_RATES)),
        "features": draw(st.lists(st.sampled_from(tuple(FEATURES)), min_size=1, max_size=3, unique=True)),
        "side_by_side": draw(st.booleans()),
        "discretise": draw(st.booleans()),
        "contributions": draw(st.booleans()),
    }
    if draw(st.booleans()):
        section["points"] = draw(st.lists(st.tuples(finite, finite, st.integers(0, 1)).map(list), min_size=4, max_size=12))
    state = _built(TrainingState.build, section)
    if trained and draw(st.booleans()):
        sizes = state.config().weight_shapes
        networks = [
            [
                {
                    "weight": [[draw(finite) for _ in range(n_in)] for _ in range(n_out)],
                    "bias": [draw(finite) for _ in range(n_out)],
                }
                for n_out, n_in in sizes
            ]
            for _ in range(2 if state.side_by_side else 1)
        ]
        state = _built(
            TrainingState.build, {**state.section(), "trained": {"epoch": draw(st.integers(0, 50)), "networks": networks}}
        )
    return state


#: Each tab's strategy, by its session key.
STATES = {
    "explorer": explorer_states(),
    "initialization": initialization_states(),
    "depth": depth_states(),
    "training": training_states(),
}
