"""Bad input raises the one engine error, naming the field; nothing is clipped."""

import pytest

import engine
from engine.evaluate import MAX_POINTS

BAD = [
    (dict(activation="reloo"), "activation"),
    (dict(activation="leaky_relu", params={"slope": 0.1}), "leaky_relu.slope"),
    (dict(activation="leaky_relu", params={"negative_slope": 1.5}), "leaky_relu.negative_slope"),
    (dict(activation="leaky_relu", params={"negative_slope": float("nan")}), "leaky_relu.negative_slope"),
    (dict(activation="gelu", params={"approximate": "cubic"}), "gelu.approximate"),
    (dict(activation="rrelu", params={"training": "yes"}), "rrelu.training"),
    (dict(activation="rrelu", params={"lower": 0.5, "upper": 0.2}), "rrelu.lower"),
    (dict(activation="hardtanh", params={"min_val": 1.0, "max_val": 1.0}), "hardtanh.min_val"),
    (dict(activation="relu", x_min=1.0, x_max=1.0), "x_min"),
    (dict(activation="relu", x_min=float("inf")), "x_min"),
    (dict(activation="relu", points=1), "points"),
    (dict(activation="relu", points=MAX_POINTS + 1), "points"),
    (dict(activation="relu", dtype="float8"), "dtype"),
    (dict(activation="relu", device="tpu"), "device"),
    (dict(activation="relu", order=3), "order"),
    (dict(activation="softmax"), "activation"),
]


@pytest.mark.parametrize(("kwargs", "field"), BAD, ids=[f for _, f in BAD])
def test_bad_input_raises_engine_error_naming_the_field(kwargs, field):
    with pytest.raises(engine.EngineError) as err:
        engine.evaluate(**kwargs)
    assert err.value.field == field
    assert field in str(err.value)


def test_value_at_the_limit_is_accepted_unchanged():
    c = engine.evaluate("leaky_relu", {"negative_slope": 1.0}, x=[-2.0], dtype="float64")
    assert c.params["negative_slope"] == 1.0 and c.f[0] == -2.0
