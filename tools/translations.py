"""The translation template: every user-visible string of the app in one Qt Linguist ``.ts`` file.

``make translations`` (or ``python tools/translations.py [--ts PATH]``) writes
``resources/translations/activation_lab_zh_CN.ts`` from four sources:

1. ``pyside6-lupdate`` over ``main.py`` and ``gui/`` and ``cli/``: ``self.tr(...)`` and
   ``QCoreApplication.translate("Context", "...")``.
2. Calls lupdate cannot see: module helpers such as ``def _tr(text): return
   QCoreApplication.translate("NotesPanel", text)`` (functions or lambdas) called with a
   string literal; their strings go under the helper's context.
3. The registry text of ``engine`` (activation names, formulas, notes, parameter docs and
   choices, initialisers, depth presets) under the context ``"engine"``: plain strings in
   the engine, translated by the GUI through ``gui.common.engine_text.engine_tr``.
4. The bundled lessons (``resources/lessons/*.alab``: each lesson block's title, text,
   question and steps) under the context ``"Lessons"``, translated by ``gui.lessons.menu.lesson_tr``.

Run it again after changing the code: translations already in the file are kept, and
strings no longer used are marked ``vanished`` (as lupdate marks its own). A translator
opens the file in Qt Linguist (``pyside6-linguist``); ``pyside6-lrelease`` then compiles it
to the ``.qm`` file the app loads for the user's locale (``gui.app.create_app``).
"""

from __future__ import annotations

import argparse
import ast
import dataclasses
import hashlib
import json
import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_TS = ROOT / "resources" / "translations" / "activation_lab_zh_CN.ts"
ENGINE_CONTEXT = "engine"
LESSONS_CONTEXT = "Lessons"
LESSON_TEXT_FIELDS = ("title", "text", "question")
# Qt-free helpers lupdate cannot see and whose body is not a ``translate`` call: name -> context
FIGURE_HELPERS = {"figure_tr": "figures"}
# Registry fields that name things for code, not for people: never translated.
NOT_TEXT = frozenset({"id", "torch_name", "kind", "range_template", "float32_gradient_param"})
THEORY_SHAPES = ((64, 32), (8, 4, 3, 3), (8, 4, 3), (8, 4, 3, 3, 3))  # one fits every initialiser


def sources(root: Path = ROOT) -> list[Path]:
    """The Python files holding the GUI's text."""
    return [
        root / "main.py",
        *(path for package in ("states", "figures", "sessions", "gui", "cli") for path in sorted((root / package).rglob("*.py"))),
    ]


# ---- 3. registry text -----------------------------------------------------------------------------------


def _entry_text(entry) -> Iterable[str]:
    from engine.params import Param

    for f in dataclasses.fields(entry):
        value = getattr(entry, f.name)
        if f.name in NOT_TEXT or (isinstance(entry, Param) and f.name == "name"):  # a PyTorch keyword
            continue
        if isinstance(value, str):
            yield value
        elif isinstance(value, tuple):
            for item in value:
                if isinstance(item, Param):
                    yield from _entry_text(item)
                elif isinstance(item, str) and f.name == "choices":
                    yield item


def registry_strings() -> list[str]:
    """Every text of the engine's registries the GUI may show, each once, in registry order."""
    sys.path.insert(0, str(ROOT))
    from engine import facts, float_limits
    from engine.activations import ACTIVATIONS, FAMILIES
    from engine.datasets import DATASETS, FEATURES
    from engine.errors import EngineError
    from engine.expressions import FORMULA_PRESETS
    from engine.initializers import INITIALIZERS, theory
    from engine.optimizers import OPTIMIZERS
    from engine.presets import PRESETS
    from engine.race_presets import RACE_PRESETS

    found: list[str] = [*FAMILIES, *facts.TEMPLATES, *float_limits.TEMPLATES]  # sentences the engine computes
    for registry in (ACTIVATIONS, INITIALIZERS, PRESETS, RACE_PRESETS, DATASETS, FEATURES, OPTIMIZERS):
        for entry in registry.values():
            found.extend(_entry_text(entry))
    for preset in FORMULA_PRESETS.values():  # its ``text`` is the formula itself: code, not words
        found.extend(text for text in _entry_text(preset) if text != preset.text)
    for init_id in INITIALIZERS:  # the theory's note is made by a function of the parameters and shape
        for shape in THEORY_SHAPES:
            try:
                found.append(theory(init_id, {}, shape).note)
            except EngineError:
                continue
    return [text for text in dict.fromkeys(found) if text.strip()]


# ---- 4. the bundled lessons --------------------------------------------------------------------------------


def lesson_strings(root: Path = ROOT) -> list[tuple[str, Path, int]]:
    """(text, file, line) of every bundled lesson's title, text, question and steps' words, in lesson order."""
    found = []
    for path in sorted((root / "resources" / "lessons").glob("*.alab")):
        content = path.read_text(encoding="utf-8")
        block = json.loads(content).get("lesson", {})
        steps = [step.get("do") for step in block.get("steps", []) if isinstance(step, dict)]
        for text in [block.get(name) for name in LESSON_TEXT_FIELDS] + steps:
            if isinstance(text, str) and text.strip():
                at = content.find(json.dumps(text, ensure_ascii=False))
                found.append((text.strip(), path, content.count("\n", 0, at) + 1 if at >= 0 else 0))
    return found


# ---- 2. helper calls lupdate cannot see ----------------------------------------------------------------


def _translate_context(node: ast.AST, param: str) -> str | None:
    """The context of ``QCoreApplication.translate("Ctx", param)``, or None if ``node`` is not that call."""
    if not (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "translate"
        and len(node.args) == 2
    ):
        return None
    context, text = node.args
    if isinstance(context, ast.Constant) and isinstance(context.value, str) and isinstance(text, ast.Name) and text.id == param:
        return context.value
    return None


def _helpers(tree: ast.AST) -> dict[str, str]:
    """Names of one-argument helpers that translate under a fixed context, with that context."""
    found = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef) and len(node.args.args) == 1:
            body = [n for n in node.body if not (isinstance(n, ast.Expr) and isinstance(n.value, ast.Constant))]
            param = node.args.args[0].arg
            if len(body) == 1 and isinstance(body[0], ast.Return):
                returned = body[0].value
                if isinstance(returned, ast.IfExp):  # ``translate(...) if text else text``
                    returned = returned.body
                context = _translate_context(returned, param)
                if context is not None:
                    found[node.name] = context
        elif (
            isinstance(node, ast.Assign)
            and isinstance(node.value, ast.Lambda)
            and len(node.targets) == 1
            and isinstance(node.targets[0], ast.Name)
            and len(node.value.args.args) == 1
        ):
            context = _translate_context(node.value.body, node.value.args.args[0].arg)
            if context is not None:
                found[node.targets[0].id] = context
    return found


def helper_messages(paths: Iterable[Path], imported: dict[str, str] | None = None) -> list[tuple[str, str, Path, int]]:
    """(context, text, file, line) of every helper call with a literal text, helpers imported by name included."""
    trees = {path: ast.parse(path.read_text(encoding="utf-8"), str(path)) for path in paths}
    known = dict(imported or {})
    for tree in trees.values():  # public module-level helpers (gui.common.engine_text.engine_tr) serve other modules too
        public = {n.name for n in tree.body if isinstance(n, ast.FunctionDef) and not n.name.startswith("_")}
        known.update({name: ctx for name, ctx in _helpers(tree).items() if name in public})
    messages = []
    for path, tree in trees.items():
        helpers = {**known, **_helpers(tree)}
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id in helpers
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
            ):
                messages.append((helpers[node.func.id], node.args[0].value, path, node.lineno))
    return messages


# ---- 1. lupdate, and the merge ----------------------------------------------------------------------------


def lupdate_command() -> list[str] | None:
    """How to run PySide6's lupdate here, or None if it is not installed."""
    beside = Path(sys.executable).with_name("pyside6-lupdate")
    for candidate in (beside, shutil.which("pyside6-lupdate")):
        if candidate and Path(candidate).exists():
            return [str(candidate)]
    return None


def run_lupdate(ts: Path, paths: list[Path], root: Path = ROOT) -> None:
    command = lupdate_command()
    if command is None:
        raise SystemExit("pyside6-lupdate not found: install PySide6-Essentials into this Python's environment")
    ts.parent.mkdir(parents=True, exist_ok=True)
    run = subprocess.run(
        [*command, "-silent", "-locations", "absolute", *[str(p.relative_to(root)) for p in paths], "-ts", str(ts)],
        cwd=root,
        capture_output=True,
        text=True,
    )
    if run.returncode != 0:
        raise SystemExit(f"pyside6-lupdate failed:\n{run.stdout}{run.stderr}")


def _context(root: ET.Element, name: str) -> ET.Element:
    for context in root.findall("context"):
        if (context.findtext("name") or "") == name:
            return context
    context = ET.SubElement(root, "context")
    ET.SubElement(context, "name").text = name
    return context


def _keep(message: ET.Element, location: tuple[str, int] | None) -> None:
    """Mark ``message`` as in use: drop lupdate's ``vanished`` mark, refresh its location."""
    translation = message.find("translation")
    if translation is None:
        translation = ET.SubElement(message, "translation")
    if translation.get("type") in ("vanished", "obsolete"):
        if translation.text:
            del translation.attrib["type"]
        else:
            translation.set("type", "unfinished")
    if location is not None:
        for old in message.findall("location"):
            message.remove(old)
        element = ET.Element("location", filename=location[0], line=str(location[1]))
        message.insert(0, element)


def _add(context: ET.Element, text: str, location: tuple[str, int] | None) -> None:
    for message in context.findall("message"):
        if message.findtext("source") == text:
            _keep(message, location)
            return
    message = ET.SubElement(context, "message")
    if location is not None:
        ET.SubElement(message, "location", filename=location[0], line=str(location[1]))
    ET.SubElement(message, "source").text = text
    ET.SubElement(message, "translation", type="unfinished")


def merge(ts: Path, helpers: list[tuple[str, str, Path, int]], engine_texts: list[str]) -> None:
    """Add the helper calls and the registry text to ``ts`` (as written by lupdate)."""
    tree = ET.parse(ts)
    top = tree.getroot()

    def where(path: Path) -> str:  # as lupdate writes a location: relative to the .ts file
        return Path(os.path.relpath(path, ts.parent)).as_posix()

    helper_lines = {(where(path), line) for _, _, path, line in helpers}
    # lupdate files a helper named ``tr`` under the empty context: its real context is the helper's
    for context in top.findall("context"):
        if (context.findtext("name") or "") == "":
            for message in context.findall("message"):
                at = message.find("location")
                if at is not None and (at.get("filename"), int(at.get("line", "0"))) in helper_lines:
                    context.remove(message)
            if not context.findall("message"):
                top.remove(context)
    for context_name, text, path, line in helpers:
        _add(_context(top, context_name), text, (where(path), line))
    engine = _context(top, ENGINE_CONTEXT)
    wanted = set(engine_texts)
    for message in engine.findall("message"):
        translation = message.find("translation")
        if message.findtext("source") not in wanted and translation is not None and not message.findall("location"):
            translation.set("type", "vanished")
    for text in engine_texts:
        _add(engine, text, None)
    _write(tree, ts)


def _write(tree: ET.ElementTree, ts: Path) -> None:
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


def merge_lessons(ts: Path, lesson_texts: Iterable[tuple[str, Path, int]]) -> None:
    """Add the bundled lessons' text (:func:`lesson_strings`) to ``ts`` under "Lessons"; texts gone are ``vanished``."""
    tree = ET.parse(ts)
    top = tree.getroot()
    lesson_texts = list(lesson_texts)
    lessons = _context(top, LESSONS_CONTEXT)
    wanted = {text for text, _, _ in lesson_texts}
    for message in lessons.findall("message"):
        translation = message.find("translation")
        if message.findtext("source") not in wanted and translation is not None:
            translation.set("type", "vanished")
    for text, path, line in lesson_texts:
        _add(lessons, text, (Path(os.path.relpath(path, ts.parent)).as_posix(), line))
    if not lessons.findall("message"):
        top.remove(lessons)
    ET.indent(tree, space="    ")
    body = ET.tostring(top, encoding="unicode")
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


def ts_messages(ts: Path) -> set[tuple[str, str]]:
    """(context, source) of every message in use in a .ts file."""
    found = set()
    for context in ET.parse(ts).getroot().findall("context"):
        name = context.findtext("name") or ""
        for message in context.findall("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") not in ("vanished", "obsolete"):
                found.add((name, message.findtext("source") or ""))
    return found


def build(ts: Path = DEFAULT_TS, root: Path = ROOT) -> Path:
    """Write (or update) the template ``ts``; returns its path."""
    paths = sources(root)
    run_lupdate(ts, paths, root)
    merge(ts, helper_messages(paths, FIGURE_HELPERS), registry_strings())
    merge_lessons(ts, lesson_strings(root))
    return ts


# ---- the translator's loop: list what is left, fill it in, compile ----------------------------------------


def message_key(context: str, source: str) -> str:
    """A short stable name for one message (the same across template updates while its text stays)."""
    return hashlib.sha1(f"{context}\x00{source}".encode()).hexdigest()[:10]


def _in_use(tree: ET.ElementTree):
    """(context name, message, translation) of every message in use."""
    for context in tree.getroot().findall("context"):
        name = context.findtext("name") or ""
        for message in context.findall("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") not in ("vanished", "obsolete"):
                yield name, message, translation


def unfinished(ts: Path = DEFAULT_TS) -> list[dict[str, str]]:
    """Every message in use still marked unfinished (or empty): key, context, source, where it is."""
    found = []
    for context, message, translation in _in_use(ET.parse(ts)):
        if translation.get("type") == "unfinished" or not (translation.text or "").strip():
            at = message.find("location")
            where = f"{at.get('filename')}:{at.get('line')}" if at is not None else ""
            source = message.findtext("source") or ""
            found.append({"key": message_key(context, source), "context": context, "source": source, "where": where})
    return found


def apply(ts: Path, translated: dict[str, str]) -> int:
    """Fill messages from ``{key: translation}`` (keys from :func:`unfinished`), marked finished; the count filled."""
    tree, filled = ET.parse(ts), 0
    for context, message, translation in _in_use(tree):
        text = translated.get(message_key(context, message.findtext("source") or ""))
        if text:
            translation.text = text
            translation.attrib.pop("type", None)
            filled += 1
    _write(tree, ts)
    return filled


def lrelease_command() -> list[str] | None:
    """How to run PySide6's lrelease here, or None if it is not installed."""
    lupdate = lupdate_command()
    if lupdate is None:
        return None
    lrelease = Path(lupdate[0]).with_name("pyside6-lrelease")
    return [str(lrelease)] if lrelease.exists() else None


def compile_qm(ts: Path = DEFAULT_TS, qm: Path | None = None) -> Path:
    """``ts`` compiled by lrelease to the ``.qm`` the app loads (beside it unless ``qm`` is given)."""
    command = lrelease_command()
    if command is None:
        raise SystemExit("pyside6-lrelease not found: install PySide6-Essentials into this Python's environment")
    qm = qm or ts.with_suffix(".qm")
    run = subprocess.run([*command, "-silent", "-nounfinished", str(ts), "-qm", str(qm)], capture_output=True, text=True)
    if run.returncode != 0:
        raise SystemExit(f"pyside6-lrelease failed:\n{run.stdout}{run.stderr}")
    return qm


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ts", type=Path, default=DEFAULT_TS, help="the .ts file to write or update")
    parser.add_argument(
        "--unfinished", metavar="FILE.json", help="only list the unfinished messages into FILE.json ('-': stdout)"
    )
    parser.add_argument(
        "--apply", metavar="FILE.json", help="only fill messages from FILE.json ({key: translation}), then compile"
    )
    parser.add_argument("--qm", action="store_true", help="only compile the .ts to the .qm beside it")
    args = parser.parse_args(argv)
    ts = args.ts.resolve()
    if args.unfinished:
        text = json.dumps(unfinished(ts), ensure_ascii=False, indent=1)
        print(text) if args.unfinished == "-" else Path(args.unfinished).write_text(text, encoding="utf-8")
        return 0
    if args.apply:
        filled = apply(ts, json.loads(Path(args.apply).read_text(encoding="utf-8")))
        print(f"{ts}: {filled} messages filled, {len(unfinished(ts))} unfinished; {compile_qm(ts)}")
        return 0
    if args.qm:
        print(compile_qm(ts))
        return 0
    ts = build(ts)
    compile_qm(ts)
    counts: dict[str, int] = {}
    for context, _ in ts_messages(ts):
        counts[context] = counts.get(context, 0) + 1
    print(
        f"{ts}: {sum(counts.values())} strings in {len(counts)} contexts "
        f"({counts.get(ENGINE_CONTEXT, 0)} from the engine's registries), {len(unfinished(ts))} unfinished; "
        f"compiled to {ts.with_suffix('.qm').name}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
