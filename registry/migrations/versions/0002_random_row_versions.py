"""row versions are 64-bit: a record written anew gets a random version

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-02 16:00:00

A form keeps the id and version it was read at. SQLite hands a freed id out again, and an
import that replaces the registry writes every id anew, so a version that starts at 1 let a
stale form's save land on another record with the same id. New records now start at a random
version of up to 2**62 (registry.model.new_row_version), which needs a BIGINT on PostgreSQL.
SQLite stores every INTEGER in up to 64 bits already: its tables are left as they are.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None

TABLES = ("vendor", "service", "activity")


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        return
    for table in TABLES:
        op.alter_column(table, "row_version", type_=sa.BigInteger(),
                        existing_type=sa.Integer(), existing_nullable=False)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        return
    for table in TABLES:
        op.alter_column(table, "row_version", type_=sa.Integer(),
                        existing_type=sa.BigInteger(), existing_nullable=False)
