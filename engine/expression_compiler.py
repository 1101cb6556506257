"""Checking and compiling a typed formula into a closure tree over torch tensors.

The text is never run as Python:

1. a cheap scan of the raw text (length, characters, bracket depth) comes *before*
   :func:`ast.parse`, so the parser never sees a pathological input;
2. ``ast.parse(mode="eval")`` builds the tree; its size and depth are measured
   without recursion;
3. one checked walk turns each allowed node into a closure over torch tensors;
   every other node is refused with an :class:`ExpressionError` giving the column
   and the offending snippet. Nothing from the text is handed to ``eval``,
   ``exec`` or ``compile``, and numbers stay torch tensors, so ``9**9**9`` is an
   instant ``inf`` at evaluation time, never a Python big int.

The grammar is described in :mod:`engine.expressions`, the public face of this module.
"""

from __future__ import annotations

import ast
import difflib
import math
import warnings
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

import torch

from engine.activation_params import checked_params
from engine.activations import Activation
from engine.errors import EngineError
from engine.expression_cost import Cost, estimate
from engine.expression_functions import (
    CONSTANTS,
    FUNCTION_NAMES,
    MATH_FUNCTIONS,
    MAX_NAME_LENGTH,
    MAX_PARAMETERS,
    REGISTRY_FUNCTIONS,
    RESERVED_NAMES,
    SWITCH_AT_ZERO,
    VARIABLE,
    VECTOR_FUNCTIONS,
    RegistryFunction,
    is_function,
)
from engine.params import Param

FIELD = "expression"
MAX_LENGTH = 500
MAX_DEPTH = 40  # bracket nesting in the text and node nesting in the tree
MAX_NODES = 250


class ExpressionError(EngineError):
    """A refused formula; ``column`` (1-based) and ``snippet`` point at the offending part."""

    def __init__(self, message: str, column: int | None = None, snippet: str = "", field: str = FIELD):
        where = f" (column {column}: {snippet})" if column is not None else ""
        super().__init__(field, message + where)
        self.column = column
        self.snippet = snippet


# --------------------------------------------------------------------------- scanning
def _scan(text: str) -> None:
    """Length, characters and bracket depth, checked before the parser sees the text."""
    if len(text) > MAX_LENGTH:
        raise ExpressionError(f"a formula has at most {MAX_LENGTH} characters, this one has {len(text)}")
    if not text.strip():
        raise ExpressionError("type a formula in x, e.g. x*sigmoid(x)")
    depth = 0
    quote = ""
    for i, ch in enumerate(text):
        if not (" " <= ch <= "~") or ch == "\\":
            shown = f"{ch!r} (U+{ord(ch):04X})" if ch.isprintable() else f"U+{ord(ch):04X}"
            hint = " (write pi, not π)" if ch == "π" else ""
            raise ExpressionError(f"character {shown} is not allowed{hint}", i + 1, shown)
        if quote:
            quote = "" if ch == quote else quote
        elif ch in "'\"":
            quote = ch
        elif ch in "([{":
            depth += 1
            if depth > MAX_DEPTH:
                raise ExpressionError(f"brackets nested more than {MAX_DEPTH} deep", i + 1, _clip(text, i, i + 1))
        elif ch in ")]}":
            depth -= 1


def _clip(text: str, start: int, end: int, limit: int = 40) -> str:
    piece = text[start:end]
    return piece if len(piece) <= limit else piece[: limit - 1] + "…"


def _parse(text: str) -> ast.expr:
    # Warnings (invalid escapes and the like) must not escape as exceptions under -W error.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            return ast.parse(text, mode="eval").body
        except SyntaxError as exc:
            if _is_statement(text):
                raise ExpressionError("statements (assignments, imports, ...) are not allowed: type one expression") from None
            column = exc.offset if exc.offset and exc.offset <= len(text) else None
            snippet = _clip(text, column - 1, len(text), 20) if column else ""
            raise ExpressionError(f"not a formula: {exc.msg}", column, snippet) from None
        except (ValueError, MemoryError, RecursionError) as exc:  # defence in depth; the scan prevents these
            raise ExpressionError(f"not a formula: {exc}") from None


def _is_statement(text: str) -> bool:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            body = ast.parse(text, mode="exec").body
        except (SyntaxError, ValueError, MemoryError, RecursionError):
            return False
    return bool(body) and not isinstance(body[0], ast.Expr)


def _measure(text: str, root: ast.expr) -> None:
    """Refuse trees that are too big or too deep, without recursion."""
    stack: list[tuple[ast.AST, int]] = [(root, 1)]
    count = 0
    while stack:
        node, depth = stack.pop()
        if isinstance(node, ast.expr):
            count += 1
            if depth > MAX_DEPTH:
                raise _refuse(text, node, f"the formula is nested more than {MAX_DEPTH} levels deep")
            if count > MAX_NODES:
                raise _refuse(text, node, f"the formula has more than {MAX_NODES} parts")
        stack.extend((child, depth + 1) for child in ast.iter_child_nodes(node))


def _refuse(text: str, node: ast.expr | ast.keyword, message: str) -> ExpressionError:
    start = node.col_offset
    end = node.end_col_offset or start + 1
    return ExpressionError(message, start + 1, _clip(text, start, end))


# --------------------------------------------------------------------------- compiling
class Env:
    """One evaluation: the input tensor, parameter values, and which forms to use."""

    __slots__ = ("x", "values", "smooth", "_tensors", "memo")

    def __init__(self, x: torch.Tensor, values: Mapping[str, float], smooth: bool = False, memo: bool = False):
        self.x = x
        self.values = values
        self.smooth = smooth  # use registry second_derivative_form where PyTorch lacks a double backward
        self._tensors: dict[tuple[float, float], torch.Tensor] = {}
        # Each node's value, kept while the kink scan asks every switch for its quantities: a subtree
        # shared by several switches is computed once (None: plain evaluation, nothing kept).
        self.memo: dict[Node, torch.Tensor] | None = {} if memo else None

    def const(self, value: float) -> torch.Tensor:
        key = (value, math.copysign(1.0, value))  # 0.0 == -0.0, but 1/x tells them apart
        t = self._tensors.get(key)
        if t is None:
            t = self._tensors[key] = torch.tensor(value, dtype=self.x.dtype, device=self.x.device)
        return t

    def param(self, name: str) -> torch.Tensor:
        return self.const(float(self.values[name]))


Node = Callable[[Env], torch.Tensor]
Switch = Callable[[Env], list[torch.Tensor]]

_BINARY: dict[type[ast.operator], Callable[[torch.Tensor, torch.Tensor], torch.Tensor]] = {
    ast.Add: torch.add,
    ast.Sub: torch.sub,
    ast.Mult: torch.mul,
    ast.Div: torch.div,
    ast.Pow: torch.pow,
}
_COMPARE = {ast.Lt: torch.lt, ast.LtE: torch.le, ast.Gt: torch.gt, ast.GtE: torch.ge, ast.Eq: torch.eq, ast.NotEq: torch.ne}
_OPERATOR_HINTS = {
    ast.BitXor: "use ** for powers, ^ is not allowed",
    ast.Mod: "% is not allowed",
    ast.FloorDiv: "// is not allowed",
}
_REFUSED = {
    ast.Attribute: "attribute access (a.b) is not allowed",
    ast.Subscript: "subscripts (a[i]) are not allowed",
    ast.Lambda: "lambda is not allowed",
    ast.ListComp: "comprehensions are not allowed",
    ast.SetComp: "comprehensions are not allowed",
    ast.DictComp: "comprehensions are not allowed",
    ast.GeneratorExp: "comprehensions are not allowed",
    ast.IfExp: "'a if c else b' is not allowed: use where(c, a, b)",
    ast.NamedExpr: "assignment (:=) is not allowed",
    ast.Starred: "starred arguments (*a) are not allowed",
    ast.JoinedStr: "f-strings are not allowed",
    ast.BoolOp: "and/or are not allowed: use a chained comparison (0 < x < 1) or nest where(...)",
    ast.List: "lists are not allowed",
    ast.Tuple: "tuples are not allowed",
    ast.Set: "sets are not allowed",
    ast.Dict: "dictionaries are not allowed",
    ast.Compare: "comparisons are only allowed as the first argument of where(cond, a, b)",
}


@dataclass
class Compiled:
    """A checked formula: its closure tree and what the walk learnt on the way."""

    root: Node
    switches: list[Switch]  # each gives the quantities whose sign change is a branch switch
    first_seen: dict[str, int]  # parameter -> column of its first use
    limits: dict[str, tuple[float, float]]  # parameter -> limits from registry keywords it feeds
    smooth_forms: bool  # whether some registry call has a second_derivative_form
    cost: Cost = field(default_factory=Cost)  # estimated per point, from the tree (engine.expression_cost)


class _Compiler:
    def __init__(self, text: str):
        self.text = text
        self.out = Compiled(lambda env: env.x, [], {}, {}, False)

    def refuse(self, node: ast.expr | ast.keyword, message: str) -> ExpressionError:
        return _refuse(self.text, node, message)

    def expr(self, node: ast.expr) -> Node:
        return _memoised(self._expr(node))

    def _expr(self, node: ast.expr) -> Node:
        if isinstance(node, ast.Constant):
            return self.constant(node)
        if isinstance(node, ast.Name):
            return self.name(node)
        if isinstance(node, ast.BinOp):
            op = _BINARY.get(type(node.op))
            if op is None:
                raise self.refuse(node, _OPERATOR_HINTS.get(type(node.op), "this operator is not allowed: use + - * / **"))
            left, right = self.expr(node.left), self.expr(node.right)
            return lambda env: op(left(env), right(env))
        if isinstance(node, ast.UnaryOp):
            if not isinstance(node.op, (ast.USub, ast.UAdd)):
                raise self.refuse(node, "only the signs - and + can stand before a term")
            operand = self.expr(node.operand)
            return operand if isinstance(node.op, ast.UAdd) else (lambda env: torch.neg(operand(env)))
        if isinstance(node, ast.Call):
            return self.call(node)
        raise self.refuse(node, _REFUSED.get(type(node), f"{type(node).__name__} is not allowed in a formula"))

    def constant(self, node: ast.Constant) -> Node:
        value = node.value
        if isinstance(value, bool) or value is None:
            raise self.refuse(node, f"{value} is only allowed as the value of a switch such as training=False")
        if isinstance(value, str):
            raise self.refuse(node, "text is only allowed as a choice value, e.g. gelu(x, approximate='tanh')")
        if not isinstance(value, (int, float)):
            raise self.refuse(node, f"{type(value).__name__} values are not allowed: only real numbers")
        number = self.finite(node, value)
        return lambda env: env.const(number)

    def finite(self, node: ast.expr, value: int | float) -> float:
        try:
            number = float(value)
        except OverflowError:
            number = float("inf")
        if number != number or number in (float("inf"), float("-inf")):
            raise self.refuse(node, "this number is too large (the limit is about 1.8e308)")
        return number

    def name(self, node: ast.Name) -> Node:
        name = node.id
        if name == VARIABLE:
            return lambda env: env.x
        if name in CONSTANTS:
            number = CONSTANTS[name]
            return lambda env: env.const(number)
        self.parameter(node)
        return lambda env: env.param(name)

    def parameter(self, node: ast.Name) -> str:
        name = node.id
        if is_function(name) or name in VECTOR_FUNCTIONS:
            raise self.refuse(node, f"{name} is a function: call it, e.g. {name}(x)")
        if name.startswith("_"):
            raise self.refuse(node, "names starting with _ are not allowed")
        if name in RESERVED_NAMES:
            raise self.refuse(node, f"{name} is a reserved word, not a parameter name")
        if len(name) > MAX_NAME_LENGTH:
            raise self.refuse(node, f"a parameter name has at most {MAX_NAME_LENGTH} characters")
        if name not in self.out.first_seen:
            if len(self.out.first_seen) >= MAX_PARAMETERS:
                raise self.refuse(node, f"a formula has at most {MAX_PARAMETERS} parameters")
            self.out.first_seen[name] = node.col_offset
        return name

    # ---- calls
    def call(self, node: ast.Call) -> Node:
        if not isinstance(node.func, ast.Name):
            raise self.refuse(node.func, "only the listed functions can be called, by name")
        name = node.func.id
        for arg in node.args:
            if isinstance(arg, ast.Starred):
                raise self.refuse(arg, _REFUSED[ast.Starred])
        for kw in node.keywords:
            if kw.arg is None:
                raise self.refuse(kw, "** arguments are not allowed")
        if name in REGISTRY_FUNCTIONS:
            return self.registry_call(node, REGISTRY_FUNCTIONS[name])
        if name in VECTOR_FUNCTIONS:
            raise self.refuse(node.func, f"{name} acts on a whole vector: only elementwise functions can be used")
        if not is_function(name):
            close = difflib.get_close_matches(name, FUNCTION_NAMES, n=1)
            hint = f" (did you mean {close[0]}?)" if close else ""
            raise self.refuse(node.func, f"{name} is not a function a formula can call{hint}")
        if node.keywords:
            raise self.refuse(node.keywords[0], f"{name} takes no keyword arguments")
        if name == "where":
            return self.where(node)
        args = [self.expr(a) for a in node.args]
        if name in ("min", "max"):
            if len(args) < 2:
                raise self.refuse(node, f"{name} needs at least two arguments, e.g. {name}(x, 0)")
            pick = torch.minimum if name == "min" else torch.maximum
            self.out.switches.append(lambda env: _fold_switches(pick, [a(env) for a in args]))
            return lambda env: _fold(pick, [a(env) for a in args])
        if name == "clamp":
            if len(args) != 3:
                raise self.refuse(node, "clamp needs three arguments: clamp(value, low, high)")
            value, low, high = args
            self.out.switches.append(lambda env: [value(env) - low(env), value(env) - high(env)])
            return lambda env: torch.clamp(value(env), low(env), high(env))
        if len(args) != 1:
            raise self.refuse(node, f"{name} takes one argument, e.g. {name}(x)")
        (argument,) = args
        fn = MATH_FUNCTIONS[name]
        if name in SWITCH_AT_ZERO:
            self.out.switches.append(lambda env: [argument(env)])
        return lambda env: fn(argument(env))

    def where(self, node: ast.Call) -> Node:
        if len(node.args) != 3:
            raise self.refuse(node, "where needs three arguments: where(condition, value if true, value if false)")
        cond, yes, no = node.args
        if not isinstance(cond, ast.Compare):
            raise self.refuse(cond, "the first argument of where must be a comparison, e.g. x > 0")
        terms = [self.expr(cond.left)] + [self.expr(c) for c in cond.comparators]
        ops = []
        for op in cond.ops:
            if type(op) not in _COMPARE:
                raise self.refuse(cond, "only < <= > >= == != can compare")
            ops.append(_COMPARE[type(op)])
        a, b = self.expr(yes), self.expr(no)

        def condition(env: Env) -> torch.Tensor:
            values = [t(env) for t in terms]
            result = ops[0](values[0], values[1])
            for i in range(1, len(ops)):
                result = torch.logical_and(result, ops[i](values[i], values[i + 1]))
            return result

        self.out.switches.append(lambda env: [left - right for left, right in _pairs([t(env) for t in terms])])
        return lambda env: torch.where(condition(env), a(env), b(env))

    def registry_call(self, node: ast.Call, function: RegistryFunction) -> Node:
        act = function.activation
        if len(node.args) != 1:
            raise self.refuse(node, f"{act.id} takes one argument and keywords: {function.usage()}")
        arg = self.expr(node.args[0])
        specs = {p.name: p for p in act.params}
        fixed: dict[str, object] = {}
        linked: dict[str, str] = {}  # keyword -> parameter name
        for i, kw in enumerate(node.keywords):
            if any(kw.arg == other.arg for other in node.keywords[:i]):
                raise self.refuse(kw, f"{kw.arg} is given twice")
            assert kw.arg is not None  # call() refused ** arguments
            spec = specs.get(kw.arg)
            if spec is None:
                known = ", ".join(specs) or "none"
                raise self.refuse(kw, f"{act.id} has no parameter {kw.arg} (its parameters: {known})")
            self.keyword_value(kw, spec, act, fixed, linked)
        if not linked:
            try:  # all values fixed: cross-field rules (hardtanh's min_val < max_val) apply now
                checked_params(act, fixed)
            except EngineError as exc:
                raise self.refuse(node, exc.message) from None
        if act.second_derivative_form is not None:
            self.out.smooth_forms = True

        def keywords(env: Env) -> dict[str, Any]:
            return checked_params(act, {**fixed, **{k: env.values[p] for k, p in linked.items()}})

        def call(env: Env) -> torch.Tensor:
            fn = act.second_derivative_form if env.smooth and act.second_derivative_form is not None else act.fn
            return fn(arg(env), **keywords(env))

        self.out.switches.append(lambda env: [arg(env) - k for k in act.kinks(keywords(env))])
        return call

    def keyword_value(
        self, kw: ast.keyword, spec: Param, act: Activation, fixed: dict[str, object], linked: dict[str, str]
    ) -> None:
        value = kw.value
        if isinstance(value, ast.Name) and value.id not in CONSTANTS and value.id != VARIABLE:
            if spec.kind not in ("float", "int"):
                raise self.refuse(value, f"{act.id}'s {spec.name} needs a fixed value, e.g. {spec.name}={spec.default!r}")
            name = self.parameter(value)
            low = spec.minimum if spec.minimum is not None else float("-inf")
            high = spec.maximum if spec.maximum is not None else float("inf")
            old_low, old_high = self.out.limits.get(name, (float("-inf"), float("inf")))
            low, high = max(low, old_low), min(high, old_high)
            if low > high:
                raise self.refuse(value, f"{name} cannot satisfy the limits of every keyword it is given to")
            self.out.limits[name] = (low, high)
            linked[spec.name] = name
            return
        literal = self.literal(value)
        if literal is None:
            raise self.refuse(value, f"{act.id}'s {spec.name} must be a number, a parameter name or a listed choice")
        try:
            fixed[spec.name] = spec.check(literal, owner=act.id)
        except EngineError as exc:
            raise self.refuse(value, exc.message) from None

    def literal(self, node: ast.expr) -> object | None:
        """A keyword's fixed value: a number (with its sign), a string or True/False; None if not one."""
        sign, signed = 1.0, False
        if isinstance(node, ast.UnaryOp) and isinstance(node.op, (ast.USub, ast.UAdd)):
            sign, signed = (-1.0 if isinstance(node.op, ast.USub) else 1.0), True
            node = node.operand
        if isinstance(node, ast.Name) and node.id in CONSTANTS:
            return sign * CONSTANTS[node.id]
        if not isinstance(node, ast.Constant):
            return None
        if isinstance(node.value, (bool, str)):
            return None if signed else node.value
        if isinstance(node.value, (int, float)):
            return sign * self.finite(node, node.value)
        return None


def _fold(op: Callable[[torch.Tensor, torch.Tensor], torch.Tensor], tensors: list[torch.Tensor]) -> torch.Tensor:
    result = tensors[0]
    for t in tensors[1:]:
        result = op(result, t)
    return result


def _fold_switches(op: Callable[[torch.Tensor, torch.Tensor], torch.Tensor], tensors: list[torch.Tensor]) -> list[torch.Tensor]:
    """Where each step of the fold switches branch: max(a, b, c) = max(max(a, b), c) can only bend where
    a = b or max(a, b) = c (or where a part bends), so n - 1 differences, not every pair's n(n - 1)/2."""
    result, out = tensors[0], []
    for t in tensors[1:]:
        out.append(result - t)
        result = op(result, t)
    return out


def _memoised(fn: Node) -> Node:
    def node(env: Env) -> torch.Tensor:
        memo = env.memo
        if memo is None:
            return fn(env)
        value = memo.get(node)
        if value is None:
            value = memo[node] = fn(env)
        return value

    return node


def _pairs(values: list[torch.Tensor]) -> Iterator[tuple[torch.Tensor, torch.Tensor]]:
    return zip(values, values[1:], strict=False)


def compile_text(text: str) -> Compiled:
    """Check ``text`` and compile it, or raise :class:`ExpressionError` pointing at the offending part."""
    if not isinstance(text, str):
        raise ExpressionError(f"expected text, got {type(text).__name__}")
    _scan(text)
    tree = _parse(text)
    _measure(text, tree)
    compiler = _Compiler(text)
    compiler.out.root = compiler.expr(tree)
    compiler.out.cost = estimate(tree, REGISTRY_FUNCTIONS.keys())
    return compiler.out
