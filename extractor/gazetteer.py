"""Organization names -> administrative units (province/district) with codes.

Takes an :class:`~extractor.models.Extraction`; fills ``admin_unit`` on each
organization whose name carries an administrative unit ("quận Cầu Giấy",
"huyện Mê Linh", "tỉnh Nghệ An", "TP.HCM", "Sơn La").

Data: underthesea's address mapping (``underthesea/address/data/mapping.json``,
built from the vietnamadminunits package), already installed with underthesea:
63 provinces with their GSO codes and 696 districts before the 1 July 2025 reform,
and each old province's post-2025 province. The mapping carries no district
codes: a district's ``code`` is its vietnamadminunits key under its province code
("01/quancaugiay"). A district name found in several provinces ("huyện Châu
Thành") is resolved to the province the article names most often.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import regex

from . import patterns
from .models import AdminUnit, Extraction


@dataclass(frozen=True)
class _Province:
    name: str
    short: str
    code: str
    new_short: str | None
    new_code: str | None


@dataclass(frozen=True)
class _District:
    type: str
    name: str
    key: str
    province: _Province


@dataclass(frozen=True)
class Gazetteer:
    provinces: dict[str, _Province]  # casefolded short name or alias -> province
    districts: dict[tuple[str, str], list[_District]]  # (type, casefolded name) -> units
    types: dict[str, str]
    province_types: frozenset[str]
    mention: regex.Pattern[str]


def _mapping_path() -> Path:
    import importlib.util

    spec = importlib.util.find_spec("underthesea")  # located, not imported
    if spec is None or spec.origin is None:
        return Path("/nonexistent")
    return Path(spec.origin).parent / "address" / "data" / "mapping.json"


@lru_cache(maxsize=1)
def load() -> Gazetteer | None:
    """The gazetteer, or None when underthesea's mapping is missing."""
    path = _mapping_path()
    if not path.is_file():
        return None
    data = json.loads(path.read_text(encoding="utf-8"))
    table = patterns.load().table("admin_units")
    new_names = data["province_names"]
    provinces: dict[str, _Province] = {}
    by_key: dict[str, _Province] = {}
    for key, info in data["old_province_names"].items():
        new_key = data["province_mapping"].get(key)
        new = new_names.get(new_key) if new_key else None
        p = _Province(
            name=info["name"],
            short=info["short"],
            code=str(info["code"]),
            new_short=new["short"] if new else None,
            new_code=str(new["code"]) if new else None,
        )
        by_key[key] = p
        provinces[p.short.casefold()] = p
    for alias, short in (table.get("province_aliases") or {}).items():
        if str(short).casefold() in provinces:
            provinces[str(alias).casefold()] = provinces[str(short).casefold()]
    types = {str(k).casefold(): str(v) for k, v in (table.get("types") or {}).items()}
    districts: dict[tuple[str, str], list[_District]] = {}
    seen: set[str] = set()
    for row in data["ward_mapping"]:
        dkey = row["old_province_key"] + "/" + row["old_district_key"]
        if dkey in seen or row["old_province_key"] not in by_key:
            continue
        seen.add(dkey)
        typ, name = _split_type(row["old_district"], types)
        if typ is None:
            continue
        d = _District(type=typ, name=name, key=row["old_district_key"], province=by_key[row["old_province_key"]])
        districts.setdefault((typ, _key(name)), []).append(d)
    for province, written in (table.get("former_districts") or {}).items():
        for full in written or []:
            typ, name = _split_type(str(full), types)
            owner = provinces.get(str(province).casefold())
            if typ is not None and owner is not None and (typ, _key(name)) not in districts:
                districts[(typ, _key(name))] = [_District(type=typ, name=name, key=_ascii_key(str(full)), province=owner)]
    alts = "|".join(regex.escape(t) for t in sorted(types, key=len, reverse=True))
    mention = regex.compile(
        rf"(?i:(?<!\w)(?P<type>{alts}))\s*(?P<name>(?:\p{{Lu}}[\p{{L}}\p{{M}}.\-]*|\d{{1,2}})(?:[ ](?:\p{{Lu}}[\p{{L}}\p{{M}}\-]*|\d{{1,2}}))*)"
    )
    province_types = frozenset(str(v) for v in (table.get("province_types") or {}).values())
    return Gazetteer(provinces=provinces, districts=districts, types=types, province_types=province_types, mention=mention)


def _ascii_key(full: str) -> str:
    """A district's key as vietnamadminunits writes one: "huyện Đông Sơn" -> "huyendongson".

    >>> _ascii_key("huyện Đông Sơn")
    'huyendongson'
    """
    import unicodedata

    bare = unicodedata.normalize("NFD", full.casefold().replace("đ", "d"))
    return "".join(ch for ch in bare if ch.isascii() and ch.isalnum())


def _key(name: str) -> str:
    """A district's name as looked up: case folded, tone marks placed the new way, and the
    spellings admin_units.yaml lists as one ("Đắk Glong" and "Đăk Glong")."""
    from .tokens import canon

    key = canon(name.casefold())
    for written, kept in _spellings():
        key = key.replace(written, kept)
    return key


@lru_cache(maxsize=1)
def _spellings() -> tuple[tuple[str, str], ...]:
    table = patterns.load().table("admin_units").get("spelling_variants") or {}
    return tuple((str(a).casefold(), str(b).casefold()) for a, b in table.items())


def _split_type(full: str, types: dict[str, str]) -> tuple[str | None, str]:
    for word in sorted(types, key=len, reverse=True):
        if full.casefold().startswith(word + " "):
            return types[word], full[len(word) + 1 :]
    return None, full


def _province_unit(p: _Province) -> AdminUnit:
    table = patterns.load().table("admin_units").get("province_types") or {}
    typ = next((str(t) for prefix, t in table.items() if p.name.startswith(str(prefix))), "")
    return AdminUnit(
        type=typ, name=p.short, province=p.short, code=p.code,
        province_code=p.code, new_province=p.new_short, new_province_code=p.new_code,
    )


@lru_cache(maxsize=1)
def _province_names() -> regex.Pattern[str] | None:
    """Every province name and alias as written with capitals ("Hà Giang", "TP.HCM")."""
    g = load()
    if g is None:
        return None
    table = patterns.load().table("admin_units").get("province_aliases") or {}
    written = {p.short for p in g.provinces.values()} | {str(a) for a in table}
    alts = "|".join(regex.escape(w) for w in sorted(written, key=len, reverse=True))
    return regex.compile(rf"(?<!\w)(?:{alts})(?![\w.]\w)")


@lru_cache(maxsize=1)
def _place_names() -> frozenset[str]:
    g = load()
    if g is None:
        return frozenset()
    return frozenset(_key(p) for p in g.provinces) | frozenset(name for _, name in g.districts)


def is_place(name: str) -> bool:
    """Is ``name`` (without type word) a province or a district ("Vũ Quang", "Bắc Yên")?

    >>> is_place("Vũ Quang"), is_place("Nguyễn Văn An")
    (True, False)
    """
    return _key(name) in _place_names()


def is_unit(type_word: str, name: str) -> bool:
    """Is there a unit of this type with this name ("huyện", "Can Lộc")? Lets a list
    item inherit the type word its head elided.

    >>> is_unit("huyện", "Can Lộc"), is_unit("tỉnh", "Bình Định"), is_unit("huyện", "Bình Định")
    (True, True, False)
    """
    g = load()
    typ = g.types.get(type_word.casefold()) if g is not None else None
    if g is None or typ is None:
        return False
    if typ in g.province_types and name.casefold() in g.provinces:
        return _province_unit(g.provinces[name.casefold()]).type == typ
    return (typ, _key(name)) in g.districts


def is_district(type_word: str, name: str) -> bool:
    """Is there a district-level unit of this type with this name ("thành phố", "Thanh
    Hóa": the provincial city, whatever the province of the same name)?

    >>> is_district("thành phố", "Thanh Hóa"), is_district("TP", "Vinh"), is_district("thành phố", "Nghệ An")
    (True, True, False)
    """
    g = load()
    typ = g.types.get(type_word.casefold()) if g is not None else None
    return g is not None and typ is not None and (typ, _key(name)) in g.districts


def unit_type(type_word: str) -> str | None:
    """The kind of unit a type word names ("TP" and "thành phố": one kind)."""
    g = load()
    return g.types.get(type_word.casefold()) if g is not None else None


def provinces_before(text: str, at: int, type_word: str) -> list[tuple[int, str]]:
    """Every province named before ``at`` whose type is ``type_word``'s ("tỉnh" ->
    "Hà Giang", "TP" -> "Đà Nẵng"), in order: (position, name as written).

    >>> provinces_before("Sơn La đạt 28%. Hà Giang cũng thấp. Toàn tỉnh", 40, "tỉnh")
    [(0, 'Sơn La'), (16, 'Hà Giang')]
    """
    g, rx = load(), _province_names()
    typ = g.types.get(type_word.casefold()) if g is not None else None
    if g is None or rx is None or typ not in g.province_types:
        return []
    former = _former_types()
    found = []
    for m in rx.finditer(text, 0, at, timeout=patterns.REGEX_TIMEOUT):
        p = g.provinces.get(m.group().casefold())
        if p is not None and (_province_unit(p).type == typ or former.get(m.group().casefold()) == typ):
            found.append((m.start(), m.group()))
    return found


@lru_cache(maxsize=1)
def _former_types() -> dict[str, str]:
    """admin_units.yaml ``former_types``: a province's spelling -> the type it had before."""
    table = patterns.load().table("admin_units").get("former_types") or {}
    return {str(k).casefold(): str(v) for k, v in table.items()}


def _article_provinces(g: Gazetteer, text: str) -> Counter[str]:
    counts: Counter[str] = Counter()
    folded = text.casefold()
    for alias, p in g.provinces.items():
        if len(alias) >= 4 and alias in folded:
            counts[p.short] += folded.count(alias)
    return counts


def link_name(name: str, g: Gazetteer, context: Counter[str]) -> AdminUnit | None:
    """The administrative unit a name carries, or None."""
    for m in g.mention.finditer(name, timeout=patterns.REGEX_TIMEOUT):
        typ = g.types.get(m.group("type").casefold())
        uname = m.group("name")
        if typ is None:
            continue
        if typ in g.province_types and uname.casefold() in g.provinces:
            return _province_unit(g.provinces[uname.casefold()])
        cands = g.districts.get((typ, _key(uname))) or []  # provincial cities are districts too
        if cands:
            best = max(cands, key=lambda d: context.get(d.province.short, 0))
            if len(cands) > 1 and context.get(best.province.short, 0) == 0:
                continue  # ambiguous and the article names none of the provinces
            return AdminUnit(
                type=best.type, name=best.name, province=best.province.short,
                code=f"{best.province.code}/{best.key}", province_code=best.province.code,
                new_province=best.province.new_short, new_province_code=best.province.new_code,
            )
    bare = name.strip().casefold()
    if bare in g.provinces:
        return _province_unit(g.provinces[bare])
    return None


def link(result: Extraction) -> Extraction:
    """Fill ``admin_unit`` on every organization that names one (in place; returned)."""
    g = load()
    if g is None or not result.organizations:
        return result
    context = _article_provinces(g, result.text)
    for org in result.organizations:
        org.admin_unit = link_name(org.name, g, context)
    return result
