"""The parsed profile laid out for reading: dated timelines, publications with the
candidate's own name and author position highlighted, interests, awards,
skills and the parser's warnings, in one read-only, selectable document.

The HTML is composed in ui.profile_html with every CV value escaped; the
browser opens no links and loads no resources.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QTextBrowser, QWidget

from ui.profile_html import Colours, profile_html
from ui.style import tint

# Types only: the pydantic profile model (~140 ms of start-up) loads with the first
# candidate page, not before the first list is on screen (README, row d1).
if TYPE_CHECKING:
    from reviewer.profile import Profile


class ProfileView(QTextBrowser):
    """Read-only rendering of one `Profile`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setOpenLinks(False)  # nothing in a profile body is a link; never navigate
        self.setOpenExternalLinks(False)
        self.document().setDocumentMargin(18)
        self.profile: Profile | None = None
        self._html = ""  # what the document was last set to

    def show_profile(self, profile: Profile) -> None:
        self.profile = profile
        pal = self.palette()
        colours = Colours(text=pal.color(QPalette.ColorRole.Text).name(),
                          muted=pal.color(QPalette.ColorRole.PlaceholderText).name(),
                          good=tint(pal, "good").name(), warn=tint(pal, "warn").name())
        html = profile_html(profile, colours)
        # The page reloads its candidate after every change to them (a score, a tag, an
        # import that touched them): parsing and laying out the same HTML again cost the
        # GUI thread tens of ms each time (row g) and dropped the reader's text selection.
        if html != self._html:
            self._html = html
            self.setHtml(html)
        self.verticalScrollBar().setValue(0)

    def loadResource(self, kind: int, name):  # noqa: ANN001, ANN201 - Qt's signature
        return None  # no images, style sheets or anything else from outside
