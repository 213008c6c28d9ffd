"""Evidence files: copied read-only with their SHA-256, checked, taken back and put back."""

from __future__ import annotations

import hashlib
import os
import stat
from datetime import UTC, datetime

import pytest

from debttracker import paths
from debttracker.core.messages import DomainError
from debttracker.core.negotiation import ContactDraft
from debttracker.store import evidence as ev
from debttracker.store import negotiation as repo
from debttracker.store.db import open_database
from debttracker.store.negotiation_tables import Evidence
from tests.negotiation_factory import seed_overdue_debt

NOW = datetime(2026, 10, 20, 7, 0, tzinfo=UTC)


@pytest.fixture
def setup(tmp_path):
    data = tmp_path / "data"
    db = open_database(data)
    seeded = seed_overdue_debt(db)
    with db.session() as s:
        contact = repo.add_contact(
            s,
            ContactDraft(NOW, seeded.lender_id, "out", "call", "95188", summary="申请分期"),
            NOW,
        )
    source = tmp_path / "通话录音.txt"
    source.write_text("录音文字稿：同意分期十二期", encoding="utf-8")
    yield db, data, contact, source
    db.close()


def test_attach_copies_read_only_with_hash(setup):
    db, data, contact, source = setup
    with db.session() as s:
        done = ev.attach(s, data, source, "contact", contact, description="录音", now=NOW)
    assert done.created
    with db.session() as s:
        row = s.get(Evidence, done.evidence_id)
        stored = paths.evidence_dir(data) / row.stored_name
        assert row.sha256 == hashlib.sha256(source.read_bytes()).hexdigest()
        assert row.original_name == "通话录音.txt" and row.size == source.stat().st_size
        assert row.added_at.replace(tzinfo=UTC) == NOW
        assert [e.id for e in ev.links_of(s, "contact", contact)] == [row.id]
    assert stored.read_bytes() == source.read_bytes()
    assert stat.S_IMODE(stored.stat().st_mode) == 0o400
    with db.session() as s:
        assert ev.check_integrity(s, data) == []


def test_the_same_file_twice_is_one_copy(setup):
    db, data, contact, source = setup
    with db.session() as s:
        first = ev.attach(s, data, source, "contact", contact, now=NOW)
    with db.session() as s, pytest.raises(DomainError):
        ev.attach(s, data, source, "contact", contact, now=NOW)
    assert len(list(paths.evidence_dir(data).glob("*.txt"))) == 1
    assert first.created


def test_integrity_check_reports_altered_and_missing_files(setup):
    db, data, contact, source = setup
    other = source.with_name("screenshot.png")
    other.write_bytes(b"\x89PNG\r\n\x1a\n fake")
    with db.session() as s:
        a = ev.attach(s, data, source, "contact", contact, now=NOW)
        b = ev.attach(s, data, other, "contact", contact, now=NOW)
    with db.session() as s:
        stored_a = ev.path_of(data, s.get(Evidence, a.evidence_id))
        stored_b = ev.path_of(data, s.get(Evidence, b.evidence_id))
    os.chmod(stored_a, 0o600)
    stored_a.write_text("录音文字稿：从未同意", encoding="utf-8")
    os.chmod(stored_b, 0o600)
    stored_b.unlink()
    with db.session() as s:
        problems = ev.check_integrity(s, data)
    assert [(p.evidence_id, p.problem) for p in problems] == [
        (a.evidence_id, "altered"),
        (b.evidence_id, "missing"),
    ]
    assert problems[0].actual == hashlib.sha256(stored_a.read_bytes()).hexdigest()


def test_detach_moves_to_trash_and_undetach_puts_it_back(setup):
    db, data, contact, source = setup
    with db.session() as s:
        done = ev.attach(s, data, source, "contact", contact, now=NOW)
        name = s.get(Evidence, done.evidence_id).stored_name
    with db.session() as s:
        snap = ev.detach(s, data, done.link_id)
    assert not (paths.evidence_dir(data) / name).exists()
    assert (paths.evidence_dir(data) / ev.TRASH / name).exists()
    with db.session() as s:
        assert s.get(Evidence, done.evidence_id) is None
        ev.undetach(s, data, snap)
    with db.session() as s:
        assert ev.check_integrity(s, data) == []
        assert [e.id for e in ev.links_of(s, "contact", contact)] == [done.evidence_id]


def test_a_failed_action_leaves_no_copied_file(setup):
    db, data, contact, source = setup
    with pytest.raises(RuntimeError), db.session() as s:
        ev.attach(s, data, source, "contact", contact, now=NOW)
        raise RuntimeError("the rest of the action failed")
    assert list(paths.evidence_dir(data).glob("*.txt")) == []


def test_missing_source_is_a_clear_error(setup, tmp_path):
    db, data, contact, _source = setup
    with db.session() as s, pytest.raises(DomainError) as err:
        ev.attach(s, data, tmp_path / "nope.jpg", "contact", contact, now=NOW)
    assert err.value.field == "file"
