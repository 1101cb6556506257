"""Formulas are safe by construction: hostile text is refused, never run, and always answered at once.

Session files carrying formulas travel between teacher and students, so every input
either compiles to a formula or raises EngineError; nothing else may happen. Random
strings, token soups and well-formed random formulas are thrown at the compiler
(hypothesis), with payloads that would create a sentinel file if any of them were
ever evaluated as Python. The per-call time bound is a hang detector for the parser
and the checks (a safety property), not a speed goal.
"""

import ast
import os
import tempfile
import time
from pathlib import Path

import numpy as np
import pytest
import torch
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from engine import evaluate_expression
from engine.activations import ACTIVATIONS, elementwise_ids
from engine.errors import EngineError
from engine.expression_functions import MATH_FUNCTIONS
from engine.expressions import ExpressionError, compile_expression

ROOT = Path(__file__).resolve().parents[2]
HANG = 2.0  # seconds: a compile takes about 1 ms at 500 characters; only a hang or a blow-up (a big int) crosses it
FUZZ = settings(max_examples=250, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])
SENTINEL = Path(tempfile.gettempdir()) / f"activation-lab-formula-fuzz-{os.getpid()}"

PAYLOADS = [
    "__import__('os').system('touch {s}')",
    "open('{s}', 'w')",
    "exec(\"open('{s}','w')\")",
    "eval(\"open('{s}','w')\")",
    "(lambda: open('{s}','w'))()",
    "[open('{s}','w') for c in [1]]",
    'f\'{{open("{s}","w")}}\'',
    "x if open('{s}','w') else 0",
    "where(open('{s}','w') > 0, x, x)",
    "gelu(x, approximate=open('{s}','w'))",
    "elu(x, alpha=__import__('os').system('touch {s}'))",
    "getattr(__builtins__, 'open')('{s}', 'w')",
    "(y := open('{s}', 'w'))",
    "x.__class__.__mro__[1].__subclasses__()[0]('{s}')",
    (
        "[c for c in ().__class__.__base__.__subclasses__() if c.__name__ == 'catch_warnings'][0]()"
        "._module.__builtins__['open']('{s}','w')"
    ),
    "sigmoid(x).__globals__['__builtins__']['open']('{s}','w')",
    "compile(\"open('{s}','w')\", '', 'exec')",
    "max(*[open('{s}','w')])",
]


def payloads() -> list[str]:
    return [p.format(s=SENTINEL) for p in PAYLOADS]


@pytest.fixture(scope="module", autouse=True)
def sentinel_never_created():
    SENTINEL.unlink(missing_ok=True)
    yield
    assert not SENTINEL.exists(), "a formula ran code"


def answer(text: str):
    """Compile (and, if it compiles, evaluate) ``text``; only EngineError may come out, and fast."""
    start = time.perf_counter()
    try:
        expr = compile_expression(text)
        expr.torch_fn(torch.linspace(-3, 3, 7, dtype=torch.float64))
    except EngineError:
        pass
    elapsed = time.perf_counter() - start
    assert elapsed < HANG, f"{elapsed:.3f} s for {text!r}"


# ---------------------------------------------------------------- known escapes
ESCAPES = [
    ("().__class__.__bases__[0].__subclasses__()", "only the listed functions can be called"),
    ("__import__('os').system('ls')", "only the listed functions can be called"),
    ("__import__", "names starting with _"),
    ("[c for c in x]", "comprehensions"),
    ("lambda: 0", "lambda"),
    ("x.__class__", "attribute access"),
    ("getattr(x, 'y')", "getattr is not a function"),
    ("open('f')", "open is not a function"),
    ("eval('1')", "eval is not a function"),
    ("exec", "reserved"),
    ("exec('1')", "exec is not a function"),
    ("globals()", "globals is not a function"),
    ("f'{x}'", "f-strings"),
    ("(y:=1)", ":="),
    ("x if x else 0", "where"),
    ("max(*x)", "starred"),
    ("print(x)", "print is not a function"),
    ("print", "reserved"),
    ("gelu(x, **{})", "** arguments"),
    ("gelu(x, approximate='tanh'.upper())", "approximate must be"),
    ("elu(x, alpha=1, alpha=2)", "given twice"),
    ("__x__", "names starting with _"),
    ("x.real", "attribute access"),
    ("x[0]", "subscripts"),
    ("{**{}}", "dictionaries"),
    ("import os", "statements"),
    ("x = 1", "statements"),
    ("x; 1", "not a formula"),
    ("b'x'", "bytes"),
    ("1j", "complex"),
    ("'x' 'y'", "choice value"),
    ("x\x00", "U+0000"),
    ("x\n+ 1", "U+000A"),
    ("\\u0065val('1')", "character"),
    ("\uff45val('1')", "U+FF45"),  # fullwidth e: NFKC would make it eval
    ("await x", "Await"),
    ("(yield x)", "Yield"),
    ("1" * 400, "too large"),
    ("1e999999", "too large"),
    ("(" * 10_000 + "x" + ")" * 10_000, "at most 500 characters"),
    ("(" * 45 + "x" + ")" * 45, "brackets nested more than 40"),
    ("-" * 60 + "x", "nested more than 40 levels"),
    ("softmax(x)", "whole vector"),
    ("x ^ 2", "use ** for powers"),
    ("", "type a formula"),
]


@pytest.mark.parametrize(("text", "reason"), ESCAPES, ids=[repr(t[:30]) for t, _ in ESCAPES])
def test_known_sandbox_escapes_and_hostile_inputs_are_refused_with_the_reason(text, reason):
    start = time.perf_counter()
    with pytest.raises(ExpressionError) as info:
        compile_expression(text)
    assert time.perf_counter() - start < HANG
    assert reason in str(info.value)


@pytest.mark.parametrize("text", payloads(), ids=range(len(PAYLOADS)))
def test_payloads_that_would_write_a_file_are_refused(text):
    with pytest.raises(ExpressionError):
        compile_expression(text)
    assert not SENTINEL.exists()


def test_refusal_points_at_the_offending_part():
    with pytest.raises(ExpressionError) as info:
        compile_expression("2*x + y.__class__")
    assert (info.value.column, info.value.snippet) == (7, "y.__class__")
    assert info.value.field == "expression"


def test_power_towers_are_never_folded_into_python_big_integers():
    start = time.perf_counter()
    expr = compile_expression("9**9**9**9")
    assert time.perf_counter() - start < HANG
    assert float(expr.torch_fn(torch.zeros(1, dtype=torch.float64))) == float("inf")


def test_the_formula_modules_never_call_eval_exec_compile_or_import():
    forbidden = {"eval", "exec", "compile", "__import__", "getattr", "globals", "locals", "vars", "open"}
    for path in (ROOT / "engine").glob("expression*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
                assert node.func.id not in forbidden, f"{path.name}:{node.lineno} calls {node.func.id}"


# ---------------------------------------------------------------- random strings
TOKENS = [
    *"x a k beta pi e exp sigmoid gelu elu where min max clamp abs relu softmax".split(),
    *"__import__ __class__ __subclasses__ __globals__ __builtins__ os system open eval exec compile getattr".split(),
    *"lambda for in if else not and or import print yield await".split(),
    *"( ) [ ] { } , . : = == < > <= >= != ; * ** / + - @ % ^ ~ | & := # ... 'tanh' 'none' f' b' \"".split(),
    *"0 1 9 1e999 1e-999 0x10 1j 3.5 -1 10**10 9**9**9".split(),
    "alpha=",
    "approximate=",
    "training=True",
    " ",
    "\n",
    "\\",
    "\x00",
    "π",
    *payloads(),
]


@pytest.mark.slow
@FUZZ
@given(st.text(max_size=600))
def test_random_text_never_raises_anything_but_engine_error_and_answers_at_once(text):
    answer(text)


@pytest.mark.slow
@FUZZ
@given(st.lists(st.sampled_from(TOKENS), max_size=40), st.sampled_from(["", " "]))
def test_random_token_soup_never_raises_anything_but_engine_error_and_answers_at_once(tokens, sep):
    answer(sep.join(tokens))


# ---------------------------------------------------------------- random well-formed formulas
def keyword_value(param):
    if param.kind == "choice":
        return st.sampled_from(param.choices).map(repr)
    if param.kind == "bool":
        return st.sampled_from(["True", "False"])
    low = param.minimum if param.minimum is not None else -10.0
    high = param.maximum if param.maximum is not None else 10.0
    return st.one_of(st.floats(low, high, allow_nan=False).map(repr), st.sampled_from(["a", "k"]))


def registry_call(children):
    def build(act_id):
        params = ACTIVATIONS[act_id].params
        keywords = st.fixed_dictionaries({}, optional={p.name: keyword_value(p) for p in params})
        return st.tuples(children, keywords).map(
            lambda t: f"{act_id}({t[0]}" + "".join(f", {k}={v}" for k, v in t[1].items()) + ")"
        )

    return st.sampled_from(elementwise_ids()).flatmap(build)


NUMBERS = st.one_of(
    st.integers(0, 10**12).map(str),
    st.floats(0, 1e300, allow_nan=False, allow_infinity=False).map(repr),
    st.sampled_from(["0", "0.0", "1e308", "1e-320"]),
)
LEAVES = st.one_of(st.just("x"), st.sampled_from(["a", "k", "beta"]), st.sampled_from(["pi", "e"]), NUMBERS)


def extend(children):
    return st.one_of(
        st.tuples(children, st.sampled_from(["+", "-", "*", "/", "**"]), children).map(lambda t: f"({t[0]} {t[1]} {t[2]})"),
        children.map(lambda c: f"-{c}"),
        st.tuples(st.sampled_from(sorted(MATH_FUNCTIONS)), children).map(lambda t: f"{t[0]}({t[1]})"),
        st.tuples(st.sampled_from(["min", "max"]), st.lists(children, min_size=2, max_size=3)).map(
            lambda t: f"{t[0]}({', '.join(t[1])})"
        ),
        st.tuples(children, children, children).map(lambda t: f"clamp({t[0]}, {t[1]}, {t[2]})"),
        st.tuples(children, st.sampled_from(["<", "<=", ">", ">=", "==", "!="]), children, children, children).map(
            lambda t: f"where({t[0]} {t[1]} {t[2]}, {t[3]}, {t[4]})"
        ),
        registry_call(children),
    )


FORMULAS = st.recursive(LEAVES, extend, max_leaves=10)


@pytest.mark.slow
@FUZZ
@given(FORMULAS, st.sampled_from(["float64", "float32"]))
def test_random_whitelisted_formulas_compile_and_evaluate_with_derivatives_and_kinks(text, dtype):
    try:
        expr = compile_expression(text)
    except EngineError:  # a limit (length, depth) or a registry rule (hardtanh's min_val < max_val)
        return
    try:
        curve = evaluate_expression(expr, x=np.linspace(-3, 3, 9), dtype=dtype)
        expr.kinks(x_min=-3, x_max=3, points=61)
    except EngineError:  # a parameter fed to two keywords whose rules its default breaks
        return
    assert curve.f.shape == curve.df.shape == curve.d2f.shape == (9,)
