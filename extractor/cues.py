"""The cues of ``patterns/cues.yaml`` and the small readers of a matched ``Doc`` that
the organization and total resolvers share.

Takes nothing but the pattern data; gives :func:`cues` (the lists and regexes, loaded
once), the entity list of a matched sentence, its percents, the comparison basis after
a percent and the periods of a sentence.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import regex

from . import patterns
from .patterns import REGEX_TIMEOUT, word_set


@dataclass(frozen=True)
class Cues:
    figure_verbs: frozenset[str]
    kind_order: list[dict[str, str]]
    paren_kind: list[dict[str, str]]
    lead_in: regex.Pattern[str]
    threshold: patterns.Regex
    interest_rate: patterns.Regex
    group: regex.Pattern[str]
    periods: list[tuple[patterns.Regex, str]]
    bare_blockers: frozenset[str]
    respectively: frozenset[str]
    existential: frozenset[str]
    possessive_after: frozenset[str]
    referent_owners: frozenset[str]
    identity_after: frozenset[str]
    source_markers: frozenset[str]
    not_subject_after: frozenset[str]
    entrusted: frozenset[str]
    goal_markers: frozenset[str]
    transitions: frozenset[str]
    band_after: frozenset[str]
    range_from: frozenset[str]
    range_to: frozenset[str]
    reporting_verbs: frozenset[str]
    metric_stops: frozenset[str]
    topic_openers: frozenset[str]
    breakdown_markers: frozenset[str]
    elaboration_openers: frozenset[str]
    copula_verbs: frozenset[str]
    clause_adverbs: frozenset[str]
    scope_before: frozenset[str]
    place_openers: frozenset[str]
    figure_openers: frozenset[str]
    referent_nouns: frozenset[str]
    brand_referents: frozenset[str]
    place_referents: frozenset[str]
    inner_referents: frozenset[str]
    referent_acronyms: dict[str, tuple[str, ...]]
    share_verbs: frozenset[str]
    count_blockers: frozenset[str]
    shift_units: frozenset[str]
    shift_verbs: frozenset[str]
    shift_partners: frozenset[str]
    threshold_tails: frozenset[str]
    verb_units: frozenset[str]
    change_verbs: frozenset[str]
    comparison_markers: frozenset[str]
    verbs_after_names: frozenset[str]
    clause_openers: frozenset[str]
    result_markers: frozenset[str]
    passive_markers: frozenset[str]
    aside_openers: frozenset[str]
    price_words: frozenset[str]
    metric_prepositions: frozenset[str]
    fund_heads: frozenset[str]
    member_openers: frozenset[str]
    verb_particles: frozenset[str]
    conjunctions: frozenset[str]
    contrasts: frozenset[str]
    copulas: frozenset[str]
    ownership_before: frozenset[str]
    ownership_after: frozenset[str]
    part_locatives: frozenset[str]
    metric_ends: frozenset[str]
    sector_words: frozenset[str]
    basis_tails: frozenset[str]
    basis_verbs: frozenset[str]
    generic_referents: frozenset[str]
    cause_openers: frozenset[str]
    clause_time_words: frozenset[str]
    comparison_openers: frozenset[str]
    comparison_words: frozenset[str]
    announce_verbs: frozenset[str]
    reported_rates: frozenset[str]
    part_openers: frozenset[str]
    place_prepositions: frozenset[str]
    origin_prepositions: frozenset[str]
    collective_scope: frozenset[str]
    article_before: frozenset[str]
    distributive_words: frozenset[str]
    year_before: frozenset[str]
    month_words: frozenset[str]
    period_words: frozenset[str]
    dimension_markers: frozenset[str]
    route_words: frozenset[str]
    national_scope: frozenset[str]
    list_openers: frozenset[str]
    negations: frozenset[str]
    count_scope_openers: frozenset[str]
    national_rank_words: frozenset[str]
    route_fillers: frozenset[str]
    route_connectors: frozenset[str]
    scope_exceptions: frozenset[str]
    each_markers: frozenset[str]
    part_of: frozenset[str]
    part_designators: frozenset[str]
    collective_after: frozenset[str]
    collective_before: frozenset[str]
    agent_verbs: frozenset[str]
    agent_markers: frozenset[str]
    branch_heads: frozenset[str]
    branch_places: frozenset[str]
    object_verb_tags: frozenset[str]
    verb_markers: frozenset[str]
    group_measures: frozenset[str]
    part_verbs: frozenset[str]
    grant_verbs: frozenset[str]
    partner_markers: frozenset[str]
    directive_verbs: frozenset[str]


@lru_cache(maxsize=1)
def cues() -> Cues:
    pset = patterns.load()
    t = pset.table("cues")
    examples = {e["id"]: e for e in t.get("_examples", [])}
    periods = [
        (pset.entry(pid), str(examples[pid].get("value", "{0}")))
        for pid in examples
        if pset.regexes[pid].label == "PERIOD"
    ]
    return Cues(
        figure_verbs=frozenset(t.get("figure_verbs", [])),
        kind_order=t.get("kind_order", []),
        paren_kind=t.get("paren_kind", []),
        lead_in=pset.regex("lead_in_end"),
        threshold=pset.entry("threshold_after"),
        interest_rate=pset.entry("interest_rate_before"),
        group=pset.regex("group"),
        periods=periods,
        existential=word_set(t, "existential"),
        metric_stops=word_set(t, "metric_stops"),
        reporting_verbs=word_set(t, "reporting_verbs"),
        transitions=word_set(t, "transitions"),
        band_after=word_set(t, "band_after"),
        range_from=word_set(t, "range_from"),
        range_to=word_set(t, "range_to"),
        source_markers=word_set(t, "source_markers"),
        not_subject_after=word_set(t, "not_subject_after"),
        entrusted=word_set(t, "entrusted"),
        goal_markers=word_set(t, "goal_markers"),
        identity_after=word_set(t, "identity_after"),
        possessive_after=word_set(t, "possessive_after"),
        referent_owners=word_set(t, "referent_owners"),
        respectively=word_set(t, "respectively"),
        bare_blockers=word_set(t, "bare_number_blockers"),
        topic_openers=word_set(t, "topic_openers"),
        breakdown_markers=word_set(t, "breakdown_markers"),
        elaboration_openers=word_set(t, "elaboration_openers"),
        copula_verbs=word_set(t, "copula_verbs"),
        clause_adverbs=word_set(t, "clause_adverbs"),
        scope_before=word_set(t, "scope_before"),
        place_openers=word_set(t, "place_openers"),
        figure_openers=word_set(t, "figure_openers"),
        referent_nouns=word_set(t, "referent_nouns"),
        brand_referents=word_set(t, "brand_referents"),
        place_referents=word_set(t, "place_referents"),
        inner_referents=word_set(t, "inner_referents"),
        referent_acronyms={str(k).casefold(): tuple(str(a) for a in v or []) for k, v in (t.get("referent_acronyms") or {}).items()},
        share_verbs=word_set(t, "share_verbs"),
        count_blockers=word_set(t, "count_blockers"),
        shift_units=word_set(t, "shift_units"),
        shift_verbs=word_set(t, "shift_verbs"),
        shift_partners=word_set(t, "shift_partners"),
        threshold_tails=word_set(t, "threshold_tails"),
        verb_units=word_set(t, "verb_units"),
        change_verbs=word_set(t, "change_verbs"),
        comparison_markers=word_set(t, "comparison_markers"),
        verbs_after_names=word_set(t, "verbs_after_names"),
        clause_openers=word_set(t, "figure_verbs") | word_set(t, "verbs_after_names"),
        result_markers=word_set(t, "result_markers"),
        passive_markers=word_set(t, "passive_markers"),
        aside_openers=word_set(t, "aside_openers"),
        price_words=word_set(t, "price_words"),
        metric_prepositions=word_set(t, "metric_prepositions"),
        fund_heads=word_set(t, "fund_heads"),
        member_openers=word_set(t, "member_openers"),
        verb_particles=word_set(t, "verb_particles"),
        conjunctions=word_set(t, "conjunctions"),
        contrasts=word_set(t, "contrasts"),
        copulas=word_set(t, "copulas"),
        ownership_before=word_set(t, "ownership_before"),
        ownership_after=word_set(t, "ownership_after"),
        part_locatives=word_set(t, "part_locatives"),
        metric_ends=frozenset(t.get("figure_verbs", [])) | word_set(t, "possessive_after") | word_set(t, "metric_stops"),
        sector_words=word_set(t, "sector_words"),
        basis_tails=word_set(t, "basis_tails"),
        basis_verbs=word_set(t, "basis_verbs"),
        generic_referents=word_set(t, "generic_referents"),
        cause_openers=word_set(t, "cause_openers"),
        clause_time_words=word_set(t, "clause_time_words"),
        comparison_openers=word_set(t, "comparison_openers"),
        comparison_words=word_set(t, "comparison_words"),
        announce_verbs=word_set(t, "announce_verbs"),
        reported_rates=word_set(t, "reported_rates"),
        part_openers=word_set(t, "part_openers"),
        place_prepositions=word_set(t, "place_prepositions"),
        origin_prepositions=word_set(t, "origin_prepositions"),
        collective_scope=word_set(t, "collective_scope"),
        article_before=word_set(t, "article_before"),
        distributive_words=word_set(t, "distributive_words"),
        year_before=word_set(t, "year_before"),
        month_words=word_set(t, "month_words"),
        period_words=word_set(t, "period_words"),
        dimension_markers=word_set(t, "dimension_markers"),
        route_words=word_set(t, "route_words"),
        national_scope=word_set(t, "national_scope"),
        list_openers=word_set(t, "list_openers"),
        negations=word_set(t, "negations"),
        count_scope_openers=word_set(t, "count_scope_openers"),
        national_rank_words=word_set(t, "national_rank_words"),
        route_fillers=word_set(t, "route_fillers"),
        route_connectors=word_set(t, "route_connectors"),
        scope_exceptions=word_set(t, "scope_exceptions"),
        each_markers=word_set(t, "each_markers"),
        part_of=word_set(t, "part_of"),
        part_designators=word_set(t, "part_designators"),
        collective_after=word_set(t, "collective_after"),
        collective_before=word_set(t, "collective_before"),
        agent_verbs=word_set(t, "agent_verbs"),
        agent_markers=word_set(t, "agent_markers"),
        branch_heads=word_set(t, "branch_heads"),
        branch_places=word_set(t, "branch_places"),
        object_verb_tags=frozenset(str(x) for x in t.get("object_verb_tags") or []),
        verb_markers=frozenset(str(x).casefold() for x in t.get("verb_markers") or []),
        group_measures=word_set(t, "group_measures"),
        part_verbs=word_set(t, "part_verbs"),
        grant_verbs=word_set(t, "grant_verbs"),
        partner_markers=word_set(t, "partner_markers"),
        directive_verbs=word_set(t, "directive_verbs"),
    )


def sentence_periods(sentence: str) -> list[tuple[int, str]]:
    """(start offset, value) of every period expression in a sentence, by position."""
    found: list[tuple[int, int, str]] = []
    for rx, template in cues().periods:
        for m in rx.finditer(sentence):
            groups = {k: v for k, v in m.groupdict().items() if v is not None}
            value = template.replace("{0}", m.group(0)).format(**groups)
            found.append((m.start(), m.end(), value.strip()))
    found.sort(key=lambda x: (x[0], -(x[1] - x[0])))
    out: list[tuple[int, str]] = []
    last_end = -1
    for s, e, v in found:
        if s >= last_end:
            out.append((s, v))
            last_end = e
    return out


def group_of(lead_in: str) -> str | None:
    if not cues().lead_in.search(lead_in, timeout=REGEX_TIMEOUT):
        return None
    threshold = verb = None
    for m in cues().group.finditer(lead_in, timeout=REGEX_TIMEOUT):
        threshold = m.group("threshold") or threshold
        verb = m.group("verb") or verb
    return threshold or verb


def phrase_starts(doc: Any, lo: int, hi: int, phrases: frozenset[str]) -> list[int]:
    """Token indices in ``[lo, hi)`` where one of ``phrases`` (of up to three tokens,
    casefolded ``NORM``) starts: "trong đó" is one word or two, as segmented."""
    out = []
    for i in range(lo, hi):
        words = [doc[j].norm_.casefold() for j in range(i, min(i + 3, hi))]
        if any(" ".join(words[:n]) in phrases for n in range(1, len(words) + 1)):
            out.append(i)
    return out


def doc_ents(doc: Any) -> list[Any]:
    ents: list[Any] = doc.user_data.get("ents") or list(doc.ents)
    return ents


def percent_ents(doc: Any) -> list[Any]:
    return [e for e in doc_ents(doc) if e.label_ == "PERCENT"]


def is_threshold(sentence: str, pct: Any) -> bool:
    return bool(cues().threshold.match(sentence[pct.end_char :]))


def is_interest_rate(sentence: str, pct: Any) -> bool:
    """Is the percent an interest rate ("vay vốn với lãi suất 4,8%/năm"): a price, nobody's?"""
    rate = cues().interest_rate
    return rate.may_match(sentence) and bool(rate.search(sentence[: pct.start_char]))


def basis_after(doc: Any, pct: Any) -> str | None:
    i = pct.end
    if i < len(doc) and doc[i].text == ")":
        i += 1
    if i < len(doc):
        for ent in doc_ents(doc):
            if ent.start == i and ent.label_ == "BASIS":
                return str(ent.text)
            if ent.start == i and ent.label_ in ("PLAN", "TARGET"):
                return str(ent.text)
    return None


