"""Other applications from the landing page: Library, Webshop activation, Stand By Me."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from app.paths import AppPaths
from app.portal.embedded import embedded_portal_path
from models.roles import Role
from server import db
from server.db import make_engine


@pytest.fixture
def window(signed_in):
    ctrl = signed_in(Role.ORDER_MANAGEMENT)
    return ctrl.window, ctrl


@pytest.fixture
def opened_urls(monkeypatch) -> list[str]:
    urls: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: urls.append(url.toString()))
    return urls


def test_library_searches_products_and_shows_technical_data(qtbot, window, opened_urls):
    main, ctrl = window
    qtbot.mouseClick(main.landing.other_applications.library_button, Qt.MouseButton.LeftButton)
    library = ctrl.other_applications.library_dialog
    assert library is not None and library.table.rowCount() > 100
    qtbot.keyClicks(library.search_edit, "R290")
    qtbot.mouseClick(library.search_button, Qt.MouseButton.LeftButton)
    rows = library.table.rowCount()
    assert 0 < rows < 100
    assert all(
        "R290" in library.table.item(r, 5).text() + library.table.item(r, 1).text()
        for r in range(rows)
    )
    assert library.count_label.text()
    first_r290 = next(r for r in range(rows) if library.table.item(r, 5).text() == "R290")
    product = library.open_product(first_r290)
    assert product.fields["refrigerant"].text() == "R290"
    assert product.fields["capacity"].text().endswith("kW")
    qtbot.mouseClick(product.datasheet_button, Qt.MouseButton.LeftButton)
    assert opened_urls == [library.products[first_r290].datasheet_url]


def test_webshop_activation_request_reaches_the_portal(qtbot, window, data_dir: Path):
    main, ctrl = window
    flow = ctrl.other_applications
    qtbot.mouseClick(main.landing.other_applications.webshop_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: flow.webshop_dialog is not None, timeout=10_000)
    dialog = flow.webshop_dialog
    qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
    assert dialog.message_label.text() == "Say why you need the webshop."
    qtbot.keyClicks(dialog.reason_edit, "We want to order spare parts at night.")
    qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    assert isinstance(flow.last_message, QMessageBox)
    flow.last_message.close()

    engine = make_engine(f"sqlite:///{embedded_portal_path(AppPaths.portable(data_dir).data_dir)}")
    with engine.connect() as conn:
        mail = conn.execute(select(db.OutgoingEmail.subject, db.OutgoingEmail.body)).all()
    engine.dispose()
    # To the manufacturer's webshop team, in their language (Dutch).
    assert any(
        "Activering webshop" in subject and "spare parts at night" in body for subject, body in mail
    )

    # Asking again says the request is on its way instead of a second form.
    flow.webshop_dialog = None
    qtbot.mouseClick(main.landing.other_applications.webshop_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: flow.last_message is not None and flow.last_message.isVisible(), timeout=10_000
    )
    assert "activation request has been sent" in flow.last_message.text()
    assert flow.webshop_dialog is None


def test_stand_by_me_says_it_needs_registration_before_linking_out(qtbot, window, opened_urls):
    main, ctrl = window
    flow = ctrl.other_applications
    qtbot.mouseClick(main.landing.other_applications.standbyme_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: flow.last_message is not None, timeout=10_000)
    assert "one-time registration" in flow.last_message.text()
    assert opened_urls == []
    flow.last_message.button(QMessageBox.StandardButton.Open).click()
    assert opened_urls and opened_urls[0].startswith("https://standbyme.")
