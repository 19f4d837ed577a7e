"""Pydantic output models: the JSON contract (schema version 1.0).

Field names are a public contract read by other tools: add fields, rename none.
``extract --schema`` prints :func:`json_schema`.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, PlainSerializer

SCHEMA_VERSION = "1.0"

def _compact_number(value: float) -> int | float:
    return int(value) if float(value).is_integer() and abs(value) < 2**53 else value


#: A JSON number written without ".0" when it is whole (64998, not 64998.0).
Number = Annotated[float, PlainSerializer(_compact_number, return_type=int | float)]

Qualifier = Literal["exact", "approx", "over", "under"]
Kind = Literal["actual", "plan", "target", "average"]


class Source(BaseModel):
    """Where the article came from and how it was read."""

    model_config = ConfigDict(extra="forbid")

    path: str | None = Field(None, description="The input file (or WARC file) path, if any.")
    sha256: str = Field(..., description="SHA-256 of the input bytes.")
    encoding: str = Field(..., description="The encoding found (or given with --encoding).")
    format: Literal["text", "html"] = "text"
    url: str | None = Field(None, description="The page URL, when known (HTML, WARC).")
    published: str | None = Field(None, description="Publication date, when known (HTML).")
    record: str | None = Field(None, description="WARC-Record-ID for WARC inputs.")


class AdminUnit(BaseModel):
    """An administrative unit linked to the gazetteer (see ``extractor/gazetteer.py``)."""

    type: str = Field(..., description="tỉnh, thành phố, quận, huyện, thị xã")
    name: str
    province: str | None = Field(None, description="The province it belonged to before 1 July 2025.")
    code: str | None = Field(
        None, description="GSO code for a province; 'PROVINCE_CODE/key' (vietnamadminunits key) for a district."
    )
    province_code: str | None = None
    new_province: str | None = Field(None, description="Its province after the 2025 reform.")
    new_province_code: str | None = None


class Organization(BaseModel):
    """An organization (committee, unit, agency) with the percentage the article gives it."""

    model_config = ConfigDict(extra="forbid")

    name: str = Field(..., description="The full name, with any head inherited from a list.")
    mention: str = Field(..., description="The name as the article wrote it: text[start:end].")
    percent: Number
    group: str | None = Field(None, description="The group set by the list's lead-in.")
    sentence: int = Field(..., description="Index into `sentences`.")
    start: int
    end: int
    percent_start: int | None = Field(None, description="Offsets of the percentage itself.")
    percent_end: int | None = None
    metric: str | None = Field(None, description="What the percentage measures, when stated.")
    basis: str | None = Field(None, description="What it is compared with ('kế hoạch', ...).")
    admin_unit: AdminUnit | None = None


class Total(BaseModel):
    """A count with its unit: how many of what, and in which sense."""

    value: Number
    unit: str
    text: str = Field(..., description="The mention as written: text[start:end].")
    qualifier: Qualifier = "exact"
    kind: Kind = "actual"
    per: str | None = Field(None, description="Rate basis: 'year', 'month', ...")
    period: str | None = None
    percent_of_plan: Number | None = None
    sentence: int
    start: int
    end: int


class SentenceSpan(BaseModel):
    start: int
    end: int


class Extraction(BaseModel):
    """Everything extracted from one article."""

    schema_version: str = SCHEMA_VERSION
    source: Source
    title: str | None = None
    organizations: list[Organization] = Field(default_factory=list)
    totals: list[Total] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)
    text: str = Field("", description="The normalized article text all offsets point into.")
    sentences: list[SentenceSpan] = Field(default_factory=list)

    def to_json(self, *, indent: int | None = 2) -> str:
        return self.model_dump_json(indent=indent)


class ErrorInfo(BaseModel):
    type: str
    message: str


class ErrorRecord(BaseModel):
    """Batch output for an input that could not be processed."""

    source: dict[str, Any]
    error: ErrorInfo


def json_schema() -> dict[str, Any]:
    schema = Extraction.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = "https://vnextract.invalid/schema/extraction-1.json"
    return schema
