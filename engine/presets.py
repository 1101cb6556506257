"""Classic lessons of the depth experiment, each a ready-made configuration.

A :class:`Preset` sets the activation, the initialiser and the network size, and
may name a second configuration to draw alongside for comparison (dashed). The
lesson text says what to look for; the GUI translates it (context ``"engine"``).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from engine.depth import DepthConfig
from engine.errors import EngineError, clipped


@dataclass(frozen=True)
class Preset:
    id: str
    name: str
    lesson: str
    source: str
    config: DepthConfig
    compare: DepthConfig | None = None
    compare_label: str = ""

    def configs(self, **overrides: Any) -> tuple[DepthConfig, DepthConfig | None]:
        """The preset's configuration(s) with run settings (seed, device, ...) overridden."""
        main = replace(self.config, **overrides)
        return main, (replace(self.compare, **overrides) if self.compare is not None else None)

    def comparison(self, config: DepthConfig) -> DepthConfig | None:
        """The lesson's comparison network at ``config``'s sizes, seed, device and dtype (None: it has none)."""
        sizes = {name: getattr(config, name) for name in ("layers", "width", "batch", "bias", "seed", "device", "dtype")}
        return self.configs(**sizes)[1]


_KAIMING_RELU = {"nonlinearity": "relu"}

_ENTRIES = (
    Preset(
        id="sigmoid_default",
        name="Sigmoid + PyTorch default init",
        lesson="σ′ is at most 1/4 and nn.Linear's default gives Var(W) = 1/(3·fan_in), so every layer multiplies the "
        "gradient's variance by about 1/48: over these 10 layers the first layer's weight gradients come out about "
        "10⁷ times smaller than the last's (48^4.5 ≈ 3.7·10⁷), though no unit is saturated.",
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
        lesson="Xavier's variance 2/(fan_in + fan_out) is right for units that pass variance through; tanh squashes, "
        "so with gain 1 the activations' std still shrinks with depth (about 0.63 at layer 1, 0.23 at layer 10, "
        "0.13 at layer 30). PyTorch's gain for tanh, 5/3, makes up for the squashing: the std stays near 0.65 in "
        "every layer.",
        source="Glorot & Bengio 2010",
        config=DepthConfig(activation="tanh", init="xavier_uniform", init_params={"gain": 5.0 / 3.0}, layers=30, width=512),
        compare=DepthConfig(activation="tanh", init="xavier_uniform", init_params={"gain": 1.0}, layers=30, width=512),
        compare_label="Xavier uniform, gain 1",
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
        lesson="nn.Linear's default variance 1/(3·fan_in) is a sixth of the 2/fan_in ReLU needs to keep the "
        "variance: the activations' std shrinks by √6 per layer (×0.408).",
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
        raise EngineError("preset", f"unknown preset {clipped(preset_id)} (choose {', '.join(PRESETS)})") from None
