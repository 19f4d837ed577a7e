"""The seed article however it arrives: every encoding, NFD, messy whitespace, an HTML page
with site chrome, a WARC record. All give the seed's 19 organization figures and 8 totals.

The fixtures are generated from the one seed text by ``tests/make_fixtures.py``.
"""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner
from warcio.archiveiterator import ArchiveIterator

from extractor import Extraction, extract, extract_file
from extractor.cli import app
from extractor.pipeline import run
from extractor.reader import read_bytes
from extractor.warc import iter_records
from tests.conftest import SEED
from tests.golden import check_document
from tests.make_fixtures import (
    CHROME_TEXT,
    FIXTURES,
    PUBLISHED,
    SEED_CHROME,
    TARGET_URI,
    URL,
    build,
    seed_text,
)

runner = CliRunner()

TEXT_FIXTURES = [name for name in FIXTURES if name not in ("html", "warc")]

# Figures that only the page's chrome has: related news, comments, sidebars, scripts.
CHROME_PERCENTS = {99, 87, 91, 105, 123, 66, 77}
CHROME_NAMES = ("Hoàn Kiếm", "Ba Vì", "Sóc Sơn", "Long Biên", "Gia Lâm")
CHROME_VALUES = {1234, 4321}


@pytest.fixture(scope="session")
def fixtures(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return build(tmp_path_factory.mktemp("fixtures"))


@pytest.fixture(scope="session")
def seed() -> Extraction:
    return extract_file(SEED)


def orgs(result: Extraction) -> list[tuple[str, float, str | None]]:
    return [(o.name, o.percent, o.group) for o in result.organizations]


def totals(result: Extraction) -> list[tuple[float, str, str, str, str | None]]:
    return [(t.value, t.unit, t.qualifier, t.kind, t.period) for t in result.totals]


def without_source(result: Extraction) -> dict[str, Any]:
    dump = result.model_dump()
    del dump["source"]
    return dump


# --- the seed itself ----------------------------------------------------------------------


def test_seed_counts(seed: Extraction) -> None:
    assert len(seed.organizations) == 19 and len(seed.totals) == 8
    check_document(seed)


def test_seed_trailing_chrome_is_dropped(seed: Extraction) -> None:
    raw_lines = seed_text().split("\n")
    assert all(line in raw_lines for line in SEED_CHROME)  # the seed really ends with them
    lines = seed.text.split("\n")
    assert not [line for line in SEED_CHROME if line in lines]
    assert seed.text.endswith("hoàn thành kế hoạch đề ra.")


# --- every encoding and Unicode form ------------------------------------------------------


@pytest.mark.parametrize("name", TEXT_FIXTURES)
def test_text_fixture_gives_the_seed(fixtures: dict[str, Path], seed: Extraction, name: str) -> None:
    result = extract_file(fixtures[name])
    assert result.source.encoding == FIXTURES[name][1]
    assert result.source.format == "text"
    assert orgs(result) == orgs(seed)
    assert totals(result) == totals(seed)
    assert len(result.organizations) == 19 and len(result.totals) == 8
    check_document(result)
    # the same normalized text, hence the same offsets, sentences and everything else
    assert without_source(result) == without_source(seed)


def test_nfd_and_nfc_identical_apart_from_sha256(fixtures: dict[str, Path]) -> None:
    nfc = extract_file(fixtures["utf8"]).model_dump()
    nfd = extract_file(fixtures["nfd"]).model_dump()
    assert nfc["source"]["sha256"] != nfd["source"]["sha256"]
    for doc in (nfc, nfd):
        del doc["source"]["sha256"], doc["source"]["path"]
    assert nfc == nfd


def test_nfd_string_through_extract(seed: Extraction) -> None:
    import unicodedata

    result = extract(unicodedata.normalize("NFD", seed_text()))
    assert orgs(result) == orgs(seed) and totals(result) == totals(seed)
    assert result.text == seed.text


# --- HTML ---------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def page(fixtures: dict[str, Path]) -> Extraction:
    return extract_file(fixtures["html"])


def test_html_gives_the_seed(page: Extraction, seed: Extraction) -> None:
    assert orgs(page) == orgs(seed)
    assert totals(page) == totals(seed)
    check_document(page)


def test_html_source(page: Extraction) -> None:
    assert page.source.format == "html"
    assert page.source.encoding == "utf-8"
    assert page.source.url == URL  # <link rel=canonical>, not og:url with its tracking tail
    assert page.source.published == PUBLISHED[:10]


def test_html_title_is_the_headline(page: Extraction, seed: Extraction) -> None:
    assert page.title == seed.title
    assert page.text.split("\n")[0] == seed.title
    assert page.sentences[0].start == 0


def test_html_nothing_from_the_chrome(page: Extraction) -> None:
    for chrome in CHROME_TEXT:
        assert chrome not in page.text, chrome
    assert not {o.percent for o in page.organizations} & CHROME_PERCENTS
    assert not any(n in o.name for o in page.organizations for n in CHROME_NAMES)
    assert not {t.value for t in page.totals} & CHROME_VALUES
    for line in SEED_CHROME:
        assert line not in page.text.split("\n")


def test_html_chrome_fixture_is_sound(fixtures: dict[str, Path]) -> None:
    """The page really holds the chrome figures the test above says are left out."""
    raw = fixtures["html"].read_text(encoding="utf-8")
    for chrome in CHROME_TEXT:
        assert chrome in raw, chrome
    assert "Đảng bộ quận Hoàn Kiếm (99%)" not in seed_text()


# --- WARC ---------------------------------------------------------------------------------


def _page_record(path: Path) -> tuple[str, str]:
    """(WARC-Record-ID, WARC-Target-URI) of the HTML response, read with warcio directly."""
    with path.open("rb") as stream:
        for record in ArchiveIterator(stream):
            ctype = record.http_headers.get_header("Content-Type") if record.http_headers else ""
            if record.rec_type == "response" and ctype.startswith("text/html"):
                return (
                    str(record.rec_headers.get_header("WARC-Record-ID")),
                    str(record.rec_headers.get_header("WARC-Target-URI")),
                )
    raise AssertionError("no HTML response in the fixture")


def test_warc_record_gives_the_seed(fixtures: dict[str, Path], seed: Extraction) -> None:
    path = fixtures["warc"]
    record_id, target = _page_record(path)
    records = list(iter_records(path))
    assert [r.record_id for r in records] == [record_id]  # the request and the image are skipped
    rec = records[0]
    raw = read_bytes(rec.data, path=str(path))
    raw = dataclasses.replace(raw, url=rec.url or raw.url, record=rec.record_id)
    result = run(raw)
    assert orgs(result) == orgs(seed) and totals(result) == totals(seed)
    check_document(result)
    assert result.source.url == target == TARGET_URI
    assert result.source.record == record_id
    assert result.source.path == str(path)
    assert result.source.format == "html" and result.source.published == PUBLISHED[:10]


def test_warc_batch_cli(fixtures: dict[str, Path], seed: Extraction, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, [str(fixtures["warc"]), "-o", str(out)])
    assert result.exit_code == 0, result.output
    docs = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(docs) == 1
    record_id, target = _page_record(fixtures["warc"])
    doc = docs[0]
    assert doc["source"]["record"] == record_id
    assert doc["source"]["url"] == target
    assert doc["source"]["path"] == str(fixtures["warc"])
    got = Extraction.model_validate(doc)
    assert orgs(got) == orgs(seed) and totals(got) == totals(seed)
    check_document(got)


def test_batch_over_every_fixture(fixtures: dict[str, Path], seed: Extraction, tmp_path: Path) -> None:
    """The whole fixture folder as one batch: one record per file and per WARC page."""
    out = tmp_path / "all.jsonl"
    folder = next(iter(fixtures.values())).parent
    result = runner.invoke(app, [str(folder), "-o", str(out), "--jobs", "1"])
    assert result.exit_code == 0, result.output
    docs = [Extraction.model_validate_json(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(docs) == len(FIXTURES)
    found = {Path(d.source.path or "").name: d.source.encoding for d in docs}
    assert found == {file: enc for file, enc in FIXTURES.values()}
    for doc in docs:
        assert orgs(doc) == orgs(seed) and totals(doc) == totals(seed), doc.source


# --- the command line and --encoding ------------------------------------------------------


@pytest.mark.parametrize(("name", "encoding"), [("tcvn3", "tcvn3"), ("vni", "vni"), ("html", "utf-8")])
def test_cli_detects(fixtures: dict[str, Path], seed: Extraction, name: str, encoding: str) -> None:
    result = runner.invoke(app, [str(fixtures[name])])
    assert result.exit_code == 0, result.output
    doc = Extraction.model_validate_json(result.stdout)
    assert doc.source.encoding == encoding
    assert orgs(doc) == orgs(seed) and totals(doc) == totals(seed)


@pytest.mark.parametrize(
    ("name", "given", "reported"),
    [
        ("cp1258", "cp1258", "cp1258"),
        ("cp1258", "windows-1258", "cp1258"),
        ("tcvn3", "TCVN3", "tcvn3"),
        ("tcvn3", "abc", "tcvn3"),
        ("vni", "VNI-Windows", "vni"),
        ("utf16_be", "utf-16", "utf-16"),
        ("utf8_bom", "utf-8", "utf-8"),
    ],
)
def test_encoding_override(
    fixtures: dict[str, Path], seed: Extraction, name: str, given: str, reported: str
) -> None:
    result = runner.invoke(app, [str(fixtures[name]), "--encoding", given])
    assert result.exit_code == 0, result.output
    doc = Extraction.model_validate_json(result.stdout)
    assert doc.source.encoding == reported
    assert orgs(doc) == orgs(seed) and totals(doc) == totals(seed)


def _one_line_error(result: Any, *needles: str) -> str:
    assert result.exit_code == 2, result.output
    err = result.stderr.strip()
    assert "\n" not in err and "Traceback" not in err
    assert err.startswith("extract: error:")
    for needle in needles:
        assert needle in err, err
    return str(err)


def test_wrong_encoding_that_cannot_decode(fixtures: dict[str, Path]) -> None:
    """A byte the named encoding cannot decode: one line naming the byte, exit 2."""
    path = fixtures["cp1258"]
    _one_line_error(
        runner.invoke(app, [str(path), "--encoding", "utf-8"]),
        str(path), "cannot decode as utf-8", "position", "leave out --encoding",
    )  # fmt: skip


def test_unknown_encoding(fixtures: dict[str, Path]) -> None:
    _one_line_error(
        runner.invoke(app, [str(fixtures["utf8"]), "--encoding", "klingon"]), "unknown encoding 'klingon'"
    )
    _one_line_error(runner.invoke(app, [str(fixtures["utf8"]), "--encoding", "base64"]), "unknown encoding")


def test_wrong_encoding_that_decodes_is_trusted(fixtures: dict[str, Path], seed: Extraction) -> None:
    """An encoding that decodes the bytes is used as given (documented): the output is
    valid, its text is what that reading gives, and the figures are whatever survive."""
    result = runner.invoke(app, [str(fixtures["utf8"]), "--encoding", "latin-1"])
    assert result.exit_code == 0, result.output
    doc = Extraction.model_validate_json(result.stdout)
    assert doc.source.encoding == "iso8859-1"
    assert doc.text != seed.text  # mojibake, as asked
    check_document(doc)


def test_extract_file_on_a_warc_says_how_to_read_it(fixtures: dict[str, Path]) -> None:
    """One call, one article: a WARC file is not one, and the error says what to do."""
    from extractor.errors import InputError

    with pytest.raises(InputError, match=r"seed\.warc\.gz: a web archive holds many pages.*iter_records"):
        extract_file(fixtures["warc"])


# --- plain-text boilerplate ----------------------------------------------------------------

ISSUE_CHROME = ["Phản hồi", "Các tin khác", "Mới nhất", "Xem nhiều nhất", "Bình luận", "Chia sẻ"]
COMMON_CHROME = ["Tin cùng chuyên mục", "Bài viết liên quan", "Theo dõi chúng tôi", "Đọc tiếp", "Xem thêm"]


@pytest.mark.parametrize("line", ISSUE_CHROME + COMMON_CHROME)
def test_boilerplate_lines_are_dropped(line: str) -> None:
    from extractor.segment import drop_boilerplate

    for variant in (line, line.upper(), f"  {line}:  ", f"{line} (12)"):
        text = f"Quận A đạt 12%.\n\n{variant}\n\nQuận B đạt 13%."
        assert drop_boilerplate(text) == "Quận A đạt 12%.\n\nQuận B đạt 13%.", variant


@pytest.mark.parametrize(
    "line",
    ["Xem thêm: Đảng bộ quận Hoàn Kiếm (99%) vượt kế hoạch", "Tags: đảng viên, Hà Nội", "Từ khóa: kết nạp"],
)
def test_boilerplate_prefixes_drop_the_line(line: str) -> None:
    from extractor.segment import drop_boilerplate

    assert drop_boilerplate(f"Quận A đạt 12%.\n{line}") == "Quận A đạt 12%."


@pytest.mark.parametrize(
    "line",
    [
        "Bình luận viên Nguyễn Văn A cho biết quận B đạt 13%.",
        "Chia sẻ kinh nghiệm, quận C (14%) dẫn đầu.",
        "Mới nhất, huyện D đạt 15%.",
        "Xem thêm các quy định mới (16%)",
    ],
)
def test_article_lines_that_start_like_chrome_are_kept(line: str) -> None:
    from extractor.segment import drop_boilerplate

    assert drop_boilerplate(f"Quận A đạt 12%.\n{line}") == f"Quận A đạt 12%.\n{line}"


def test_lossy_utf8_is_reported_in_warnings() -> None:
    from extractor.pipeline import run
    from extractor.reader import read_bytes
    from tests.conftest import SEED

    data = SEED.read_bytes() + b"\n\x93Tin\x94 kh\xc3\xa1c."  # a stray Windows quote pair
    result = run(read_bytes(data, path="x.txt"))
    assert result.source.encoding == "utf-8"
    assert len(result.warnings) == 1 and "2 character(s)" in result.warnings[0]
    assert len(result.organizations) == 19


@pytest.mark.parametrize("heading", ["Các tin khác", "Xem thêm:", "Tin liên quan", "XEM NHIỀU NHẤT", "Có thể bạn quan tâm (5)"])
def test_headlines_under_a_heading_of_links_are_dropped(heading: str) -> None:
    """Site lists of other articles' headlines carry their own figures: not this article's."""
    from extractor.segment import drop_boilerplate

    text = (
        f"Quận A đạt 12%.\n\nNGUYỄN AN\n\n{heading}\nCao Bằng: Thu ngân sách đạt 78% dự toán\n\n"
        "Hơn 500 xe chờ thông quan ở cửa khẩu Tân Thanh\nLạng Sơn đón “1,2 triệu lượt khách”"
    )
    assert drop_boilerplate(text) == "Quận A đạt 12%.\n\nNGUYỄN AN"
    # the article goes on at the first line that ends like a sentence
    assert drop_boilerplate(text + "\nQuận B đạt 13%.") == "Quận A đạt 12%.\n\nNGUYỄN AN\n\nQuận B đạt 13%."
