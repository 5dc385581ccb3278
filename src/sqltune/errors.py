"""One error type for everything a user can fix; the CLI prints it as one line, no traceback."""


class SqltuneError(Exception):
    """A problem with the user's input, files or environment. The message says what and what to do."""
