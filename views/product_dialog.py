"""A product's technical data (capacity, efficiency, refrigerant, size, datasheet link)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from models.formatting import money_text
from models.products import ProductInfo

_CATEGORIES: dict[str, object] = {
    "split_air_conditioner": QT_TRANSLATE_NOOP("Products", "Split air conditioner"),
    "multi_split_outdoor": QT_TRANSLATE_NOOP("Products", "Multi-split outdoor unit"),
    "air_to_water_heat_pump": QT_TRANSLATE_NOOP("Products", "Air-to-water heat pump"),
    "hybrid_heat_pump": QT_TRANSLATE_NOOP("Products", "Hybrid heat pump"),
    "gas_condensing_boiler": QT_TRANSLATE_NOOP("Products", "Gas condensing boiler"),
    "vrf": QT_TRANSLATE_NOOP("Products", "VRF system"),
    "fan_coil": QT_TRANSLATE_NOOP("Products", "Fan coil unit"),
    "ventilation": QT_TRANSLATE_NOOP("Products", "Ventilation unit"),
    "control": QT_TRANSLATE_NOOP("Products", "Controls"),
    "accessory": QT_TRANSLATE_NOOP("Products", "Accessory"),
    "spare_part": QT_TRANSLATE_NOOP("Products", "Spare part"),
}


def category_name(key: str) -> str:
    source = _CATEGORIES.get(key)
    return QCoreApplication.translate("Products", str(source)) if source else key


class ProductDialog(QDialog):
    def __init__(self, product: ProductInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.product = product
        # Modal: nothing else changes (e.g. the language) while it is open.
        self.setModal(True)
        self.setWindowTitle(product.name)
        self.setMinimumWidth(460)
        locale = QLocale()
        layout = QVBoxLayout(self)
        title = QLabel(f"<b>{product.name}</b>")
        title.setWordWrap(True)
        layout.addWidget(title)
        form = QFormLayout()
        self.fields: dict[str, QLabel] = {}

        def add(key: str, label: str, value: str | None) -> None:
            if value:
                widget = QLabel(value)
                widget.setAccessibleName(label)
                self.fields[key] = widget
                form.addRow(label, widget)

        def number(value: float | None, unit: str, decimals: int = 1) -> str | None:
            if value is None:
                return None
            return f"{locale.toString(float(value), 'f', decimals)} {unit}".strip()

        add("sku", self.tr("Article number"), product.sku)
        add("category", self.tr("Category"), category_name(product.category))
        add("capacity", self.tr("Capacity"), number(product.capacity_kw, "kW"))
        add("seer", self.tr("SEER"), number(product.seer, "", 2))
        add("scop", self.tr("SCOP"), number(product.scop, "", 2))
        add("energy_class", self.tr("Energy class"), product.energy_class)
        add("refrigerant", self.tr("Refrigerant"), product.refrigerant)
        if product.width_mm and product.height_mm and product.depth_mm:
            add(
                "dimensions",
                self.tr("Dimensions (W × H × D)"),
                f"{product.width_mm} × {product.height_mm} × {product.depth_mm} mm",
            )
        add("weight", self.tr("Weight"), number(product.weight_kg, "kg"))
        add("list_price", self.tr("List price"), money_text(product.list_price, locale))
        layout.addLayout(form)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        if product.datasheet_url:
            self.datasheet_button = buttons.addButton(
                self.tr("Open datasheet"), QDialogButtonBox.ButtonRole.ActionRole
            )
            self.datasheet_button.setAccessibleName(self.tr("Open datasheet"))
            self.datasheet_button.clicked.connect(self.open_datasheet)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def open_datasheet(self) -> None:
        if self.product.datasheet_url:
            QDesktopServices.openUrl(QUrl(self.product.datasheet_url))
