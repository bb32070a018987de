"""The registry: domain model, storage, legal facts and assessment. No Qt here."""

__version__ = "0.1.0"
