"""The initialisation histogram as drawn agrees with the theory for every initialiser.

The bars are binned over the sample's own range (an orthogonal 256×512 weight lies
within ±0.2 while its bound is ±1), so the data fill the bins; each bar's count is
within five standard errors of the theory's probability of that bin, written here from
the closed forms (uniform overlap, normal CDF). Point masses are spikes labelled with
their probability, and the bars hold only the rest.
"""

import math

import numpy as np
import pytest

from engine.initializers import INITIALIZERS

pytest.importorskip("pytestqt")

from gui.initialization.tab import InitTab

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture(scope="module")
def init_tab(qapp):
    tab = InitTab()
    tab.resize(1200, 800)
    tab.show()
    assert tab.wait_idle(60)
    yield tab
    tab.cancel()
    tab.wait_idle(60)
    tab.deleteLater()


def draw(tab, init_id, params=None):
    tab.select_init(init_id, params)
    tab.request()
    assert tab.wait_idle(60) and tab.samples[0].init == init_id, tab.problem()
    return tab.samples[0]


def normal_cdf(x):
    return 0.5 * (1.0 + np.vectorize(math.erf)(np.asarray(x, dtype=float) / math.sqrt(2.0)))


def bin_probability(theory, edges):
    """P(value in each bin) of the continuous part, from the closed forms."""
    lo, hi = edges[:-1], edges[1:]
    if theory.kind == "uniform":
        overlap = np.clip(np.minimum(hi, theory.high) - np.maximum(lo, theory.low), 0.0, None)
        return overlap / (theory.high - theory.low)
    if theory.kind == "truncated normal":
        a, b = theory.low, theory.high
        lo, hi = np.clip(lo, a, b), np.clip(hi, a, b)
    cdf = normal_cdf((hi - theory.loc) / theory.scale) - normal_cdf((lo - theory.loc) / theory.scale)
    if theory.kind == "truncated normal":
        cdf = cdf / (normal_cdf((theory.high - theory.loc) / theory.scale) - normal_cdf((theory.low - theory.loc) / theory.scale))
    return cdf * (1.0 - theory.zero_fraction)


CONTINUOUS = [e.id for e in INITIALIZERS.values() if e.id not in ("constant", "ones", "zeros", "eye", "dirac")]


@pytest.mark.parametrize("init_id", CONTINUOUS)
def test_every_initialisers_bars_agree_with_its_theory_within_the_sampling_error(init_tab, init_id):
    s = draw(init_tab, init_id)
    assert s.theory.has_density
    edges, density = init_tab.view.plotted_histogram(0)
    observed = density * s.count * np.diff(edges)
    expected = s.count * bin_probability(s.theory, edges)
    inside = expected > 0
    assert np.count_nonzero(observed[inside] > 0) >= 0.5 * np.count_nonzero(inside)  # the data fill the bins
    assert np.all(np.abs(observed - expected) <= 5.0 * np.sqrt(expected) + 3.0)


def test_orthogonal_weights_fill_the_bins_not_five_of_them(init_tab):
    s = draw(init_tab, "orthogonal")
    edges, density = init_tab.view.plotted_histogram(0)
    assert edges[0] < s.min and s.max < edges[-1]
    assert edges[-1] - edges[0] < 1.2 * (s.max - s.min)  # not the bound ±gain
    assert np.count_nonzero(density) >= 0.5 * len(density)


@pytest.mark.parametrize(
    ("init_id", "params", "atoms"),
    [
        ("xavier_uniform", {"gain": 0.0}, [(0.0, 1.0)]),
        ("sparse", {"sparsity": 0.25}, [(0.0, 0.25)]),
        ("eye", None, [(0.0, 1 - 1 / 512), (1.0, 1 / 512)]),
    ],
)
def test_point_masses_are_spikes_labelled_with_their_probability(init_tab, init_id, params, atoms):
    s = draw(init_tab, init_id, params)
    spikes = init_tab.view.spikes(0)
    assert [spike.value for spike in spikes] == [value for value, _ in atoms]
    assert [spike.probability for spike in spikes] == pytest.approx([p for _, p in atoms], abs=1e-9)
    for spike in spikes:
        assert spike.share == pytest.approx(np.mean(s.values == spike.value))
    labels = init_tab.view.spike_texts(0)
    assert len(labels) == len(atoms)
    for label, (value, probability) in zip(labels, atoms, strict=True):
        assert f"P(w = {value:.4g}) = {probability:.4g}" in label
    edges, density = init_tab.view.plotted_histogram(0)
    bars = float(np.sum(density * np.diff(edges))) if len(edges) else 0.0
    assert bars == pytest.approx(1.0 - sum(spike.share for spike in spikes), abs=1e-9)  # no spike inside a bar
