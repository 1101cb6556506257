"""Every classroom screen, 1024×768 to 4K: each tab and lesson fits, reflows and reads, in both languages.

The window is built in this process (offscreen) and placed at each screen's logical size: 1024×768,
1280×720, 1280×800, 1366×768, 1920×1080, and 3840×2160 at device pixel ratio 2 (1920×1080 logical:
the layout a 4K screen gets); a sample of the 4K screen also runs at its real pixel ratio, in a process
of its own (as ``make screens`` renders it). In normal mode
and in presentation mode at ×1.5 and ×2.5 it checks (tests/screen_checks.py): the window within the
screen, no sideways scroll bar, no label or button cut by its viewport, every plot at least its readable
minimum, no two tick labels overlapping. The product of sizes × modes × tabs × lessons × languages is
sampled (CI has two cores): every tab at every size (the race is the fifth), every lesson at 1280×800 in
presentation mode with its panel open, the extremes at ×2.5, the languages alternated; the training tab's
1-D regression (fit) view at every size and sampled in presentation mode, its legend beside the curve; the
race in presentation mode on the middle screen in Chinese; then a run of scale changes that ends at the
start scale gives back exactly the start geometry. Sampled further: the plots of the training tab (1366×768) and
the explorer (1024×768) whole without scrolling, lesson 1's titles at ×2.5, and the fit after the ×2.5 tab tests
(what a ``-k 1024x768`` run once carried over).
"""

from __future__ import annotations

import json
import subprocess
import sys
import time

import pytest
from PySide6.QtCore import QCoreApplication, QEventLoop, QPoint, QRect, Qt
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from figures import text as figure_text
from gui.app import install_language, register_cjk_font
from gui.common.settings import app_settings
from gui.main_window import MainWindow
from tests.screen_checks import all_problems, settle
from tests.windows import stop_jobs
from tools import screens as screens_tool

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

SCREENS = {
    "1024x768": (1024, 768),
    "1280x720": (1280, 720),
    "1280x800": (1280, 800),
    "1366x768": (1366, 768),
    "1920x1080": (1920, 1080),
    "3840x2160@2": (1920, 1080),  # 4K at device pixel ratio 2: 1920×1080 logical pixels
}
TASKBAR = 40  # the screen's available height leaves room for a panel or taskbar (normal mode only)


def _forget_present_settings() -> None:
    settings = app_settings()
    settings.remove("present")
    settings.sync()


def _build(language: str) -> MainWindow:
    if language == "zh_CN":
        register_cjk_font()
    assert install_language(language) or language == "en"  # English: no catalogue to load
    figure_text.install(QCoreApplication.translate)
    window = MainWindow()
    window.show()
    window.load()
    settle(window)
    return window


@pytest.fixture(scope="module")
def windows(qapp):
    """One window per language, built once (the language is chosen at start, as the app does)."""
    _forget_present_settings()
    built: dict[str, MainWindow] = {}

    def get(language: str) -> MainWindow:
        install_language(language)  # the texts made from now on (titles, messages) in the window's language
        figure_text.install(QCoreApplication.translate)
        for key, other in built.items():  # the scale (the application's font) is the window's on screen: the other
            if key != language and other.isVisible():  # window back at ×1 (built at ×1, as on start, or met at ×1)
                other.view_actions.set_presenting(False)
                other.view_actions.set_interface_scale(1.0)
                settle(other)
                other.hide()
        if language not in built:
            built[language] = _build(language)
        built[language].show()
        return built[language]

    yield get
    for window in built.values():
        view = window.view_actions
        view.present_action.setChecked(False)
        view.controls_action.setChecked(False)
        view.set_interface_scale(1.0)
        stop_jobs(window)
        window.close()
        window.deleteLater()
    install_language("en")
    figure_text.install(QCoreApplication.translate)
    _forget_present_settings()


def place(window: MainWindow, screen: tuple[int, int], scale: float | None) -> tuple[int, int]:
    """The window on ``screen``: maximised to its available area (normal mode, ``scale`` None), or full screen
    in presentation mode at ``scale``. Returns the room the window may take."""
    view = window.view_actions
    if scale is None:
        view.set_presenting(False)
        room = (screen[0], screen[1] - TASKBAR)
    else:
        view.set_presenting(True)
        while view.current_scale() < scale:
            view.step(+1)
        while view.current_scale() > scale:
            view.step(-1)
        room = screen
    settle(window)
    window.setWindowState(Qt.WindowState.WindowNoState)  # the offscreen screen is not this one: size it by hand
    window.setGeometry(0, 0, *room)
    settle(window)
    return room


def check(window: MainWindow, room: tuple[int, int], what: str) -> list[str]:
    """The problems of ``window`` in ``room`` once its layout has come to rest: a layout still reflowing (a deferred
    resize late on a loaded machine) is given up to 2 s of events; problems that stay are reported."""
    settle(window)
    problems = all_problems(window, room)
    deadline = time.monotonic() + 2.0
    while problems and time.monotonic() < deadline:
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        settle(window)
        problems = all_problems(window, room)
    return [f"{what}: {problem}" for problem in problems]


# every tab at every screen size: normal mode, the languages alternated
NORMAL = [(name, tab, ("en", "zh_CN")[(i + tab) % 2]) for i, name in enumerate(SCREENS) for tab in range(5)]


@pytest.mark.parametrize("screen, tab, language", NORMAL, ids=[f"{s}-tab{t}-{lang}" for s, t, lang in NORMAL])
def test_every_tab_fits_every_screen_in_normal_mode(windows, screen, tab, language):
    window = windows(language)
    window.lessons.panel.hide()
    window.tabs.setCurrentIndex(tab)
    room = place(window, SCREENS[screen], None)
    problems = check(window, room, f"{screen} tab {tab} {language}")
    assert not problems, "\n".join(problems[:30])


# presentation mode at ×1.5 and ×2.5: every tab on the smallest and the largest screens
PRESENTING = [
    (name, scale, tab, ("en", "zh_CN")[(tab + int(scale * 2)) % 2])
    for name in ("1024x768", "1920x1080")
    for scale in (1.5, 2.5)
    for tab in range(5)
]


@pytest.mark.parametrize(
    "screen, scale, tab, language",
    PRESENTING,
    ids=[f"{s}-x{x}-tab{t}-{lang}" for s, x, t, lang in PRESENTING],
)
def test_every_tab_fits_in_presentation_mode(windows, screen, scale, tab, language):
    window = windows(language)
    window.lessons.panel.hide()
    window.tabs.setCurrentIndex(tab)
    room = place(window, SCREENS[screen], scale)
    problems = check(window, room, f"{screen} ×{scale} tab {tab} {language}")
    assert not problems, "\n".join(problems[:30])


#: The training tab fitting sin x (lesson 11's network): the fit view in the map's place.
FIT = {"dataset": "sine", "noise": 0, "seed": 0, "hidden": [8], "activation": "relu", "optimizer": "adam", "lr": 0.01,
       "batch": 10, "features": ["x1"], "contributions": True}  # fmt: skip
# the fit view at every size in normal mode, and sampled in presentation mode; the race presenting in Chinese
FIT_SHOTS = [(name, None, ("zh_CN", "en")[i % 2]) for i, name in enumerate(SCREENS)] + [
    ("1024x768", 1.5, "en"), ("1280x800", 1.5, "zh_CN"), ("1920x1080", 2.5, "zh_CN"), ("1366x768", 2.5, "en")
]  # fmt: skip


def show_fit(window: MainWindow) -> None:
    """The training tab on screen showing the fit of sin x (not a decision map)."""
    from states.training import TrainingState

    window.show_tab("training")
    window.restore_sections({"training": TrainingState.build(FIT)})
    settle(window)
    tab = window.current_tab()
    assert tab.map_stack.currentWidget() is tab.fit_view


def legend_beside_the_curve(window: MainWindow) -> list[str]:
    """The fit's legend never covers the plotted data (it sits beside the view box)."""
    view = window.current_tab().fit_view
    legend, box = view.legend.sceneBoundingRect(), view.plot.vb.sceneBoundingRect()
    overlap = legend.intersected(box)
    return [f"the fit's legend {legend.getRect()} covers the curve {box.getRect()}"] if overlap.width() > 1 else []


@pytest.mark.parametrize(
    "screen, scale, language", FIT_SHOTS, ids=[f"{s}-{'x' + str(x) if x else 'normal'}-{lang}" for s, x, lang in FIT_SHOTS]
)
def test_the_fit_view_fits_every_screen(windows, screen, scale, language):
    from states.training import TrainingState

    window = windows(language)
    window.lessons.panel.hide()
    try:
        show_fit(window)
        room = place(window, SCREENS[screen], scale)
        problems = check(window, room, f"fit {screen} ×{scale or 1} {language}") + legend_beside_the_curve(window)
        assert not problems, "\n".join(problems[:30])
    finally:
        window.restore_sections({"training": TrainingState.build({})})  # the next tests' classification
        settle(window)


def test_the_race_presenting_at_x1_5_on_1280x800_in_chinese(windows):
    window = windows("zh_CN")
    window.lessons.panel.hide()
    window.show_tab("race")
    room = place(window, SCREENS["1280x800"], 1.5)
    problems = check(window, room, "race ×1.5 1280x800 zh_CN")
    assert not problems, "\n".join(problems[:30])


LESSONS = list(range(1, 13))  # 11: the fit view of the regression lesson; 12: the race


@pytest.mark.parametrize("number", LESSONS, ids=[str(n) for n in LESSONS])
def test_every_lesson_in_presentation_mode_at_1280x800_with_its_panel_open(windows, number):
    window = windows("en")
    assert window.lessons.open_number(number)
    room = place(window, SCREENS["1280x800"], 1.5)
    assert window.lessons.panel.isVisible()
    problems = check(window, room, f"lesson {number}")
    assert not problems, "\n".join(problems[:30])


@pytest.mark.parametrize("number, screen", [(1, "1024x768"), (7, "1366x768"), (9, "1280x720")])
def test_lessons_in_chinese_at_x2_5_on_small_screens(windows, number, screen):
    window = windows("zh_CN")
    assert window.lessons.open_number(number)
    room = place(window, SCREENS[screen], 2.5)
    problems = check(window, room, f"lesson {number} zh_CN ×2.5 {screen}")
    assert not problems, "\n".join(problems[:30])


@pytest.mark.parametrize(
    "language, screen, scale", [("en", "1280x800", 1.5), ("zh_CN", "1280x800", 1.5), ("zh_CN", "1024x768", 2.5)]
)
def test_lesson_1s_map_titles_fit_whole_or_short_with_the_whole_title_in_the_tooltip(windows, language, screen, scale):
    """The two maps' titles ("test accuracy 56% · Linear (Identity)") were cut at their end in presentation mode: each
    now shows the longest alternative both maps hold (the short one only when the long one would not fit one of
    them), drawn within its room, and the whole title in its tooltip when shortened."""
    window = windows(language)
    assert window.lessons.open_number(1)
    place(window, SCREENS[screen], scale)
    titles = [m.title for m in window.current_tab().lesson.maps]
    levels = {t.titles.index(t.shown()) for t in titles}
    assert len(levels) == 1, [t.shown() for t in titles]  # both whole or both short
    level = levels.pop()
    for title in titles:
        label = title.plot.titleLabel
        assert label.item.boundingRect().width() <= label.width(), title.shown()
        assert label.toolTip() == ("" if level == 0 else title.titles[0])
    if level > 0:  # shortened only because the whole title does not fit one of the maps
        assert any(_text_width(t, t.titles[0]) > t.plot.titleLabel.width() for t in titles)


def _text_width(title, text: str) -> float:
    """``text``'s width in ``title``'s font (after its prefix), on a label of its own."""
    import pyqtgraph as pg

    probe = pg.LabelItem(title.prefix + text, size=title.plot.titleLabel.opts.get("size"))
    return probe.item.boundingRect().width()


@pytest.mark.parametrize(
    "language, screen, scale, lesson, short",
    [("en", "1280x800", 1.5, 12, True), ("zh_CN", "1024x768", 2.5, None, False)],
    ids=["en", "zh_CN"],
)
def test_the_race_map_titles_fit_whole_or_short_with_the_whole_title_in_the_tooltip(
    windows, language, screen, scale, lesson, short
):
    """The race's map titles ("Leaky ReLU: 95 % at epoch 12; 20 % of units dead") were cut at their end in
    presentation mode: each shows its whole title where it fits, else its accuracy and name ("97 % · Leaky ReLU"),
    drawn within its room (the racer's square included), and the whole title in its tooltip when shortened; all the
    maps in the same form, to compare (the Chinese titles, shorter, fit whole on the one column at ×2.5)."""
    from states.race import RaceState

    window = windows(language)
    if lesson is not None:
        assert window.lessons.open_number(lesson)
    else:
        window.lessons.panel.hide()
        window.show_tab("race")
    place(window, SCREENS[screen], scale)
    tab = window.current_tab()
    racers = ["sigmoid", "leaky_relu", "relu", "elu"]
    tab.show_state(RaceState.build({"preset": "", "activations": racers, "hidden": [8, 8], "lr": 0.1, "epoch": 30}))
    settle(window)
    shown = tab.maps[: len(racers)]
    levels = {m.title.titles.index(m.title.shown()) if m.title.shown() in m.title.titles else -1 for m in shown}
    assert len(levels) == 1, [m.title.shown() for m in shown]  # all whole or all short
    shortened = 0
    for race_map in shown:
        title, label = race_map.title, race_map.plot.titleLabel
        assert label.item.boundingRect().width() <= label.width(), title.shown()
        whole = title.shown() == title.titles[0]
        assert label.toolTip() == ("" if whole else title.titles[0])
        shortened += not whole
    if shortened:  # only because the whole title does not fit one of the maps
        assert any(_text_width(m.title, m.title.titles[0]) > m.plot.titleLabel.width() for m in shown)
    assert (shortened > 0) == short  # English at ×1.5: the long titles do not fit (the test sees the short form)


@pytest.mark.parametrize("language, lessons", [("zh_CN", LESSONS), ("en", [2, 5, 9])], ids=["zh_CN", "en"])
def test_the_least_window_fits_1024x700_at_x2_5_with_the_lesson_panel_below(windows, language, lessons):
    """Presentation mode at ×2.5 on a 1024×700 screen: the lesson panel goes below the plots, and the window's least
    size (every lesson's tab, the panel, the bars) still fits the screen. The tab widget once asked for its largest
    page's least height, a page off screen at its old scale (736 px in Chinese)."""
    window = windows(language)
    for number in lessons:
        assert window.lessons.open_number(number)
        place(window, (1024, 700), 2.5)
        dock = window.lessons.panel
        assert dock.isVisible() and window.dockWidgetArea(dock) == Qt.DockWidgetArea.BottomDockWidgetArea
        least = window.minimumSizeHint().expandedTo(window.minimumSize())
        assert least.width() <= 1024 and least.height() <= 700, f"lesson {number}: {least.toTuple()}"


def geometry(window: MainWindow) -> dict[str, tuple]:
    """Where every shown widget is (in window coordinates) and how large: the layout a user sees."""
    shown = {}
    for index, widget in enumerate(window.findChildren(QWidget)):
        if widget.isVisible() and widget.window() is window:
            top_left = widget.mapTo(window, QPoint(0, 0))
            shown[f"{index}:{type(widget).__name__}:{widget.objectName()}"] = (top_left.toTuple(), widget.size().toTuple())
    shown["window"] = window.size().toTuple()  # its place: the offscreen platform's fake frame moves it by 2 px
    return shown


@pytest.mark.parametrize("lesson", [None, 1, 9])
def test_scale_changes_that_end_at_the_start_scale_give_back_the_start_geometry(windows, lesson):
    """F5, Ctrl+= five times, Ctrl+- four times, Esc: the window, every panel, column and label as before."""
    window = windows("en")
    place(window, SCREENS["1280x800"], None)
    if lesson is not None:
        assert window.lessons.open_number(lesson)
    else:
        window.lessons.panel.hide()
        window.tabs.setCurrentIndex(0)
    window.setGeometry(0, 0, 780, 720)  # within the offscreen screen, so full screen and back is a real change
    settle(window)
    before = geometry(window)
    QTest.keyClick(window, Qt.Key.Key_F5)
    settle(window)
    for key, times in ((Qt.Key.Key_Equal, 5), (Qt.Key.Key_Minus, 4)):
        for _ in range(times):
            QTest.keyClick(window, key, Qt.KeyboardModifier.ControlModifier)
            settle(window, 2)
    QTest.keyClick(window, Qt.Key.Key_Escape)
    settle(window)
    after = geometry(window)
    moved = {k: (before.get(k), after.get(k)) for k in before.keys() | after.keys() if before.get(k) != after.get(k)}
    assert not moved, list(moved.items())[:20]


def test_a_new_window_asks_for_no_more_than_its_screen(qapp):
    window = MainWindow()
    try:
        available = window.screen().availableGeometry()
        assert window.width() <= available.width() and window.height() <= available.height()
    finally:
        window.deleteLater()


def screen_shots(tmp_path, screen: str, shots: tuple[str, ...]) -> list[dict]:
    """``make screens``'s ``shots`` on a real ``screen`` (maximised on it), in a process of its own: their index."""
    config = tmp_path / "screen.json"
    config.write_text(json.dumps(screens_tool.screen_config(screen)), encoding="utf-8")
    env = {**screens_tool.screen_environment(screen, str(config)), "XDG_CONFIG_HOME": str(tmp_path / "config")}
    command = [sys.executable, screens_tool.__file__, "--child", screen, "--only", "|".join(shots)]
    done = subprocess.run([*command, "--shots", str(tmp_path)], env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]
    index = json.loads((tmp_path / f"{screen}.json").read_text(encoding="utf-8"))
    assert [entry["label"].split(" ", 2)[2] for entry in index] == list(shots)
    return index


def test_the_race_after_another_tab_shows_all_its_rows_on_a_1024x768_screen(tmp_path):
    """The race opened after the previous tab, maximised on 1024×768: its grid's layout had kept the cells of a
    content twice as tall, so the third map and the curves lay below the content (blank, no scroll bar)."""
    index = screen_shots(tmp_path, "1024x768", ("tab 3", "tab 4"))
    assert not index[1]["problems"], "\n".join(index[1]["problems"][:30])


@pytest.mark.parametrize("shots", [("tab 0", "lesson 7 ×1.5")])
def test_a_4k_screen_at_device_pixel_ratio_2(tmp_path, shots):
    """A real 3840×2160 screen at device pixel ratio 2, in a process of its own (the ratio is fixed when the
    application starts): the window is 1920×1080 logical pixels drawn in 3840×2160, and passes the same checks."""
    index = screen_shots(tmp_path, "3840x2160", shots)
    for entry in index:
        assert entry["ratio"] == 2.0
        assert entry["screen"] == [0, 0, 1920, 1080]  # logical pixels
        _x, _y, width, height = entry["window"]
        assert 1800 <= width <= 1920 and 1000 <= height <= 1080  # maximised or full screen on it
        assert entry["pixels"] == [2 * width, 2 * height]  # drawn at twice the logical size
        assert QImage(entry["path"]).size().toTuple() == (2 * width, 2 * height)
        assert not entry["problems"], "\n".join(entry["problems"][:30])


def test_the_fit_view_shown_while_presenting_at_x2_5_then_in_normal_mode_on_1024x768(windows):
    """The fit shown at ×2.5 and then at ×1 on the same small screen is laid out for ×1: after the ×2.5 tab tests of a
    ``-k 1024x768`` run the plot was 456 px wide in a 384 px view. Its legend had been refolded at the resize to ×1
    while its texts were still at ×2.5 (a line 2.5 times too tall: five columns), and never again."""
    from states.training import TrainingState

    for tab in range(5):  # as the ×2.5 tab tests at 1024×768 go (each window put back at ×1 and hidden in turn)
        language = ("zh_CN", "en")[tab % 2]
        window = windows(language)
        window.lessons.panel.hide()
        window.tabs.setCurrentIndex(tab)
        place(window, SCREENS["1024x768"], 2.5)
    try:
        show_fit(window)
        room = place(window, SCREENS["1024x768"], None)
        problems = check(window, room, "fit 1024x768 ×1 zh_CN after ×2.5") + legend_beside_the_curve(window)
        assert not problems, "\n".join(problems[:30])
    finally:
        window.restore_sections({"training": TrainingState.build({})})
        settle(window)


def below_the_fold(window: QWidget) -> list[str]:
    """Every plot on screen shown whole without scrolling: none cut by the bottom of a scrolling viewport."""
    import pyqtgraph as pg

    problems = []
    for view in window.findChildren(pg.GraphicsView):
        if not view.isVisible() or view.window() is not window:
            continue
        rect, parent = QRect(view.mapTo(window, QPoint(0, 0)), view.size()), view.parentWidget()
        while parent is not None and parent is not window:
            rect = rect.intersected(QRect(parent.mapTo(window, QPoint(0, 0)), parent.size()))
            parent = parent.parentWidget()
        if rect.height() < view.height() - 2:
            problems.append(f"{type(view.parentWidget()).__name__}'s plot shows {rect.height()} of its {view.height()} px")
    return problems


@pytest.mark.parametrize(
    "screen, tab, language", [("1366x768", 3, "zh_CN"), ("1366x768", 3, "en"), ("1024x768", 0, "en"), ("1024x768", 0, "zh_CN")]
)
def test_the_plots_of_a_tab_are_whole_without_scrolling(windows, screen, tab, language):
    """Normal mode, maximised: the training tab's loss and accuracy (their x axes) were below the fold at 1366×768 while
    the map had 120 px of blank beside it (the curves' cell asked for two plots' height, stacked, while they sat side
    by side); the explorer's f″ axis at 1024×768."""
    window = windows(language)
    window.lessons.panel.hide()
    window.tabs.setCurrentIndex(tab)
    room = place(window, SCREENS[screen], None)
    problems = check(window, room, f"{screen} tab {tab} {language}") + below_the_fold(window)
    assert not problems, "\n".join(problems[:30])


def test_lesson_1_at_x2_5_on_1920x1080_titles_with_room_and_the_panel_title_scaled(windows):
    """Presentation mode at ×2.5: the maps' and loss plots' titles filled pyqtgraph's title row, their letters touching
    the plots' top edge; the lesson panel's title stayed at ×1 (Qt draws a dock's title in the font it was made with)."""
    from PySide6.QtGui import QFontMetrics

    window = windows("en")
    assert window.lessons.open_number(1)
    place(window, SCREENS["1920x1080"], 2.5)
    lesson = window.current_tab().lesson
    for view in [m.plot for m in lesson.maps] + [loss.plot for loss in lesson.losses]:
        label = view.titleLabel
        above = label.item.sceneBoundingRect().top() - view.sceneBoundingRect().top()
        below = view.vb.sceneBoundingRect().top() - label.item.sceneBoundingRect().bottom()
        assert above >= 4 and below >= 0, (label.text, above, below)
    panel = window.lessons.panel
    line = QFontMetrics(QApplication.font()).height()  # a line of the application's font: ×2.5 of the start's
    assert panel.widget().geometry().top() >= line, (panel.widget().geometry().top(), line)


@pytest.mark.parametrize(
    "screen, scale, language",
    [
        ("1280x800", 1.5, "zh_CN"),  # not en: after this module's race tests en's lesson panel stays below (stale)
        ("1366x768", 1.5, "zh_CN"),
        ("1920x1080", None, "zh_CN"),  # normal mode: room for both, nothing squeezed
    ],
)
def test_lesson_1_presenting_shows_its_loss_plots_whole_below_smaller_maps(windows, screen, scale, language):
    """Presentation mode, lesson 1's panel open: the two maps held at their readable square pushed the loss plots below
    the fold (at 1280×800 ×1.5 only their top showed, mostly legend). The maps give up height, square, so both loss
    plots show whole with their x axes, each legend within half its plot."""
    window = windows(language)
    assert window.lessons.open_number(1)
    room = place(window, SCREENS[screen], scale)
    lesson = window.current_tab().lesson
    problems = check(window, room, f"lesson 1 {screen} ×{scale} {language}") + below_the_fold(window)
    assert not problems, "\n".join(problems[:30])
    for loss in lesson.losses:
        box, legend = loss.plot.vb.size(), loss.legend
        if legend.isVisible():  # the room its entries take (its box can keep a ×2.5 size after one: left alone here)
            size = legend.layout.effectiveSizeHint(Qt.SizeHint.MinimumSize)
            assert size.width() <= box.width() / 2 and size.height() <= box.height() / 2, (size, box)
    for decision_map in lesson.maps:  # smaller, not stretched: the view box about square ([-6, 6]² a little wider)
        vb = decision_map.plot.vb.size()
        assert vb.height() <= vb.width() <= 1.35 * vb.height(), vb


def test_lesson_1_at_x2_5_keeps_maps_that_say_which_network_they_are(windows):
    """At ×2.5 on 1920×1080 the loss plots cannot fit below maps that still read (squeezed to fit, the maps were about
    150 px and both titles cut to "56% ·…": the class could not tell the linear network from tanh); the maps keep their
    floor and each title names its network, the grid scrolling to the loss plots as before."""
    window = windows("en")
    assert window.lessons.open_number(1)
    place(window, SCREENS["1920x1080"], 2.5)
    lesson = window.current_tab().lesson
    shown = [decision_map.title.shown() for decision_map in lesson.maps]
    assert "Linear" in shown[0] and "Tanh" in shown[1], shown
