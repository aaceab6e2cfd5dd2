"""`conservation-desk init` on both engines, the office code in the numbers made offline, and
the command line given a postgresql:// address."""

import subprocess
import sys
from datetime import date

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

import desktop.db.models  # noqa: F401
from desktop.cli import main
from desktop.db import migrate
from desktop.db.base import Base
from desktop.db.engine import Database
from desktop.db.location import DatabaseUrl
from desktop.db.search_index import include_object
from desktop.services import agreements as ag
from desktop.services import registry
from desktop.services.database import DatabaseProblem
from desktop.services.errors import ValidationError
from desktop.services.office import initialise, office_of
from tests.conftest import head
from tests.services.cooperative.builders import deliver, make_cooperative, make_member, make_plot


@pytest.fixture(params=["sqlite", "postgresql"])
def empty_location(request, tmp_path):
    if request.param == "sqlite":
        return tmp_path / "laptop.sqlite"
    return DatabaseUrl(request.getfixturevalue("new_pg_url")())


def test_init_makes_an_empty_database_at_the_head_with_its_office(empty_location):
    where = initialise(empty_location, " lim1 ", "Oficina Lima")
    database = Database(where)
    try:
        assert migrate.current_revision(database.engine) == migrate.head_revision()
        with database.engine.connect() as connection:
            context = MigrationContext.configure(connection, opts={
                "compare_type": True, "include_object": include_object})
            assert compare_metadata(context, Base.metadata) == []
        with database.session() as session:
            assert office_of(session) == ("LIM1", "Oficina Lima")
            assert registry.count_families(session) == 0
    finally:
        database.close()
    with pytest.raises(DatabaseProblem, match="already holds a Conservation Desk database"):
        initialise(where, "LIM2")


@pytest.mark.parametrize("code", ["X", "LIMA123", "LÍM", "LI-1"])
def test_a_bad_office_code_is_refused_before_anything_is_written(tmp_path, code):
    with pytest.raises(ValidationError, match="2 to 6 letters or digits"):
        initialise(tmp_path / "laptop.sqlite", code)
    assert list(tmp_path.iterdir()) == []


def test_numbers_made_offline_carry_the_office_code(db_location):
    initialised = Database(db_location)
    with initialised.session() as session:
        from desktop.services.office import set_office
        community = registry.save_community(session, {"name": "Alto Mayo", "zone": "buffer"})
        before = registry.create_family(session, {"community_id": community.id,
                                                  "inside_forest": True}, head())
        assert before.code == "F-000001"  # no office: today's numbers
        set_office(session, "tar2")
        family = registry.create_family(session, {"community_id": community.id,
                                                  "inside_forest": True},
                                        head(dni="87654321", given_names="Rosa", sex="F"))
        second = registry.create_family(session, {"community_id": community.id,
                                                  "inside_forest": False},
                                        head(dni="87654322", given_names="Luz", sex="F"))
        assert (family.code, second.code) == ("F-TAR2-000001", "F-TAR2-000002")
        assert registry.next_family_code(session) == "F-TAR2-000003"
        plot = make_plot(session, family)
        registry.add_plot(session, family.id, {"name": "Monte", "area_ha": "3.5",
                                               "land_use": "forest"})
        agreement = ag.create_agreement(session, family.id, {
            "start_date": date(2026, 1, 1), "end_date": date(2026, 12, 31)})
        assert agreement.number == "AC-TAR2-2026-0001"
        ag.sign(session, agreement.id, date(2026, 1, 5))
        assert agreement.status == "signed"
        coop = make_cooperative(session)
        delivery = deliver(session, coop, make_member(session, coop, family), plot)
        assert delivery.receipt_number == f"COOPBAM-TAR2-{delivery.delivered_on.year}-000001"
    initialised.close()


def test_the_command_line_takes_a_postgresql_address(new_pg_url, tmp_path, capsys):
    url = new_pg_url()
    assert main(["--lang", "es", "init", "--db", url, "--office", "CEN", "--name",
                 "Sede central"]) == 0
    assert "CEN" in capsys.readouterr().out
    assert main(["--lang", "en", "init", "--db", url]) == 1
    assert "already holds" in capsys.readouterr().err
    out = tmp_path / "summary.xlsx"
    assert main(["--lang", "en", "export", "summary", "--db", url, "--out", str(out)]) == 0
    assert out.stat().st_size > 0
    assert main(["--lang", "es", "backups", "--db", url]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "pg_dump" in err[0]
    unreachable = url.rsplit(":", 1)[0] + ":1/nothing"
    result = subprocess.run([sys.executable, "-m", "desktop", "--lang", "en", "export", "summary", "--db",
                             unreachable, "--out", str(tmp_path / "x.xlsx")],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "cannot be reached" in result.stderr
