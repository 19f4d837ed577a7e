"""WARC files -> HTML responses: what is yielded, what is skipped, what is an error."""

from __future__ import annotations

import gzip
from io import BytesIO
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from extractor.errors import InputError
from extractor.warc import WarcRecord, iter_records

PAGE_1 = "<html><body><p>Đảng bộ thành phố Hà Nội đạt 94% kế hoạch.</p></body></html>".encode()
PAGE_2 = b"<html><body><p>Ket nap 12.064 dang vien.</p></body></html>"
PNG = b"\x89PNG\r\n\x1a\n" + bytes(200)


def _response(
    writer: WARCWriter,
    url: str,
    body: bytes,
    content_type: str | None,
    status: str = "200 OK",
    extra: list[tuple[str, str]] | None = None,
) -> str:
    headers = [("Content-Type", content_type)] if content_type else []
    http = StatusAndHeaders(status, headers + (extra or []), protocol="HTTP/1.1")
    record = writer.create_warc_record(url, "response", payload=BytesIO(body), http_headers=http)
    writer.write_record(record)
    return str(record.rec_headers.get_header("WARC-Record-ID"))


def _request(writer: WARCWriter, url: str) -> None:
    http = StatusAndHeaders("GET / HTTP/1.1", [("Host", "x.vn")], is_http_request=True)
    record = writer.create_warc_record(url, "request", payload=BytesIO(b""), http_headers=http)
    writer.write_record(record)


def build(path: Path, *, gzipped: bool = True) -> list[tuple[str, str]]:
    """2 HTML responses, 1 image response, 1 request; returns the HTML (record id, url)."""
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=gzipped)
        _request(writer, "https://hanoimoi.com.vn/a.html")
        first = _response(writer, "https://hanoimoi.com.vn/a.html", PAGE_1, "text/html; charset=utf-8")
        _response(writer, "https://hanoimoi.com.vn/logo.png", PNG, "image/png")
        second = _response(writer, "https://hanoimoi.com.vn/b.html", PAGE_2, "text/html")
    return [
        (first, "https://hanoimoi.com.vn/a.html"),
        (second, "https://hanoimoi.com.vn/b.html"),
    ]


@pytest.mark.parametrize("gzipped", [True, False], ids=["warc.gz", "warc"])
def test_yields_only_html_responses(tmp_path: Path, gzipped: bool) -> None:
    path = tmp_path / ("crawl.warc.gz" if gzipped else "crawl.warc")
    expected = build(path, gzipped=gzipped)
    records = list(iter_records(str(path)))
    assert [(r.record_id, r.url) for r in records] == expected
    assert all(r.record_id.startswith("<urn:uuid:") for r in records)
    assert [r.data for r in records] == [PAGE_1, PAGE_2]
    assert [r.content_type for r in records] == ["text/html; charset=utf-8", "text/html"]


def test_record_is_frozen(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc.gz"
    build(path)
    record = next(iter_records(path))
    assert isinstance(record, WarcRecord)
    with pytest.raises(AttributeError):
        record.url = "x"  # type: ignore[misc]


@pytest.mark.parametrize(
    ("content_type", "status", "extra", "body", "yielded"),
    [
        (None, "200 OK", [], PAGE_2, PAGE_2),  # no content type: may be a page
        ("TEXT/HTML; charset=windows-1258", "200 OK", [], PAGE_2, PAGE_2),
        ("application/xhtml+xml", "200 OK", [], PAGE_2, PAGE_2),
        ("text/html", "200 OK", [("Content-Encoding", "gzip")], gzip.compress(PAGE_1), PAGE_1),
        ("text/html", "301 Moved Permanently", [("Location", "/b")], b"<a href=/b>b</a>", None),
        ("text/html", "404 Not Found", [], b"<h1>Not found</h1>", None),
        ("application/javascript", "200 OK", [], b"var x = 1;", None),
        ("application/json", "200 OK", [], b'{"rate": "99%"}', None),
    ],
    ids=["no-type", "upper-case", "xhtml", "gzip-encoded", "redirect", "not-found", "js", "json"],
)
def test_which_responses_are_pages(
    tmp_path: Path,
    content_type: str | None,
    status: str,
    extra: list[tuple[str, str]],
    body: bytes,
    yielded: bytes | None,
) -> None:
    path = tmp_path / "one.warc.gz"
    with path.open("wb") as out:
        _response(WARCWriter(out, gzip=True), "https://x.vn/p", body, content_type, status, extra)
    assert [r.data for r in iter_records(path)] == ([yielded] if yielded is not None else [])


def test_empty_file_has_no_records(tmp_path: Path) -> None:
    path = tmp_path / "empty.warc"
    path.write_bytes(b"")
    assert list(iter_records(path)) == []


def test_streams_without_reading_ahead(tmp_path: Path) -> None:
    """The first page comes out before a damaged end is reached."""
    path = tmp_path / "crawl.warc.gz"
    build(path)
    path.write_bytes(path.read_bytes() + b"garbage after the last record")
    records = iter_records(path)
    assert next(records).data == PAGE_1
    assert next(records).data == PAGE_2
    with pytest.raises(InputError, match="crawl.warc.gz"):
        next(records)


@pytest.mark.parametrize("gzipped", [True, False], ids=["warc.gz", "warc"])
@pytest.mark.parametrize("keep", [0.25, 0.5, 0.9])
def test_truncated_file(tmp_path: Path, gzipped: bool, keep: float) -> None:
    whole = tmp_path / "whole.warc"
    build(whole, gzipped=gzipped)
    data = whole.read_bytes()
    path = tmp_path / "cut.warc.gz"
    path.write_bytes(data[: int(len(data) * keep)])
    with pytest.raises(InputError) as err:
        list(iter_records(path))
    assert str(path) in err.value.message
    assert "\n" not in err.value.message


@pytest.mark.parametrize(
    "content",
    [
        b"this is not a web archive at all\n" * 10,
        bytes(range(256)) * 4,
        b"\x1f\x8b\x08\x00garbage-gzip",
        b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 99999\r\n\r\nshort",
        b"WARC/1.0\r\nWARC-Type: response\r\n\r\n<html></html>",
    ],
    ids=["text", "binary", "bad-gzip", "short-block", "no-length"],
)
def test_garbage_file(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "junk.warc.gz"
    path.write_bytes(content)
    with pytest.raises(InputError) as err:
        list(iter_records(path))
    assert err.value.message.startswith(str(path))
    assert "\n" not in err.value.message


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        list(iter_records(tmp_path / "nope.warc.gz"))
    with pytest.raises(InputError, match="folder"):
        list(iter_records(tmp_path))
