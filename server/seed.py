"""Deterministic demo data of the reference portal.

``seed(engine, "small" | "large")`` fills an empty portal database with the fictional
manufacturer, the demo dealer (one demo account per role, SPEC.md section 9), a second
dealer to show company isolation, a product catalogue and years of documents. The same
(size, today, seed_value) always gives the same rows (password hashes aside: their salt is
random); all dates are relative to ``today``.

Speed: rows are made as plain dicts and written with Core ``insert()`` executemany in large
batches within one transaction; on SQLite, journaling and syncing are relaxed meanwhile.
"""

from __future__ import annotations

import datetime as dt
import random
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from sqlalchemy import Table, delete, func, insert, select
from sqlalchemy.engine import Connection, Engine

from app.portal.contract import DemoAccount
from models.roles import Role
from server import db
from server.passwords import hash_password, verify_password
from server.seed_catalogue import build_catalogue
from server.seed_documents import CompanyPlan, DocumentGenerator, Volume
from server.seed_pools import (
    CITIES_BE,
    CITIES_NL,
    PRIVATE_TEMPLATES,
    PROJECT_TEMPLATES,
    SERVICE_TEMPLATES,
    STREETS_BE,
    email_for,
    mobile_be,
    mobile_nl,
    person_be,
    person_nl,
    postal_code_nl,
    reference_pool,
    street_nl,
)
from server.seed_sequences import NUMBER_SERIES, Calendar, Row, Sequences, format_number

__all__ = [
    "DEMO_ACCOUNTS",
    "DEMO_PASSWORD",
    "NUMBER_SERIES",
    "OTHER_DEALER_ACCOUNT",
    "SIZES",
    "SeedReport",
    "format_number",
    "hash_password",
    "seed",
    "verify_password",
]

DEMO_PASSWORD = "demo"
DEALER_DOMAIN = "vandijk-installatie.example"
OTHER_DOMAIN = "peeters-verwarming.example"

DEMO_ACCOUNTS: tuple[DemoAccount, ...] = (
    DemoAccount(
        f"admin@{DEALER_DOMAIN}", DEMO_PASSWORD, "Marieke van Dijk", (Role.DELEGATED_ADMIN,)
    ),
    DemoAccount(f"saldo@{DEALER_DOMAIN}", DEMO_PASSWORD, "Henk Jansen", (Role.ACCOUNT_BALANCE,)),
    DemoAccount(
        f"facturen@{DEALER_DOMAIN}", DEMO_PASSWORD, "Sanne de Vries", (Role.INVOICE_MANAGEMENT,)
    ),
    DemoAccount(
        f"bestellingen@{DEALER_DOMAIN}", DEMO_PASSWORD, "Bas Visser", (Role.ORDER_MANAGEMENT,)
    ),
    DemoAccount(
        f"offertes@{DEALER_DOMAIN}", DEMO_PASSWORD, "Femke Bakker", (Role.QUOTE_MANAGEMENT,)
    ),
    DemoAccount(f"medewerker@{DEALER_DOMAIN}", DEMO_PASSWORD, "Ruud Smit", ()),
)
# The second dealer's user, for checks that one company never sees another's documents.
OTHER_DEALER_ACCOUNT = DemoAccount(
    f"jan@{OTHER_DOMAIN}", DEMO_PASSWORD, "Jan Peeters", (Role.ACCOUNT_BALANCE,)
)


@dataclass(frozen=True)
class SeedCompany:
    key: str
    name: str
    customer_number: str
    street: str
    postal_code: str
    city: str
    country: str
    vat_number: str
    is_manufacturer: bool = False


MANUFACTURER = SeedCompany(
    "manufacturer", "Noordwind Klimaattechniek B.V.", "000001",
    "Energieweg 8", "8442 CR", "Heerenveen", "NL", "NL861234567B01", is_manufacturer=True,
)  # fmt: skip
DEMO_DEALER = SeedCompany(
    "dealer", "Van Dijk Installatietechniek B.V.", "100482",
    "Nijverheidsweg 27", "3812 PM", "Amersfoort", "NL", "NL815432906B01",
)  # fmt: skip
OTHER_DEALER = SeedCompany(
    "other", "Peeters Verwarming BVBA", "200137",
    "Kortrijksesteenweg 112", "9000", "Gent", "BE", "BE0478123456",
)  # fmt: skip
COMPANIES = (MANUFACTURER, DEMO_DEALER, OTHER_DEALER)


@dataclass(frozen=True)
class SeedUser:
    company: str  # SeedCompany.key
    email: str
    name: str
    roles: tuple[Role, ...]
    status: str = "active"  # invited / active / deactivated
    password: str | None = DEMO_PASSWORD


SEED_USERS: tuple[SeedUser, ...] = (
    *(SeedUser("dealer", a.email, a.name, a.roles) for a in DEMO_ACCOUNTS),
    SeedUser(
        "dealer",
        f"kees.mulder@{DEALER_DOMAIN}",
        "Kees Mulder",
        (Role.ORDER_MANAGEMENT,),
        "deactivated",
    ),  # fmt: skip
    SeedUser(
        "dealer",
        f"lotte.meijer@{DEALER_DOMAIN}",
        "Lotte Meijer",
        (Role.QUOTE_MANAGEMENT,),
        "invited",
        None,
    ),  # fmt: skip
    SeedUser(
        "other", OTHER_DEALER_ACCOUNT.email, OTHER_DEALER_ACCOUNT.name, (Role.ACCOUNT_BALANCE,)
    ),
    # SPEC.md section 9: every company has at least one delegated administrator.
    SeedUser("other", f"els@{OTHER_DOMAIN}", "Els Maes", (Role.DELEGATED_ADMIN,)),
)

# Per size: the demo dealer's volume. The second dealer is small in both.
SIZES: dict[str, Volume] = {
    "small": Volume(
        years=2, quotes_per_day=0.85, orders_per_day=0.6, order_share=0.35,
        max_lines_per_delivery=2, max_order_lines=9, payments=4,
    ),
    "large": Volume(
        years=10, quotes_per_day=82.0, orders_per_day=110.0, order_share=0.35,
        max_lines_per_delivery=2, max_order_lines=10, payments=12,
    ),
}  # fmt: skip
OTHER_VOLUME = Volume(
    years=2, quotes_per_day=0.07, orders_per_day=0.05, order_share=0.35,
    max_lines_per_delivery=2, max_order_lines=4, payments=1,
)  # fmt: skip

# Parents before children, so that every flush keeps foreign keys valid.
TABLES = (
    "company", "user", "invitation", "product", "address", "contact",
    "quote", "quote_line", "order", "order_line", "delivery", "delivery_line",
    "shipping_unit", "unit_item", "invoice", "invoice_line", "account_item",
)  # fmt: skip
BATCH_ROWS = 100_000


@dataclass
class SeedReport:
    size: str
    today: dt.date
    counts: dict[str, int] = field(default_factory=dict)
    elapsed_seconds: float = 0.0

    @property
    def total_rows(self) -> int:
        return sum(self.counts.values())


class _Writer:
    """Per-table row buffers written with Core executemany once they are big enough."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.tables: dict[str, Table] = {n: db.Base.metadata.tables[n] for n in TABLES}
        self.buffers: dict[str, list[Row]] = {n: [] for n in TABLES}
        self.counts = dict.fromkeys(TABLES, 0)

    def maybe_flush(self) -> None:
        if sum(map(len, self.buffers.values())) >= BATCH_ROWS:
            self.flush()

    def flush(self) -> None:
        for name in TABLES:
            rows = self.buffers[name]
            if rows:
                self.conn.execute(insert(self.tables[name]), rows)
                self.counts[name] += len(rows)
                rows.clear()  # in place: the generator holds these lists


def seed(
    engine: Engine, size: str, today: dt.date | None = None, seed_value: int = 42
) -> SeedReport:
    """Fill an empty portal database with demo data; raises ValueError if it has data."""
    if size not in SIZES:
        raise ValueError(f"Unknown size {size!r}; choose one of: {', '.join(SIZES)}.")
    started = time.perf_counter()
    today = today or dt.date.today()
    db.create_schema(engine)
    with engine.connect() as conn:
        companies = conn.scalar(select(func.count()).select_from(db.Company))
        if companies:
            raise ValueError(
                f"The database already holds data ({companies} companies); "
                "seed only a new, empty database."
            )
        with _bulk_load(conn):
            writer = _Writer(conn)
            sequences = _start_sequences(conn)
            rng = random.Random(seed_value)
            _populate(writer, sequences, rng, SIZES[size], today)
            writer.flush()
            _save_counters(conn, sequences)
            conn.commit()
        if conn.dialect.name == "sqlite":
            # Statistics for the query planner; the limit keeps it quick on big tables.
            conn.exec_driver_sql("PRAGMA analysis_limit=1000")
            conn.exec_driver_sql("ANALYZE")
            conn.commit()
    return SeedReport(size, today, writer.counts, time.perf_counter() - started)


@contextmanager
def _bulk_load(conn: Connection) -> Iterator[None]:
    """On SQLite: no WAL, no fsync, no foreign-key lookups while loading, then restore.

    The rollback journal stays in memory, so a failed seed still rolls back to empty.
    """
    if conn.dialect.name != "sqlite":
        yield
        return
    pragmas = ("journal_mode", "synchronous", "foreign_keys", "cache_size")
    saved = {p: conn.exec_driver_sql(f"PRAGMA {p}").scalar() for p in pragmas}
    for pragma, value in (
        ("journal_mode", "MEMORY"),
        ("synchronous", "OFF"),
        ("foreign_keys", "OFF"),
        ("cache_size", "-262144"),  # 256 MiB of page cache
    ):
        conn.exec_driver_sql(f"PRAGMA {pragma}={value}")
    try:
        yield
    finally:
        conn.rollback()  # no-op after a commit; ends any open transaction before PRAGMAs
        for pragma in pragmas:
            conn.exec_driver_sql(f"PRAGMA {pragma}={saved[pragma]}")
        conn.commit()


def _start_sequences(conn: Connection) -> Sequences:
    """Continue from what the database holds (nothing, normally) so ids never collide."""
    sq = Sequences()
    for name in TABLES:
        table = db.Base.metadata.tables[name]
        sq.ids[name] = conn.scalar(select(func.coalesce(func.max(table.c.id), 0))) or 0
    for name, value in conn.execute(select(db.Counter.name, db.Counter.value)):
        if name == "change_seq":
            sq.seq = value
        else:
            sq.numbers[name] = value
    return sq


def _save_counters(conn: Connection, sq: Sequences) -> None:
    values = {"change_seq": sq.seq, **sq.numbers}
    conn.execute(delete(db.Counter).where(db.Counter.name.in_(list(values))))
    conn.execute(insert(db.Counter), [{"name": k, "value": v} for k, v in values.items()])


def _populate(
    writer: _Writer, sq: Sequences, rng: random.Random, volume: Volume, today: dt.date
) -> None:
    buf = writer.buffers
    company_ids: dict[str, int] = {}
    for company in COMPANIES:
        company_ids[company.key] = sq.next_id("company")
        buf["company"].append(
            {
                "id": company_ids[company.key],
                "name": company.name,
                "customer_number": company.customer_number,
                "is_manufacturer": company.is_manufacturer,
                "street": company.street,
                "postal_code": company.postal_code,
                "city": company.city,
                "country": company.country,
                "vat_number": company.vat_number,
            }
        )
    _users(buf, sq, rng, company_ids, today)
    catalogue = build_catalogue()
    for product in catalogue:
        buf["product"].append(
            {
                "id": sq.next_id("product"),
                "sku": product.sku,
                "name": product.name,
                "category": product.category,
                "capacity_kw": product.capacity_kw,
                "seer": product.seer,
                "scop": product.scop,
                "energy_class": product.energy_class,
                "refrigerant": product.refrigerant,
                "width_mm": product.width_mm,
                "height_mm": product.height_mm,
                "depth_mm": product.depth_mm,
                "weight_kg": product.weight_kg,
                "datasheet_url": product.datasheet_url,
                "list_price": product.list_price,
                "seq": sq.next_seq(),
            }
        )
    plans = [
        _dealer_plan(buf, sq, rng, company_ids["dealer"], volume, today.year),
        _other_plan(buf, sq, rng, company_ids["other"], today.year),
    ]
    years = max(p.volume.years for p in plans)
    calendar = Calendar(today - dt.timedelta(days=int(years * 366) + 21), today)
    DocumentGenerator(rng, calendar, catalogue, sq, buf, writer.maybe_flush).run(plans)


def _users(
    buf: dict[str, list[Row]],
    sq: Sequences,
    rng: random.Random,
    company_ids: dict[str, int],
    today: dt.date,
) -> None:
    for user in SEED_USERS:
        user_id = sq.next_id("user")
        buf["user"].append(
            {
                "id": user_id,
                "company_id": company_ids[user.company],
                "name": user.name,
                "email": user.email,
                "password_hash": hash_password(user.password) if user.password else None,
                "status": user.status,
                "language": "nl",
                "roles": [r.value for r in user.roles],
            }
        )
        if user.status == "invited":
            # Invited yesterday morning; SPEC.md section 10: valid for 72 hours.
            sent = dt.datetime.combine(today - dt.timedelta(days=1), dt.time(9, 30))
            buf["invitation"].append(
                {
                    "id": sq.next_id("invitation"),
                    "user_id": user_id,
                    "token": f"{rng.getrandbits(256):064x}",
                    "expires_at": sent + dt.timedelta(hours=72),
                    "accepted_at": None,
                }
            )


def _address_rows(
    buf: dict[str, list[Row]], sq: Sequences, company_id: int, rows: list[tuple[str, ...]]
) -> list[str]:
    """Store (label, street, postal code, city, country) rows; return them as one-liners."""
    lines = []
    for label, street, postal, city, country in rows:
        buf["address"].append(
            {
                "id": sq.next_id("address"),
                "company_id": company_id,
                "label": label,
                "street": street,
                "postal_code": postal,
                "city": city,
                "country": country,
                "seq": sq.next_seq(),
            }
        )
        lines.append(f"{street}, {postal} {city}")
    return lines


def _contact_rows(
    buf: dict[str, list[Row]],
    sq: Sequences,
    company_id: int,
    people: list[tuple[str, str, str]],
) -> list[str]:
    """Store (name, phone, e-mail) contacts; return them as on-site contact one-liners."""
    for name, phone, email in people:
        buf["contact"].append(
            {
                "id": sq.next_id("contact"),
                "company_id": company_id,
                "name": name,
                "phone": phone,
                "email": email,
                "seq": sq.next_seq(),
            }
        )
    return [f"{name}, {phone}" for name, phone, _ in people]


def _dealer_plan(
    buf: dict[str, list[Row]],
    sq: Sequences,
    rng: random.Random,
    company_id: int,
    volume: Volume,
    year: int,
) -> CompanyPlan:
    c = DEMO_DEALER
    sites: list[tuple[str, ...]] = [
        ("Hoofdkantoor", c.street, c.postal_code, c.city, c.country),
        ("Magazijn", "Ambachtsweg 9", "3771 MG", "Barneveld", "NL"),
        ("Project Vathorst", "Vathorsterweg 112", "3822 BX", "Amersfoort", "NL"),
        ("Project Zeist Centrum", "Slotlaan 48", "3701 GP", "Zeist", "NL"),
    ]
    addresses = _address_rows(buf, sq, company_id, sites)
    people = sorted({person_nl(rng) for _ in range(6)})
    contacts = _contact_rows(
        buf, sq, company_id, [(n, mobile_nl(rng), email_for(n, DEALER_DOMAIN)) for n in people]
    )
    cities = sorted(CITIES_NL)
    # Most deliveries go straight to a job site.
    for _ in range(40):
        city = rng.choice(cities)
        addresses.append(f"{street_nl(rng)}, {postal_code_nl(rng, city)} {city}")
    return CompanyPlan(
        company_id,
        volume,
        addresses,
        contacts,
        reference_pool(rng, PROJECT_TEMPLATES, 400, year),
        reference_pool(rng, PRIVATE_TEMPLATES, 600, year),
        reference_pool(rng, SERVICE_TEMPLATES, 200, year),
    )


def _other_plan(
    buf: dict[str, list[Row]], sq: Sequences, rng: random.Random, company_id: int, year: int
) -> CompanyPlan:
    c = OTHER_DEALER
    sites: list[tuple[str, ...]] = [
        ("Hoofdzetel", c.street, c.postal_code, c.city, c.country),
        ("Magazijn", "Industriepark 14", "9820", "Merelbeke", "BE"),
        ("Werf Lochristi", "Dorpsstraat 51", "9080", "Lochristi", "BE"),
    ]
    addresses = _address_rows(buf, sq, company_id, sites)
    people = sorted({person_be(rng) for _ in range(4)})
    contacts = _contact_rows(
        buf, sq, company_id, [(n, mobile_be(rng), email_for(n, OTHER_DOMAIN)) for n in people]
    )
    for _ in range(10):
        city = rng.choice(sorted(CITIES_BE))
        addresses.append(
            f"{rng.choice(STREETS_BE)} {rng.randint(1, 150)}, {CITIES_BE[city][0]} {city}"
        )
    return CompanyPlan(
        company_id,
        OTHER_VOLUME,
        addresses,
        contacts,
        reference_pool(rng, PROJECT_TEMPLATES, 20, year, tuple(CITIES_BE)),
        reference_pool(rng, PRIVATE_TEMPLATES, 40, year, tuple(CITIES_BE)),
        reference_pool(rng, SERVICE_TEMPLATES, 20, year, tuple(CITIES_BE)),
    )
