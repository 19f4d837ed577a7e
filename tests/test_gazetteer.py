"""Administrative units linked to underthesea's address mapping (vietnamadminunits)."""

from __future__ import annotations

from collections import Counter

import pytest

from extractor import gazetteer

G = gazetteer.load()
pytestmark = pytest.mark.skipif(G is None, reason="underthesea's address mapping is not installed")


def test_seed_districts_link_to_hanoi_with_codes(seed_result) -> None:
    units = [o.admin_unit for o in seed_result.organizations if o.admin_unit and o.admin_unit.type in ("quận", "huyện")]
    assert [(u.type, u.name) for u in units] == [
        ("quận", "Bắc Từ Liêm"), ("quận", "Cầu Giấy"), ("quận", "Đống Đa"), ("quận", "Thanh Xuân"),
        ("huyện", "Mê Linh"), ("huyện", "Phúc Thọ"), ("huyện", "Quốc Oai"), ("huyện", "Thanh Trì"),
    ]
    assert all(u.province == "Hà Nội" and u.province_code == "01" and u.code and u.code.startswith("01/") for u in units)
    assert len({u.code for u in units}) == 8


@pytest.mark.parametrize(
    "name,type_,unit,province,code",
    [
        ("tỉnh Nghệ An", "tỉnh", "Nghệ An", "Nghệ An", "40"),
        ("TP.HCM", "thành phố", "Hồ Chí Minh", "Hồ Chí Minh", "79"),
        ("Thành ủy TP HCM", "thành phố", "Hồ Chí Minh", "Hồ Chí Minh", "79"),
        ("Sơn La", "tỉnh", "Sơn La", "Sơn La", "14"),
        ("Đảng bộ quận Cầu Giấy", "quận", "Cầu Giấy", "Hà Nội", "01/quancaugiay"),
    ],
)
def test_link_name(name: str, type_: str, unit: str, province: str, code: str) -> None:
    assert G is not None
    u = gazetteer.link_name(name, G, Counter())
    assert u is not None
    assert (u.type, u.name, u.province, u.code) == (type_, unit, province, code)


def test_post_2025_province() -> None:
    assert G is not None
    u = gazetteer.link_name("tỉnh Hà Giang", G, Counter())
    assert u is not None and u.province == "Hà Giang" and u.new_province == "Tuyên Quang"


def test_ambiguous_district_needs_the_article_province() -> None:
    assert G is not None
    assert gazetteer.link_name("huyện Châu Thành", G, Counter()) is None
    u = gazetteer.link_name("huyện Châu Thành", G, Counter({"Tiền Giang": 3}))
    assert u is not None and u.province == "Tiền Giang"


def test_not_a_unit() -> None:
    assert G is not None
    assert gazetteer.link_name("Tổng Công ty Cơ khí xây dựng", G, Counter()) is None


def test_spellings_of_one_place_are_one_district() -> None:
    assert G is not None
    # underthesea's mapping writes "Đăk Glong" but "Đắk Song"; articles write either
    assert gazetteer.is_place("Đắk Glong") and gazetteer.is_place("Đăk Glong") and gazetteer.is_place("Đăk Song")
    assert gazetteer.is_unit("huyện", "Đắk Glong")
    u = gazetteer.link_name("huyện Đắk Glong", G, Counter())
    assert u is not None and u.province == "Đắk Nông"


def test_former_districts_are_places_with_their_province() -> None:
    """A district merged away before the mapping's baseline (admin_units.yaml
    former_districts) is still a place archived articles name, linked to its province."""
    assert gazetteer.is_place("Đông Sơn") and gazetteer.is_unit("huyện", "Hoành Bồ")
    unit = gazetteer.link_name("huyện Đông Sơn", G, Counter())
    assert unit is not None and (unit.type, unit.name, unit.province, unit.code) == ("huyện", "Đông Sơn", "Thanh Hóa", "38/huyendongson")
    assert not gazetteer.is_unit("quận", "Đông Sơn")
