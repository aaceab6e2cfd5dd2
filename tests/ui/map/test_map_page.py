"""The Map area on the demo office: it draws the plots, a click opens the right family,
filters reduce what is drawn, layers are imported (or refused in one line), and the view is
exported as a real PNG and PDF."""

import json
import re
import subprocess

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import text

from desktop.demo import build_demo
from desktop.services import maps
from desktop.ui.map.map_page import MapPage
from desktop.ui.widgets.language import apply_language
from tests.ui.helpers import finish


@pytest.fixture
def demo(database):
    build_demo(database, families=40, seed=3)
    return database


@pytest.fixture
def page(qtbot, demo, tmp_path):
    apply_language(QApplication.instance(), "en")
    page = MapPage(demo, layers_folder=tmp_path / "layers")
    qtbot.addWidget(page)
    page.resize(1000, 640)
    page.show()
    finish(qtbot, page.loading)
    finish(qtbot, page.refining)
    QApplication.processEvents()
    yield page
    apply_language(QApplication.instance(), "en")


def plots_with_coordinates(database, community_id=None):
    sql = ("SELECT count(*) FROM plots p JOIN families f ON f.id = p.family_id "
           "WHERE p.deleted_at IS NULL AND f.deleted_at IS NULL AND p.latitude IS NOT NULL")
    if community_id:
        sql += " AND f.community_id = :c"
    with database.engine.connect() as connection:
        return connection.execute(text(sql), {"c": community_id}).scalar()


def test_the_map_draws_the_demo_plots(page, demo):
    total = plots_with_coordinates(demo)
    assert total > 40
    assert len(page.shown()) == total
    page.view.viewport().grab()
    assert page.view.plots_item.last_drawn > 0
    assert str(total) in page.count_label.text()
    legend = [row[1] for row in page.view.legend_rows()]
    assert legend and set(legend) <= {"Active", "Signed", "Draft", "Suspended", "Ended",
                                      "No agreement"}


def test_the_first_paint_draws_the_level_read_with_the_plots(page):
    """The job that reads the plots builds the one level the whole-valley view draws (the
    rest come after the first paint): it must be the level that view paints."""
    page.view.fit()
    page.view.viewport().grab()
    size = page.view.viewport().size()
    assert page.view.plots_item.last_cell == page.all_plots.cell_to_show_all(size.width(),
                                                                             size.height())
    assert all(page.all_plots.grid.built(cell) for cell in maps.CELL_SIZES)


def zoom_onto(page, index, metres_per_pixel=2.0):
    view = page.view
    view.zoom(view.metres_per_pixel() / metres_per_pixel)
    view.centerOn(page.view.plots_item.scene_position(index))
    QApplication.processEvents()
    return view.mapFromScene(page.view.plots_item.scene_position(index))


@pytest.mark.parametrize("metres_per_pixel", [2.0, 30.0])
def test_clicking_a_plot_opens_its_family(qtbot, page, metres_per_pixel):
    shown = page.shown()
    index = len(shown) // 2
    at = zoom_onto(page, index, metres_per_pixel)
    page.view.viewport().grab()
    page.view.plots_item.load_all_pending()
    with qtbot.waitSignal(page.family_chosen, timeout=2000) as chosen:
        qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=at)
    assert chosen.args == [shown.points.family_id(index)]
    with page.database.session() as session:
        code = session.execute(text("SELECT code FROM families WHERE id = :f"),
                               {"f": shown.points.family_id(index)}).scalar()
    assert code in page.info.text()
    assert code in page.view.describe(index)


def test_a_click_on_empty_land_or_a_drag_chooses_nothing(qtbot, page):
    with qtbot.assertNotEmitted(page.family_chosen):
        qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(3, 3))
        viewport = page.view.viewport()
        qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=QPoint(300, 300))
        qtbot.mouseMove(viewport, QPoint(360, 340))
        qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=QPoint(360, 340))


def test_boundaries_are_drawn_close_up(page):
    shown = page.shown()
    with page.database.session() as session:
        walked = set(maps.plot_boundaries(session, shown.points.families))
    index = next(i for i in range(len(shown)) if (shown.points.family_id(i), shown.points.lon[i],
                                                    shown.points.lat[i]) in walked)
    zoom_onto(page, index, 1.0)
    page.view.viewport().grab()
    page.view.plots_item.load_all_pending()
    page.view.viewport().grab()
    tiles = page.view.plots_item._outlines  # noqa: SLF001 - what the item has read
    assert any(outlines[0] for outlines in tiles.values())


def test_filters_reduce_what_is_drawn(page, demo):
    page.view.viewport().grab()
    everything = page.view.plots_item.last_drawn
    community = page.community.itemData(1)
    page.community.setCurrentIndex(1)
    assert len(page.shown()) == plots_with_coordinates(demo, community) < len(page.all_plots)
    page.view.viewport().grab()
    assert 0 < page.view.plots_item.last_drawn < everything
    page.community.setCurrentIndex(0)
    page.status.setCurrentIndex(page.status.findData("active"))
    shown = page.shown()
    assert 0 < len(shown) < len(page.all_plots)
    assert {shown.status_of(i) for i in range(len(shown))} == {"active"}
    page.status.setCurrentIndex(page.status.findData("signed"))
    page.community.setCurrentIndex(2)
    if not len(page.shown()):
        assert "No plot matches" in page.view.message


def test_zoom_and_pan_keep_the_scale_bar_honest(qtbot, page):
    view = page.view
    before = view.metres_per_pixel()
    view.zoom(2.0)
    assert view.metres_per_pixel() == pytest.approx(before / 2)
    qtbot.keyClick(view, Qt.Key.Key_Minus)
    assert view.metres_per_pixel() == pytest.approx(before / 2 * 1.25)
    view.fit()
    assert view.metres_per_pixel() == pytest.approx(before, rel=0.05)
    for _ in range(200):
        view.zoom(1 / 1.25)  # never further out than a few times the plots' extent
    assert view.metres_per_pixel() < 1e5


def test_importing_a_layer_and_a_bad_file(qtbot, page, tmp_path, monkeypatch):
    source = tmp_path / "Alto Mayo.geojson"
    source.write_text(json.dumps({"type": "Feature", "properties": {"name": "BPAM"},
                                  "geometry": {"type": "Polygon", "coordinates": [[
                                      [-77.7, -5.9], [-77.3, -5.9], [-77.3, -5.6],
                                      [-77.7, -5.9]]]}}), encoding="utf-8")
    dialog = page.manage_layers()
    finish(qtbot, dialog.import_file(source))
    assert [layer.name for layer in page.layers] == ["Alto Mayo"]
    assert "Alto Mayo" in [row[1] for row in page.view.legend_rows()]
    assert dialog.list.count() == 1
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warnings.append(args[2]))
    bad = tmp_path / "plots.geojson"
    bad.write_text('{"type": "Point", "coordinates": [250000, 9370000]}', encoding="utf-8")
    operation = dialog.import_file(bad)
    qtbot.waitUntil(lambda: operation.done)
    assert len(warnings) == 1 and "\n" not in warnings[0] and "degrees" in warnings[0]
    assert dialog.list.count() == 1
    dialog.close()


def test_png_and_pdf_exports_are_real_files(page, tmp_path):
    png = page.export_png(str(tmp_path / "map"))
    image = QImage(png)
    assert png.endswith(".png") and not image.isNull() and image.width() >= page.view.width()
    pdf = page.export_pdf(str(tmp_path / "map.pdf"))
    info = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True, check=True).stdout
    assert re.search(r"^Pages:\s+1$", info, re.M) and "Plot map" in info
    words = subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True,
                           check=True).stdout
    assert "Plot map" in words and "All communities" in words and "Active" in words


def test_an_export_that_cannot_be_written_says_so(page, tmp_path, monkeypatch):
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warnings.append(args[2]))
    blocker = tmp_path / "file"
    blocker.write_text("")
    assert page.export_png(str(blocker / "map.png")) is None
    assert len(warnings) == 1 and "Could not save" in warnings[0]


def test_fits_a_small_screen_in_both_languages(page):
    for code in ("en", "es"):
        apply_language(QApplication.instance(), code)
        assert page.minimumSizeHint().width() < 1000
        assert page.minimumSizeHint().height() < 700
    assert page.status.itemText(page.status.findData("active")) == "Vigente"
    assert page.community.itemText(0) == "Todas las comunidades"


def test_an_office_without_plots(qtbot, database, tmp_path):
    page = MapPage(database, layers_folder=tmp_path)
    qtbot.addWidget(page)
    page.show()
    finish(qtbot, page.loading)
    assert len(page.all_plots) == 0 and "No plot has coordinates" in page.view.message
    page.view.viewport().grab()
    assert maps.STATUSES  # nothing drawn, nothing raised
