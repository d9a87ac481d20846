"""The teacher PIN: only a salted scrypt hash is kept, and wrong tries get slower."""

from __future__ import annotations

import pytest

from burgerschap.pin import (
    MAX_DELAY,
    Throttle,
    delay_after,
    hash_pin,
    valid_pin,
    verify_pin,
)
from burgerschap.settings import Settings


def test_the_hash_holds_no_pin_and_verifies() -> None:
    stored = hash_pin("4821")
    assert "4821" not in stored
    prefix, salt, digest = stored.split("$")
    assert prefix == "scrypt" and len(bytes.fromhex(salt)) == 16 and len(digest) == 64
    assert verify_pin("4821", stored)
    assert not verify_pin("4822", stored)
    assert not verify_pin("", stored)


def test_every_hash_has_its_own_salt() -> None:
    assert hash_pin("4821") != hash_pin("4821")
    assert hash_pin("4821", salt=b"x" * 16) == hash_pin("4821", salt=b"x" * 16)


@pytest.mark.parametrize(
    "stored", [None, "", "4821", "md5$00$00", "scrypt$zz$00", "scrypt$$" + "0" * 64, "scrypt$ab$ab"]
)
def test_a_missing_or_damaged_hash_never_lets_anyone_in(stored: str | None) -> None:
    assert not verify_pin("4821", stored)


@pytest.mark.parametrize(
    ("pin", "ok"),
    [
        ("1234", True),
        ("12345678", True),
        ("123", False),
        ("123456789", False),
        ("12a4", False),
        ("١٢٣٤", False),
        (" 1234", False),
    ],
)
def test_a_pin_is_four_to_eight_digits(pin: str, ok: bool) -> None:
    assert valid_pin(pin) is ok
    if not ok:
        with pytest.raises(ValueError):
            hash_pin(pin)


def test_the_delay_grows_and_is_capped() -> None:
    delays = [delay_after(n) for n in range(1, 12)]
    assert delays[0] == 0  # one typo is free
    assert delays[1:5] == [1, 2, 4, 8]
    assert delays == sorted(delays)
    assert max(delays) == MAX_DELAY


def test_the_throttle_blocks_until_the_delay_has_passed() -> None:
    now = [100.0]
    throttle = Throttle(clock=lambda: now[0])
    assert throttle.wait() == 0
    assert throttle.failed() == 0
    assert throttle.failed() == 1
    assert throttle.wait() == 1
    now[0] += 0.5
    assert throttle.wait() == 0.5
    now[0] += 0.5
    assert throttle.wait() == 0
    assert throttle.failed() == 2
    throttle.succeeded()
    assert throttle.wait() == 0 and throttle.failures == 0


def test_a_clock_set_back_never_makes_the_wait_longer_than_the_maximum() -> None:
    now = [10_000.0]
    throttle = Throttle(clock=lambda: now[0])
    for _ in range(20):
        throttle.failed()
    now[0] -= 3600  # someone set the computer's clock back an hour
    assert throttle.wait() == MAX_DELAY


def test_the_count_of_wrong_pins_is_read_back_from_the_settings_with_care() -> None:
    saved = Settings.from_json({"pin_failures": 3, "pin_blocked_until": 1234.5})
    assert (saved.pin_failures, saved.pin_blocked_until) == (3, 1234.5)
    for damaged in ({"pin_failures": -1}, {"pin_failures": "3"}, {"pin_failures": True}):
        assert Settings.from_json(damaged).pin_failures == 0
    for damaged_time in (
        {"pin_blocked_until": -5},
        {"pin_blocked_until": "soon"},
        {"pin_blocked_until": float("inf")},
    ):
        assert Settings.from_json(damaged_time).pin_blocked_until == 0.0
