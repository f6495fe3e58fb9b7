"""The product catalogue in the cache (the Library): search and technical data."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import or_, select
from sqlalchemy.engine import Connection

from models.schema import Product


@dataclass(frozen=True)
class ProductInfo:
    sku: str
    name: str
    category: str
    capacity_kw: float | None
    seer: float | None
    scop: float | None
    energy_class: str | None
    refrigerant: str | None
    width_mm: int | None
    height_mm: int | None
    depth_mm: int | None
    weight_kg: float | None
    datasheet_url: str | None
    list_price: int


_COLUMNS = [getattr(Product, name) for name in ProductInfo.__dataclass_fields__]


def search_products(conn: Connection, text: str = "", limit: int = 500) -> list[ProductInfo]:
    """Products whose SKU, name, category or refrigerant contain every word of ``text``."""
    query = select(*_COLUMNS).order_by(Product.category, Product.name).limit(limit)
    for word in text.split():
        pattern = f"%{word}%"
        query = query.where(
            or_(
                Product.sku.ilike(pattern),
                Product.name.ilike(pattern),
                Product.category.ilike(pattern),
                Product.refrigerant.ilike(pattern),
                Product.energy_class.ilike(pattern),
            )
        )
    return [ProductInfo(*row) for row in conn.execute(query)]


def product_by_sku(conn: Connection, sku: str) -> ProductInfo | None:
    row = conn.execute(select(*_COLUMNS).where(Product.sku == sku)).first()
    return ProductInfo(*row) if row else None
