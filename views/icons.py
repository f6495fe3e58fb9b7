"""Small icons of the section view, painted: magnifier, gear and location pin.

Painted rather than taken from the platform theme, which offers none of these on Windows,
macOS or offscreen; they follow the palette's text colour, so they suit dark themes too.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPalette, QPen, QPixmap
from PySide6.QtWidgets import QApplication

_SIZE = 32  # drawn at 32 px; Qt scales it down crisply for 16-24 px buttons


def _canvas() -> tuple[QPixmap, QPainter]:
    pixmap = QPixmap(_SIZE, _SIZE)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    return pixmap, painter


def _ink() -> QColor:
    return QApplication.palette().color(QPalette.ColorRole.WindowText)


def magnifier_icon() -> QIcon:
    pixmap, painter = _canvas()
    pen = QPen(_ink(), 3.2)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    painter.setPen(pen)
    painter.drawEllipse(QRectF(5, 5, 16, 16))
    painter.drawLine(QPointF(19, 19), QPointF(27, 27))
    painter.end()
    return QIcon(pixmap)


def gear_icon() -> QIcon:
    pixmap, painter = _canvas()
    centre = QPointF(_SIZE / 2, _SIZE / 2)
    outline = QPainterPath()
    teeth = 8
    for i in range(teeth * 4):
        angle = 2 * math.pi * i / (teeth * 4)
        radius = 13.5 if (i % 4) in (1, 2) else 10.5  # a tooth, then a gap
        point = QPointF(
            centre.x() + radius * math.cos(angle), centre.y() + radius * math.sin(angle)
        )
        if i == 0:
            outline.moveTo(point)
        else:
            outline.lineTo(point)
    outline.closeSubpath()
    hole = QPainterPath()
    hole.addEllipse(centre, 4.5, 4.5)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(_ink())
    painter.drawPath(outline.subtracted(hole))
    painter.end()
    return QIcon(pixmap)


def pin_icon(colour: QColor | None = None) -> QIcon:
    """A location pin (Track & Trace: the carrier's tracking page)."""
    pixmap, painter = _canvas()
    pin = QPainterPath()
    pin.moveTo(16, 30)
    pin.cubicTo(QPointF(10, 21), QPointF(6, 17), QPointF(6, 12))
    pin.arcTo(QRectF(6, 2, 20, 20), 180, -180)
    pin.cubicTo(QPointF(26, 17), QPointF(22, 21), QPointF(16, 30))
    dot = QPainterPath()
    dot.addEllipse(QPointF(16, 12), 4, 4)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour or QColor("#c62828"))
    painter.drawPath(pin.subtracted(dot))
    painter.end()
    return QIcon(pixmap)
