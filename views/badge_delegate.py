"""Cells drawn specially: status values as coloured badges, tracking links as a pin icon.

The model says what a cell is (``ToneRole`` for a status badge, ``UrlRole`` for a link);
this delegate only paints. Everything else is drawn the standard way.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from models.table_model import SectionTableModel
from views.icons import pin_icon

# tone -> (background, text); light tints that stay readable on both row colours
TONE_COLOURS: dict[str, tuple[str, str]] = {
    "info": ("#dbeafe", "#1e3a8a"),
    "success": ("#dcfce7", "#166534"),
    "warning": ("#ffedd5", "#9a3412"),
    "neutral": ("#e5e7eb", "#374151"),
}

Index = QModelIndex | QPersistentModelIndex


class BadgeDelegate(QStyledItemDelegate):
    PAD_X, PAD_Y = 8, 3

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pin = pin_icon()

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        tone = index.data(SectionTableModel.ToneRole)
        url = index.data(SectionTableModel.UrlRole)
        if tone is None and not url:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text = opt.text
        opt.text = ""  # the style draws background, selection and focus; we draw the rest
        style = opt.widget.style() if opt.widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if tone is not None:
            self._badge(painter, opt, text, tone)
        else:
            side = min(opt.rect.height() - 4, 20)
            target = QRect(0, 0, side, side)
            target.moveCenter(opt.rect.center())
            self._pin.paint(painter, target)
        painter.restore()

    def _badge(self, painter: QPainter, opt: QStyleOptionViewItem, text: str, tone: str) -> None:
        background, foreground = TONE_COLOURS.get(tone, TONE_COLOURS["neutral"])
        metrics = opt.fontMetrics
        room = max(opt.rect.width() - 8 - 2 * self.PAD_X, 0)
        if metrics.horizontalAdvance(text) > room:
            text = metrics.elidedText(text, Qt.TextElideMode.ElideRight, room)
        width = metrics.horizontalAdvance(text) + 2 * self.PAD_X + 2
        height = min(metrics.height() + 2 * self.PAD_Y, opt.rect.height() - 2)
        badge = QRect(opt.rect.left() + 4, 0, width, height)
        badge.moveTop(opt.rect.top() + (opt.rect.height() - height) // 2)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(background))
        painter.drawRoundedRect(badge, height / 2, height / 2)
        painter.setPen(QColor(foreground))
        painter.setFont(opt.font)
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, text)

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        size = super().sizeHint(option, index)
        if index.data(SectionTableModel.ToneRole) is not None:
            size += QSize(2 * self.PAD_X + 8, 2 * self.PAD_Y)
        elif index.data(SectionTableModel.UrlRole):
            size = size.expandedTo(QSize(40, 24))
        return size
