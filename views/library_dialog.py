"""The Library: search the product catalogue and open a product's technical data."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.products import ProductInfo
from views.product_dialog import ProductDialog, category_name

ProductSearch = Callable[[str], list[ProductInfo]]


class LibraryDialog(QDialog):
    def __init__(self, search: ProductSearch, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._search = search
        # Modal: nothing else changes (e.g. the language) while it is open.
        self.setModal(True)
        self.products: list[ProductInfo] = []
        self.setWindowTitle(self.tr("Library"))
        self.resize(860, 560)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Technical data of every product. Double-click a product."))
        layout.addWidget(intro)
        row = QHBoxLayout()
        self.search_edit = QLineEdit()
        self.search_edit.setAccessibleName(self.tr("Search products"))
        self.search_edit.setPlaceholderText(self.tr("Article number, name, category…"))
        self.search_edit.returnPressed.connect(self.run_search)
        row.addWidget(self.search_edit, 1)
        self.search_button = QPushButton(self.tr("Search"))
        self.search_button.setAccessibleName(self.tr("Search"))
        self.search_button.clicked.connect(self.run_search)
        row.addWidget(self.search_button)
        layout.addLayout(row)

        headers = [
            self.tr("Article number"),
            self.tr("Name"),
            self.tr("Category"),
            self.tr("Capacity"),
            self.tr("Energy class"),
            self.tr("Refrigerant"),
        ]
        self.table = QTableWidget(0, len(headers))
        self.table.setAccessibleName(self.tr("Products"))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda index: self.open_product(index.row()))
        layout.addWidget(self.table, 1)
        self.count_label = QLabel()
        layout.addWidget(self.count_label)
        self.run_search()

    def run_search(self) -> None:
        self.products = self._search(self.search_edit.text())
        locale = QLocale()
        self.table.setRowCount(len(self.products))
        for row, product in enumerate(self.products):
            capacity = (
                f"{locale.toString(product.capacity_kw, 'f', 1)} kW"
                if product.capacity_kw is not None
                else ""
            )
            values = [
                product.sku,
                product.name,
                category_name(product.category),
                capacity,
                product.energy_class or "",
                product.refrigerant or "",
            ]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if column == 3:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.count_label.setText(self.tr("%n product(s)", "", len(self.products)))

    def open_product(self, row: int) -> ProductDialog:
        dialog = ProductDialog(self.products[row], self)
        dialog.show()
        return dialog
