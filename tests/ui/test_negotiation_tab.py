"""The negotiation tab driven as a person would: buttons, dialogs and tables by objectName."""

from __future__ import annotations

import csv
import hashlib
import io
import os
import zipfile
from datetime import date, datetime, timedelta, timezone

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableView,
    QWidget,
)
from sqlmodel import select

from debttracker.store import evidence as ev
from debttracker.store import negotiation_agreements as agr
from debttracker.store.db import open_database
from debttracker.store.models import Debt
from debttracker.store.negotiation_tables import Contact, Evidence, Promise
from debttracker.ui.app import build_main_window
from tests.negotiation_factory import seed_overdue_debt

NOW = datetime(2026, 10, 20, 15, 0, tzinfo=timezone(timedelta(hours=8)))


@pytest.fixture
def window(tmp_path, qtbot):
    data = tmp_path / "d"
    db = open_database(data)
    seed_overdue_debt(db)
    db.close()
    w = build_main_window(data)
    w.ctx.today = NOW.date
    w.ctx.now = lambda: NOW
    w.show()  # the tab reads its data when it is shown, as a user opens it
    w.show_tab("negotiationTab")
    yield w
    w.shutdown()


def tab(w) -> QWidget:
    return w.tab("negotiationTab")


def find(w, kind, name):
    found = tab(w).findChild(kind, name)
    assert found is not None, name
    return found


def section(w, key) -> QTableView:
    """Show a section of the tab (it loads when shown) and return its table."""
    tab(w).show_section(key)
    return tab(w).views[key]


def click(qtbot, w, name) -> None:
    qtbot.mouseClick(find(w, QAbstractButton, name), Qt.MouseButton.LeftButton)


def visible(w, name) -> list[QDialog]:
    return [d for d in tab(w).findChildren(QDialog, name) if d.isVisible()]


def dialog(w, name) -> QDialog:
    """The open dialog called ``name`` (closed ones wait for the event loop to delete them)."""
    found = visible(w, name)
    assert len(found) == 1, name
    return found[0]


def child(parent, kind, name):
    found = parent.findChild(kind, name)
    assert found is not None, name
    return found


def type_text(qtbot, edit: QLineEdit, text: str) -> None:
    """Type ``text``; Chinese arrives whole, as an input method commits it (QTest only
    simulates ASCII keys)."""
    edit.setFocus()
    if text.isascii():
        qtbot.keyClicks(edit, text)
    else:
        edit.insert(text)


def retype(qtbot, edit: QLineEdit, text: str) -> None:
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    type_text(qtbot, edit, text)


def save(qtbot, d: QDialog) -> None:
    button = child(d, QPushButton, "saveButton")
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def db_rows(w, table):
    with w.ctx.db.session() as s:
        return list(s.exec(select(table)).all())


def log_call(qtbot, w, number: str, summary: str = "催收来电，要求三日内还清") -> QDialog:
    click(qtbot, w, "logContactButton")
    d = dialog(w, "contactDialog")
    combo = child(d, QComboBox, "directionCombo")
    combo.setCurrentIndex(combo.findData("in"))
    type_text(qtbot, child(d, QLineEdit, "numberEdit"), number)
    type_text(qtbot, child(d, QLineEdit, "summaryEdit"), summary)
    return d


def test_a_call_from_an_unofficial_number_shows_the_warning(qtbot, window):
    w = window
    d = log_call(qtbot, w, "021-5555 0101")
    warning = child(d, QLabel, "unofficialWarning")
    assert warning.isVisible() and "95188" in warning.text()
    assert child(d, QLabel, "verificationChecklist").isVisible()
    # ticking "verified" for an unofficial number needs to say how
    qtbot.mouseClick(child(d, QCheckBox, "identityVerifiedCheck"), Qt.MouseButton.LeftButton)
    assert not child(d, QPushButton, "saveButton").isEnabled()
    assert child(d, QLabel, "verificationError").isVisible()
    qtbot.mouseClick(child(d, QCheckBox, "identityVerifiedCheck"), Qt.MouseButton.LeftButton)
    save(qtbot, d)
    assert not d.isVisible()
    [row] = db_rows(w, Contact)
    assert (row.number_official, row.identity_verified) == (False, False)
    table = find(w, QTableView, "contactsTable")
    assert table.model().rowCount() == 1
    assert "not official" in table.model().index(0, 4).data()
    # the official hotline clears the warning
    d = log_call(qtbot, w, "95188", "我回拨官方客服核实")
    assert not child(d, QLabel, "unofficialWarning").isVisible()
    save(qtbot, d)
    assert table.model().rowCount() == 2
    # undo and redo
    w.undo_stack.undo()
    assert table.model().rowCount() == 1
    w.undo_stack.redo()
    assert table.model().rowCount() == 2 and len(db_rows(w, Contact)) == 2


def open_promise(qtbot, w, made_on: str) -> QDialog:
    click(qtbot, w, "addPromiseButton")
    d = dialog(w, "promiseDialog")
    retype(qtbot, child(d, QLineEdit, "promiseMadeOnEdit"), made_on)
    spin = child(d, QSpinBox, "workingDaysSpin")
    spin.setValue(5)
    return d


def test_reply_within_five_working_days_across_national_day(qtbot, window):
    w = window
    d = open_promise(qtbot, w, "2026-09-30")
    due = child(d, QLabel, "dueRangeLabel").text()
    assert "2026-10-13" in due and "2026-10-14" in due
    save(qtbot, d)
    [row] = db_rows(w, Promise)
    assert (row.due_earliest, row.due_latest, row.status) == (
        date(2026, 10, 13),
        date(2026, 10, 14),
        "pending",
    )
    table = section(w, "promises")
    assert "2026-10-13" in table.model().index(0, 5).data()
    # a year whose holiday schedule is not published yet says so
    d = open_promise(qtbot, w, "2026-12-28")
    assert "not yet published" in child(d, QLabel, "dueRangeLabel").text()
    d.reject()


def test_an_agreement_turns_the_overdue_debt_into_twelve_instalments(qtbot, window):
    w = window
    click(qtbot, w, "addAgreementButton")
    d = dialog(w, "agreementDialog")
    child(d, QSpinBox, "monthsSpin").setValue(12)
    type_text(qtbot, child(d, QLineEdit, "agreementRateEdit"), "0")  # an empty rate asks
    assert "12" in child(d, QLabel, "agreementPreviewLabel").text()
    save(qtbot, d)
    [debt] = db_rows(w, Debt)
    assert (debt.terms_version, debt.status) == (2, "restructured")
    with w.ctx.db.session() as s:
        history = agr.terms_history(s, debt.id)
    assert sorted(history) == [1, 2] and len(history[2]) == 12
    assert history[2][0].due_date == date(2026, 11, 20)
    assert section(w, "agreements").model().rowCount() == 1
    w.undo_stack.undo()
    [debt] = db_rows(w, Debt)
    assert (debt.terms_version, debt.status) == (1, "overdue")
    w.undo_stack.redo()
    [debt] = db_rows(w, Debt)
    assert debt.terms_version == 2


def attach(qtbot, w, path) -> None:
    click(qtbot, w, "attachEvidenceButton")
    chooser = dialog(w, "evidenceFileDialog")
    assert isinstance(chooser, QFileDialog)
    chooser.selectFile(str(path))
    chooser.accept()


def test_evidence_altered_behind_the_apps_back_is_reported(qtbot, window, tmp_path):
    w = window
    save(qtbot, log_call(qtbot, w, "021-5555 0101"))
    table = find(w, QTableView, "contactsTable")
    qtbot.mouseClick(
        table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(table.model().index(0, 0)).center()
    )  # fmt: skip
    source = tmp_path / "录音.txt"
    source.write_text("录音文字稿", encoding="utf-8")
    attach(qtbot, w, source)
    [row] = db_rows(w, Evidence)
    assert section(w, "evidence").model().rowCount() == 1
    click(qtbot, w, "evidenceCheckButton")  # hashes on a pool thread, then reports
    qtbot.waitUntil(lambda: bool(visible(w, "evidenceReport")))
    first = dialog(w, "evidenceReport")
    assert isinstance(first, QMessageBox) and "match" in first.text()
    first.close()
    stored = ev.path_of(w.ctx.data_dir, row)
    os.chmod(stored, 0o600)
    stored.write_text("被改过的文字稿", encoding="utf-8")
    click(qtbot, w, "evidenceCheckButton")
    qtbot.waitUntil(lambda: bool(visible(w, "evidenceReport")))
    report = dialog(w, "evidenceReport")
    assert isinstance(report, QMessageBox)
    assert "录音.txt" in report.text() and "altered" in report.text()
    evidence = find(w, QTableView, "evidenceTable")
    assert evidence.model().index(0, 4).data() == "altered"


def test_export_case_file_from_the_tab(qtbot, window, tmp_path):
    w = window
    save(qtbot, log_call(qtbot, w, "021-5555 0101"))
    table = find(w, QTableView, "contactsTable")
    table.selectRow(0)
    table.setCurrentIndex(table.model().index(0, 0))
    source = tmp_path / "shot.png"
    source.write_bytes(b"\x89PNG\r\n\x1a\n")
    attach(qtbot, w, source)
    click(qtbot, w, "exportCaseFileButton")
    d = dialog(w, "caseFileDialog")
    out = tmp_path / "case"
    retype(qtbot, child(d, QLineEdit, "caseFileOutEdit"), str(out))
    qtbot.mouseClick(child(d, QPushButton, "caseFileExportButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Saved" in child(d, QLabel, "caseFileResult").text())
    [archive_path] = out.glob("*.zip")
    assert len(list(out.glob("*.pdf"))) == 1
    with zipfile.ZipFile(archive_path) as archive:
        rows = list(csv.DictReader(io.StringIO(archive.read("manifest.csv").decode("utf-8-sig"))))
        assert [r["original_name"] for r in rows] == ["shot.png"]
        data = archive.read(rows[0]["path"])
        assert (
            hashlib.sha256(data).hexdigest()
            == rows[0]["sha256"]
            == hashlib.sha256(source.read_bytes()).hexdigest()
        )


def test_timeline_search_and_filter(qtbot, window):
    w = window
    save(qtbot, log_call(qtbot, w, "021-5555 0101", "催收员威胁要上门"))
    view = section(w, "timeline")
    everything = view.model().rowCount()
    assert everything >= 4  # three payments and the call
    type_text(qtbot, find(w, QLineEdit, "timelineSearch"), "威胁")
    assert view.model().rowCount() == 1
    find(w, QLineEdit, "timelineSearch").clear()
    kinds = find(w, QComboBox, "timelineKindFilter")
    kinds.setCurrentIndex(kinds.findData("payment"))
    assert view.model().rowCount() == 3


def test_models_pass_the_model_tester(qtbot, qtmodeltester, window):
    w = window
    save(qtbot, log_call(qtbot, w, "021-5555 0101"))
    for key, model in tab(w).models.items():
        section(w, key)
        qtmodeltester.check(model)


def test_empty_state_without_lenders(qtbot, tmp_path):
    w = build_main_window(tmp_path / "empty")
    try:
        w.show()
        w.show_tab("negotiationTab")
        t = w.tab("negotiationTab")
        empty = t.findChild(QWidget, "negotiationEmptyState")
        assert t.stack.currentWidget() is empty
        assert not empty.buttons["emptyLogContactButton"].isEnabled()
    finally:
        w.shutdown()


def test_nothing_is_read_until_the_tab_is_shown(qtbot, tmp_path, monkeypatch):
    from debttracker.store import negotiation_stream
    from debttracker.ui.negotiation import rows

    data = tmp_path / "lazy"
    db = open_database(data)
    seed_overdue_debt(db)
    db.close()
    calls: list[str] = []
    stream, header = negotiation_stream.stream, rows.header

    def counted(name, real):
        return lambda *a, **k: calls.append(name) or real(*a, **k)

    monkeypatch.setattr(rows, "stream", counted("tl", stream))
    monkeypatch.setattr(rows, "header", counted("head", header))
    w = build_main_window(data)
    try:
        t = tab(w)
        w.ctx.events.data_changed.emit("negotiation")  # hidden: only marked stale
        assert calls == [] and t.models["contacts"].rowCount() == 0
        w.show()
        w.show_tab("negotiationTab")
        assert calls == ["head"] and t.models["contacts"].rowCount() == 0  # no contacts yet
        assert t.models["timeline"].rowCount() == 0
        section(w, "timeline")
        assert calls == ["head", "tl"] and t.models["timeline"].rowCount() == 3
        w.show_tab("ledgerTab")
        w.ctx.events.data_changed.emit("ledger")
        assert calls == ["head", "tl"]
        w.show_tab("negotiationTab")  # stale: read again, the timeline being in view
        assert calls == ["head", "tl", "head", "tl"]
    finally:
        w.shutdown()


def test_the_timeline_orders_by_when_in_sql(qtbot, window):
    view = section(window, "timeline")
    first = view.model().index(0, 0).data()
    header = view.horizontalHeader()
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(5, 5))  # "When"
    assert not tab(window).newest_first
    assert header.sortIndicatorSection() == 0
    assert header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder
    oldest = view.model().index(0, 0).data()
    assert oldest < first
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    assert view.model().index(0, 0).data() == first
