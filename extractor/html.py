"""A saved news page (HTML) -> the article's text, with its URL, date and title.

Takes: the page as a ``str`` (already decoded). Returns: a :class:`Page` whose ``text``
is the title, a blank line, then the body paragraphs one per line; site chrome (menus,
headers, footers, related-news boxes, comments, scripts) is left out.
The main text comes from trafilatura; when it finds nothing, a plain dump of ``<body>``
without script/style/nav/header/footer/aside is used. Nothing is ever fetched: the
page is only parsed.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass

import lxml.etree
import lxml.html

# Where the page states its own address and publication time (first found wins).
_URL_XPATHS = (
    '//link[@rel="canonical"]/@href',
    '//meta[@property="og:url"]/@content',
    '//meta[@name="og:url"]/@content',
)
_PUBLISHED_XPATHS = (
    '//meta[@property="article:published_time"]/@content',
    '//meta[@name="article:published_time"]/@content',
    '//meta[@itemprop="datePublished"]/@content',
    '//*[@itemprop="datePublished"]/@datetime',
    '//meta[@name="pubdate"]/@content',
    '//meta[@name="publishdate"]/@content',
    '//meta[@name="dc.date.issued"]/@content',
    '//meta[@property="og:published_time"]/@content',
)
_TITLE_XPATHS = (
    '//meta[@property="og:title"]/@content',
    "//h1",
    "//title",
)

# Dropped before the plain-text fallback reads <body>.
_CHROME_TAGS = (
    "script", "style", "noscript", "template", "nav", "header", "footer", "aside",
    "form", "iframe", "svg", "button", "select",
)  # fmt: skip
# Elements that start a new line in the plain-text fallback.
_BLOCK_TAGS = (
    "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li",
    "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "table", "tr", "figure",
    "figcaption", "br", "hr",
)  # fmt: skip

# trafilatura and its helpers log warnings ("discarding data: None") for pages they find
# no text in; underthesea configures the root logger, so they would reach stderr, where
# the CLI promises one line. They are muted while trafilatura runs.
_QUIET_LOGGERS = ("trafilatura", "htmldate", "courlan", "justext")

_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)
_ISO_DATE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_DMY_DATE = re.compile(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})")  # Vietnamese order: 20/11/2017
_SPACES = re.compile(r"\s+")


@dataclass(frozen=True)
class Page:
    """The article found in one HTML page."""

    text: str  # title, blank line, body paragraphs one per line ("" if nothing found)
    url: str | None  # canonical URL stated by the page
    published: str | None  # publication date, ISO "YYYY-MM-DD"
    title: str | None


def to_text(html: str) -> Page:
    """Extract the article of an HTML page given as a string; never raises on bad HTML."""
    tree = _parse(html)
    extracted = _trafilatura(html)
    title = _headline(tree, _clean(extracted.get("title")))
    body = extracted.get("text") or ""
    if not body.strip() and tree is not None:
        body = _plain_text(tree)
    lines = [_SPACES.sub(" ", line).strip() for line in body.splitlines()]
    lines = [line for line in lines if line]
    if title and lines and lines[0] == title:
        lines = lines[1:]  # the headline is often inside the article element too
    text = "\n".join(lines)
    if title:
        text = f"{title}\n\n{text}".rstrip()
    url = _first_url(tree) or _clean(extracted.get("url"))
    published = _iso_date(_first_text(tree, _PUBLISHED_XPATHS)) or _iso_date(extracted.get("date"))
    return Page(text=text, url=url, published=published, title=title)


def _parse(html: str) -> lxml.html.HtmlElement | None:
    """The lxml tree of the page, or None if lxml cannot make one."""
    try:
        return lxml.html.document_fromstring(_XML_DECLARATION.sub("", html, count=1))
    except (lxml.etree.ParserError, ValueError):
        return None


def _trafilatura(html: str) -> dict[str, str | None]:
    """trafilatura's text, title, url and date of the page (empty values if it fails)."""
    loggers = [logging.getLogger(name) for name in _QUIET_LOGGERS]
    levels = [logger.level for logger in loggers]
    for logger in loggers:
        logger.setLevel(logging.CRITICAL)
    try:
        import trafilatura  # imported on first HTML input: it is slow to load

        doc = trafilatura.bare_extraction(
            html,
            include_comments=False,
            include_tables=False,
            favor_precision=True,
            with_metadata=True,
            # dates only from markup (meta, time elements, URL), never guessed from "© 2017"
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except Exception:  # noqa: BLE001 - third-party heuristics on arbitrary input
        return {}
    finally:
        for logger, level in zip(loggers, levels, strict=True):
            logger.setLevel(level)
    if doc is None:
        return {}
    data = doc if isinstance(doc, dict) else doc.as_dict()
    return {key: _as_str(data.get(key)) for key in ("text", "title", "url", "date")}


def _as_str(value: object) -> str | None:
    return value if isinstance(value, str) else None


def _clean(value: str | None) -> str | None:
    if value is None:
        return None
    value = _SPACES.sub(" ", value).strip()
    return value or None


def _first_text(tree: lxml.html.HtmlElement | None, xpaths: tuple[str, ...]) -> str | None:
    """The first non-empty string any of ``xpaths`` finds (attribute or element text)."""
    if tree is None:
        return None
    for xpath in xpaths:
        for hit in tree.xpath(xpath):
            value = _clean(hit.text_content() if isinstance(hit, lxml.html.HtmlElement) else str(hit))
            if value:
                return value
    return None


def _headline(tree: lxml.html.HtmlElement | None, found: str | None) -> str | None:
    """The article's headline: an ``<h1>`` that a page title contains (titles often add the
    site's name: "Hànộimới | Headline"), else trafilatura's title, og:title, h1, <title>."""
    if tree is None:
        return found
    titles = [t for t in (found, _first_text(tree, _TITLE_XPATHS[:1]), _first_text(tree, ("//title",))) if t]
    for hit in tree.xpath("//h1"):
        h1 = _clean(hit.text_content()) if isinstance(hit, lxml.html.HtmlElement) else None
        if h1 and any(h1 != t and h1 in t for t in titles):
            return h1
    return found or _first_text(tree, _TITLE_XPATHS)


def _first_url(tree: lxml.html.HtmlElement | None) -> str | None:
    """The page's own URL: an absolute one if any is stated, else the first stated."""
    if tree is None:
        return None
    found = [_clean(str(v)) for xpath in _URL_XPATHS for v in tree.xpath(xpath)]
    urls = [u for u in found if u]
    absolute = [u for u in urls if re.match(r"(?i)https?://", u)]
    return (absolute or urls)[0] if urls else None


def _iso_date(value: str | None) -> str | None:
    """``2017-11-20T08:30:00+07:00`` or ``20/11/2017`` -> ``2017-11-20``; else None."""
    if not value:
        return None
    match = _ISO_DATE.search(value)
    if match:
        year, month, day = (int(g) for g in match.groups())
    else:
        match = _DMY_DATE.search(value)
        if not match:
            return None
        day, month, year = (int(g) for g in match.groups())
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"


def _plain_text(tree: lxml.html.HtmlElement) -> str:
    """Text of ``<body>`` without chrome elements, a line per block element.

    Reads the tree without changing it (a page may hold characters lxml refuses to
    write back, such as ``&#xFFFF;``), and without recursion (pages can nest deeply).
    """
    bodies = tree.xpath("//body")
    root = bodies[0] if bodies else tree
    chunks: list[str] = []
    walker = lxml.etree.iterwalk(root, events=("start", "end", "comment", "pi"))
    for event, el in walker:
        tag = el.tag if isinstance(el.tag, str) else None
        if event == "start":
            if tag in _CHROME_TAGS:
                walker.skip_subtree()  # its "end" still comes: the tail is kept
                continue
            if tag in _BLOCK_TAGS:
                chunks.append("\n")
            if tag != "br":
                chunks.append(el.text or "")
        elif event == "end":
            if tag in _BLOCK_TAGS:
                chunks.append("\n")
            if el is not root:
                chunks.append(el.tail or "")
        else:  # a comment or processing instruction: only its tail is text
            chunks.append(el.tail or "")
    lines = (_SPACES.sub(" ", line).strip() for line in "".join(chunks).splitlines())
    return "\n".join(line for line in lines if line)
