"""The "Export chart…" button: a non-blocking file dialog, then PNG or SVG by the chosen type."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton, QWidget

from debttracker.ui.charts.mpl import ChartView
from debttracker.ui.widgets.plain import plain_box


class ExportChartButton(QPushButton):
    """Asks where to save ``chart()`` (the chart shown now) and saves it."""

    def __init__(
        self, chart: Callable[[], ChartView], name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setText(self.tr("Export chart…"))
        self.setToolTip(self.tr("Save the chart shown as a PNG image or an SVG drawing"))
        self._chart = chart
        self._name = name
        self.dialog: QFileDialog | None = None
        self.clicked.connect(self.ask)

    def ask(self) -> None:
        png, svg = self.tr("PNG image (*.png)"), self.tr("SVG drawing (*.svg)")
        dialog = QFileDialog(self.window(), self.tr("Export chart"))
        dialog.setObjectName("exportChartDialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilters([png, svg])
        dialog.setDefaultSuffix("png")
        dialog.selectFile(self._name + ".png")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.filterSelected.connect(
            lambda selected: dialog.setDefaultSuffix("svg" if selected == svg else "png")
        )
        dialog.fileSelected.connect(self.save)
        self.dialog = dialog
        dialog.open()

    def save(self, path: str) -> None:
        target = Path(path)
        if target.suffix.lower() not in (".png", ".svg"):
            target = target.with_suffix(".png")
        try:
            self._chart().export_to(target)
        except OSError as exc:
            text = self.tr("The chart could not be saved to %1: %2")
            box = plain_box(
                QMessageBox.Icon.Warning,
                self.tr("Export chart"),
                text.replace("%1", str(target)).replace("%2", exc.strerror or str(exc)),
                parent=self.window(),
            )
            box.setObjectName("exportErrorBox")
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()
