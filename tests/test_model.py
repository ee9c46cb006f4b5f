import datetime as dt

import pytest

from reconcile.errors import InvalidClaim
from reconcile.model import Claim
from reconcile.values import DateSpan, Quantity


@pytest.mark.parametrize("value", [25, 25.0, "about 25", {"point": 25}])
def test_a_claim_with_a_bare_value_fails_naming_the_claim_and_the_field(value: object) -> None:
    with pytest.raises(InvalidClaim) as raised:
        Claim(
            id="ap-7",
            document="ap.txt",
            subject="protesters",
            attribute="killed",
            value=value,  # type: ignore[arg-type]
        )
    assert "value" == raised.value.field
    assert "claim 'ap-7'" in str(raised.value)
    assert "Quantity.exact(25)" in str(raised.value)


def test_a_claim_with_a_plain_date_as_time_scope_fails_naming_the_field() -> None:
    with pytest.raises(InvalidClaim) as raised:
        Claim(
            id="ap-7",
            document="ap.txt",
            subject="protesters",
            attribute="killed",
            value=Quantity.exact(25),
            as_of=dt.date(2024, 1, 28),  # type: ignore[arg-type]
        )
    assert "as_of" == raised.value.field


def test_a_claim_with_a_date_span_as_time_scope_is_kept() -> None:
    claim = Claim(
        id="ap-7",
        document="ap.txt",
        subject="protesters",
        attribute="killed",
        value=Quantity.exact(25),
        as_of=DateSpan.day(2024, 1, 28),
    )
    assert "2024-01-28" == str(claim.as_of)
