"""sqltune: make your own text-to-SQL model from a small open model."""

__version__ = "0.1.0"
