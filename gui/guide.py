"""Help > User guide: the bundled HTML guide in a text browser (offline, frozen or not; no web engine).

The guide lives in ``resources/guide/``: ``index.html`` in English, ``index.<lang>.html`` for a
translation (``index.zh_CN.html`` or ``index.zh.html`` for Chinese), with its screenshots beside it
(made by ``tools/guide_screenshots.py``).
"""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

from PySide6.QtCore import QLocale, QUrl
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from gui.app import active_language, locale_for
from gui.common.paths import resource


def guide_file(locale: QLocale | None = None, folder: Path | None = None) -> Path:
    """The guide in ``folder`` (default: the bundled one) for ``locale`` (default: the app's):
    ``index.<ll_CC>.html``, else ``index.<ll>.html``, else the English ``index.html``."""
    name = (locale or locale_for(active_language())).name()  # "zh_CN": the language the interface is in
    folder = folder or resource("guide")
    for candidate in (f"index.{name}.html", f"index.{name.split('_')[0]}.html"):
        if (folder / candidate).is_file():
            return folder / candidate
    return folder / "index.html"


class _Images(HTMLParser):
    def __init__(self):
        super().__init__()
        self.sources: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag == "img":
            self.sources.append(dict(attrs).get("src", ""))


def check_guide() -> None:
    """``--self-test`` step: the guide and every screenshot it shows are bundled and load (AssertionError if not)."""
    for page in sorted(resource("guide").glob("index*.html")) or [resource("guide", "index.html")]:
        if not page.is_file():
            raise AssertionError(f"user guide missing at {page}")
        images = _Images()
        images.feed(page.read_text(encoding="utf-8"))
        for src in images.sources:
            if QImage(str(page.parent / src)).isNull():
                raise AssertionError(f"{page.name}: image {src} missing or unreadable")


class GuideDialog(QDialog):
    """The guide, with working links between its sections; external links open in the system browser."""

    def __init__(self, parent: QWidget | None = None, locale: QLocale | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("User guide"))
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(True)
        self.browser.setSource(QUrl.fromLocalFile(str(guide_file(locale))))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(980, 720)
