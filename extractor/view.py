"""An extraction -> one HTML page to check it at a glance.

Takes an :class:`~extractor.models.Extraction`; returns a standalone HTML page: the
article with every organization mention, percentage and total highlighted by spaCy's
displaCy (``ent`` style, one colour per label), then a table of what was extracted.
"""

from __future__ import annotations

import html

from .models import Extraction

COLORS = {"ORG": "#7aecec", "PERCENT": "#feca74", "TOTAL": "#bfe1d9"}


def spans(result: Extraction) -> list[dict[str, int | str]]:
    """The highlighted spans (character offsets into ``result.text``), sorted, no overlaps."""
    items: list[tuple[int, int, str]] = []
    for org in result.organizations:
        items.append((org.start, org.end, "ORG"))
        if org.percent_start is not None and org.percent_end is not None:
            items.append((org.percent_start, org.percent_end, "PERCENT"))
    for total in result.totals:
        items.append((total.start, total.end, "TOTAL"))
    out: list[dict[str, int | str]] = []
    last_end = -1
    for start, end, label in sorted(set(items), key=lambda x: (x[0], -(x[1] - x[0]))):
        if start >= last_end:
            out.append({"start": start, "end": end, "label": label})
            last_end = end
    return out


def _table(result: Extraction) -> str:
    rows = []
    for o in result.organizations:
        unit = o.admin_unit.code if o.admin_unit else ""
        rows.append(
            f"<tr><td>organization</td><td>{html.escape(o.name)}</td><td>{o.percent:g}%</td>"
            f"<td>{html.escape(o.group or '')}</td><td>{html.escape(o.basis or '')}</td><td>{html.escape(unit or '')}</td></tr>"
        )
    for t in result.totals:
        detail = ", ".join(x for x in (t.qualifier, t.kind, t.per or "", t.period or "") if x and x not in ("exact", "actual"))
        rows.append(
            f"<tr><td>total</td><td>{html.escape(t.unit)}</td><td>{t.value:g}</td>"
            f"<td>{html.escape(detail)}</td><td>{'' if t.percent_of_plan is None else f'{t.percent_of_plan:g}% of plan'}</td><td></td></tr>"
        )
    return (
        "<table class='vnx'><thead><tr><th>kind</th><th>name / unit</th><th>figure</th>"
        "<th>group / details</th><th>basis</th><th>admin unit</th></tr></thead><tbody>"
        + "".join(rows)
        + "</tbody></table>"
    )


def render(result: Extraction) -> str:
    """The standalone HTML page for one extraction."""
    from spacy import displacy

    marked = displacy.render(
        {"text": result.text, "ents": spans(result), "title": None},
        style="ent",
        manual=True,
        page=False,
        options={"colors": COLORS, "ents": list(COLORS)},
    )
    title = html.escape(result.title or result.source.path or "vnextract")
    counts = f"{len(result.organizations)} organization figures, {len(result.totals)} totals"
    return f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>{title}</title>
<style>
body {{ font-family: -apple-system, 'Segoe UI', sans-serif; max-width: 60em; margin: 2em auto; padding: 0 1em; }}
table.vnx {{ border-collapse: collapse; margin-top: 2em; width: 100%; font-size: 14px; }}
table.vnx th, table.vnx td {{ border: 1px solid #ccc; padding: 4px 8px; text-align: left; }}
table.vnx th {{ background: #f4f4f4; }}
</style></head>
<body><h1>{title}</h1><p>{html.escape(counts)} — highlighted: organization (ORG), its percentage (PERCENT), totals (TOTAL).</p>
{marked}
{_table(result)}
</body></html>
"""
