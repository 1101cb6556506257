"""Classic lessons of the depth experiment, each a ready-made configuration.

A :class:`Preset` sets the activation, the initialiser and the network size, and
may name a second configuration to draw alongside for comparison (dashed). The
lesson text says what to look for; the GUI translates it (context ``"engine"``).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from engine.depth import DepthConfig
from engine.errors import EngineError


@dataclass(frozen=True)
class Preset:
    id: str
    name: str
    lesson: str
    source: str
    config: DepthConfig
    compare: DepthConfig | None = None
    compare_label: str = ""

    def configs(self, **overrides) -> tuple[DepthConfig, DepthConfig | None]:
        """The preset's configuration(s) with run settings (seed, device, ...) overridden."""
        main = replace(self.config, **overrides)
        return main, (replace(self.compare, **overrides) if self.compare is not None else None)


_KAIMING_RELU = {"nonlinearity": "relu"}

_ENTRIES = (
    Preset(
        id="sigmoid_default",
        name="Sigmoid + PyTorch default init",
        lesson="σ′ is at most 1/4 and nn.Linear's default gives Var(W) = 1/(3·fan_in), so every layer multiplies the "
        "gradient's variance by about 1/48: the first layers get gradients thousands of times smaller than the last.",
        source="Glorot & Bengio 2010",
        config=DepthConfig(activation="sigmoid", init="linear_default", layers=10, width=512),
    ),
    Preset(
        id="relu_xavier_vs_kaiming",
        name="ReLU: Xavier vs Kaiming",
        lesson="ReLU zeroes half its inputs. With Var(W) = 1/n (Xavier on a square layer) the activation variance "
        "halves every layer, so the std falls by √2 per layer; Kaiming's 2/n (gain √2) keeps it constant.",
        source="He et al. 2015",
        config=DepthConfig(activation="relu", init="kaiming_normal", init_params=_KAIMING_RELU, layers=30, width=512),
        compare=DepthConfig(activation="relu", init="xavier_normal", layers=30, width=512),
        compare_label="Xavier normal",
    ),
    Preset(
        id="tanh_xavier",
        name="Tanh + Xavier",
        lesson="Xavier's variance 2/(fan_in + fan_out) keeps activations and back-propagated gradients at similar "
        "scales in every layer; the older U(−1/√n, 1/√n) rule (PyTorch's default) lets them shrink with depth.",
        source="Glorot & Bengio 2010",
        config=DepthConfig(activation="tanh", init="xavier_uniform", layers=30, width=512),
        compare=DepthConfig(activation="tanh", init="linear_default", layers=30, width=512),
        compare_label="PyTorch default",
    ),
    Preset(
        id="selu_self_normalising",
        name="SELU + Kaiming normal ('linear')",
        lesson="With Var(W) = 1/n, SELU drives every layer's activations to mean 0 and std 1: the network normalises "
        "itself. PyTorch's own gain for 'selu' (3/4) breaks the fixed point, as its documentation warns.",
        source="Klambauer et al. 2017",
        config=DepthConfig(
            activation="selu", init="kaiming_normal", init_params={"nonlinearity": "linear"}, layers=50, width=512
        ),
        compare=DepthConfig(activation="selu", init="kaiming_normal", init_params={"nonlinearity": "selu"}, layers=50, width=512),
        compare_label="nonlinearity 'selu' (gain 3/4)",
    ),
    Preset(
        id="relu_default",
        name="ReLU + PyTorch default init",
        lesson="nn.Linear's default variance 1/(3·fan_in) is a sixth of what ReLU needs to keep the variance: "
        "the activations shrink by √6 per layer.",
        source="He et al. 2015",
        config=DepthConfig(activation="relu", init="linear_default", layers=20, width=512),
        compare=DepthConfig(activation="relu", init="kaiming_uniform", init_params=_KAIMING_RELU, layers=20, width=512),
        compare_label="Kaiming uniform",
    ),
)

PRESETS: dict[str, Preset] = {p.id: p for p in _ENTRIES}


def get_preset(preset_id: str) -> Preset:
    try:
        return PRESETS[preset_id]
    except KeyError:
        raise EngineError("preset", f"unknown preset {preset_id!r} (choose {', '.join(PRESETS)})") from None
