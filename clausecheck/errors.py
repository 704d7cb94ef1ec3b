"""One base error for everything a user can be told about; one subclass per stage.

The CLI and the web app catch `ClausecheckError` and show its message: never a stack trace.
"""


class ClausecheckError(Exception):
    """An error with a message meant for the user."""


class InputError(ClausecheckError):
    """The file cannot be analysed: missing, not a PDF, encrypted, no text, malformed."""

    def __init__(self, filename: str, state: str, reason: str) -> None:
        self.filename = filename
        self.state = state  # not_pdf | password_required | no_text | unreadable | too_complex | missing
        self.reason = reason
        super().__init__(f"{filename}: {reason}")


class ModelMissingError(ClausecheckError):
    """The embedding model is not where we looked."""


class ConfigError(ClausecheckError):
    """A settings, playbook or prompt file is invalid."""


class NotFoundError(ClausecheckError):
    """No stored document has that id."""


class IntegrityError(ClausecheckError):
    """A stored original no longer matches the sha256 recorded when it was analysed."""


class ReviewError(ClausecheckError):
    """A reviewer's decision or a new vendor name that cannot be taken (unknown topic or stance)."""
