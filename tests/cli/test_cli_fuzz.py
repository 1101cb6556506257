"""A seeded fuzz of the whole command line, in-process: no input may crash it, lose a file or write a broken one.

Every case calls ``main(argv)`` with a random mix of valid and hostile flags and values (NaN, inf, 1e400,
superscript digits, full-width digits, empty strings, unknown ids, shapes, paths that cannot be written),
over every kind: activations, initialisers, depth (``--units``), vectors (``--vector``, ``--temperature``),
slide sizes (``--size``) and the gallery.
The contract a user relies on: exit 0 with every requested file written and readable, or exit 2 with a
message and every pre-existing file left as it was; never a traceback.
"""

from __future__ import annotations

import csv
import math
import random
from pathlib import Path

import pytest

from engine.activations import ACTIVATIONS
from engine.initializers import INITIALIZERS
from main import main

CASES = 520
SEED = 20261130

GARBAGE_NUMBERS = ["nan", "inf", "-inf", "1e400", "-1e400", "²", "１２", "1,5", "", " ", "abc", "0x10", "1e-400", "-0", "9" * 40]
GARBAGE_TEXT = ["", "nope", "GELU ", "relu;rm -rf /", "../x", "\u202eutf", "名字", "x" * 300, "--out"]


class Fuzz(random.Random):
    """A seeded generator; ``hostile`` cases mix garbage in, the others stay within what a careful user types."""

    hostile = True

    def bad(self, p: float) -> bool:
        return self.hostile and self.random() < p


def _number(rng: Fuzz, valid: list[str]) -> str:
    return rng.choice(GARBAGE_NUMBERS) if rng.bad(0.3) else rng.choice(valid)


def _activation(rng: Fuzz) -> str:
    return rng.choice(GARBAGE_TEXT) if rng.bad(0.15) else rng.choice(list(ACTIVATIONS))


def _param(rng: Fuzz, ids: list[str]) -> list[str]:
    known = [p.name for i in ids if i in ACTIVATIONS for p in ACTIVATIONS[i].params] or ["alpha"]
    name = rng.choice(["", "zzz", "=", "1:alpha"]) if rng.bad(0.2) else rng.choice(known)
    value = _number(rng, ["0.1", "1", "2.5", "-1", "0", "tanh", "none", "True"])
    prefix = f"{rng.randint(0, 3)}:" if rng.bad(0.2) else ""
    return ["--param", f"{prefix}{name}={value}"]


def _activation_case(rng: Fuzz) -> list[str]:
    ids = [_activation(rng) for _ in range(rng.choice([1, 1, 2, 3]))]
    argv = ["export"]
    for i in ids:
        argv += ["--activation", i]
    for _ in range(rng.randint(0, 2)):
        argv += _param(rng, ids)
    if rng.random() < 0.5:
        argv += ["--x-min", _number(rng, ["-5", "-100", "-1e5", "-1e39", "4.99", "0"])]
        argv += ["--x-max", _number(rng, ["5", "100", "1e5", "1e39", "5.01", "0"])]
    if rng.random() < 0.4:
        argv += ["--points", _number(rng, ["2", "11", "101", "1001", "0", "1", "-5", "100001", "10000000"])]
    if rng.random() < 0.5:
        argv += [
            "--dtype",
            rng.choice(["int8", "", "double"]) if rng.bad(0.3) else rng.choice(["float32", "float64", "float16", "bfloat16"]),
        ]
    if rng.random() < 0.2:
        argv += ["--device", rng.choice(["cuda", "tpu", ""]) if rng.bad(0.5) else rng.choice(["cpu", "auto"])]
    return argv


def _init_case(rng: Fuzz) -> list[str]:
    init = rng.choice(GARBAGE_TEXT) if rng.bad(0.15) else rng.choice(list(INITIALIZERS))
    good, bad = ["64,32", "16,8,3,3", "32,16", "１２,３"], ["8", "0,5", "-1,3", "², 3", "1e9,1e9", "5,5,5", "a,b", ""]
    shape = rng.choice(bad) if rng.bad(0.5) else rng.choice(good)
    argv = ["export", "--init", init, "--shape", shape]
    if init in INITIALIZERS and INITIALIZERS[init].params and rng.random() < 0.6:
        param = rng.choice(INITIALIZERS[init].params)
        argv += ["--param", f"{param.name}={_number(rng, ['0', '1', '0.5', '2', 'relu', 'fan_out'])}"]
    if rng.random() < 0.3:
        argv += ["--bins", _number(rng, ["10", "100", "0", "-3", "100000"])]
    if rng.random() < 0.3:
        argv += ["--seed", _number(rng, ["0", "1", "-1", "99999999999999999999"])]
    return argv


def _depth_case(rng: Fuzz) -> list[str]:
    argv = ["export", "--depth", "--activation", _activation(rng)]
    argv += ["--init", rng.choice(GARBAGE_TEXT) if rng.bad(0.15) else rng.choice(list(INITIALIZERS))]
    argv += ["--layers", _number(rng, ["1", "3", "5", "0", "-2", "100000"])]
    argv += ["--batch", _number(rng, ["8", "32", "0", "1e9"])]
    argv += ["--units" if rng.random() < 0.5 else "--width", _number(rng, ["8", "16", "0", "1e9"])]
    if rng.random() < 0.3:
        argv += ["--bias", rng.choice(["zero", "default", "", "0.1"])]
    if rng.random() < 0.3:
        argv += ["--init-param", f"gain={_number(rng, ['1', '0', '2'])}"]
    return argv


def _vector_case(rng: Fuzz) -> list[str]:
    vectors = [a for a in ACTIVATIONS if ACTIVATIONS[a].vector]
    argv = ["export", "--activation", _activation(rng) if rng.bad(0.3) else rng.choice(vectors)]
    good, bad = ["1,2,3,4", "１，２", "-1 0 1 2", "0.5"], ["", "1,,2", "nan,1", "1e39,1", "²,1", "<h1>1</h1>", "1e400"]
    argv += ["--vector", rng.choice(bad) if rng.bad(0.4) else rng.choice(good)]
    if rng.random() < 0.5:
        argv += ["--temperature", _number(rng, ["0.5", "1", "2", "0", "100"])]
    if rng.random() < 0.3:
        argv += ["--dtype", rng.choice(["float16", "float32", "bfloat16", "float64"])]
    return argv


def _gallery_case(rng: Fuzz) -> list[str]:
    argv = ["gallery", "--format", rng.choice(["png", "svg", "pdf"])]
    for _ in range(rng.choice([1, 1, 2])):
        argv += ["--activation", _activation(rng)]
    return argv


def _outputs(rng: Fuzz, kind: str, tmp: Path) -> tuple[list[str], list[Path]]:
    """The output flags, and the files that must exist after an exit 0 (and keep their content after an exit 2)."""
    if kind == "gallery":
        folder = tmp / (rng.choice(["missing/deeper", "existing_file.txt"]) if rng.bad(0.5) else "gallery")
        return ["--out", str(folder)], []
    suffix = rng.choice([".txt", ""]) if rng.bad(0.1) else rng.choice([".csv"] * 6 + [".png", ".svg", ".pdf"])
    out = tmp / (f"missing/out{suffix}" if rng.bad(0.2) else rng.choice([f"out{suffix}", f"existing{suffix}"]))
    argv, files = ["--out", str(out)], [out]
    if suffix in (".png", ".svg", ".pdf"):
        if rng.random() < 0.15:
            argv += ["--size", rng.choice(["poster", ""]) if rng.bad(0.3) else rng.choice(["slide", "slide-small"])]
        else:
            argv += ["--width", _number(rng, ["200", "320"]), "--height", _number(rng, ["150", "240"])]
    if kind == "init" and rng.random() < 0.4:
        stats = tmp / ("missing/w.json" if rng.bad(0.4) else rng.choice(["w.json", "existing.json"]))
        argv += ["--stats", str(stats)]
        files.append(stats)
    return argv, files


def _case(rng: Fuzz, tmp: Path) -> tuple[list[str], list[Path]]:
    rng.hostile = rng.random() < 0.6
    kind = rng.choices(["activation", "init", "depth", "vector", "gallery"], weights=[46, 23, 18, 8, 5])[0]
    cases = {"activation": _activation_case, "init": _init_case, "depth": _depth_case, "vector": _vector_case}
    argv = {**cases, "gallery": _gallery_case}[kind](rng)
    out_argv, files = _outputs(rng, kind, tmp)
    argv += out_argv
    if rng.bad(0.1):  # shuffle a flag's value away: a flag with no value, an unknown flag
        argv.insert(rng.randrange(1, len(argv) + 1), rng.choice(["--no-such-flag", "--x-min", "--"]))
    return argv, files


def _call(argv: list[str]) -> int:
    try:
        return main(argv)
    except SystemExit as exit_:  # argparse: 2 for unusable arguments, 0 for --help
        return exit_.code if isinstance(exit_.code, int) else 2


def _check_csv(path: Path) -> None:
    rows = list(csv.reader(path.read_text(encoding="utf-8").splitlines()))
    assert len(rows) >= 2, "a CSV with no data row"
    x = [float(r[0]) for r in rows[1:]]
    assert all(math.isfinite(v) for v in x), "a non-finite value in the first (x) column"


@pytest.mark.slow
def test_no_command_line_crashes_loses_a_file_or_writes_a_broken_one(tmp_path, capsys):
    rng = Fuzz(SEED)
    failures: list[str] = []
    outcomes = {0: 0, 2: 0}
    for n in range(CASES):
        case_dir = tmp_path / f"case{n}"
        case_dir.mkdir()
        argv, files = _case(rng, case_dir)
        keep = {}
        for name in ("existing.csv", "existing.png", "existing.svg", "existing.pdf", "existing.txt", "existing", "existing.json"):
            (case_dir / name).write_text(f"keep {name}")
            keep[case_dir / name] = f"keep {name}"
        (case_dir / "existing_file.txt").write_text("not a folder")
        try:
            code = _call(argv)
        except Exception as exc:  # noqa: BLE001 — the point of the test
            failures.append(f"{argv}: {type(exc).__name__}: {exc}")
            continue
        err = capsys.readouterr().err
        if code not in (0, 2) or "Traceback" in err:
            failures.append(f"{argv}: exit {code}: {err[-300:]}")
            continue
        outcomes[code] += 1
        if code == 2:
            if not err.strip():
                failures.append(f"{argv}: exit 2 without a message")
            for path, content in keep.items():
                if not path.exists() or path.read_text() != content:
                    failures.append(f"{argv}: exit 2 but {path.name} was changed or deleted")
            continue
        for path in files:
            if not path.is_file():
                failures.append(f"{argv}: exit 0 but {path.name} is missing")
            elif path.suffix == ".csv":
                try:
                    _check_csv(path)
                except (AssertionError, ValueError) as exc:
                    failures.append(f"{argv}: {path.name}: {exc}")
    assert not failures, f"{len(failures)} of {CASES} cases failed:\n" + "\n".join(failures[:40])
    assert outcomes[0] > CASES // 8 and outcomes[2] > CASES // 8, outcomes  # both valid and refused input were exercised
