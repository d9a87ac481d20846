"""The teacher PIN: a salted scrypt hash, and a growing delay after wrong tries.

Pure Python, no interface code. The PIN itself is never stored: settings keep
``scrypt$<salt>$<hash>`` in hex (:func:`hash_pin`), and :func:`verify_pin`
compares in constant time. :class:`Throttle` says how long to wait after each
wrong try (1, 2, 4, ... seconds, at most :data:`MAX_DELAY`); the screen waits
with a timer, so the interface never freezes.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass, field

PIN_MIN = 4
PIN_MAX = 8
"""A PIN is 4 to 8 digits."""

SCRYPT_N = 2**14
SCRYPT_R = 8
SCRYPT_P = 1
SALT_BYTES = 16
HASH_BYTES = 32
PREFIX = "scrypt"

FREE_TRIES = 1
"""Wrong tries allowed before the first delay (a typo costs nothing)."""
MAX_DELAY = 60.0
"""The longest wait after a wrong PIN, in seconds."""


def valid_pin(pin: str) -> bool:
    """Whether ``pin`` can be a PIN: :data:`PIN_MIN` to :data:`PIN_MAX` digits 0-9."""
    return PIN_MIN <= len(pin) <= PIN_MAX and all(c in "0123456789" for c in pin)


def _derive(pin: str, salt: bytes) -> bytes:
    return hashlib.scrypt(
        pin.encode("utf-8"), salt=salt, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P, dklen=HASH_BYTES
    )


def hash_pin(pin: str, salt: bytes | None = None) -> str:
    """``scrypt$<salt hex>$<hash hex>`` for ``pin``, with a fresh random salt by default.

    Raises:
        ValueError: when ``pin`` is not a valid PIN (see :func:`valid_pin`).
    """
    if not valid_pin(pin):
        raise ValueError("a PIN is 4 to 8 digits")
    salt = salt if salt is not None else secrets.token_bytes(SALT_BYTES)
    return f"{PREFIX}${salt.hex()}${_derive(pin, salt).hex()}"


def verify_pin(pin: str, stored: str | None) -> bool:
    """Whether ``pin`` matches the stored hash; False for a missing or damaged hash."""
    if not stored:
        return False
    parts = stored.split("$")
    if len(parts) != 3 or parts[0] != PREFIX:
        return False
    try:
        salt, expected = bytes.fromhex(parts[1]), bytes.fromhex(parts[2])
    except ValueError:
        return False
    if not salt or len(expected) != HASH_BYTES:
        return False
    return hmac.compare_digest(_derive(pin, salt), expected)


def delay_after(failures: int) -> float:
    """Seconds to wait after ``failures`` wrong tries in a row: 0, then 1, 2, 4, ... at most
    :data:`MAX_DELAY`."""
    if failures <= FREE_TRIES:
        return 0.0
    return float(min(MAX_DELAY, 2 ** (failures - FREE_TRIES - 1)))


@dataclass
class Throttle:
    """Counts wrong tries and says until when the next try must wait.

    The clock is the wall clock, so the count and the wait can be saved with
    the settings and outlast a restart of the game (closing the game must not
    be a way round the delay). ``clock`` is injectable so tests need not sleep.
    """

    clock: Callable[[], float] = time.time
    failures: int = 0
    blocked_until: float = field(default=0.0)

    def wait(self) -> float:
        """Seconds left before a try is accepted (0 when one may try now).

        Never more than :data:`MAX_DELAY`, even when the computer's clock was
        set back after a wrong try.
        """
        return min(MAX_DELAY, max(0.0, self.blocked_until - self.clock()))

    def failed(self) -> float:
        """Record a wrong try; returns the seconds to wait before the next one."""
        self.failures += 1
        delay = delay_after(self.failures)
        self.blocked_until = self.clock() + delay
        return delay

    def succeeded(self) -> None:
        self.failures = 0
        self.blocked_until = 0.0
