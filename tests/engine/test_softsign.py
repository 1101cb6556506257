"""Softsign: the registry's form equals PyTorch's bit for bit, its f″ is the closed form, and the first f″ imports
neither sympy nor torch._dynamo (1-2 s of import in the middle of a plot, the window frozen: issue 28)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
import torch
import torch.nn.functional as F

from engine.evaluate import evaluate
from engine.resolve import resolve_activation

ROOT = Path(__file__).resolve().parents[2]


def test_values_equal_torch_softsign_bit_for_bit():
    x = torch.cat([torch.linspace(-50, 50, 10_001, dtype=torch.float64), torch.tensor([0.0, -0.0, 1e-300, -1e300])])
    for dtype in (torch.float32, torch.float64):
        ours = resolve_activation("softsign").fn(x.to(dtype))  # float32: -1e300 is -inf, and both give NaN
        torch.testing.assert_close(ours, F.softsign(x.to(dtype)), rtol=0, atol=0, equal_nan=True)


def test_first_and_second_derivatives_are_the_closed_forms():
    curve = evaluate("softsign", {}, -4, 4, 801, order=2, device="cpu", dtype="float64")
    x = curve.x
    np.testing.assert_allclose(curve.df, 1 / (1 + np.abs(x)) ** 2, rtol=1e-12, atol=1e-15)
    np.testing.assert_allclose(curve.d2f, -2 * np.sign(x) / (1 + np.abs(x)) ** 3, rtol=1e-12, atol=1e-15)


@pytest.mark.subprocess
def test_the_first_second_derivative_imports_no_sympy():
    code = (
        "import sys; from engine.evaluate import evaluate\n"
        "c = evaluate('softsign', {}, -6, 6, 101, order=2, device='cpu', dtype='float32')\n"
        "assert c.d2f is not None\n"
        "print('sympy' in sys.modules, 'torch._dynamo' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True, cwd=ROOT)
    assert out.stdout.strip() == "False False", out.stderr[-2000:]
