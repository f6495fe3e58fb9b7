"""The demo-data generator: deterministic, relative to today, and internally consistent."""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.engine import Connection, Engine

from models.roles import Role
from server import db
from server.cli import main
from server.seed import (
    DEMO_ACCOUNTS,
    DEMO_PASSWORD,
    OTHER_DEALER_ACCOUNT,
    SEED_USERS,
    seed,
    verify_password,
)
from server.seed_catalogue import SPARE_PART, build_catalogue
from server.seed_fulfilment import sscc
from server.seed_pools import CARRIERS

TODAY = dt.date(2025, 6, 18)  # a Wednesday
SEQ_TABLES = (
    "product", "address", "contact", "quote", "order", "delivery",
    "shipping_unit", "invoice", "account_item",
)  # fmt: skip


def seeded(path: Path, today: dt.date = TODAY, seed_value: int = 42) -> Engine:
    engine = db.make_engine(f"sqlite:///{path}")
    seed(engine, "small", today=today, seed_value=seed_value)
    return engine


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Engine]:
    engine = seeded(tmp_path_factory.mktemp("seed") / "portal.sqlite")
    yield engine
    engine.dispose()


@pytest.fixture
def conn(engine: Engine) -> Iterator[Connection]:
    with engine.connect() as connection:
        yield connection


def rows(conn: Connection, sql: str, **params: object) -> list[tuple]:
    return [tuple(r) for r in conn.execute(text(sql), params)]


def dealer_id(conn: Connection, email: str = DEMO_ACCOUNTS[0].email) -> int:
    return conn.execute(
        text("SELECT company_id FROM user WHERE email = :e"), {"e": email}
    ).scalar_one()


# --- determinism and dates ------------------------------------------------------------


def test_same_inputs_give_the_same_rows(engine: Engine, tmp_path: Path):
    again = seeded(tmp_path / "again.sqlite")
    queries = [
        f'SELECT * FROM "{t}" ORDER BY id'
        for t in ("quote", "quote_line", "order", "order_line", "delivery", "shipping_unit")
    ] + [
        "SELECT * FROM invoice ORDER BY id",
        "SELECT * FROM account_item ORDER BY id",
        "SELECT * FROM counter ORDER BY name",
        "SELECT id, company_id, name, email, status, roles FROM user ORDER BY id",
        "SELECT * FROM invitation",
    ]
    with engine.connect() as a, again.connect() as b:
        for sql in queries:
            first = rows(a, sql)
            assert first, sql
            assert first == rows(b, sql), sql
    again.dispose()


def test_another_seed_value_gives_other_documents(engine: Engine, tmp_path: Path):
    other = seeded(tmp_path / "other.sqlite", seed_value=7)
    sql = "SELECT number, total FROM quote ORDER BY id LIMIT 50"
    with engine.connect() as a, other.connect() as b:
        assert rows(a, sql) != rows(b, sql)
    other.dispose()


def test_dates_are_relative_to_today(conn: Connection):
    assert conn.execute(text("SELECT max(quote_date) FROM quote")).scalar() <= TODAY.isoformat()
    for table, column in (
        ("order", "order_date"),
        ("delivery", "delivery_date"),
        ("invoice", "invoice_date"),
        ("account_item", "document_date"),
    ):
        latest = conn.execute(text(f'SELECT max({column}) FROM "{table}"')).scalar()
        assert latest <= TODAY.isoformat(), table
    first = conn.execute(text("SELECT min(quote_date) FROM quote")).scalar()
    assert dt.date.fromisoformat(first) < TODAY - dt.timedelta(days=650)  # about two years
    open_valid = rows(
        conn, "SELECT count(*) FROM quote WHERE status = 'open' AND valid_until >= :t", t=TODAY
    )[0][0]
    assert open_valid > 0
    assert not rows(conn, "SELECT 1 FROM quote WHERE status = 'open' AND valid_until < :t", t=TODAY)
    assert not rows(
        conn, "SELECT 1 FROM quote WHERE status = 'expired' AND valid_until >= :t", t=TODAY
    )


def test_an_earlier_today_moves_everything_and_spare_parts_start_in_august_2020(
    tmp_path: Path,
):
    today = dt.date(2021, 3, 1)
    engine = seeded(tmp_path / "early.sqlite", today=today)
    with engine.connect() as conn:
        assert conn.execute(text("SELECT max(quote_date) FROM quote")).scalar() <= "2021-03-01"
        assert conn.execute(text("SELECT min(quote_date) FROM quote")).scalar() < "2019-06-01"
        types = dict(rows(conn, 'SELECT order_type, min(order_date) FROM "order" GROUP BY 1'))
        assert types["spare_parts"] >= "2020-08-01"
        assert types["individual"] < "2020-08-01"
    engine.dispose()


# --- invariants -----------------------------------------------------------------------


def test_quote_totals_lines_and_status(conn: Connection):
    lines: dict[int, list[tuple]] = defaultdict(list)
    for quote_id, qty, price, discount, net in rows(
        conn, "SELECT quote_id, quantity, unit_price, discount_pct, net_amount FROM quote_line"
    ):
        assert abs(net - qty * price * (1 - discount / 100)) <= 0.5  # rounded to the cent
        lines[quote_id].append(net)
    quotes = rows(
        conn,
        "SELECT id, quote_date, valid_until, total, status, order_number, quote_type FROM quote",
    )
    orders = dict(rows(conn, 'SELECT number, quote_number FROM "order"'))
    for qid, date, valid_until, total, status, order_number, kind in quotes:
        assert 1 <= len(lines[qid]) <= 6
        assert total == sum(lines[qid])
        assert kind in ("standard", "project", "service")
        days = (dt.date.fromisoformat(valid_until) - dt.date.fromisoformat(date)).days
        assert days in (30, 60, 90)
        if status == "ordered":
            assert orders[order_number] is not None
        else:
            assert order_number is None
    counts = Counter(q[4] for q in quotes)
    assert set(counts) == {"open", "ordered", "expired"}
    # Every order made from a quote points back at a quote that says so.
    ordered = {q[5]: q for q in quotes if q[4] == "ordered"}
    for number, quote_number in orders.items():
        if quote_number is not None:
            assert number in ordered


def test_order_status_follows_its_lines(conn: Connection):
    lines: dict[int, list[tuple[str, int]]] = defaultdict(list)
    for order_id, status, net, qty, price in rows(
        conn, "SELECT order_id, status, net_amount, quantity, unit_price FROM order_line"
    ):
        assert net == qty * price
        lines[order_id].append((status, net))
    orders = rows(conn, 'SELECT id, status, total, order_type FROM "order"')
    for order_id, status, total, order_type in orders:
        states = {s for s, _ in lines[order_id]}
        assert total == sum(n for _, n in lines[order_id])
        assert order_type in ("individual", "spare_parts", "webshop")
        if status == "completed":
            assert states == {"done"}
        else:
            assert status == "open" and "open" in states
    assert {o[1] for o in orders} == {"open", "completed"}
    # Recent orders are more often open than old ones.
    recent = rows(
        conn,
        "SELECT avg(status = 'open') FROM \"order\" WHERE order_date >= :d",
        d=TODAY - dt.timedelta(days=30),
    )[0][0]
    old = rows(
        conn,
        "SELECT avg(status = 'open') FROM \"order\" WHERE order_date < :d",
        d=TODAY - dt.timedelta(days=180),
    )[0][0]
    assert recent > old


def test_deliveries_belong_to_orders_and_units_carry_serials(conn: Connection):
    orders = {
        number: (company, date)
        for number, company, date in rows(
            conn, 'SELECT number, company_id, order_date FROM "order"'
        )
    }
    deliveries = rows(
        conn,
        "SELECT id, company_id, order_number, delivery_date, delivery_type, status FROM delivery",
    )
    assert deliveries
    for _, company, order_number, date, kind, status in deliveries:
        assert orders[order_number][0] == company
        assert date > orders[order_number][1]
        assert kind in ("unit", "spare_parts", "webshop")
        assert status == ("in_transit" if date >= "2025-06-16" else "delivered")
    serialized = rows(
        conn,
        "SELECT d.delivery_type, l.sku, l.quantity, l.serial_number FROM delivery_line l "
        "JOIN delivery d ON d.id = l.delivery_id",
    )
    serials = [s for *_, s in serialized if s]
    assert len(serials) == len(set(serials)) > 0
    for kind, sku, qty, serial in serialized:
        if kind == "spare_parts" or sku.startswith("SP-"):
            assert serial is None
        if serial is not None:
            assert qty == 1


def test_shipping_units_of_deliveries_on_the_road(conn: Connection):
    units = rows(
        conn,
        "SELECT u.number, u.status, u.carrier, u.tracking_number, u.tracking_url, d.status "
        "FROM shipping_unit u JOIN delivery d ON d.number = u.delivery_number",
    )
    assert {u[1] for u in units} == {"in_preparation", "in_transit"}
    carriers = {c.name: c for c in CARRIERS}
    for number, _, carrier, tracking, url, delivery_status in units:
        assert delivery_status == "in_transit"
        assert len(number) == 18 and number == sscc(int(number[8:17]))
        if carriers[carrier].tracking_url is None:
            assert url is None
        else:
            assert url is not None and tracking in url
    assert any(c.tracking_url is None for c in CARRIERS)
    assert not rows(conn, "SELECT 1 FROM shipping_unit u WHERE NOT EXISTS "
                    "(SELECT 1 FROM unit_item i WHERE i.unit_id = u.id)")  # fmt: skip


def test_invoices_follow_their_delivery(conn: Connection):
    invoices = rows(
        conn,
        "SELECT i.id, i.invoice_type, i.invoice_date, i.due_date, i.net_amount, i.vat_amount, "
        "i.total, i.open_amount, i.status, d.delivery_date, d.order_number = i.order_number "
        "FROM invoice i JOIN delivery d ON d.number = i.delivery_number",
    )
    assert len(invoices) == rows(conn, "SELECT count(*) FROM invoice")[0][0]
    nets = dict(rows(conn, "SELECT invoice_id, sum(net_amount) FROM invoice_line GROUP BY 1"))
    for iid, kind, date, due, net, vat, total, open_amount, status, delivered, same in invoices:
        assert same
        assert dt.date.fromisoformat(date) >= dt.date.fromisoformat(delivered) + dt.timedelta(1)
        assert dt.date.fromisoformat(due) == dt.date.fromisoformat(date) + dt.timedelta(30)
        assert nets[iid] == net and total == net + vat
        assert abs(vat - net * 0.21) <= 0.5
        assert (net < 0) == (kind == "credit_note")
        assert open_amount == (total if status == "open" else 0)
    kinds = Counter((i[1], i[8]) for i in invoices)
    assert kinds[("invoice", "open")] and kinds[("invoice", "settled")]
    assert kinds[("credit_note", "open")] + kinds[("credit_note", "settled")] > 0
    overdue = rows(
        conn, "SELECT count(*) FROM invoice WHERE status = 'open' AND due_date < :t", t=TODAY
    )[0][0]
    assert overdue > 0


def test_account_items_are_the_open_invoices_and_payments(conn: Connection):
    items = rows(
        conn,
        "SELECT company_id, document_number, item_type, document_date, due_date, amount, "
        "open_amount FROM account_item WHERE item_type != 'payment'",
    )
    open_invoices = rows(
        conn,
        "SELECT company_id, number, invoice_type, invoice_date, due_date, total, open_amount "
        "FROM invoice WHERE status = 'open'",
    )
    assert sorted(items) == sorted(open_invoices)
    payments = rows(
        conn, "SELECT amount, open_amount, due_date FROM account_item WHERE item_type = 'payment'"
    )
    assert payments
    assert all(a < 0 and o == a and due is None for a, o, due in payments)


def test_seq_is_unique_and_the_counter_holds_the_highest(conn: Connection):
    seqs = [s for t in SEQ_TABLES for (s,) in rows(conn, f'SELECT seq FROM "{t}"')]
    assert len(seqs) == len(set(seqs))
    counter = conn.scalar(select(db.Counter.value).where(db.Counter.name == "change_seq"))
    assert counter == max(seqs)


def test_number_counters_hold_the_last_number_used(conn: Connection):
    counters = dict(rows(conn, "SELECT name, value FROM counter"))
    for counter, table, where in (
        ("quote_number", "quote", ""),
        ("order_number", "order", ""),
        ("delivery_number", "delivery", ""),
        ("invoice_number", "invoice", "WHERE invoice_type = 'invoice'"),
        ("credit_note_number", "invoice", "WHERE invoice_type = 'credit_note'"),
    ):
        numbers = [n for (n,) in rows(conn, f'SELECT number FROM "{table}" {where}')]
        assert max(int(n.rsplit("-", 1)[1]) for n in numbers) == counters[counter]
        assert len(numbers) == len(set(numbers))
    assert rows(conn, "SELECT number FROM quote WHERE id = 1")[0][0].startswith("Q-20")


def test_foreign_keys_hold_and_the_journal_is_back_to_wal(conn: Connection):
    assert not rows(conn, "PRAGMA foreign_key_check")
    assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"


def test_small_has_the_promised_volume(conn: Connection):
    company = dealer_id(conn)
    counts = {
        t: conn.execute(
            text(f'SELECT count(*) FROM "{t}" WHERE company_id = :c'), {"c": company}
        ).scalar_one()
        for t in ("quote", "order", "invoice", "delivery", "address", "contact")
    }
    assert 300 <= counts["quote"] <= 600
    assert 300 <= counts["order"] <= 600
    assert 1000 <= counts["invoice"] <= 2000
    assert 3 <= counts["address"] <= 5
    assert 4 <= counts["contact"] <= 8
    assert rows(conn, "SELECT count(*) FROM order_line")[0][0] > 1000


# --- catalogue, accounts and companies --------------------------------------------------


def test_catalogue():
    products = build_catalogue()
    assert 150 <= len(products) <= 300
    assert len({p.sku for p in products}) == len(products)
    for p in products:
        assert p.list_price > 0 and isinstance(p.list_price, int)
        if p.category == SPARE_PART:
            assert p.seer is p.scop is p.energy_class is p.refrigerant is p.datasheet_url is None
        if p.datasheet_url:
            assert p.datasheet_url == f"https://docs.noordwind.example/datasheets/{p.sku}.pdf"
        if p.energy_class:
            assert p.energy_class in ("A+++", "A++", "A+", "A", "B")
    assert {p.refrigerant for p in products} >= {"R32", "R410A", "R290"}


def test_demo_accounts_sign_in_with_their_roles(conn: Connection):
    roles_seen = {tuple(a.roles) for a in DEMO_ACCOUNTS}
    assert roles_seen == {(r,) for r in Role} | {()}
    companies = set()
    for account in DEMO_ACCOUNTS:
        assert account.email.endswith(".example") and account.password == DEMO_PASSWORD
        user = conn.execute(select(db.User).where(db.User.email == account.email)).one()
        assert user.status == "active" and user.name == account.name
        assert user.roles == [r.value for r in account.roles]
        assert verify_password(DEMO_PASSWORD, user.password_hash)
        assert not verify_password("wrong", user.password_hash)
        companies.add(user.company_id)
    assert len(companies) == 1
    name = conn.scalar(select(db.Company.name).where(db.Company.id == companies.pop()))
    assert name == "Van Dijk Installatietechniek B.V."


def test_deactivated_and_invited_members(conn: Connection):
    users = {u.email: u for u in conn.execute(select(db.User))}
    demo = {a.email for a in DEMO_ACCOUNTS}
    deactivated = [u for u in users.values() if u.status == "deactivated"]
    invited = [u for u in users.values() if u.status == "invited"]
    assert len(deactivated) == 1 and deactivated[0].email not in demo
    assert len(invited) == 1 and invited[0].password_hash is None
    invitation = conn.execute(select(db.Invitation)).one()
    assert invitation.user_id == invited[0].id and len(invitation.token) == 64
    assert invitation.expires_at > dt.datetime.combine(TODAY, dt.time())
    assert len(users) == len(SEED_USERS)


def test_the_second_dealer_has_its_own_documents(conn: Connection):
    ours, theirs = dealer_id(conn), dealer_id(conn, OTHER_DEALER_ACCOUNT.email)
    assert ours != theirs
    company = conn.execute(select(db.Company).where(db.Company.id == theirs)).one()
    assert company.country == "BE" and not company.is_manufacturer
    jan = conn.execute(select(db.User).where(db.User.email == OTHER_DEALER_ACCOUNT.email)).one()
    assert jan.roles == [Role.ACCOUNT_BALANCE.value]
    assert verify_password(DEMO_PASSWORD, jan.password_hash)
    for table in ("quote", "order", "delivery", "invoice", "shipping_unit", "account_item",
                  "address", "contact"):  # fmt: skip
        count = conn.execute(
            text(f'SELECT count(*) FROM "{table}" WHERE company_id = :c'), {"c": theirs}
        ).scalar_one()
        assert count > 0, table
    for table in ("quote", "order", "invoice"):
        count = conn.execute(
            text(f'SELECT count(*) FROM "{table}" WHERE company_id = :c'), {"c": theirs}
        ).scalar_one()
        assert 12 <= count <= 120, table
    # Cross references never point into another company's documents.
    for sql in (
        'SELECT count(*) FROM delivery d JOIN "order" o ON o.number = d.order_number '
        "WHERE o.company_id != d.company_id",
        "SELECT count(*) FROM invoice i JOIN delivery d ON d.number = i.delivery_number "
        "WHERE d.company_id != i.company_id",
        'SELECT count(*) FROM shipping_unit u JOIN "order" o ON o.number = u.order_number '
        "WHERE o.company_id != u.company_id",
    ):
        assert conn.execute(text(sql)).scalar_one() == 0
    manufacturer = conn.scalar(
        select(func.count()).select_from(db.Company).where(db.Company.is_manufacturer)
    )
    assert manufacturer == 1


def test_seed_refuses_unknown_size_and_a_database_with_data(engine: Engine, tmp_path: Path):
    with pytest.raises(ValueError, match="size"):
        seed(db.make_engine(f"sqlite:///{tmp_path / 'x.sqlite'}"), "medium")
    with pytest.raises(ValueError, match="already holds data"):
        seed(engine, "small", today=TODAY)


# --- command line ---------------------------------------------------------------------


def test_cli_seeds_once_and_refuses_a_second_time(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    url = f"sqlite:///{tmp_path / 'cli.sqlite'}"
    argv = ["seed", "--db", url, "--size", "small", "--today", "2025-06-18"]
    assert main(argv) == 0
    out = capsys.readouterr().out
    assert "invoice" in out and "Elapsed" in out and "MB" in out
    assert main(argv) == 2
    captured = capsys.readouterr()
    assert "already holds data" in captured.err and "Traceback" not in captured.err


@pytest.mark.parametrize(
    "argv",
    [
        ["seed", "--db", "sqlite:///{tmp}/a.sqlite", "--size", "huge"],
        ["seed", "--db", "sqlite:///{tmp}/a.sqlite", "--size", "small", "--today", "18-06-2025"],
        ["seed", "--size", "small"],
        ["seed", "--db", "not a url", "--size", "small"],
        ["seed", "--db", "sqlite:///{tmp}/missing/dir/a.sqlite", "--size", "small"],
        [],
    ],
)
def test_cli_bad_arguments_exit_2_with_a_message(
    argv: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    assert main([a.replace("{tmp}", str(tmp_path)) for a in argv]) == 2
    err = capsys.readouterr().err
    assert err.strip() and "Traceback" not in err
