"""Negotiations: every contact with a lender, promises, agreements, incidents, evidence, the
timeline and reflections.  The tab composes the tables and dialogs; edits go through
:mod:`commands` on the shared undo stack; other tabs hear ``data_changed``.

Nothing is read until the tab is shown: a change while it is hidden only marks it stale, and
of the lists only the one in view is loaded (the others when their section is shown).  The
timeline is lazy: its rows come in date order from SQL, a few hundred at a time."""

from __future__ import annotations

from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from debttracker.reports.labels import labels
from debttracker.store.negotiation_timeline import KINDS
from debttracker.ui.context import AppContext
from debttracker.ui.negotiation import rows
from debttracker.ui.negotiation.actions import Actions
from debttracker.ui.negotiation.contact_dialog import Choices
from debttracker.ui.negotiation.models import LazyRecordModel, RecordProxy, RecordTableModel
from debttracker.ui.widgets.empty_state import EmptyState
from debttracker.ui.widgets.plain import plain_label

SECTIONS = ("contacts", "promises", "agreements", "incidents", "evidence", "timeline", "notes")


class NegotiationTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.problems: dict[int, str] = {}
        self.choices: Choices | None = None
        self.pool = QThreadPool(self)  # the main window waits for it before closing the store
        self._header_stale = True  # lender filter, empty state: read on the next show
        self._stale: set[str] = set(SECTIONS)  # lists to read when their section is shown
        self.newest_first = True  # the timeline's order, chosen on its "When" header
        self.models: dict[str, RecordTableModel] = {}
        self.proxies: dict[str, RecordProxy] = {}
        self.views: dict[str, QTableView] = {}
        self.actions = Actions(self)
        layout = QVBoxLayout(self)
        self.stack = QStackedWidget()
        self.stack.setObjectName("negotiationStack")
        layout.addWidget(self.stack)
        self.empty = EmptyState(
            self.tr("Keep a record of every contact"),
            self.tr(
                "Log each call or message with a lender: who, when, through which channel, "
                "whether you verified their identity, and what each side promised. Lenders come "
                "from the Ledger; add yours there first."
            ),
            [
                ("emptyLogContactButton", self.tr("Log a contact…"), self.actions.log_contact),
                ("emptyOpenLedgerButton", self.tr("Open the Ledger"), self._open_ledger),
            ],
        )
        self.empty.setObjectName("negotiationEmptyState")
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self._content())
        ctx.events.data_changed.connect(self._on_data_changed)

    # -- building --------------------------------------------------------------------------
    def _button(self, name: str, text: str, slot: object) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    def _content(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        bar = QToolBar()
        bar.setObjectName("negotiationToolBar")
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.lender_filter = QComboBox()
        self.lender_filter.setObjectName("lenderFilter")
        self.lender_filter.currentIndexChanged.connect(self.reload)
        bar.addWidget(plain_label(self.tr("Lender:")))
        bar.addWidget(self.lender_filter)
        a = self.actions
        for name, text, slot in (
            ("logContactButton", self.tr("Log contact…"), a.log_contact),
            ("addPromiseButton", self.tr("Promise…"), a.add_promise),
            ("addAgreementButton", self.tr("Agreement…"), a.add_agreement),
            ("addIncidentButton", self.tr("Incident…"), a.add_incident),
            ("addNoteButton", self.tr("Reflection…"), a.add_note),
            ("attachEvidenceButton", self.tr("Attach evidence…"), a.attach_evidence),
            ("evidenceCheckButton", self.tr("Check evidence"), a.check_evidence),
            ("exportCaseFileButton", self.tr("Case file…"), a.export_case_file),
        ):
            action = bar.addAction(text)
            action.setObjectName(name.replace("Button", "Action"))
            action.triggered.connect(slot)
            button = bar.widgetForAction(action)
            if button is not None:
                button.setObjectName(name)
        self.busy = QProgressBar()
        self.busy.setObjectName("negotiationBusy")
        self.busy.setRange(0, 0)  # busy, no percentage
        self.busy.setMaximumWidth(120)
        self.busy.setTextVisible(False)
        self.busy_action = bar.addWidget(self.busy)
        self.busy_action.setVisible(False)
        column.addWidget(bar)
        self.sections = QTabWidget()
        self.sections.setObjectName("negotiationSections")
        column.addWidget(self.sections)
        self._table("contacts", "contactsTable", self.tr("Contacts"), [
            self.tr("When"), self.tr("Lender"), self.tr("Direction"), self.tr("Channel"),
            self.tr("Number"), self.tr("Person"), self.tr("Identity"), self.tr("Summary"),
            self.tr("Asked for"), self.tr("Outcome")])  # fmt: skip
        self._table("promises", "promisesTable", self.tr("Promises"), [
            self.tr("Made"), self.tr("Lender"), self.tr("By"), self.tr("Promise"),
            self.tr("Amount"), self.tr("Due"), self.tr("Status"), self.tr("Details")])  # fmt: skip
        self._table("agreements", "agreementsTable", self.tr("Agreements"), [
            self.tr("Signed"), self.tr("Lender"), self.tr("Debt"), self.tr("Terms"),
            self.tr("Amount"), self.tr("Months"), self.tr("First due"), self.tr("Waived"),
            self.tr("Schedule")])  # fmt: skip
        self._table("incidents", "incidentsTable", self.tr("Incidents"), [
            self.tr("When"), self.tr("Lender"), self.tr("What"), self.tr("Details"),
            self.tr("Reported to"), self.tr("Source")])  # fmt: skip
        self._table("evidence", "evidenceTable", self.tr("Evidence"), [
            self.tr("File"), self.tr("Added"), self.tr("Attached to"), self.tr("SHA-256"),
            self.tr("Check")])  # fmt: skip
        self._timeline()
        self._table("notes", "notesTable", self.tr("Reflections"), [
            self.tr("Closed"), self.tr("Lender"), self.tr("Outcome"), self.tr("What worked"),
            self.tr("Next time")])  # fmt: skip
        self._row_buttons()
        self.sections.currentChanged.connect(self._load_current)
        return page

    def _table(
        self, key: str, name: str, title: str, headers: list[str], lazy: bool = False
    ) -> QWidget:
        model = LazyRecordModel(headers, self) if lazy else RecordTableModel(headers, self)
        proxy = RecordProxy(model, self)
        view = QTableView()
        view.setObjectName(name)
        view.setModel(proxy)
        if not lazy:  # the lazy timeline is ordered in SQL, not by the proxy
            view.setSortingEnabled(True)
            view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setWordWrap(False)
        view.verticalHeader().hide()
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        view.doubleClicked.connect(self.actions.edit_current)
        self.models[key], self.proxies[key], self.views[key] = model, proxy, view
        page = QWidget()
        box = QVBoxLayout(page)
        box.addWidget(view)
        self.sections.addTab(page, title)
        return page

    def _timeline(self) -> None:
        page = self._table("timeline", "timelineView", self.tr("Timeline"), [
            self.tr("When"), self.tr("What"), self.tr("Lender"), self.tr("Details")], lazy=True)  # fmt: skip
        header = self.views["timeline"].horizontalHeader()
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        header.setResizeContentsPrecision(200)  # fit the columns to the first rows only
        header.sectionClicked.connect(self._timeline_order)
        bar = QHBoxLayout()
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("timelineSearch")
        self.search_edit.setPlaceholderText(self.tr("Search notes and summaries (全文搜索)"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(self.reload_timeline)
        self.kind_filter = QComboBox()
        self.kind_filter.setObjectName("timelineKindFilter")
        self.kind_filter.addItem(self.tr("Everything"), None)
        for code, text in labels("kind"):
            if code in KINDS:
                self.kind_filter.addItem(text, code)
        self.kind_filter.currentIndexChanged.connect(self.reload_timeline)
        bar.addWidget(self.search_edit, 1)
        bar.addWidget(self.kind_filter)
        box = page.layout()
        assert isinstance(box, QVBoxLayout)
        box.insertLayout(0, bar)

    def _row_buttons(self) -> None:
        a = self.actions
        extra = {
            "contacts": [("editContactButton", self.tr("Edit…"), a.edit_current)],
            "promises": [
                ("markKeptButton", self.tr("Mark kept"), a.mark_kept),
                ("markBrokenButton", self.tr("Mark broken"), a.mark_broken),
                ("editPromiseButton", self.tr("Edit…"), a.edit_current),
            ],
            "evidence": [
                ("openEvidenceButton", self.tr("Open"), a.open_evidence),
                ("detachEvidenceButton", self.tr("Remove attachment"), a.detach_evidence),
            ],
        }
        for key in ("contacts", "promises", "incidents", "notes", "evidence"):
            page = self.views[key].parentWidget()
            bar = QHBoxLayout()
            for name, text, slot in extra.get(key, []):
                bar.addWidget(self._button(name, text, slot))
            if key != "evidence":
                bar.addWidget(
                    self._button(f"{key}DeleteButton", self.tr("Delete"), a.delete_current)
                )
            bar.addStretch(1)
            layout = page.layout() if page else None
            if isinstance(layout, QVBoxLayout):
                layout.addLayout(bar)

    # -- data ------------------------------------------------------------------------------
    def current_lender(self) -> int | None:
        return self.lender_filter.currentData()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._header_stale:
            self.reload()
        else:
            self._load_current()

    def reload(self, *_args: object) -> None:
        """Re-read the header and the list in view; the other lists when next shown.  While
        the tab is hidden, only remember to do it on the next show."""
        self._header_stale = True
        self._stale = set(SECTIONS)
        if not self.isVisible():
            return
        with self.ctx.db.session() as s:
            head = rows.header(s, self.current_lender())
        self.choices = head.choices
        self._header_stale = False
        self._fill_lender_filter()
        has_lenders = bool(head.choices.lenders)
        self.stack.setCurrentIndex(1 if head.records and has_lenders else 0)
        self.empty.buttons["emptyLogContactButton"].setEnabled(has_lenders)
        self._load_current()

    def current_key(self) -> str | None:
        page = self.sections.currentWidget()
        return next((k for k, v in self.views.items() if v.parentWidget() is page), None)

    def _load_current(self, *_args: object) -> None:
        key = self.current_key()
        if key is None or key not in self._stale or not self.isVisible():
            return
        self._stale.discard(key)
        if key == "timeline":
            self._load_timeline()
        else:
            with self.ctx.db.session() as s:
                found = rows.section_rows(
                    s, key, self.ctx.today(), self.current_lender(), self.problems
                )
            self.models[key].set_rows(found)
        view = self.views[key]
        view.resizeColumnsToContents()
        for column in range(view.model().columnCount()):
            view.setColumnWidth(column, min(view.columnWidth(column), 260))

    def reload_timeline(self, *_args: object) -> None:
        self._stale.add("timeline")
        self._load_current()

    def _load_timeline(self) -> None:
        kind = self.kind_filter.currentData()
        source = rows.timeline_source(
            self.ctx.db, self.ctx.today(), self.current_lender(), [kind] if kind else None,
            self.search_edit.text(), self.newest_first,
        )  # fmt: skip
        model = self.models["timeline"]
        assert isinstance(model, LazyRecordModel)
        model.set_source(source)

    def _timeline_order(self, section: int) -> None:
        """A click on "When" turns the order round (in SQL); the other columns do not sort."""
        if section == 0:
            self.newest_first = not self.newest_first
        order = Qt.SortOrder.DescendingOrder if self.newest_first else Qt.SortOrder.AscendingOrder
        self.views["timeline"].horizontalHeader().setSortIndicator(0, order)
        if section == 0:
            self.reload_timeline()

    def set_busy(self, busy: bool) -> None:
        """Show the busy bar while work runs in :attr:`pool`."""
        self.busy_action.setVisible(busy)
        for name in ("evidenceCheckButton", "exportCaseFileButton"):
            button = self.findChild(QWidget, name)
            if button is not None:
                button.setEnabled(not busy)

    def _fill_lender_filter(self) -> None:
        assert self.choices is not None
        wanted = [(None, self.tr("All lenders"))] + [(i, n) for i, n, _h in self.choices.lenders]
        have = [
            (self.lender_filter.itemData(i), self.lender_filter.itemText(i))
            for i in range(self.lender_filter.count())
        ]
        if have == wanted:
            return
        keep = self.lender_filter.currentData()
        self.lender_filter.blockSignals(True)
        self.lender_filter.clear()
        for ident, name in wanted:
            self.lender_filter.addItem(name, ident)
        index = self.lender_filter.findData(keep)
        self.lender_filter.setCurrentIndex(max(index, 0))
        self.lender_filter.blockSignals(False)

    def _on_data_changed(self, aggregate: str) -> None:
        if aggregate in ("negotiation", "ledger", "all"):
            self.reload()  # reads now only if the tab is in view

    def _open_ledger(self) -> None:
        self.ctx.events.show_tab.emit("ledgerTab")

    def show_section(self, key: str) -> None:
        page = self.views[key].parentWidget()
        if page is not None:
            self.sections.setCurrentWidget(page)

    def select_first(self, key: str) -> None:
        view = self.views[key]
        view.setFocus()
        if view.model().rowCount() > 0:
            view.selectRow(0)

    def current(self) -> tuple[str, int, dict[str, object]] | None:
        """The selected record of the visible section: ``(kind, id, extra)``."""
        key = self.current_key()
        if key is None:
            return None
        view = self.views[key]
        index = view.currentIndex()
        if not index.isValid():
            return None
        row = self.models[key].row_at(self.proxies[key].mapToSource(index).row())
        return (row.kind, row.ident, row.extra) if row else None

    def keyPressEvent(self, event: object) -> None:
        from PySide6.QtGui import QKeyEvent

        if isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_Delete:
            self.actions.delete_current()
            return
        super().keyPressEvent(event)  # type: ignore[arg-type]
