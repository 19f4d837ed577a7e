"""HTML page -> article text: the seed article inside typical Vietnamese news-site chrome."""

from __future__ import annotations

import html as htmllib
import re
import unicodedata
from pathlib import Path

import pytest

import extractor.html
from extractor.html import Page, to_text

SEED = Path(__file__).resolve().parents[1] / "samples" / "hanoi-party-development-2017.txt"
URL = "https://hanoimoi.com.vn/tin-tuc/Xay-dung-Dang/884561/dang-bo-thanh-pho-ha-noi"


def seed_parts() -> tuple[str, str, list[str]]:
    """(title, photo caption, body paragraphs) of the seed; its trailing site chrome dropped."""
    text = unicodedata.normalize("NFC", SEED.read_text(encoding="utf-8"))
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    end = lines.index("Phản hồi")  # "Phản hồi", "Các tin khác" ... are the site's chrome
    return lines[0], lines[1], lines[2:end]


def sentences(paragraph: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.:;…])\s+", paragraph) if s]


# Chrome with its own figures: none of these may reach the article text.
CHROME_FIGURES = ["(99%)", "(87%)", "(101%)", "77%", "4.321", "66%"]


def news_page(title: str, caption: str, paragraphs: list[str], meta: dict[str, str] | None = None) -> str:
    esc = htmllib.escape
    body = "\n".join(f"      <p>{esc(p)}</p>" for p in paragraphs)
    head_meta = "\n".join(f'  <meta property="{esc(k)}" content="{esc(v)}">' for k, v in (meta or {}).items())
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
  <meta charset="utf-8">
  <title>{esc(title)} | Báo Hànộimới</title>
  <link rel="canonical" href="{URL}">
{head_meta}
  <style>.menu li {{ display: inline; }} .hot::after {{ content: "77%"; }}</style>
  <script>var ads = {{"rate": "66%", "views": 4.321}}; window.dataLayer = [];</script>
</head>
<body>
  <header class="site-header">
    <div class="logo">Báo Hànộimới - Cơ quan của Đảng bộ, chính quyền và nhân dân Thủ đô</div>
    <div class="weather">Hà Nội 24°C, độ ẩm 77%</div>
  </header>
  <nav class="menu">
    <ul>
      <li><a href="/">Trang chủ</a></li><li><a href="/chinh-tri">Chính trị</a></li>
      <li><a href="/xay-dung-dang">Xây dựng Đảng</a></li><li><a href="/kinh-te">Kinh tế</a></li>
      <li><a href="/xa-hoi">Xã hội</a></li><li><a href="/the-thao">Thể thao</a></li>
    </ul>
  </nav>
  <main>
    <article class="article-detail">
      <h1 class="article-title">{esc(title)}</h1>
      <div class="article-meta">Thứ hai, 20/11/2017 08:30</div>
      <figure><img src="/img/ket-nap.jpg" alt=""><figcaption>{esc(caption)}</figcaption></figure>
{body}
      <div class="article-author">Minh Anh</div>
    </article>
    <div class="related-news box">
      <h3>Tin liên quan</h3>
      <ul>
        <li><a href="/a1">Đảng bộ quận Hoàn Kiếm kết nạp vượt kế hoạch (99%)</a></li>
        <li><a href="/a2">Đảng bộ quận X hoàn thành chỉ tiêu phát triển đảng viên (87%)</a></li>
        <li><a href="/a3">Huyện Ba Vì: tỷ lệ kết nạp đạt (101%) kế hoạch năm</a></li>
      </ul>
    </div>
    <section id="comments" class="comments">
      <h3>Phản hồi</h3>
      <div class="comment"><b>Nguyễn Văn A</b>: Đảng bộ phường tôi mới đạt 66% thôi, cần cố gắng hơn.</div>
      <div class="comment"><b>Trần Thị B</b>: Bài viết rất hay, 4.321 lượt thích.</div>
      <form><textarea></textarea><button>Gửi bình luận</button></form>
    </section>
  </main>
  <aside class="sidebar">
    <h3>Xem nhiều nhất</h3>
    <ol><li><a href="/b1">Giá vàng tăng 77% sau 10 năm</a></li></ol>
  </aside>
  <footer>
    <p>© 2017 Báo Hànộimới. Giấy phép số 4.321/GP-BTTTT. Tổng biên tập: Nguyễn Minh Đức.</p>
  </footer>
  <script>document.querySelectorAll(".hot").forEach(function (e) {{ e.title = "(99%)"; }});</script>
</body>
</html>
"""


@pytest.fixture(scope="module")
def page() -> Page:
    title, caption, paragraphs = seed_parts()
    return to_text(
        news_page(
            title,
            caption,
            paragraphs,
            {
                "og:url": URL + "?utm_source=fb",
                "article:published_time": "2017-11-20T08:30:00+07:00",
            },
        )
    )


def test_title_first_then_blank_line(page: Page) -> None:
    title, _, _ = seed_parts()
    assert page.title == title
    assert page.text.startswith(title + "\n\n")


def test_every_body_sentence_is_kept(page: Page) -> None:
    _, _, paragraphs = seed_parts()
    missing = [s for p in paragraphs for s in sentences(p) if s not in page.text]
    assert missing == []


def test_paragraphs_are_lines(page: Page) -> None:
    _, _, paragraphs = seed_parts()
    lines = page.text.split("\n")
    assert lines[1] == ""
    assert set(paragraphs) <= set(lines)


@pytest.mark.parametrize("figure", CHROME_FIGURES)
def test_no_chrome_figures(page: Page, figure: str) -> None:
    assert figure not in SEED.read_text(encoding="utf-8")  # the test itself is sound
    assert figure not in page.text


@pytest.mark.parametrize(
    "chrome",
    ["Tin liên quan", "Trang chủ", "Nguyễn Văn A", "Gửi bình luận", "Giấy phép", "window.dataLayer",
     "display: inline", "Xem nhiều nhất"],
)  # fmt: skip
def test_no_chrome_text(page: Page, chrome: str) -> None:
    assert chrome not in page.text


def test_metadata(page: Page) -> None:
    assert page.url == URL  # <link rel="canonical"> first, then og:url
    assert page.published == "2017-11-20"


def test_og_url_when_no_canonical() -> None:
    html = news_page("Tiêu đề", "Ảnh", ["Một đoạn văn đủ dài để là thân bài của bài báo này."] * 3)
    html = html.replace(f'<link rel="canonical" href="{URL}">', "")
    html = html.replace("<head>", '<head><meta property="og:url" content="https://x.vn/a.html">')
    assert to_text(html).url == "https://x.vn/a.html"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2017-11-20T08:30:00+07:00", "2017-11-20"),
        ("2017-11-20", "2017-11-20"),
        ("20/11/2017 08:30", "2017-11-20"),
        ("không rõ", None),
    ],
)
def test_published_formats(value: str, expected: str | None) -> None:
    html = f"""<html><head><meta property="article:published_time" content="{value}"></head>
    <body><p>Đảng bộ thành phố Hà Nội đẩy mạnh công tác phát triển đảng viên.</p></body></html>"""
    assert to_text(html).published == expected


SHORT_PAGE = """<html><head><title>Tin ngắn</title><style>p { color: red }</style></head><body>
    <nav>Trang chủ | Chính trị</nav><header>Báo điện tử</header>
    <div>Kết nạp 12.064 đảng viên<br>đạt 94%</div><!-- quảng cáo (99%) -->
    <aside>Tin liên quan (87%)</aside>
    <script>var x = "(99%)";</script><footer>© 2017</footer></body></html>"""


@pytest.mark.parametrize("trafilatura_finds", [True, False])
def test_short_page(monkeypatch: pytest.MonkeyPatch, trafilatura_finds: bool) -> None:
    """A page too small for trafilatura's heuristics still gives its text, without chrome."""
    if not trafilatura_finds:
        monkeypatch.setattr(extractor.html, "_trafilatura", lambda html: {})
    page = to_text(SHORT_PAGE)
    assert page.title == "Tin ngắn"
    assert page.text == "Tin ngắn\n\nKết nạp 12.064 đảng viên\nđạt 94%"
    assert page.published is None  # no date markup: "© 2017" is not a publication date


@pytest.mark.parametrize(
    "html",
    ["", "   ", "<html></html>", "<<<>>>", "<?xml version='1.0' encoding='utf-8'?><html/>", "\x00"],
)
def test_junk_never_raises(html: str) -> None:
    page = to_text(html)
    assert isinstance(page.text, str)


def test_no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Extraction must never fetch: any socket use fails the test."""
    import socket

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("network access")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    title, caption, paragraphs = seed_parts()
    assert to_text(news_page(title, caption, paragraphs)).title == title
