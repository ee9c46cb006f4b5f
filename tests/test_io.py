import json
from pathlib import Path

import pytest

from reconcile.errors import InputErrors, SchemaError
from reconcile.io import read_aliases, read_claims, read_documents
from reconcile.model import Claim, Document
from reconcile.values import Quantity

GOOD = {
    "id": "c1",
    "document": "d1",
    "subject": "US troops",
    "attribute": "deployed",
    "value": {"kind": "quantity", "hedge": "about", "point": 2500},
    "quote": "about 2,500",
    "span": [4, 15],
}


def _jsonl(tmp_path: Path, *records: object) -> Path:
    path = tmp_path / "claims.jsonl"
    path.write_text("\n".join(r if isinstance(r, str) else json.dumps(r) for r in records) + "\n")
    return path


def test_a_good_record_is_read_with_its_evidence(tmp_path: Path) -> None:
    loaded = read_claims(_jsonl(tmp_path, GOOD))
    assert (4, 15) == loaded.claims[0].evidence.span  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"colour": "red"}, "colour"),
        ({"value": {"kind": "quantity", "low": 30, "high": 25}}, "value.low"),
        ({"value": {"kind": "quantity", "point": float("nan")}}, "value.point"),
        ({"value": {"kind": "date", "value": "2023-02-30"}}, "value.start"),
        ({"value": {"kind": "weather"}}, "value.kind"),
        ({"subject": ""}, "subject"),
        ({"span": [4, 9]}, "span"),
        ({"modality": "rumoured"}, "modality"),
    ],
)
def test_a_bad_record_is_rejected_naming_file_line_and_field(
    tmp_path: Path, change: dict[str, object], field: str
) -> None:
    path = _jsonl(tmp_path, GOOD | {"id": "ok"}, GOOD | change)
    loaded = read_claims(path)
    assert ["ok"] == [c.id for c in loaded.claims]
    [rejection] = loaded.rejected
    assert (str(path), 2, field) == (rejection.path, rejection.line, rejection.field)


def test_malformed_json_is_rejected_with_its_line(tmp_path: Path) -> None:
    loaded = read_claims(_jsonl(tmp_path, GOOD, "{not json"))
    assert [2] == [r.line for r in loaded.rejected]
    assert "malformed JSON" in loaded.rejected[0].reason


def test_strict_mode_raises_every_problem_at_once(tmp_path: Path) -> None:
    path = _jsonl(tmp_path, GOOD | {"subject": ""}, "{", GOOD | {"colour": 1})
    with pytest.raises(InputErrors) as info:
        read_claims(path, strict=True)
    assert [1, 2, 3] == [getattr(e, "line", None) for e in info.value.exceptions]


def test_csv_claims_flatten_the_value(tmp_path: Path) -> None:
    path = tmp_path / "claims.csv"
    path.write_text(
        "id,document,subject,attribute,kind,hedge,point,low,high,value,quote,span_start,span_end\n"
        'c1,d1,US troops,deployed,quantity,about,"2,500",,,,,,\n'
        "c2,d1,commission,date_formed,date,,,,,2023-SU,last summer,0,11\n"
        "c3,d1,US troops,deployed,quantity,,,30,25,,,,\n"
    )
    loaded = read_claims(path)
    assert ["c1", "c2"] == [c.id for c in loaded.claims]
    assert (4, "value.low") == (loaded.rejected[0].line, loaded.rejected[0].field)


def test_unknown_csv_column_is_named(tmp_path: Path) -> None:
    path = tmp_path / "claims.csv"
    path.write_text("id,document,subject,attribute,kind,point,mood\nc1,d,s,a,quantity,3,happy\n")
    assert "mood" == read_claims(path).rejected[0].field


def test_not_utf8_is_a_schema_error_naming_the_file(tmp_path: Path) -> None:
    path = tmp_path / "claims.jsonl"
    path.write_bytes(b"\xff\xfe\x00bad")
    with pytest.raises(SchemaError, match="not UTF-8"):
        read_claims(path)


def test_unknown_suffix_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "claims.xml"
    path.write_text("<x/>")
    with pytest.raises(SchemaError, match="unknown claims format"):
        read_claims(path)


def test_documents_from_a_sources_json_keep_unknown_keys_as_metadata(tmp_path: Path) -> None:
    path = tmp_path / "sources.json"
    path.write_text(
        json.dumps(
            {
                "documents": [
                    {
                        "file": "a.txt",
                        "outlet": "Wire",
                        "published": "2024-01-27",
                        "basis": "stated",
                    },
                    {"file": "b.txt", "published": "2024-13-01"},
                ]
            }
        )
    )
    loaded = read_documents(path)
    assert [("basis", "stated")] == list(loaded.documents[0].metadata)
    assert ("b.txt", "published") == (loaded.rejected[0].item, loaded.rejected[0].field)


def test_aliases_accept_groups_and_mappings(tmp_path: Path) -> None:
    path = tmp_path / "aliases.json"
    path.write_text(json.dumps([["Islamic State", "ISIS", "Daesh"]]))
    assert "Islamic State" == read_aliases(path).canonical("Daesh")


def test_bad_alias_file_names_the_group(tmp_path: Path) -> None:
    path = tmp_path / "aliases.json"
    path.write_text(json.dumps([["ok", "fine"], ["", 3]]))
    with pytest.raises(SchemaError) as info:
        read_aliases(path)
    assert "[1]" == info.value.field


def test_a_unit_and_an_event_survive_the_claim_record_round_trip() -> None:
    from reconcile.schema import claim_from_record, claim_to_record

    claim = Claim(
        id="d1",
        document="doc",
        subject="quake",
        attribute="depth",
        value=Quantity.exact(18, unit="km"),
        event="quake (2023-02-06)",
    )
    record = claim_to_record(claim)
    assert ("km", "quake (2023-02-06)") == (record["value"]["unit"], record["event"])
    assert claim == claim_from_record(record)


def test_a_claim_without_unit_or_event_writes_the_1_0_record() -> None:
    from reconcile.schema import claim_to_record

    record = claim_to_record(
        Claim(id="c", document="d", subject="s", attribute="killed", value=Quantity.exact(3))
    )
    assert "event" not in record
    assert "unit" not in record["value"]


def test_figures_in_different_units_are_never_compared() -> None:
    from reconcile.compare import Relation, compare_values

    relation = compare_values(Quantity.exact(20, unit="km"), Quantity.exact(20, unit="m"))
    assert Relation.UNRELATED == relation.relation


def test_a_document_given_twice_is_kept_once_and_its_repeat_rejected() -> None:
    from reconcile.validate import check_documents

    checked = check_documents([Document("d1", outlet="Wire"), Document("d1", outlet="Wire")])
    assert ["d1"] == list(checked.kept)
    assert [("d1", "DuplicateId")] == [(r.item, r.error) for r in checked.rejected]
