"""Web archives (.warc, .warc.gz) -> the HTML pages they hold, one record at a time.

Takes: the path of a WARC file. Yields: a :class:`WarcRecord` per ``response`` record
whose HTTP status is 2xx and whose content type is HTML (or not stated), with the
HTTP payload decoded from any transfer/content encoding. Requests, metadata,
revisits, images, scripts etc. are skipped. The file is streamed, never read whole.
Errors: :class:`~extractor.errors.InputError` with a one-line message naming the file.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, BinaryIO

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from .errors import InputError, from_os_error

#: HTTP content types read as HTML pages (the part before any ";").
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})

_MAX_PADDING = 64  # blank lines a writer may leave after the last record


@dataclass(frozen=True)
class WarcRecord:
    """One archived HTML page."""

    record_id: str  # WARC-Record-ID, e.g. "<urn:uuid:...>"
    url: str | None  # WARC-Target-URI
    data: bytes  # the HTTP payload body, as the server sent the page
    content_type: str | None  # the HTTP Content-Type header, e.g. "text/html; charset=utf-8"


def iter_records(path: str | os.PathLike[str]) -> Iterator[WarcRecord]:
    """Yield the HTML responses of the WARC file at ``path``, in file order.

    Raises :class:`InputError` (lazily, when iteration reaches the problem) for a
    missing or unreadable file, something that is not a WARC file, and a damaged or
    truncated one. Pages before the damage have been yielded by then.
    """
    name = os.fspath(path)
    try:
        with open(name, "rb") as stream:
            size = os.fstat(stream.fileno()).st_size
            records = ArchiveIterator(stream, check_digests=True)  # noted, never raised
            end = 0
            for record in records:
                page = _page(record)
                # reads the rest of the record: where it ends, and whether it was all there
                end = records.get_record_offset() + records.get_record_length()
                problem = _damage(record)
                if problem:
                    raise InputError(f"{name}: truncated or damaged WARC file ({problem})")
                if page is not None:
                    yield page
            if _unread(stream, end, size):
                raise InputError(
                    f"{name}: truncated or damaged WARC file (no complete record after byte {end})"
                )
    except InputError:
        raise
    except (FileNotFoundError, IsADirectoryError, PermissionError) as exc:
        raise from_os_error(name, exc, "a WARC file") from None
    except ArchiveLoadFailed as exc:
        raise InputError(f"{name}: not a readable WARC file ({_first_line(exc)})") from None
    except Exception as exc:  # noqa: BLE001 - warcio's parser fails in many ways on junk
        raise InputError(f"{name}: damaged WARC file ({_first_line(exc)})") from None


def _unread(stream: BinaryIO, end: int, size: int) -> bool:
    """Is there more than blank padding after the last whole record (at ``end``)?"""
    if size - end > _MAX_PADDING:
        return True
    stream.seek(end)
    return bool(stream.read(_MAX_PADDING).strip())


def _damage(record: Any) -> str | None:
    """Why a fully read record cannot be whole (missing bytes, bad block digest), or None."""
    record_id = record.rec_headers.get_header("WARC-Record-ID") or "a record"
    if not str(record.rec_headers.get_header("Content-Length") or "").strip().isdigit():
        return f"{record_id} has no valid Content-Length"
    if getattr(record.raw_stream, "limit", 0) > 0:
        return f"{record_id} ends early"
    checker = getattr(record, "digest_checker", None)
    # block digests cover the bytes as stored; payload digests are left alone, as some
    # crawlers compute them over the de-chunked body
    if checker is not None and any(str(p).startswith("block digest") for p in checker.problems):
        return f"{record_id} fails its block digest"
    return None


def _page(record: Any) -> WarcRecord | None:
    """The record as a :class:`WarcRecord` if it is an HTML response, else None."""
    if record.rec_type != "response":
        return None
    http = record.http_headers
    if http is not None:
        status = str(http.get_statuscode() or "")
        if status and not status.startswith("2"):
            return None  # redirects and errors carry no article
        content_type = http.get_header("Content-Type")
    else:  # not HTTP (e.g. dns:): the WARC header says what the block is
        content_type = record.rec_headers.get_header("Content-Type")
    if content_type and content_type.split(";")[0].strip().lower() not in HTML_TYPES:
        return None
    data = record.content_stream().read()
    return WarcRecord(
        record_id=str(record.rec_headers.get_header("WARC-Record-ID") or ""),
        url=record.rec_headers.get_header("WARC-Target-URI"),
        data=bytes(data),
        content_type=content_type,
    )


def _first_line(exc: BaseException, limit: int = 80) -> str:
    text = (str(exc).strip() or type(exc).__name__).splitlines()[0]
    return text if len(text) <= limit else text[: limit - 1] + "…"
