"""Persistence: SQLAlchemy models, the Store (engine + sessions), every query,
and the Alembic migrations. Nothing above this package builds SQL."""
