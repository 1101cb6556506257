"""Keeping PyTorch from importing its compiler in the middle of a plot.

Some reference implementations in ``torch._refs`` (e.g. ``mul`` and ``add``, which autograd uses on
"efficient zero" tensors, as in the f″ of ``torch.abs`` inside softsign) are
wrapped by ``torch._compile._disable_dynamo``, which imports ``torch._dynamo`` on the first call:
about 1.3 s of CPU (over 4 s on a busy machine) in the middle of a plot, and a module the
double-click bundle can leave out. The wrapper skips that import when the function already carries
the ``__dynamo_disable`` attribute it would cache; we never compile, so the function itself is what
it would call. :func:`skip_dynamo_imports` sets that attribute on every such wrapped function.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from types import FunctionType

import torch._compile

#: the code of the wrapper ``_disable_dynamo`` puts around a function (``functools.wraps`` keeps the name)
_INNER = torch._compile._disable_dynamo(lambda: None).__code__


_done = False
_MODULES = ("torch._refs", "torch._decomp", "torch._prims")


def _inner_wrappers(fn: object, depth: int = 0) -> Iterator[FunctionType]:
    """The ``_disable_dynamo`` wrappers in ``fn``'s closures (a few levels down)."""
    if type(fn) is not FunctionType or depth > 4:
        return
    if fn.__code__ is _INNER:
        yield fn
        return
    for cell in fn.__closure__ or ():
        try:
            inner = cell.cell_contents
        except ValueError:  # an empty cell
            continue
        yield from _inner_wrappers(inner, depth + 1)


def skip_dynamo_imports() -> int:
    """Mark every function ``_disable_dynamo`` wrapped in PyTorch's reference modules as already disabled, once per
    process (a few milliseconds); how many were marked."""
    global _done
    if _done:
        return 0
    _done = True
    slot = _INNER.co_freevars.index("fn")  # the wrapped function; not __wrapped__, which a later wraps() replaces
    count = 0
    for name, module in list(sys.modules.items()):
        if module is None or not name.startswith(_MODULES):
            continue
        for value in list(vars(module).values()):
            for wrapper in _inner_wrappers(value):
                assert wrapper.__closure__ is not None  # a _disable_dynamo wrapper closes over fn
                fn = wrapper.__closure__[slot].cell_contents
                if getattr(fn, "__dynamo_disable", None) is None:
                    fn.__dynamo_disable = fn
                    count += 1
    return count
