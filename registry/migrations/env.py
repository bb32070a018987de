"""Alembic environment: runs the migrations on the engine the app hands over."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection, create_engine

from registry.model import Base

config = context.config


def run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=True,
        compare_type=True,
    )
    context.run_migrations()


given = config.attributes.get("connection")
if given is not None:
    # The app's own connection, in the transaction that holds the registry to itself.
    run(given)
else:
    engine = config.attributes.get("engine")
    if engine is None:
        # Command-line use by contributors: `alembic -x url=sqlite:///file revision ...`
        engine = create_engine(context.get_x_argument(as_dictionary=True)["url"])
    with engine.begin() as connection:
        run(connection)
