"""The column configurator (the gear icon): which columns a section shows, in what order.

Every column of the section is listed with a check box; the order can be changed with
"Move up"/"Move down" or by dragging. OK applies the choice, Cancel leaves it as it was.
At least one column stays visible.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from models.column_types import SectionSpec
from models.preferences import ColumnLayout, default_layout, normalised

_ID = Qt.ItemDataRole.UserRole


class ColumnDialog(QDialog):
    def __init__(self, spec: SectionSpec, layout: ColumnLayout, parent: QWidget | None = None):
        super().__init__(parent)
        self.spec = spec
        self.setWindowTitle(self.tr("Columns"))
        self.setAccessibleName(self.tr("Choose columns"))
        intro = QLabel(self.tr("Choose the columns to show. Drag them to change their order."))
        intro.setWordWrap(True)

        self.column_list = QListWidget()
        self.column_list.setAccessibleName(self.tr("Columns to show"))
        self.column_list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.column_list.itemChanged.connect(self._update_buttons)
        self.column_list.currentRowChanged.connect(self._update_buttons)

        self.up_button = QPushButton(self.tr("Move up"))
        self.up_button.setAccessibleName(self.tr("Move up"))
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button = QPushButton(self.tr("Move down"))
        self.down_button.setAccessibleName(self.tr("Move down"))
        self.down_button.clicked.connect(lambda: self._move(1))
        self.defaults_button = QPushButton(self.tr("Restore defaults"))
        self.defaults_button.setAccessibleName(self.tr("Restore defaults"))
        self.defaults_button.clicked.connect(lambda: self._fill(default_layout(spec)))
        side = QVBoxLayout()
        side.addWidget(self.up_button)
        side.addWidget(self.down_button)
        side.addStretch(1)
        side.addWidget(self.defaults_button)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setAccessibleName(self.tr("OK"))
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        body = QHBoxLayout()
        body.addWidget(self.column_list, 1)
        body.addLayout(side)
        main = QVBoxLayout(self)
        main.addWidget(intro)
        main.addLayout(body, 1)
        main.addWidget(self.buttons)
        self._fill(layout)
        self.resize(380, 420)

    def _fill(self, layout: ColumnLayout) -> None:
        self.column_list.blockSignals(True)
        self.column_list.clear()
        for column_id in layout.order:
            item = QListWidgetItem(self.spec.column(column_id).display_title)
            item.setData(_ID, column_id)
            item.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsUserCheckable
                | Qt.ItemFlag.ItemIsDragEnabled
            )
            shown = column_id in layout.visible
            item.setCheckState(Qt.CheckState.Checked if shown else Qt.CheckState.Unchecked)
            self.column_list.addItem(item)
        self.column_list.blockSignals(False)
        self.column_list.setCurrentRow(0)
        self._update_buttons()

    def _items(self) -> list[QListWidgetItem]:
        return [self.column_list.item(i) for i in range(self.column_list.count())]

    def _move(self, step: int) -> None:
        row = self.column_list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.column_list.count():
            return
        item = self.column_list.takeItem(row)
        self.column_list.insertItem(target, item)
        self.column_list.setCurrentRow(target)

    def _update_buttons(self) -> None:
        row = self.column_list.currentRow()
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < self.column_list.count() - 1)
        checked = any(i.checkState() == Qt.CheckState.Checked for i in self._items())
        self.ok_button.setEnabled(checked)  # a table needs at least one column

    def chosen_layout(self) -> ColumnLayout:
        items = self._items()
        order = [str(i.data(_ID)) for i in items]
        visible = [str(i.data(_ID)) for i in items if i.checkState() == Qt.CheckState.Checked]
        return normalised(self.spec, order, visible)
