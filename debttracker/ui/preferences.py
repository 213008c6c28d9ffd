"""Edit → Preferences: settings kept in the database, one page per subject."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from debttracker.store import settings
from debttracker.ui.context import AppContext
from debttracker.ui.i18n import LANGUAGES
from debttracker.ui.reminders.preferences_page import RemindersPage
from debttracker.ui.ui_settings import keep_language_copy, ui_settings
from debttracker.ui.widgets.plain import plain_label


class GeneralPage(QWidget):
    """Language and the tray."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("generalPage")
        self.ctx = ctx
        form = QFormLayout(self)
        self.language = QComboBox()
        self.language.setObjectName("languageCombo")
        self.language.addItem(self.tr("Follow the system"), "")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        form.addRow(self.tr("Language:"), self.language)
        note = plain_label(self.tr("A new language applies the next time debttracker starts."))
        note.setWordWrap(True)
        form.addRow("", note)
        self.tray = QCheckBox(self.tr("Keep running in the tray when the window is closed"))
        self.tray.setObjectName("trayCheck")
        form.addRow("", self.tray)
        with ctx.db.session() as s:
            current = settings.get(s, settings.LANGUAGE)
            self.tray.setChecked(settings.get(s, settings.TRAY_ENABLED))
        self.language.setCurrentIndex(max(0, self.language.findData(current)))

    def apply(self) -> None:
        language = str(self.language.currentData())
        with self.ctx.db.session() as s:
            settings.put(s, settings.LANGUAGE, language)
            settings.put(s, settings.TRAY_ENABLED, self.tray.isChecked())
        keep_language_copy(ui_settings(self.ctx.data_dir), language)  # read at the next start


#: page classes shown in the dialog; each takes (ctx, parent) and has apply()
PAGES: list[type[QWidget]] = [GeneralPage, RemindersPage]


class PreferencesDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.setWindowTitle(self.tr("Preferences"))
        self.ctx = ctx
        layout = QVBoxLayout(self)
        self.pages = QTabWidget()
        self.pages.setObjectName("preferencesPages")
        for page_class in PAGES:
            page = page_class(ctx, self)
            self.pages.addTab(page, page.windowTitle() or self._title(page))
        layout.addWidget(self.pages)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.setObjectName("preferencesButtons")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _title(self, page: QWidget) -> str:
        return self.tr("General") if isinstance(page, GeneralPage) else page.objectName()

    def accept(self) -> None:
        for index in range(self.pages.count()):
            self.pages.widget(index).apply()  # type: ignore[attr-defined]
        self.ctx.events.data_changed.emit("settings")
        super().accept()
