"""The registry's schema: SQLAlchemy 2 typed declarative models.

Constraints that the law or the domain imposes are in the schema (foreign keys, unique names,
check constraints on closed vocabularies), so that no client can store what the code refuses.
Nothing here is specific to one database: the same models run on SQLite and PostgreSQL.
"""

from __future__ import annotations

import datetime as dt
import secrets
from enum import StrEnum
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy import Enum as SAEnum
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from registry.enums import (
    ActivityRole,
    Art9Condition,
    Derogation,
    DpiaStatus,
    LegalBasis,
    LocationKind,
    Mechanism,
    TiaOutcome,
    VendorRole,
    VendorStatus,
)

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def new_row_version() -> int:
    """The version of a record written anew (created, restored or imported).

    Random rather than 1: a form carries the id and version it was read at, and the id alone
    can come back to another record (SQLite hands a freed id out again; an import that
    replaces the registry writes every id anew). A version drawn from 2**62 values never
    matches the one a stale form holds, so its save or delete is refused as a conflict.
    """
    return secrets.randbits(62) + 1


def next_row_version(current: int | None) -> int:
    """The version after ``current`` (None: a new record); see :func:`new_row_version`."""
    return new_row_version() if current is None else current + 1


def enum_column(enum: type[StrEnum], name: str) -> SAEnum:
    """A portable enum column stored as its value, with a CHECK constraint."""
    return SAEnum(
        enum,
        name=name,
        native_enum=False,
        create_constraint=True,
        length=32,
        values_callable=lambda e: [m.value for m in e],
        validate_strings=True,
    )


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map = {dict[str, Any]: JSON, list[str]: JSON, list[dict[str, str]]: JSON}


COUNTRY = String(2)


class Organisation(Base):
    """The company keeping the registry. There is exactly one row (id 1)."""

    __tablename__ = "organisation"
    __table_args__ = (
        CheckConstraint("id = 1", name="single_row"),
        CheckConstraint("is_controller OR is_processor", name="has_role"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, default=1)
    name: Mapped[str] = mapped_column(String(200))
    registration_number: Mapped[str] = mapped_column(String(40), default="")
    address: Mapped[str] = mapped_column(Text, default="")
    country: Mapped[str] = mapped_column(COUNTRY, default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(60), default="")
    website: Mapped[str] = mapped_column(String(300), default="")
    dpo_name: Mapped[str] = mapped_column(String(200), default="")
    dpo_email: Mapped[str] = mapped_column(String(200), default="")
    dpo_phone: Mapped[str] = mapped_column(String(60), default="")
    representative: Mapped[str] = mapped_column(Text, default="")
    supervisory_authority: Mapped[str] = mapped_column(String(200), default="")
    is_controller: Mapped[bool] = mapped_column(default=True)
    is_processor: Mapped[bool] = mapped_column(default=False)
    objection_contact: Mapped[str] = mapped_column(String(200), default="")
    notice_days: Mapped[int] = mapped_column(Integer, default=30)
    review_interval_months: Mapped[int] = mapped_column(Integer, default=12)


class Vendor(Base):
    """A legal entity that receives personal data."""

    __tablename__ = "vendor"
    __table_args__ = (
        CheckConstraint("name <> ''", name="name_not_empty"),
        CheckConstraint("parent_id IS NULL OR parent_id <> id", name="not_own_parent"),
        CheckConstraint(
            "end_date IS NULL OR start_date IS NULL OR end_date >= start_date",
            name="dates_in_order",
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    legal_name: Mapped[str] = mapped_column(String(300), default="")
    former_names: Mapped[list[str]] = mapped_column(default=list)
    registration_number: Mapped[str] = mapped_column(String(60), default="")
    address: Mapped[str] = mapped_column(Text, default="")
    country: Mapped[str] = mapped_column(COUNTRY)
    website: Mapped[str] = mapped_column(String(500), default="")
    privacy_url: Mapped[str] = mapped_column(String(500), default="")
    dpa_url: Mapped[str] = mapped_column(String(500), default="")
    contact_email: Mapped[str] = mapped_column(String(200), default="")
    role: Mapped[VendorRole] = mapped_column(
        enum_column(VendorRole, "vendor_role"), default=VendorRole.PROCESSOR
    )
    status: Mapped[VendorStatus] = mapped_column(
        enum_column(VendorStatus, "vendor_status"), default=VendorStatus.ACTIVE
    )
    start_date: Mapped[dt.date | None] = mapped_column(Date)
    end_date: Mapped[dt.date | None] = mapped_column(Date)
    parent_id: Mapped[int | None] = mapped_column(
        ForeignKey("vendor.id", ondelete="RESTRICT"), index=True
    )
    descriptions: Mapped[dict[str, Any]] = mapped_column(default=dict)
    """Public description per language code (en, nb, da, sv, fi): shown to customers."""
    internal_notes: Mapped[str] = mapped_column(Text, default="")
    """Never published."""
    certifications: Mapped[list[str]] = mapped_column(default=list)
    last_reviewed: Mapped[dt.date | None] = mapped_column(Date)
    next_review: Mapped[dt.date | None] = mapped_column(Date)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)
    row_version: Mapped[int] = mapped_column(BigInteger)

    __mapper_args__ = {"version_id_col": row_version, "version_id_generator": next_row_version}

    parent: Mapped[Vendor | None] = relationship(
        remote_side="Vendor.id", back_populates="children"
    )
    children: Mapped[list[Vendor]] = relationship(back_populates="parent")
    locations: Mapped[list[Location]] = relationship(
        back_populates="vendor", cascade="all, delete-orphan", order_by="Location.id"
    )
    safeguards: Mapped[list[Safeguard]] = relationship(
        back_populates="vendor", cascade="all, delete-orphan", order_by="Safeguard.country"
    )
    dpa: Mapped[Dpa | None] = relationship(
        back_populates="vendor", cascade="all, delete-orphan", uselist=False
    )
    service_links: Mapped[list[ServiceVendor]] = relationship(
        back_populates="vendor", cascade="all, delete-orphan"
    )


class Location(Base):
    """Where a vendor processes, stores or can access the data."""

    __tablename__ = "location"
    __table_args__ = (UniqueConstraint("vendor_id", "country", "kind", "detail"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    vendor_id: Mapped[int] = mapped_column(
        ForeignKey("vendor.id", ondelete="CASCADE"), index=True
    )
    country: Mapped[str] = mapped_column(COUNTRY)
    kind: Mapped[LocationKind] = mapped_column(enum_column(LocationKind, "location_kind"))
    detail: Mapped[str] = mapped_column(String(300), default="")

    vendor: Mapped[Vendor] = relationship(back_populates="locations")


class Safeguard(Base):
    """How a third-country destination of a vendor is covered."""

    __tablename__ = "safeguard"
    __table_args__ = (
        UniqueConstraint("vendor_id", "country"),
        CheckConstraint("scc_module IS NULL OR scc_module BETWEEN 1 AND 4", name="scc_module"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    vendor_id: Mapped[int] = mapped_column(
        ForeignKey("vendor.id", ondelete="CASCADE"), index=True
    )
    country: Mapped[str] = mapped_column(COUNTRY)
    mechanism: Mapped[Mechanism] = mapped_column(enum_column(Mechanism, "mechanism"))
    scc_module: Mapped[int | None] = mapped_column(Integer)
    derogation: Mapped[Derogation | None] = mapped_column(enum_column(Derogation, "derogation"))
    dpf_certified: Mapped[bool] = mapped_column(default=False)
    dpf_checked: Mapped[dt.date | None] = mapped_column(Date)
    tia_date: Mapped[dt.date | None] = mapped_column(Date)
    tia_outcome: Mapped[TiaOutcome | None] = mapped_column(enum_column(TiaOutcome, "tia_outcome"))
    supplementary_measures: Mapped[str] = mapped_column(Text, default="")
    documents: Mapped[str] = mapped_column(Text, default="")

    vendor: Mapped[Vendor] = relationship(back_populates="safeguards")


class Dpa(Base):
    """The data processing agreement (Art. 28(3)) with a vendor."""

    __tablename__ = "dpa"
    __table_args__ = (
        CheckConstraint("notice_days IS NULL OR notice_days >= 0", name="notice_days"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    vendor_id: Mapped[int] = mapped_column(
        ForeignKey("vendor.id", ondelete="CASCADE"), unique=True
    )
    signed_date: Mapped[dt.date | None] = mapped_column(Date)
    version: Mapped[str] = mapped_column(String(60), default="")
    reference: Mapped[str] = mapped_column(Text, default="")
    review_date: Mapped[dt.date | None] = mapped_column(Date)
    notice_days: Mapped[int | None] = mapped_column(Integer)

    vendor: Mapped[Vendor] = relationship(back_populates="dpa")


class Service(Base):
    """A product or service of the organisation, built on vendors."""

    __tablename__ = "service"
    __table_args__ = (CheckConstraint("name <> ''", name="name_not_empty"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    description: Mapped[str] = mapped_column(Text, default="")
    row_version: Mapped[int] = mapped_column(BigInteger)

    __mapper_args__ = {"version_id_col": row_version, "version_id_generator": next_row_version}

    vendor_links: Mapped[list[ServiceVendor]] = relationship(
        back_populates="service", cascade="all, delete-orphan"
    )


class ServiceVendor(Base):
    """A service uses a vendor for a purpose."""

    __tablename__ = "service_vendor"

    service_id: Mapped[int] = mapped_column(
        ForeignKey("service.id", ondelete="CASCADE"), primary_key=True
    )
    vendor_id: Mapped[int] = mapped_column(
        ForeignKey("vendor.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    purpose: Mapped[str] = mapped_column(Text, default="")

    service: Mapped[Service] = relationship(back_populates="vendor_links")
    vendor: Mapped[Vendor] = relationship(back_populates="service_links")


class Activity(Base):
    """One Article 30 record of processing."""

    __tablename__ = "activity"
    __table_args__ = (CheckConstraint("name <> ''", name="name_not_empty"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    role: Mapped[ActivityRole] = mapped_column(
        enum_column(ActivityRole, "activity_role"), default=ActivityRole.CONTROLLER
    )
    business_function: Mapped[str] = mapped_column(String(200), default="")
    purposes: Mapped[str] = mapped_column(Text, default="")
    legal_basis: Mapped[LegalBasis | None] = mapped_column(enum_column(LegalBasis, "legal_basis"))
    legal_basis_detail: Mapped[str] = mapped_column(Text, default="")
    legitimate_interests: Mapped[str] = mapped_column(Text, default="")
    art9_condition: Mapped[Art9Condition] = mapped_column(
        enum_column(Art9Condition, "art9_condition"), default=Art9Condition.NONE
    )
    data_subjects: Mapped[list[str]] = mapped_column(default=list)
    data_categories: Mapped[list[str]] = mapped_column(default=list)
    recipients: Mapped[list[str]] = mapped_column(default=list)
    retention: Mapped[list[dict[str, str]]] = mapped_column(default=list)
    """Erasure time limits: ``[{"category": ..., "period": ...}]`` (Art. 30(1)(f))."""
    security_measures: Mapped[str] = mapped_column(Text, default="")
    source: Mapped[str] = mapped_column(Text, default="")
    rights: Mapped[str] = mapped_column(Text, default="")
    automated_decisions: Mapped[str] = mapped_column(Text, default="")
    transfer_notes: Mapped[str] = mapped_column(Text, default="")
    """Documentation of Art. 49(1) second-subparagraph transfers (Art. 30(1)(e))."""
    dpia_status: Mapped[DpiaStatus] = mapped_column(
        enum_column(DpiaStatus, "dpia_status"), default=DpiaStatus.NOT_REQUIRED
    )
    dpia_link: Mapped[str] = mapped_column(String(500), default="")
    controllers: Mapped[list[dict[str, str]]] = mapped_column(default=list)
    """For processor activities: ``[{"name": ..., "contact": ...}]`` of each controller or
    customer group on whose behalf it is done (Art. 30(2)(a))."""
    joint_controllers: Mapped[str] = mapped_column(Text, default="")
    last_reviewed: Mapped[dt.date | None] = mapped_column(Date)
    next_review: Mapped[dt.date | None] = mapped_column(Date)
    row_version: Mapped[int] = mapped_column(BigInteger)

    __mapper_args__ = {"version_id_col": row_version, "version_id_generator": next_row_version}

    vendor_links: Mapped[list[ActivityVendor]] = relationship(
        cascade="all, delete-orphan", back_populates="activity"
    )
    service_links: Mapped[list[ActivityService]] = relationship(
        cascade="all, delete-orphan", back_populates="activity"
    )


class ActivityVendor(Base):
    __tablename__ = "activity_vendor"

    activity_id: Mapped[int] = mapped_column(
        ForeignKey("activity.id", ondelete="CASCADE"), primary_key=True
    )
    vendor_id: Mapped[int] = mapped_column(
        ForeignKey("vendor.id", ondelete="CASCADE"), primary_key=True, index=True
    )

    activity: Mapped[Activity] = relationship(back_populates="vendor_links")
    vendor: Mapped[Vendor] = relationship()


class ActivityService(Base):
    __tablename__ = "activity_service"

    activity_id: Mapped[int] = mapped_column(
        ForeignKey("activity.id", ondelete="CASCADE"), primary_key=True
    )
    service_id: Mapped[int] = mapped_column(
        ForeignKey("service.id", ondelete="CASCADE"), primary_key=True, index=True
    )

    activity: Mapped[Activity] = relationship(back_populates="service_links")
    service: Mapped[Service] = relationship()


class Change(Base):
    """One recorded change: when, who, what, old and new value."""

    __tablename__ = "change"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, index=True)
    who: Mapped[str] = mapped_column(String(100), default="")
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[int | None] = mapped_column(Integer)
    record: Mapped[str] = mapped_column(String(300), default="")
    action: Mapped[str] = mapped_column(String(20))
    field: Mapped[str] = mapped_column(String(60), default="")
    old: Mapped[str | None] = mapped_column(Text)
    new: Mapped[str | None] = mapped_column(Text)
