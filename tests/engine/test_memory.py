"""Memory limits that hold: the estimates against the peak RSS of a real run, and memory returned after it."""

import json
import subprocess
import sys
import textwrap

import pytest

import engine
from engine import memory
from engine.depth import DepthConfig, checked_config, peak_bytes

MEASURE = textwrap.dedent(
    """
    import json, resource, sys
    import engine
    from engine import depth, memory
    from engine.evaluate import peak_bytes

    def rss():  # resident now, in bytes
        with open("/proc/self/statm") as fh:
            return int(fh.read().split()[1]) * resource.getpagesize()

    def peak():
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024

    budget = int(sys.argv[2])
    memory.DEPTH_BUDGET = memory.EVALUATE_BUDGET = budget
    depth.run(depth.DepthConfig(layers=2, width=8, batch=8, device="cpu"))  # load every library first
    engine.evaluate("gelu", points=1000, device="cpu")
    memory.release_memory()
    baseline = peak()
    if sys.argv[1] == "wide":  # weights dominate: 100 layers of 1024 × 1024, a batch of 16
        depth.run(depth.DepthConfig("sigmoid", {}, "linear_default", {}, 100, 1024, 16, device="cpu", dtype="float32"))
        size = depth.peak_bytes(100, 1024, 16, "float32")
    elif sys.argv[1] == "depth":
        batch = max(b for b in range(64, 8193, 64) if depth.peak_bytes(20, 256, b, "float64") <= budget)
        net = depth.DepthConfig("sigmoid", {}, "linear_default", {}, 20, 256, batch, "default", device="cpu", dtype="float64")
        depth.run(net)
        size = batch
    else:
        size = max(p for p in range(100_000, 10_000_001, 100_000) if peak_bytes(p, 2, "float64") <= budget)
        engine.evaluate("gelu", points=size, order=2, device="cpu", dtype="float64")
    print(json.dumps({"baseline": baseline, "peak": peak(), "after": rss(), "size": size}))
    """
)


def measure(kind: str, budget: int) -> dict:
    out = subprocess.run([sys.executable, "-c", MEASURE, kind, str(budget)], capture_output=True, text=True, timeout=600)
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout.strip().splitlines()[-1])


@pytest.mark.slow
@pytest.mark.subprocess
def test_a_wide_depth_run_whose_weights_dominate_stays_under_its_estimate():
    """The estimate once counted one weight per layer; a weight-dominated run rose to twice the estimate."""
    m = measure("wide", 3 * 2**30)
    assert m["peak"] - m["baseline"] <= m["size"]  # size: the estimate


@pytest.mark.slow
@pytest.mark.subprocess
def test_a_depth_run_just_under_the_budget_stays_under_it_and_gives_the_memory_back():
    budget = 600 * 10**6
    m = measure("depth", budget)
    assert m["size"] >= 1024  # a real run, close to the budget (batch steps of 64)
    assert m["peak"] - m["baseline"] <= budget
    assert m["after"] - m["baseline"] <= 0.25 * budget  # released, not kept by the allocator


@pytest.mark.slow
@pytest.mark.subprocess
def test_an_evaluation_just_under_the_budget_stays_under_it():
    budget = 300 * 10**6
    m = measure("evaluate", budget)
    assert m["size"] >= 1_000_000
    assert m["peak"] - m["baseline"] <= budget


def test_the_largest_float64_network_is_refused_with_the_memory_it_needs():
    with pytest.raises(engine.EngineError) as info:
        checked_config(DepthConfig(layers=100, width=2048, batch=1024, dtype="float64"))
    need = peak_bytes(100, 2048, 1024, "float64")
    assert info.value.field == "batch"
    assert memory.format_bytes(need) in info.value.message and memory.format_bytes(memory.DEPTH_BUDGET) in info.value.message


def test_the_memory_estimate_grows_with_the_dtype_size():
    assert peak_bytes(10, 256, 512, "float64") == 2 * peak_bytes(10, 256, 512, "float32")


def test_ten_million_float64_points_with_both_derivatives_are_refused_by_memory_naming_points():
    with pytest.raises(engine.EngineError) as info:
        engine.evaluate("gelu", points=10_000_000, order=2, dtype="float64", device="cpu")
    assert info.value.field == "points" and "GB" in info.value.message
