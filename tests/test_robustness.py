"""Hostile input: binary files, huge files, regex-hostile text, and fuzzing.

Whatever comes in, ``extract``/``extract_file`` return a valid :class:`Extraction`
(every offset slicing the text to what it reports) or raise
:class:`extractor.errors.ExtractorError` with a one-line message: never anything else.

The fuzz tests run ``FUZZ_EXAMPLES`` generated inputs in all by default (fast: short
texts); ``VNEXTRACT_FUZZ_EXAMPLES=N`` runs N examples in *each* fuzz test::

    VNEXTRACT_FUZZ_EXAMPLES=200000 python -m pytest tests/test_robustness.py -k fuzz
"""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
import textwrap
import time
import unicodedata
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from extractor import extract, extract_file
from extractor.cli import app
from extractor.errors import ExtractorError, NotTextError, PatternError, TooLargeError
from extractor.pipeline import run
from extractor.reader import DEFAULT_MAX_BYTES, normalize_text, read_bytes, read_path
from tests.conftest import ROOT, SEED
from tests.golden import check_document

runner = CliRunner()


def _one_line_error(result: Any, needle: str) -> str:
    assert result.exit_code == 2, result.output
    err = str(result.stderr).strip()
    assert "\n" not in err and "Traceback" not in err, err
    assert err.startswith("extract: error:") and needle in err, err
    return err


# --- binary files -------------------------------------------------------------------------

_RANDOM = random.Random(20171120)

BINARIES = {
    "png": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + _RANDOM.randbytes(500), "PNG"),
    "jpeg": (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + _RANDOM.randbytes(500), "JPEG"),
    "pdf": (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\n" + _RANDOM.randbytes(500), "PDF"),
    "zip": (b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + _RANDOM.randbytes(500), "zip"),
    "docx": (b"PK\x03\x04\x14\x00\x06\x00" + b"[Content_Types].xml" + _RANDOM.randbytes(300), "zip"),
    "gzip": (b"\x1f\x8b\x08\x00\x00\x00\x00\x00" + _RANDOM.randbytes(500), "gzip"),
    "gif": (b"GIF89a\x01\x00\x01\x00" + _RANDOM.randbytes(100), "GIF"),
    "elf": (b"\x7fELF\x02\x01\x01" + bytes(9) + _RANDOM.randbytes(500), "executable"),
    "mp4": (b"\x00\x00\x00\x18ftypmp42" + _RANDOM.randbytes(500), "MP4"),
    "random": (_RANDOM.randbytes(4096), "binary data"),
    "random-no-nul": (bytes(b or 1 for b in _RANDOM.randbytes(4096)), "binary data"),
    "zeros": (bytes(1000), "binary data"),
}


@pytest.mark.parametrize("kind", list(BINARIES))
def test_binary_is_not_a_text_article(tmp_path: Path, kind: str) -> None:
    data, what = BINARIES[kind]
    path = tmp_path / f"article.{kind}.txt"  # the name does not help: the bytes decide
    path.write_bytes(data)
    with pytest.raises(NotTextError) as err:
        extract_file(path)
    assert err.value.message.startswith(f"{path}: not a text article (")
    assert what in err.value.message
    err_line = _one_line_error(runner.invoke(app, [str(path)]), "not a text article")
    assert str(path) in err_line


@pytest.mark.parametrize("kind", ["png", "pdf", "zip"])
def test_binary_with_encoding_override(tmp_path: Path, kind: str) -> None:
    """--encoding does not make an image an article."""
    path = tmp_path / "x.txt"
    path.write_bytes(BINARIES[kind][0])
    _one_line_error(runner.invoke(app, [str(path), "--encoding", "latin-1"]), "not a text article")


# --- size limits --------------------------------------------------------------------------


def _sparse(path: Path, size: int) -> Path:
    with path.open("wb") as fh:
        fh.truncate(size)  # no disk blocks, no time
    return path


def test_large_file_is_refused_without_reading_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _sparse(tmp_path / "big.txt", 25 * 1024 * 1024)
    opened: list[Path] = []
    real_open = Path.open

    def spy(self: Path, *args: Any, **kwargs: Any) -> Any:
        opened.append(self)
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", spy)
    start = time.perf_counter()
    with pytest.raises(TooLargeError) as err:
        read_path(path)
    assert time.perf_counter() - start < 0.5
    assert path not in opened  # stat said it is too big: never opened
    assert (
        err.value.message
        == f"{path}: {25 * 1024 * 1024} bytes, over the limit of {DEFAULT_MAX_BYTES} (--max-bytes)"
    )


def test_large_file_cli(tmp_path: Path) -> None:
    path = _sparse(tmp_path / "big.txt", 25 * 1024 * 1024)
    start = time.perf_counter()
    _one_line_error(runner.invoke(app, [str(path)]), "over the limit of 20971520 (--max-bytes)")
    assert time.perf_counter() - start < 2.0


def test_default_limit_is_20_mb(tmp_path: Path) -> None:
    path = _sparse(tmp_path / "edge.txt", DEFAULT_MAX_BYTES + 1)
    with pytest.raises(TooLargeError):
        read_path(path)


def test_max_bytes_option(tmp_path: Path) -> None:
    path = tmp_path / "seed.txt"
    path.write_bytes(SEED.read_bytes())
    size = path.stat().st_size
    _one_line_error(runner.invoke(app, [str(path), "--max-bytes", str(size - 1)]), "over the limit")
    assert runner.invoke(app, [str(path), "--max-bytes", str(size)]).exit_code == 0
    with pytest.raises(TooLargeError):
        extract_file(path, max_bytes=size - 1)


def test_read_bytes_limit() -> None:
    with pytest.raises(TooLargeError, match="over the limit of 10"):
        read_bytes(b"x" * 11, max_bytes=10)


# --- regex-hostile text (each in a subprocess with a time limit) ---------------------------

#: name -> Python expression building the input (evaluated in the subprocess)
HOSTILE = {
    "parens": "'(' * 1_000_000",
    "dotted": "'1.' * 500_000",
    "percents": "'%' * 1_000_000",
    "digits": "'7' * 200_000",
    "one-long-line": "('Đảngbộquận' + 'x' * 40) * 20_000",
    "paren-items": "'(1%), ' * 100_000",
    "abbreviations": "'TP. ' * 100_000",
    "dotted-words": "'Đảng bộ quận A (1.1.1.1.1.1%) ' * 20_000",
    # bytes are read as a file would be (HTML detection, trafilatura)
    "nested-html": "('<html><body>' + '<div>' * 50_000 + 'Kết nạp 12.064 đảng viên.' + '</div>' * 50_000).encode()",
    "many-paragraphs-html": "b'<html><body>' + '<p>Đảng bộ quận A (12%).</p>'.encode() * 2_000 + b'</body></html>'",
    "unclosed-html": "b'<html><body>' + b'<p><b><i><span>' * 20_000 + b'(12%)'",
}
HOSTILE_SECONDS = 15.0  # per input; each takes about 1 s on a 2-core machine

_HOSTILE_SCRIPT = textwrap.dedent(
    """
    import json, sys, time
    from extractor import extract
    from extractor.errors import ExtractorError
    from extractor.pipeline import run
    from extractor.reader import read_bytes
    extract("Đảng bộ quận A (1%).")  # load the models before timing
    run(read_bytes("<html><body><p>Đảng bộ quận A (1%).</p></body></html>".encode()))
    for name, expr in json.loads(sys.argv[1]).items():
        print(json.dumps({"start": name}), flush=True)
        text = eval(expr)
        t0 = time.perf_counter()
        try:
            doc = run(read_bytes(text, path="x.html")) if isinstance(text, bytes) else extract(text)
            ok = all(doc.text[o.start:o.end] == o.mention for o in doc.organizations) and all(
                doc.text[t.start:t.end] == t.text for t in doc.totals)
            outcome = "valid" if ok else "bad offsets"
        except ExtractorError as exc:
            outcome = "error: " + type(exc).__name__ + ": " + str(exc)[:200]
        except BaseException as exc:
            outcome = "ESCAPED: " + type(exc).__name__ + ": " + str(exc)[:200]
        print(json.dumps({"name": name, "seconds": time.perf_counter() - t0, "outcome": outcome}), flush=True)
    """
)


@pytest.fixture(scope="module")
def hostile_results() -> dict[str, dict[str, Any]]:
    """Run every hostile input in one subprocess (models load once), with a time limit."""
    limit = 20 + HOSTILE_SECONDS * len(HOSTILE)
    try:
        proc = subprocess.run(
            [sys.executable, "-c", _HOSTILE_SCRIPT, json.dumps(HOSTILE)],
            capture_output=True, text=True, timeout=limit, cwd=ROOT,
        )  # fmt: skip
        out, err = proc.stdout, proc.stderr
    except subprocess.TimeoutExpired as exc:
        out = exc.stdout.decode() if isinstance(exc.stdout, bytes) else (exc.stdout or "")
        err = f"timed out after {limit:.0f} s"
    results: dict[str, dict[str, Any]] = {}
    running = None
    for line in out.splitlines():
        row = json.loads(line)
        if "start" in row:
            running = row["start"]
        else:
            results[row["name"]] = row
            running = None
    if running is not None:
        results[running] = {
            "name": running,
            "seconds": float("inf"),
            "outcome": f"hung or crashed: {err[-300:]}",
        }
    return results


@pytest.mark.parametrize("name", list(HOSTILE))
def test_hostile_text_is_fast(hostile_results: dict[str, dict[str, Any]], name: str) -> None:
    row = hostile_results.get(name)
    assert row is not None, f"{name} never ran (an earlier input hung)"
    assert row["outcome"] == "valid" or row["outcome"].startswith("error: "), row
    assert row["seconds"] < HOSTILE_SECONDS, row


def test_long_run_on_sentence_is_not_matched() -> None:
    """A "sentence" far longer than prose keeps its span but gives no figures."""
    from extractor.segment import MAX_SENTENCE_CHARS

    items = "Đảng bộ quận A (12%), " * (MAX_SENTENCE_CHARS // 20)
    doc = extract("Tiêu đề\nNgắn: quận B (13%).\n" + items + "xong.")
    assert [o.percent for o in doc.organizations] == [13]
    check_document(doc)


# --- bad pattern files through the command line -------------------------------------------


def _pattern_dir(tmp_path: Path, name: str, content: str) -> Path:
    folder = tmp_path / "pats"
    folder.mkdir()
    (folder / name).write_text(content, encoding="utf-8")
    return folder


def test_cli_bad_regex_names_file_and_line(tmp_path: Path) -> None:
    folder = _pattern_dir(
        tmp_path, "mine.yaml", "x: 1\npatterns:\n  - id: broken\n    label: X\n    pattern: '(unclosed'\n"
    )
    _one_line_error(runner.invoke(app, [str(SEED), "--patterns", str(folder)]), "mine.yaml:3: bad regex")


def test_cli_bad_yaml_names_file_and_line(tmp_path: Path) -> None:
    folder = _pattern_dir(tmp_path, "mine.yaml", "a: 1\nb: [unclosed\n")
    _one_line_error(runner.invoke(app, [str(SEED), "--patterns", str(folder)]), "mine.yaml:")


def test_cli_bad_json_second_line(tmp_path: Path) -> None:
    folder = _pattern_dir(tmp_path, "mine.jsonl", '{"label": "UNIT", "pattern": "hộ"}\n{not json\n')
    _one_line_error(runner.invoke(app, [str(SEED), "--patterns", str(folder)]), "mine.jsonl:2: bad JSON")


def test_api_bad_pattern_folder(tmp_path: Path) -> None:
    folder = _pattern_dir(tmp_path, "mine.jsonl", "{not json\n")
    with pytest.raises(PatternError, match=r"mine\.jsonl:1"):
        extract("Đảng bộ quận A (12%).", patterns=folder)


# --- odd but readable input ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        ("Quận A đạt (12%).".encode("utf-16-le"), "utf-16-le"),
        ("Quận A đạt (12%).".encode("utf-16-be"), "utf-16-be"),
        ("Quận A đạt (12%).".encode("utf-32"), "utf-32"),
        ("Quận A đạt (12%).".encode("utf-32-le"), "utf-32-le"),
    ],
    ids=["utf16le-no-bom", "utf16be-no-bom", "utf32-bom", "utf32le-no-bom"],
)
def test_wide_unicode(data: bytes, encoding: str) -> None:
    raw = read_bytes(data)
    assert raw.encoding == encoding and raw.text == "Quận A đạt (12%)."


def test_utf8_with_a_stray_byte_stays_utf8() -> None:
    """One Windows quote inside a UTF-8 article does not turn it all into mojibake."""
    data = SEED.read_bytes()
    at = data.index("Nhiệm kỳ".encode())
    raw = read_bytes(data[:at] + b"\x93" + data[at:])
    assert raw.encoding == "utf-8"
    assert "\ufffdNhiệm kỳ XV" in raw.text
    assert len(run(raw).organizations) == 19


def test_other_script_is_read_not_misread() -> None:
    raw = read_bytes(("Москва — столица России, население 13 миллионов человек. " * 20).encode("cp1251"))
    assert "Москва" in raw.text


@pytest.mark.parametrize(
    ("data", "needle"),
    [
        (b"", "empty input"),
        (b"\xef\xbb\xbf  \r\n\t", "empty input"),
        (b"\xff\xfe" + " \n ".encode("utf-16-le"), "empty input"),
        (b"<html><head><script>var x = '(99%)';</script></head><body></body></html>", "HTML page"),
        (b"\xff\xfe" + "Hà".encode("utf-16-le") + b"x", "UTF-16"),
    ],
    ids=["empty", "bom-and-spaces", "utf16-spaces", "html-without-text", "odd-utf16"],
)
def test_unreadable_input_is_one_clear_error(data: bytes, needle: str) -> None:
    with pytest.raises(ExtractorError) as err:
        read_bytes(data, path="x.html" if data.startswith(b"<") else None)
    assert needle in err.value.message and "\n" not in err.value.message


def test_zero_width_between_letter_and_tone_is_nfc() -> None:
    assert normalize_text("Ha\u200b\u0300 No\u0302\u200c\u0323i") == "Hà Nội"


def test_lone_surrogates_in_a_str() -> None:
    doc = extract("Đảng bộ quận A \ud800 đạt (12%) kế hoạch.")
    assert "\ufffd" in doc.text
    check_document(doc)


# --- fuzzing ------------------------------------------------------------------------------

_ENV_EXAMPLES = int(os.environ.get("VNEXTRACT_FUZZ_EXAMPLES", "0") or 0)


def examples(default: int) -> int:
    """Examples for one fuzz test: its default, or VNEXTRACT_FUZZ_EXAMPLES when set."""
    return _ENV_EXAMPLES or default


def fuzz(default: int) -> Any:
    return settings(
        max_examples=examples(default),
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )


VI_LETTERS = (
    "aăâbcdđeêghiklmnoôơpqrstuưvxy"
    "àáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ"
    "AĂÂBCDĐEÊGHIKLMNOÔƠPQRSTUƯVXYĐẢỆỘ"
)
PUNCT = " .,;:!?%()[]-–—…“”\"'/+*&#\n\n\t"
DIGITS = "0123456789"
ODD = "\u00a0\u200b\u200c\ufeff\u0300\u0301\u0303\u0309\u0323\r\x00\x85\u2028"

vi_char = st.one_of(
    st.sampled_from(VI_LETTERS),
    st.sampled_from(DIGITS),
    st.sampled_from(PUNCT),
    st.sampled_from(ODD),
    st.characters(),  # anything at all, now and then
)
vi_text = st.text(vi_char, max_size=150)

# Pieces of real articles: names, list lead-ins, figures, qualifiers, cues.
FRAGMENTS = [
    "Đảng bộ quận Cầu Giấy", "quận Đống Đa", "huyện Mê Linh", "Đảng ủy xã An Bình", "xã Tân Phú",
    "Tổng Công ty Cơ khí xây dựng", "Công an Thành phố", "Trường Đào tạo cán bộ Lê Hồng Phong",
    "Bộ Tài chính", "UBND tỉnh", "toàn Đảng bộ thành phố", "Ban Tổ chức Thành ủy Hà Nội",
    "(12%)", "(105%)", "(1,5%)", "(0%)", "(310%)", "94%", "28,34%", "(12 %)", "12-15%",
    "1.234 đảng viên", "64.998 đảng viên", "13.000 hộ", "1,2 triệu người", "59 đảng bộ", "25 xã",
    "gần", "trên", "dưới", "khoảng", "hơn", "bình quân mỗi năm", "mỗi tháng", "kế hoạch", "chỉ tiêu",
    "đạt", "vượt", "tăng", "giảm", "lần lượt", "cùng đạt", "so với kế hoạch", "so với cùng kỳ",
    "có nhiều đảng bộ đã đạt và vượt kế hoạch như:", "tỷ lệ đạt dưới 50% như:", "Trong số 59 đảng bộ,",
    "Nhiệm kỳ XV (2010-2015),", "năm 2017", "10 tháng đầu năm 2017,", "nhiệm kỳ 2015-2020",
    ", ", ", ", ". ", "; ", ": ", " và ", " ", " ", "\n", "\n\n", "…", "(", ")", "%", ".", "Ảnh: TTXVN",
    "TP. HCM", "Phản hồi", "Chia sẻ", "Xem thêm: ", "\u00a0", "\u200b",
]  # fmt: skip
article = st.lists(st.sampled_from(FRAGMENTS), min_size=1, max_size=30).map("".join)
titled_article = st.tuples(
    st.sampled_from(["", "Đảng bộ thành phố Hà Nội đẩy mạnh công tác\n"]), article
).map("".join)


def _extract_or_error(text: str) -> None:
    try:
        doc = extract(text)
    except ExtractorError as exc:
        assert exc.message and "\n" not in exc.message
        assert type(exc).__name__ != "InternalError", exc.message  # a bug, not bad input
        return
    check_document(doc)
    assert unicodedata.is_normalized("NFC", doc.text)


@fuzz(4000)
@given(text=vi_text)
def test_fuzz_any_text(text: str) -> None:
    _extract_or_error(text)


@fuzz(4000)
@given(text=titled_article)
@example(text="(12%): 1.234 đảng viênCông an Thành phốgần")  # a name's split last syllable at the end of a list item
def test_fuzz_article_like_text(text: str) -> None:
    _extract_or_error(text)


@fuzz(2000)
@given(data=st.one_of(st.binary(max_size=200), vi_text.map(lambda t: t.encode("utf-8", "surrogatepass"))))
def test_fuzz_any_bytes(data: bytes) -> None:
    try:
        raw = read_bytes(data)
        doc = run(raw)
    except ExtractorError as exc:
        assert exc.message and "\n" not in exc.message
        assert type(exc).__name__ != "InternalError", exc.message
        return
    check_document(doc)


ENCODINGS = ["utf-8", "utf-8-sig", "utf-16", "cp1258", "tcvn3", "vni"]


@fuzz(300)
@given(text=article, encoding=st.sampled_from(ENCODINGS), suffix=st.sampled_from([".txt", ".html"]))
def test_fuzz_article_files(
    tmp_path_factory: pytest.TempPathFactory, text: str, encoding: str, suffix: str
) -> None:
    """Article-like text written in some encoding to a file, through extract_file."""
    from extractor import legacy
    from tests.make_fixtures import to_cp1258

    try:
        if encoding in ("tcvn3", "vni"):
            data = legacy.encode(text, encoding)
        elif encoding == "cp1258":
            data = to_cp1258(text)
        else:
            data = text.encode(encoding)
    except (ValueError, UnicodeEncodeError):
        return  # a character the encoding cannot write
    path = tmp_path_factory.getbasetemp() / f"fuzz{suffix}"
    path.write_bytes(data)
    try:
        doc = extract_file(path)
    except ExtractorError as exc:
        assert "\n" not in exc.message and type(exc).__name__ != "InternalError", exc.message
        return
    check_document(doc)


def test_normalize_text_is_idempotent_and_nfc() -> None:
    @fuzz(1000)
    @given(text=vi_text)
    def prop(text: str) -> None:
        once = normalize_text(text)
        assert normalize_text(once) == once
        assert unicodedata.is_normalized("NFC", once)
        assert "\r" not in once and "\n\n\n" not in once

    prop()


def test_html_without_text_logs_nothing(caplog: pytest.LogCaptureFixture) -> None:
    """trafilatura's "discarding data" warnings would reach stderr once underthesea has
    configured the root logger: the CLI's one-line errors must stay one line."""
    import logging

    extract("Đảng bộ quận A (1%).")  # underthesea loaded: the root logger has a handler
    caplog.set_level(logging.DEBUG)
    page = ("<html><body>" + "<div>" * 5000 + "Kết nạp." + "</div>" * 5000 + "</body></html>").encode()
    for data in (page, b"<html><body><p>x</p></body></html>"):
        try:
            read_bytes(data, path="x.html")
        except ExtractorError:
            pass
    noisy = [r for r in caplog.records if r.name.split(".")[0] in ("trafilatura", "htmldate", "courlan")]
    assert not [r for r in noisy if r.levelno >= logging.WARNING]
