"""The case file tells the truth (issue 16 item 6): the Ledger's figures as of the export date,
every field the user logged, no English in a Chinese file, no value split across lines.

The PDF is read back with ``pdftotext``; text is NFKC-normalised because the CJK font maps some
glyphs to their Kangxi-radical twins (⾦ for 金) in the text layer.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
from collections.abc import Iterator
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from sqlmodel import select

from debttracker.core.negotiation import (
    AgreementDraft,
    ContactDraft,
    IncidentDraft,
    PromiseDraft,
)
from debttracker.core.rates import as_percent
from debttracker.i18n import install_translators
from debttracker.reports.casefile_pdf import render_pdf
from debttracker.reports.entries import money
from debttracker.reports.labels import joined, label
from debttracker.store import evidence as ev
from debttracker.store import negotiation as repo
from debttracker.store import negotiation_agreements as agr
from debttracker.store.casefile import gather
from debttracker.store.db import open_database
from debttracker.store.ledger_detail import owed_today
from debttracker.store.ledger_queries import debt_rows
from debttracker.store.models import Debt
from debttracker.store.negotiation_tables import Agreement, Contact, Evidence, Incident, Promise
from tests.negotiation_factory import seed_overdue_debt

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")

AS_OF = date(2026, 7, 27)  # instalment 4 fell due on 2026-05-15: 73 days overdue
NOW = datetime(2026, 7, 27, 2, 0, tzinfo=UTC)
# fields that are bookkeeping, not something the user logged, or shown through another field
INTERNAL = {
    "id", "lender_id", "created_at", "stored_name", "from_terms_version", "calendar_known",
    "due_latest", "sha256",
}  # fmt: skip


@pytest.fixture
def chinese(qapp) -> Iterator[None]:
    install_translators(qapp, "zh_CN")
    yield
    install_translators(qapp, "en")


def pdf_text(path: Path) -> str:
    raw = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], check=True, capture_output=True
    ).stdout.decode("utf-8")
    return unicodedata.normalize("NFKC", raw)


def squeezed(text: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def render(db, data_dir: Path, tmp_path: Path, **scope) -> tuple[str, object]:
    with db.session() as s:
        case = gather(s, today=AS_OF, **scope)
    target = tmp_path / "case.pdf"
    render_pdf(case, target)
    shutil.copy(target, tmp_path / "last-case.pdf")
    return pdf_text(target), case


def test_figures_are_the_ledgers_as_of_the_export_date(chinese, isolated_paths, tmp_path):
    db = open_database(isolated_paths)
    seeded = seed_overdue_debt(db)
    with db.session() as s:
        debt = s.get(Debt, seeded.debt_id)
        debt.status = "current"  # the stored status is stale
        debt.apr = "0.2150"  # the Ledger's true APR (as if fees were charged): not recomputed
    text, _case = render(db, isolated_paths, tmp_path, debt_id=seeded.debt_id)
    with db.session() as s:
        [row] = debt_rows(s, AS_OF, seeded.debt_id)
        owed = owed_today(s, seeded.debt_id, AS_OF)
    db.close()
    assert owed.days_overdue == 73 and row.status == "overdue" and owed.penalty > 0
    lines = text.splitlines()
    assert any("逾期" in line and "2026-07-27" in line for line in lines)
    assert "正常" not in text  # "Current" would be the stored status
    figures = [
        owed.principal, owed.interest, owed.penalty, owed.fees, owed.total_late,
        owed.principal_not_yet_due, row.balance, row.next_due_amount,
    ]  # fmt: skip
    for amount in figures:
        assert any(money(amount) in line for line in lines), amount  # whole, on one line
    assert any(line.strip() == "73" for line in lines)
    assert row.apr is not None
    assert any(f"{as_percent(row.apr)} %" in line for line in lines)  # the Ledger's true APR


def fill_everything(db, data_dir: Path, tmp_path: Path, debt_id: int, lender_id: int) -> None:
    """A contact, promise, agreement, incident and evidence with every field filled."""
    moment = datetime(2026, 7, 20, 7, 5, tzinfo=UTC)
    with db.session() as s:
        contact = ContactDraft(
            moment, lender_id, "in", "call", "021-5555 0101", identity_verified=True,
            verification="回拨官方客服95188核实", summary="催收员说下周起诉",
            requests=("instalments", "waiver"), outcome="refused",
            flags=("threat", "third_party"), debt_id=debt_id, my_number="13800138000",
            answered=True, person_name="王经理", staff_id="ZL-0731", notes="对方语气很凶",
            answer="不同意减免，只能分六期",
        )  # fmt: skip
        cid = repo.add_contact(s, contact, NOW)
        repo.add_promise(
            s,
            PromiseDraft(lender_id, "lender", "send_agreement", date(2026, 7, 20),
                         description="三个工作日内寄出协议", amount=Decimal("1234.56"),
                         working_days=3, debt_id=debt_id, contact_id=cid),
            AS_OF,
        )  # fmt: skip
        repo.add_incident(
            s,
            IncidentDraft(lender_id, datetime(2026, 7, 21, 14, 30, tzinfo=UTC), "threat",
                          "威胁联系我单位", contact_id=cid, reported_to="12378",
                          reported_on=date(2026, 7, 22)),
            NOW,
        )  # fmt: skip
        aid = agr.record_agreement(
            s,
            AgreementDraft(debt_id, "instalments", date(2026, 7, 25), date(2026, 8, 25),
                           Decimal("7777.77"), months=6, annual_rate=Decimal("0.036"),
                           waived_interest=Decimal("111.11"), waived_penalty=Decimal("22.22"),
                           waived_fees=Decimal("3.33"), contact_id=cid, notes="电话录音已保存"),
            AS_OF,
        )  # fmt: skip
        source = tmp_path / "录音.txt"
        source.write_text("录音文字稿", encoding="utf-8")
        ev.attach(s, data_dir, source, "agreement", aid, description="协商录音", now=NOW)


def expected(model: object, name: str, value: object) -> list[str]:
    """How a stored field shows in the zh_CN case file (several strings: each must appear)."""
    group = {
        "direction": "direction", "channel": "channel", "outcome": "outcome", "by": "by",
        "status": "status", "previous_status": "debt_status",
    }.get(name)  # fmt: skip
    if isinstance(model, Promise) and name == "kind":
        group = "promise"
    elif isinstance(model, Agreement) and name == "kind":
        group = "agreement"
    elif isinstance(model, Incident) and name == "kind":
        group = "incident"
    if group:
        return [label(group, str(value))]
    if name == "requests":
        return [joined("request", str(value))]
    if name == "flags":
        return [joined("flag", str(value))]
    if name.endswith("_fen"):
        return [money(Decimal(int(value)) / 100)]  # type: ignore[call-overload]
    if isinstance(value, datetime):
        aware = value if value.tzinfo else value.replace(tzinfo=UTC)
        return [aware.astimezone().strftime("%Y-%m-%d %H:%M")]
    if isinstance(value, date):
        return [value.isoformat()]
    if name == "annual_rate":
        return ["3.60 %"]
    if name in ("identity_verified", "number_official", "answered"):
        words = {
            "identity_verified": ("已核实身份", "未核实身份"),
            "number_official": ("官方号码", "非官方号码"),
            "answered": (label("call_result", "answered"), label("call_result", "not_answered")),
        }[name]
        return [words[0] if value else words[1]]
    if name in ("debt_id", "contact_id", "to_terms_version", "size", "months", "working_days"):
        return {
            "debt_id": ["好期贷"], "contact_id": ["联系 2026-07-20"],
            "to_terms_version": ["2"], "size": [f"{value:,}"], "months": [str(value)],
            "working_days": [str(value)],
        }[name]  # fmt: skip
    return [str(value)]


def test_every_logged_field_is_in_the_case_file(chinese, isolated_paths, tmp_path):
    db = open_database(isolated_paths)
    seeded = seed_overdue_debt(db)
    fill_everything(db, isolated_paths, tmp_path, seeded.debt_id, seeded.lender_id)
    text, _case = render(db, isolated_paths, tmp_path, lender_id=seeded.lender_id)
    flat = squeezed(text)
    missing = []
    with db.session() as s:
        for model in (Contact, Promise, Agreement, Incident, Evidence):
            for row in s.exec(select(model)):
                for name in model.model_fields:
                    value = getattr(row, name)
                    if name in INTERNAL or value in (None, "", 0):
                        continue
                    for want in expected(row, name, value):
                        if squeezed(want) not in flat:
                            missing.append(f"{model.__name__}.{name} = {value!r} -> {want!r}")
    db.close()
    assert not missing, "\n".join(missing)


@pytest.mark.parametrize("language", ["zh_CN", "zh_TW"])
def test_no_english_and_no_value_split_across_lines(qapp, language, isolated_paths, tmp_path):
    install_translators(qapp, language)
    try:
        check_no_english(isolated_paths, tmp_path)
    finally:
        install_translators(qapp, "en")


def check_no_english(isolated_paths: Path, tmp_path: Path) -> None:
    db = open_database(isolated_paths)
    seeded = seed_overdue_debt(db)
    fill_everything(db, isolated_paths, tmp_path, seeded.debt_id, seeded.lender_id)
    text, _case = render(db, isolated_paths, tmp_path, lender_id=seeded.lender_id)
    for word in ("contact 1", "agreement 1", "promise", "Current", "Status", "identity", "UTC"):
        assert word not in text, word
    # Latin left is names, numbers and codes only: hashes, file names, abbreviations
    with db.session() as s:
        hashes = [row.sha256 for row in s.exec(select(Evidence))]
    latin = text.replace("录音.txt", "")
    for digest in hashes:
        latin = squeezed(latin).replace(digest, "")
    words = set(re.findall(r"[A-Za-z]{3,}", latin)) - {"SHA", "PBOC", "LPR", "APR", "IRR", "ZIP"}
    db.close()
    assert not words, words
    lines = text.splitlines()
    values = set(re.findall(r"\d{4}-\d{2}-\d{2}(?: \d{2}:\d{2})?", text))
    values |= {money(Decimal(x)) for x in ("1234.56", "7777.77", "111.11", "22.22", "3.33")}
    for value in values:
        assert any(value in line for line in lines), value
    # the dates that pdftotext found are all whole: no line ends in a date's first half
    assert not [line for line in lines if re.search(r"\d{4}-\d{2}-?$", line)]


def test_records_read_oldest_first(chinese, isolated_paths, tmp_path):
    db = open_database(isolated_paths)
    seeded = seed_overdue_debt(db)
    with db.session() as s:
        for day, words in ((21, "第二次来电"), (20, "第一次来电")):  # logged newest first
            at = datetime(2026, 7, day, 6, 0, tzinfo=UTC)
            draft = ContactDraft(at, seeded.lender_id, "in", "call", "95188", summary=words)
            repo.add_contact(s, draft, NOW)
    text, _case = render(db, isolated_paths, tmp_path, lender_id=seeded.lender_id)
    db.close()
    section = text[text.index("联系记录") :]
    assert section.index("第一次来电") < section.index("第二次来电")
