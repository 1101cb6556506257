"""Ready for a Chinese translation: registry text goes through context "engine", the template holds every lookup.

A pseudo-translator stands in for the Chinese one: it marks every string asked for
under the context ``"engine"`` (⟦like this⟧) and records every lookup. A widget that
shows registry text without the marks shows English a translator could never replace.
"""

from __future__ import annotations

import ast
import html
import sys
from pathlib import Path
from xml.etree import ElementTree

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QComboBox, QLabel

import engine
from engine.initializers import INITIALIZERS
from engine.presets import PRESETS

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))

import translations  # noqa: E402  (tools/translations.py)


def mark(text: str) -> str:
    return f"⟦{text}⟧"


class PseudoTranslator(QTranslator):
    """Marks registry strings (context "engine"), leaves the rest as they are, records every lookup."""

    def __init__(self):
        super().__init__()
        self.seen: list[tuple[str, str]] = []

    def translate(self, context, source, disambiguation=None, n=-1):
        self.seen.append((context, source))
        return mark(source) if context == translations.ENGINE_CONTEXT else None

    def isEmpty(self):
        return False


@pytest.fixture
def pseudo(qapp):
    translator = PseudoTranslator()
    QCoreApplication.installTranslator(translator)
    yield translator
    QCoreApplication.removeTranslator(translator)


def combo_texts(combo: QComboBox) -> list[str]:
    return [combo.itemText(i) for i in range(combo.count())]


# ---- registry text is looked up under "engine" ---------------------------------------------------------


def test_the_explorer_shows_registry_text_through_the_engine_context(pseudo, qtbot):
    from gui.explorer.tab import ExplorerTab

    tab = ExplorerTab()
    qtbot.addWidget(tab)
    tab.clear_curves()
    tree = tab.catalogue.tree
    assert [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())] == [mark(f) for f in engine.FAMILIES]
    for act in engine.ACTIVATIONS.values():
        item = tab.catalogue.items[act.id]
        assert item.text(0) == mark(act.name) and item.toolTip(0) == mark(act.formula)

    index = tab.add_curve("gelu")  # a choice parameter (approximate) and a doc line
    act = engine.get_activation("gelu")
    notes = tab.notes.toHtml()
    for text in (act.name, act.family, act.smoothness, act.use, act.strengths, act.weaknesses):  # the range is computed
        assert html.escape(mark(text), quote=False) in notes, f"notes show {text!r} untranslated"
    assert tab.plots.legend.getLabel(tab.curve_items()[0][index]).text == mark(act.name)
    editor = tab.param_panel.editors["approximate"]
    combo = editor if isinstance(editor, QComboBox) else editor.findChild(QComboBox)
    assert combo_texts(combo) == [mark(c) for c in act.params[0].choices]
    assert editor.toolTip() == mark(act.params[0].doc)

    tab.catalogue.select("softmax")  # the vector view
    softmax = engine.get_activation("softmax")
    assert tab.vector_view.bar_plot.getAxis("left").labelText.startswith(mark(softmax.name))
    assert mark(softmax.derivative_html) in tab.vector_view.caption.text()
    assert mark(softmax.params[0].doc) in [w.text() for w in tab.vector_view.param_panel.findChildren(QLabel)]


def test_the_other_tabs_show_registry_text_through_the_engine_context(pseudo, qtbot):
    from gui.depth.tab import DepthTab
    from gui.initialization.tab import InitTab

    init = InitTab()
    qtbot.addWidget(init)
    assert combo_texts(init.init_combo) == [mark(e.name) for e in INITIALIZERS.values()]
    entry = INITIALIZERS[init.init_id()]
    assert mark(entry.formula) in init.formula.text() and mark(entry.notes) in init.formula.text()
    depth = DepthTab()
    qtbot.addWidget(depth)
    assert combo_texts(depth.preset_combo)[1:] == [mark(p.name) for p in PRESETS.values()]
    registry = [mark(a.name) for a in engine.ACTIVATIONS.values() if not a.vector]
    assert combo_texts(depth.activation_combo)[:-1] == registry  # the last row, "Formula…", is the tab's own text
    preset = next(iter(PRESETS.values()))
    depth.preset_combo.setCurrentIndex(depth.preset_combo.findData(preset.id))
    assert mark(preset.lesson) in depth.lesson.text()


def test_the_gallery_index_shows_registry_text_through_the_engine_context(pseudo):
    from gui.export.gallery import gallery_figure, index_html

    acts = list(engine.ACTIVATIONS.values())
    page = index_html(acts, [f"{a.id}.png" for a in acts], "png")
    for act in acts:
        shown = [html.escape(mark(t)) for t in (act.name, act.output_range, act.use)]
        shown += [mark(t) for t in (act.formula_html, act.derivative_html)]  # registry markup, as it is
        for text in shown:
            assert text in page, f"the gallery index shows {text!r} untranslated"
    spec = gallery_figure("relu")
    assert spec.title == mark("ReLU") and spec.caption == mark(engine.get_activation("relu").formula)


# ---- the template holds every string the app looks up -------------------------------------------------------


def our_contexts() -> set[str]:
    """Contexts the app's own code translates under: its classes, its explicit contexts, "engine"."""
    found = {translations.ENGINE_CONTEXT}
    for path in translations.sources():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef):
                found.add(node.name)
            elif (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "translate"
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
            ):
                found.add(node.args[0].value)
    return found


@pytest.mark.skipif(translations.lupdate_command() is None, reason="needs pyside6-lupdate (PySide6-Essentials)")
def test_the_translation_template_holds_every_string_the_app_looks_up(pseudo, qtbot, tmp_path):
    from gui.export.dialog import ExportDialog
    from gui.export.gallery import index_html
    from gui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    window.load()
    explorer = window.current_tab()
    explorer.add_curve("rrelu")
    explorer.add_curve("gelu")
    explorer.readout_at(1.0)
    explorer.catalogue.select("softmax")
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
    dialog = ExportDialog(explorer.figure_spec(), window)
    qtbot.addWidget(dialog)
    index_html(list(engine.ACTIVATIONS.values()), [f"{a}.png" for a in engine.ACTIVATIONS], "pdf", "all.pdf")

    assert ("engine", "Leaky ReLU") in pseudo.seen and ("NotesPanel", "Output range") in pseudo.seen
    template = translations.ts_messages(translations.build(tmp_path / "template.ts"))
    ours = our_contexts()
    by_source: dict[str, set[str]] = {}
    for context, source in pseudo.seen:
        by_source.setdefault(source, set()).add(context)
    missing = []
    for context, source in set(pseudo.seen):
        if context not in ours or (context, source) in template:
            continue
        # self.tr() in PySide6 tries each class of the object's MRO: one class holding it is enough
        if context not in (translations.ENGINE_CONTEXT, "") and any(
            (c, source) in template for c in by_source[source] if c in ours
        ):
            continue
        missing.append((context, source))
    assert not missing, f"looked up but not in the template (lupdate cannot see them): {sorted(missing)[:20]}"
    assert ("engine", "Leaky ReLU") in template and ("NotesPanel", "Output range") in template


MINIMAL_TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>engine</name>
    <message>
        <source>ReLU</source>
        <translation>[zh] ReLU</translation>
    </message>
    <message>
        <source>an old registry text</source>
        <translation>[zh] old</translation>
    </message>
</context>
</TS>
"""


def test_updating_the_template_keeps_translations_and_marks_unused_text_vanished(tmp_path):
    ts = tmp_path / "t.ts"
    ts.write_text(MINIMAL_TS, encoding="utf-8")
    translations.merge(ts, [], ["ReLU", "Leaky ReLU"])
    root = ElementTree.parse(ts).getroot()
    messages = {m.findtext("source"): m.find("translation") for m in root.iter("message")}
    assert messages["ReLU"].text == "[zh] ReLU" and messages["ReLU"].get("type") is None
    assert messages["Leaky ReLU"].get("type") == "unfinished" and not messages["Leaky ReLU"].text
    assert messages["an old registry text"].get("type") == "vanished"
    assert translations.ts_messages(ts) == {("engine", "ReLU"), ("engine", "Leaky ReLU")}


def lrelease_command() -> list[str] | None:
    command = translations.lupdate_command()
    if command is None:
        return None
    lrelease = Path(command[0]).with_name("pyside6-lrelease")
    return [str(lrelease)] if lrelease.exists() else None


@pytest.mark.subprocess
@pytest.mark.skipif(lrelease_command() is None, reason="needs pyside6-lrelease (PySide6-Essentials)")
def test_a_compiled_translation_of_a_registry_name_reaches_the_activation_list(qapp, qtbot, tmp_path):
    import subprocess

    from gui.explorer.catalogue import ActivationList

    ts, qm = tmp_path / "activation_lab_zh_CN.ts", tmp_path / "activation_lab_zh_CN.qm"
    ts.write_text(MINIMAL_TS, encoding="utf-8")
    subprocess.run([*lrelease_command(), str(ts), "-qm", str(qm)], check=True, capture_output=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    try:
        catalogue = ActivationList()
        qtbot.addWidget(catalogue)
        assert catalogue.items["relu"].text(0) == "[zh] ReLU"
        assert catalogue.items["leaky_relu"].text(0) == "Leaky ReLU"  # not translated: the English source
    finally:
        QCoreApplication.removeTranslator(translator)
