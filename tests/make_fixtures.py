"""Build the reading fixtures from the one seed article, so they stay honest.

Every fixture is the seed text ``samples/hanoi-party-development-2017.txt`` written
another way: another encoding, another Unicode form, messy whitespace, inside a news
page with site chrome, or as a response record of a web archive. Nothing here is
committed as a binary file; the tests build the fixtures in a temporary folder.

Usage::

    python tests/make_fixtures.py DEST     # writes the files and lists them

or, from Python, ``build(dest) -> {name: path}``.
"""

from __future__ import annotations

import html as htmllib
import sys
import unicodedata
from io import BytesIO
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "samples" / "hanoi-party-development-2017.txt"

URL = "https://hanoimoi.com.vn/tin-tuc/Xay-dung-Dang/884561/dang-bo-thanh-pho-ha-noi-day-manh-cong-tac"
PUBLISHED = "2017-11-20T08:30:00+07:00"
IMAGE_URL = "https://hanoimoi.com.vn/Uploads/images/ket-nap-dang-vien.jpg"
#: The address the crawler fetched (not the page's canonical URL): what a WARC record names.
TARGET_URI = URL.replace("https://", "http://") + "?from=rss"

#: The seed's own trailing site chrome (the lines after the last paragraph).
SEED_CHROME = ("Phản hồi", "Các tin khác", "Mới nhất", "Xem nhiều nhất")

#: Text of the page's chrome, with figures of its own: none of it may reach the output.
CHROME_TEXT = (
    "Đảng bộ quận Hoàn Kiếm (99%)",
    "1.234 đảng viên",
    "Đảng bộ huyện Ba Vì (87%)",
    "4.321 lượt xem",
    "Tin liên quan",
    "Trang chủ",
    "Nguyễn Văn A",
    "Giấy phép",
    "window.dataLayer",
    "display: inline",
)

#: fixture name -> (file name, the ``source.encoding`` the reader must report)
FIXTURES: dict[str, tuple[str, str]] = {
    "utf8": ("seed.utf8.txt", "utf-8"),
    "utf8_bom": ("seed.utf8-bom.txt", "utf-8-sig"),
    "utf16_le": ("seed.utf16le.txt", "utf-16"),
    "utf16_be": ("seed.utf16be.txt", "utf-16"),
    "cp1258": ("seed.cp1258.txt", "cp1258"),
    "tcvn3": ("seed.tcvn3.txt", "tcvn3"),
    "vni": ("seed.vni.txt", "vni"),
    "nfd": ("seed.nfd.txt", "utf-8"),
    "messy": ("seed.messy.txt", "utf-8"),
    "html": ("seed.html", "utf-8"),
    "warc": ("seed.warc.gz", "utf-8"),
}

_TONES = frozenset("\u0300\u0301\u0303\u0309\u0323")  # huyền sắc ngã hỏi nặng


def seed_text() -> str:
    """The seed article, NFC, ``\\n`` line ends."""
    return unicodedata.normalize("NFC", SEED.read_text(encoding="utf-8"))


def to_cp1258(text: str) -> bytes:
    """Windows-1258 bytes as Vietnamese Windows software wrote them.

    cp1258 has precomposed â ă ê ô ơ ư đ but the five tones only as combining bytes,
    so a toned letter is written as its base letter (composed) plus the tone byte.
    """
    out = bytearray()
    for char in unicodedata.normalize("NFC", text):
        try:
            out += char.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        parts = unicodedata.normalize("NFD", char)
        base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in _TONES))
        out += base.encode("cp1258") + "".join(c for c in parts if c in _TONES).encode("cp1258")
    return bytes(out)


def messy(text: str) -> str:
    """CRLF line ends, NBSPs for some spaces, zero-width characters next to others.

    Only spaces between words are touched (never the inside of a number or a word),
    so normalizing gives back exactly the seed's text.
    """
    out: list[str] = []
    count = 0
    for i, char in enumerate(text):
        if char == " " and text[i - 1 : i].isalpha() and text[i + 1 : i + 2].isalpha():
            count += 1
            if count % 7 == 0:
                char = "\u00a0"  # no-break space instead of the space
            elif count % 11 == 0:
                char = " \u200b"  # zero-width space after the space
            elif count % 13 == 0:
                char = "\u200c \ufeff"  # ZWNJ before, BOM-as-ZWNBSP after
            elif count % 17 == 0:
                char = "\u2060 \u00a0"  # word joiner, space, NBSP: one space in the end
        out.append(char)
    return "".join(out).replace("\n", "\r\n")


def _article_parts(text: str) -> tuple[str, str, list[str]]:
    """(headline, photo caption, body paragraphs): the seed without its trailing chrome."""
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    while lines and lines[-1] in SEED_CHROME:
        lines.pop()
    return lines[0], lines[1], lines[2:]


def news_page(text: str) -> str:
    """The seed inside a typical Vietnamese news page (menus, boxes, comments, scripts)."""
    title, caption, paragraphs = _article_parts(text)
    esc = htmllib.escape
    body = "\n".join(f"        <p>{esc(p)}</p>" for p in paragraphs)
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{esc(title)} - Báo Hànộimới</title>
  <link rel="canonical" href="{URL}">
  <meta property="og:title" content="{esc(title)}">
  <meta property="og:url" content="{URL}?utm_source=facebook">
  <meta property="og:type" content="article">
  <meta property="article:published_time" content="{PUBLISHED}">
  <link rel="stylesheet" href="/css/site.css">
  <style>
    .menu li {{ display: inline; }}
    .hot::after {{ content: "Đảng bộ quận Hoàn Kiếm (99%)"; }}
  </style>
  <script>
    window.dataLayer = window.dataLayer || [];
    var stats = {{"rate": "(87%)", "members": "1.234 đảng viên", "views": "4.321 lượt xem"}};
  </script>
</head>
<body>
  <header class="site-header">
    <div class="logo"><a href="/">Báo Hànộimới</a></div>
    <div class="weather">Hà Nội 24°C, độ ẩm 77%</div>
  </header>
  <nav class="menu">
    <ul>
      <li><a href="/">Trang chủ</a></li>
      <li><a href="/chinh-tri">Chính trị</a></li>
      <li><a href="/xay-dung-dang">Xây dựng Đảng</a></li>
      <li><a href="/kinh-te">Kinh tế</a></li>
      <li><a href="/xa-hoi">Xã hội</a></li>
    </ul>
  </nav>
  <div class="breadcrumb"><a href="/">Trang chủ</a> » <a href="/xay-dung-dang">Xây dựng Đảng</a></div>
  <main>
    <article class="article-detail">
      <h1 class="article-title">{esc(title)}</h1>
      <div class="article-meta"><time datetime="{PUBLISHED}">Thứ hai, 20/11/2017 08:30</time></div>
      <div class="article-body">
        <figure class="photo">
          <img src="{IMAGE_URL}" alt="{esc(caption)}">
          <figcaption>{esc(caption)}</figcaption>
        </figure>
{body}
        <p class="author"><strong>Minh Anh</strong></p>
      </div>
      <div class="share">Chia sẻ <a href="#">Facebook</a> <a href="#">Zalo</a></div>
    </article>
    <div class="related-news box">
      <h3>Tin liên quan</h3>
      <ul>
        <li><a href="/a1">Đảng bộ quận Hoàn Kiếm (99%) vượt kế hoạch kết nạp đảng viên</a></li>
        <li><a href="/a2">Năm 2017 kết nạp 1.234 đảng viên trong khối doanh nghiệp</a></li>
        <li><a href="/a3">Đảng bộ huyện Ba Vì (87%), huyện Sóc Sơn (91%) hoàn thành chỉ tiêu</a></li>
      </ul>
    </div>
    <section id="comments" class="comments">
      <h3>Phản hồi</h3>
      <div class="comment"><b>Nguyễn Văn A</b>: Đảng bộ phường tôi mới đạt 66% kế hoạch.</div>
      <div class="comment"><b>Trần Thị B</b>: Bài viết rất hay, 4.321 lượt xem rồi.</div>
      <form action="/comment"><textarea name="c"></textarea><button>Gửi bình luận</button></form>
    </section>
    <div class="other-news box">
      <h3>Các tin khác</h3>
      <ul>
        <li><a href="/c1">Quận Long Biên kết nạp 1.234 đảng viên, đạt 105% kế hoạch</a></li>
      </ul>
    </div>
  </main>
  <aside class="sidebar">
    <h3>Mới nhất</h3>
    <ol><li><a href="/n1">Huyện Gia Lâm (123%) dẫn đầu</a></li></ol>
    <h3>Xem nhiều nhất</h3>
    <ol><li><a href="/b1">Giá vàng tăng 77% sau 10 năm</a></li></ol>
  </aside>
  <footer>
    <p>© 2017 Báo Hànộimới. Giấy phép số 4.321/GP-BTTTT. Tổng biên tập: Nguyễn Minh Đức.</p>
  </footer>
  <!-- quảng cáo: Đảng bộ quận Hoàn Kiếm (99%) -->
  <script>document.querySelectorAll(".hot").forEach(function (e) {{ e.title = "(99%)"; }});</script>
</body>
</html>
"""


def write_warc(path: Path, page: bytes) -> dict[str, str]:
    """A gzipped WARC: a request, the page's response, then an image response.

    Returns the page record's ``WARC-Record-ID`` and ``WARC-Target-URI``.
    """
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    host = TARGET_URI.split("/")[2]
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=True)
        request = StatusAndHeaders(
            "GET /" + TARGET_URI.split("/", 3)[3] + " HTTP/1.1",
            [("Host", host), ("User-Agent", "vnextract-fixtures")],
            is_http_request=True,
        )
        writer.write_record(
            writer.create_warc_record(TARGET_URI, "request", payload=BytesIO(b""), http_headers=request)
        )
        http = StatusAndHeaders(
            "200 OK",
            [("Content-Type", "text/html; charset=utf-8"), ("Content-Length", str(len(page)))],
            protocol="HTTP/1.1",
        )
        response = writer.create_warc_record(TARGET_URI, "response", payload=BytesIO(page), http_headers=http)
        writer.write_record(response)
        jpeg = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(range(256)) * 4 + b"\xff\xd9"
        image = StatusAndHeaders("200 OK", [("Content-Type", "image/jpeg")], protocol="HTTP/1.1")
        writer.write_record(
            writer.create_warc_record(IMAGE_URL, "response", payload=BytesIO(jpeg), http_headers=image)
        )
    return {
        "record": str(response.rec_headers.get_header("WARC-Record-ID")),
        "url": str(response.rec_headers.get_header("WARC-Target-URI")),
    }


def build(dest: Path) -> dict[str, Path]:
    """Write every fixture into ``dest`` (created if needed); returns {name: path}."""
    from extractor import legacy

    dest.mkdir(parents=True, exist_ok=True)
    text = seed_text()
    page = news_page(text).encode("utf-8")
    contents: dict[str, bytes] = {
        "utf8": text.encode("utf-8"),
        "utf8_bom": b"\xef\xbb\xbf" + text.encode("utf-8"),
        "utf16_le": b"\xff\xfe" + text.encode("utf-16-le"),
        "utf16_be": b"\xfe\xff" + text.encode("utf-16-be"),
        "cp1258": to_cp1258(text),
        "tcvn3": legacy.encode(text, "tcvn3"),
        "vni": legacy.encode(text, "vni"),
        "nfd": unicodedata.normalize("NFD", text).encode("utf-8"),
        "messy": messy(text).encode("utf-8"),
        "html": page,
    }
    paths: dict[str, Path] = {}
    for name, data in contents.items():
        paths[name] = dest / FIXTURES[name][0]
        paths[name].write_bytes(data)
    paths["warc"] = dest / FIXTURES["warc"][0]
    write_warc(paths["warc"], page)
    return paths


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: python tests/make_fixtures.py DEST", file=sys.stderr)
        return 2
    for name, path in build(Path(argv[0])).items():
        print(f"{name:10} {path} ({path.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    raise SystemExit(main(sys.argv[1:]))
