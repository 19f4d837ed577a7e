"""The whole flow for one article: read -> normalize -> segment -> match -> resolve -> emit.

Takes a :class:`~extractor.reader.RawArticle`; returns an
:class:`~extractor.models.Extraction`. Only candidate sentences (with figures)
are word-segmented and matched.
"""

from __future__ import annotations

from . import deadline, gazetteer, match, names
from .errors import ExtractorError, InternalError
from .models import Extraction, Organization, SentenceSpan, Source
from .reader import RawArticle
from .resolve import ArticleResolver
from .segment import segment


def run(raw: RawArticle, *, patterns: tuple[str, ...] = ()) -> Extraction:
    """Extract from one read article; any failure is an :class:`ExtractorError`."""
    try:
        return _run(raw, patterns)
    except ExtractorError:
        raise
    except TimeoutError:
        raise InternalError("a pattern took too long on this input (regex timeout)") from None
    except Exception as exc:  # noqa: BLE001 - a bug must reach the user as one line
        raise InternalError(f"internal error: {type(exc).__name__}: {exc}") from exc


def _run(raw: RawArticle, patterns: tuple[str, ...]) -> Extraction:
    seg = segment(raw.text)
    pipe = match.pipeline(patterns)
    resolver = ArticleResolver(seg, lambda s: pipe(s.text, s.start, words=True))
    for sent in seg.sentences:
        deadline.check()  # a batch's --timeout, where no timer signal can interrupt
        if not (sent.caption or sent.too_long) and match.is_candidate(sent.text):
            resolver.add(sent, pipe(sent.text, sent.start))
    result = Extraction(
        source=Source(
            path=raw.path,
            sha256=raw.sha256,
            encoding=raw.encoding,
            format=raw.format,  # type: ignore[arg-type]
            url=raw.url,
            published=raw.published,
            record=raw.record,
        ),
        title=seg.title,
        organizations=_one_spelling(resolver.organizations, seg.text),
        totals=resolver.totals,
        text=seg.text,
        warnings=_warnings(seg.text),
        sentences=[SentenceSpan(start=s.start, end=s.end) for s in seg.sentences],
    )
    return gazetteer.link(result)


def _one_spelling(found: list[Organization], text: str) -> list[Organization]:
    """A subject written once without its type word ("Cục Thuế Bắc Ninh" in the title), or
    with its head and code only ("Trung tâm 37-01S"), or without the head before it
    ("Điện lực Hà Tĩnh"), is named as the article writes it in full ("Cục Thuế tỉnh Bắc
    Ninh", "Trung tâm Đăng kiểm xe cơ giới 37-01S", "Công ty Điện lực Hà Tĩnh"); mentions stay.
    A company's legal form may come from a spelling with no figure of its own."""
    spelled = [o.name for o in found]
    full = {**names.coded_spellings(spelled), **names.typed_spellings(spelled)}  # ("Trung tâm 37-01S": its full name too)
    full.update(names.numbered_spellings([(o.start, o.name) for o in found]))  # "Đội số 5" after "Đội Quản lý thị trường số 1"
    full.update(names.headed_spellings(spelled))  # "Điện lực Hà Tĩnh" of "Công ty Điện lực Hà Tĩnh": the company
    full.update(names.alias_spellings(spelled, text))  # "PC Thái Bình" of "Công ty Điện lực Thái Bình (PC Thái Bình)"
    full.update(names.legal_spellings(spelled))  # "Tổng Công ty Sông Mây" of "Tổng Công ty CP Sông Mây"
    full.update({k: v for k, v in names.legal_spellings_in(spelled, text).items() if k not in full})  # (written once, with no figure of its own)
    full.update(names.dropped_spellings(spelled))  # "Kho bạc khu vực XIII" of "Kho bạc Nhà nước khu vực XIII"
    # one step further: "Điện lực X" -> "Công ty Điện lực X" -> "Công ty TNHH MTV Điện lực X" (never back to itself)
    full = {short: (further if (further := full.get(long, long)) != short else long) for short, long in full.items()}
    return [o.model_copy(update={"name": full[o.name]}) if o.name in full else o for o in found]


def _warnings(text: str) -> list[str]:
    """What the user should know about the text the figures come from."""
    lost = text.count("\ufffd")
    if lost:
        return [f"{lost} character(s) could not be decoded and read as U+FFFD; check source.encoding"]
    return []
