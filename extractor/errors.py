"""The project's own error types: every failure a user can meet is one of these.

Each error has a short stable ``code`` (used in batch error records) and a one-line
message meant for people. Nothing else escapes ``extract``/``extract_file``.
"""

from __future__ import annotations


class ExtractorError(Exception):
    """Base class: a clear, one-line, user-facing failure."""

    code = "error"

    def __init__(self, message: str) -> None:
        super().__init__(message.replace("\n", " "))

    @property
    def message(self) -> str:
        return str(self.args[0])


class InputError(ExtractorError):
    """The input cannot be read as an article."""

    code = "input_error"


class MissingFileError(InputError):
    code = "missing_file"


class EmptyInputError(InputError):
    code = "empty_input"


class NotTextError(InputError):
    code = "not_text"


class TooLargeError(InputError):
    code = "too_large"


class DecodeError(InputError):
    code = "decode_error"


class PatternError(ExtractorError):
    """A pattern file is malformed (bad YAML/JSON, bad regex, failing inline example)."""

    code = "pattern_error"


class TimedOutError(ExtractorError):
    """An input took longer than the batch's per-input time limit (``--timeout``)."""

    code = "timeout"


class InternalError(ExtractorError):
    """A bug: reported as one line (and an error record in batch), never a traceback."""

    code = "internal_error"


def from_os_error(name: object, exc: OSError, what: str = "an article file") -> InputError:
    """The one-line input error for a file that cannot be opened or read."""
    if isinstance(exc, FileNotFoundError):
        return MissingFileError(f"{name}: no such file")
    if isinstance(exc, IsADirectoryError):
        return InputError(f"{name}: is a folder, not {what}")
    if isinstance(exc, PermissionError):
        return InputError(f"{name}: permission denied")
    return InputError(f"{name}: cannot read ({exc.strerror or exc})")
