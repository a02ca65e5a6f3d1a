"""A team server for the tests: a database made by the script of `venueplan server-setup
--print-sql` (run with psql), the sample copied in, people in events of two organisations,
and a login per organisation, one for IT and one without an organisation."""

from __future__ import annotations

import itertools
import re
import subprocess

import psycopg

from app.application import run
from app.application.registrations import AddRegistration
from app.cli import main
from app.domain import Registration
from app.storage import Project
from app.storage.server_setup import setup_sql

# The sample's organisers: events 1-3 are KKR Hovedstaden's, event 4 KKR Midtjylland's.
ORG_A, ORG_B = "KKR Hovedstaden", "KKR Midtjylland"
EVENT_A, EVENT_B = 1, 4
PEOPLE_A = ["Astrid Aagaardsholm", "Anders Abildskovgaard", "Asger Ahlefeldtsen"]
PEOPLE_B = ["Bente Bruunshøj", "Bjarke Bechsgaard"]
_logins = itertools.count(1)


def run_script(cluster, database: str) -> subprocess.CompletedProcess[str]:
    """The script through psql, as the README tells IT to run it."""
    return subprocess.run(
        [str(cluster.bin / "psql"), "-X", "-q", "-v", "ON_ERROR_STOP=1"]
        + ["-h", "127.0.0.1", "-p", str(cluster.port), "-U", "venueplan_admin", "-d", database],
        input=setup_sql(),
        capture_output=True,
        text=True,
        timeout=120,
    )


def person(name: str, event_id: int) -> Registration:
    first, last = name.split()
    return Registration(
        event_id=event_id,
        first_name=first,
        last_name=last,
        full_name=name,
        email=f"{first.lower()}@example.dk",
        organisation="Egedal Kommune",
        dietary="Vegetar",
    )


class TeamServer:
    """A database made by the script, the sample copied in with registrations in events of
    both organisations, a table plan for A's event, and one login per organisation."""

    def __init__(self, cluster, sample_path) -> None:
        self.cluster = cluster
        self.db = cluster.new_database("team")
        done = run_script(cluster, self.db)
        assert done.returncode == 0, done.stderr
        n = next(_logins)
        self.coord_a, self.coord_b = f"coord_a{n}", f"coord_b{n}"
        # IT's own login: a member of the owner role moves the project in, as the README says.
        self.it_admin, self.nobody = f"it_admin{n}", f"nobody{n}"
        with cluster.admin(self.db) as conn:
            conn.execute(f"CREATE ROLE {self.it_admin} LOGIN IN ROLE venueplan_owner")
            # A coordinator IT has not yet given an organisation.
            conn.execute(f"CREATE ROLE {self.nobody} LOGIN IN ROLE venueplan_coordinator")
        # `venueplan copy` into the scripted database, as the README tells IT to.
        assert main(["copy", str(sample_path), self.url(self.it_admin)]) == 0
        with cluster.admin(self.db) as conn:
            for login, org in ((self.coord_a, ORG_A), (self.coord_b, ORG_B)):
                conn.execute(f"CREATE ROLE {login} LOGIN IN ROLE venueplan_coordinator")
                conn.execute(
                    "INSERT INTO coordinators (role_name, organisation) VALUES (%s, %s)",
                    (login, org),
                )
        # The people go in through the app, as IT's login.
        with Project.open(self.url(self.it_admin)) as owner:
            assert owner.organisations is None
            for names, event_id in ((PEOPLE_A, EVENT_A), (PEOPLE_B, EVENT_B)):
                for name in names:
                    run(owner, AddRegistration(event_id, person(name, event_id)))
            ids = [r.id for r in owner.registrations.for_event(EVENT_A)]
            assert main(["tables", self.url(self.it_admin), "--event", str(EVENT_A)]
                        + ["--tables", "2", "--seats", "4", "--together", f"{ids[0]},{ids[1]}"]) == 0  # fmt: skip

    def url(self, login: str) -> str:
        return self.cluster.url(self.db, user=login)

    def sql(self, login: str) -> psycopg.Connection:
        return psycopg.connect(
            host="127.0.0.1", port=self.cluster.port, user=login, dbname=self.db, autocommit=True
        )

    def every_row_as_text(self, login: str | None = None) -> str:
        """Every row of every table this login may read, as one text."""
        conn = self.sql(login) if login else self.cluster.admin(self.db)
        with conn:
            tables = [
                t
                for (t,) in conn.execute(
                    "SELECT table_name FROM information_schema.tables "
                    "WHERE table_schema = 'public' ORDER BY table_name"
                )
            ]
            out = []
            for table in tables:
                rows = conn.execute(f'SELECT * FROM "{table}"').fetchall()
                out.append(f"{table}: {rows!r}")
        return "\n".join(out)


def names(text: str, people: list[str]) -> list[str]:
    """The people of `people` that `text` names: by first name, last name or e-mail."""
    return [
        name
        for name in people
        if any(
            re.search(rf"\b{re.escape(part)}\b", text)
            for part in (*name.split(), person(name, 0).email)
        )
    ]
