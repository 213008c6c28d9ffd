from __future__ import annotations

from debttracker.store import settings
from debttracker.store.db import open_database


def test_defaults_then_stored_values_survive_reopening(tmp_path):
    data = tmp_path / "data"
    db = open_database(data)
    with db.session() as s:
        assert settings.get(s, settings.LANGUAGE) == ""
        assert settings.get(s, settings.TRAY_ENABLED) is True
        settings.put(s, settings.LANGUAGE, "zh_TW")
        settings.put(s, settings.TRAY_ENABLED, False)
    db.close()
    db = open_database(data)
    with db.session() as s:
        assert settings.get(s, settings.LANGUAGE) == "zh_TW"
        assert settings.get(s, settings.TRAY_ENABLED) is False
        settings.put(s, settings.LANGUAGE, "en")
    with db.session() as s:
        assert settings.get(s, settings.LANGUAGE) == "en"
    db.close()


def test_unreadable_stored_value_falls_back_to_the_default(tmp_path):
    key = settings.Key("test.count", 3)
    db = open_database(tmp_path / "data")
    with db.session() as s:
        settings.put(s, settings.Key("test.count", "x"), "not a number")
    with db.session() as s:
        assert settings.get(s, key) == 3
    db.close()


def test_peek_reads_a_setting_without_opening_the_store(tmp_path):
    data = tmp_path / "data"
    assert settings.peek(data / "debttracker.sqlite3", settings.LANGUAGE) == ""
    db = open_database(data)
    with db.session() as s:
        settings.put(s, settings.LANGUAGE, "zh_CN")
    assert settings.peek(db.path, settings.LANGUAGE) == "zh_CN"
    db.close()
    (tmp_path / "garbage.sqlite3").write_bytes(b"nonsense" * 100)
    assert settings.peek(tmp_path / "garbage.sqlite3", settings.LANGUAGE) == ""
