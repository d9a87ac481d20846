"""What the classroom server accepts from a browser: sizes, messages, hosts and addresses.

Pure rules without aiohttp, so that each can be tested on its own. Everything
a browser sends is untrusted: a websocket may ask for a terminal of 20,000 by
20,000 cells, send an empty or malformed message, or come from a page on
another site (cross-site websocket hijacking) or through a DNS name that was
rebound to this machine. :mod:`burgerschap.web.server` applies these rules
before anything reaches a game process.
"""

from __future__ import annotations

import ipaddress
import json
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

MAX_WIDTH = 400
MAX_HEIGHT = 200
MIN_SIZE = 10
MAX_STDIN = 16 * 1024
"""Characters of one stdin message: far more than a paste of a reflection."""
MAX_PING = 64


def clamp_size(width: object, height: object) -> tuple[int, int]:
    """A terminal size the game can afford: whole numbers within 10..400 by 10..200.

    Anything that is not a whole number falls back to 80x24.
    """
    return (
        _clamp(_as_int(width, 80), MIN_SIZE, MAX_WIDTH),
        _clamp(_as_int(height, 24), MIN_SIZE, MAX_HEIGHT),
    )


def _as_int(value: object, default: int) -> int:
    if isinstance(value, bool):
        return default
    if isinstance(value, int):
        return value
    text = value.strip() if isinstance(value, str) else ""
    # ASCII digits only: isdigit() is also true for "²", which int() refuses.
    if text and len(text) <= 9 and text.isascii() and text.isdigit():
        return int(text)
    return default


def _clamp(value: int, low: int, high: int) -> int:
    return max(low, min(high, value))


@dataclass(frozen=True)
class Stdin:
    """Keys or pasted text for the game."""

    data: str


@dataclass(frozen=True)
class Resize:
    width: int
    height: int


@dataclass(frozen=True)
class Ping:
    data: str


@dataclass(frozen=True)
class Focus:
    focused: bool


Message = Stdin | Resize | Ping | Focus


def parse_message(raw: str) -> Message | None:
    """The one message a browser's text frame holds, or None to ignore it.

    textual.js sends ``["stdin", text]``, ``["resize", {"width": w, "height": h}]``,
    ``["ping", text]``, ``["blur"]`` and ``["focus"]``. Anything else (not JSON,
    not a list, an unknown type, an empty or oversized payload) is dropped: an
    empty stdin packet froze a game process before this rule.
    """
    try:
        envelope: Any = json.loads(raw)
    except (ValueError, RecursionError):
        return None
    if not isinstance(envelope, list) or not envelope or not isinstance(envelope[0], str):
        return None
    kind, payload = envelope[0], envelope[1] if len(envelope) > 1 else None
    if kind == "stdin":
        if isinstance(payload, str) and 0 < len(payload) <= MAX_STDIN:
            return Stdin(payload)
        return None
    if kind == "resize":
        if isinstance(payload, dict):
            width, height = clamp_size(payload.get("width"), payload.get("height"))
            return Resize(width, height)
        return None
    if kind == "ping":
        if isinstance(payload, str) and len(payload) <= MAX_PING:
            return Ping(payload)
        return None
    if kind in ("blur", "focus"):
        return Focus(kind == "focus")
    return None


def host_name(host_header: str) -> str:
    """The host part of a ``Host`` header or an origin's netloc, lower case, without port."""
    text = host_header.strip().lower()
    if text.startswith("["):  # [::1]:8000
        return text[1 : text.find("]")] if "]" in text else text
    if text.count(":") == 1:
        return text.split(":", 1)[0]
    return text


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


@dataclass(frozen=True)
class HostRule:
    """Which ``Host`` and ``Origin`` headers this server answers to.

    A page served to a student always comes from one of the addresses the
    teacher printed (or from loopback on the teacher's own machine), so both
    headers must name one of ``allowed``. A missing ``Origin`` is accepted:
    browsers always send one on a websocket, and a script that leaves it out
    could forge it just as well; the check is against pages of other sites.
    """

    allowed: frozenset[str]

    def host_ok(self, host_header: str | None) -> bool:
        if not host_header:
            return False
        name = host_name(host_header)
        return name in self.allowed or is_loopback(name)

    def origin_ok(self, origin: str | None, host_header: str | None) -> bool:
        if origin is None:
            return True
        parts = urlsplit(origin)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            return False
        # Same host as the page's request: the page itself opened the socket.
        if host_header and parts.netloc.lower() == host_header.strip().lower():
            return self.host_ok(host_header)
        return self.host_ok(parts.netloc)


@dataclass(frozen=True)
class ProxyRule:
    """Which reverse proxies may say what the browser used: ``X-Forwarded-Proto`` and ``-For``.

    Behind a proxy that ends TLS, the server sees plain HTTP from the proxy's
    address: the page would point the browser at ``ws://`` from an ``https``
    page (which browsers block), and every student would count as one device.
    Only a request from an address in ``trusted`` is believed; anyone else
    could write these headers too.
    """

    trusted: frozenset[str] = frozenset()

    def client(
        self, remote: str | None, scheme: str, headers: Mapping[str, str]
    ) -> tuple[str, str | None]:
        """The scheme the browser used and its address, as far as they can be trusted."""
        if remote is None or not self.trusted or _ip(remote) not in self.trusted:
            return scheme, remote
        proto = headers.get("X-Forwarded-Proto", "").split(",")[0].strip().lower()
        # The proxy appends the address it saw; with one proxy that is the last entry.
        chain = [a.strip() for a in headers.get("X-Forwarded-For", "").split(",") if a.strip()]
        browser = _ip(chain[-1]) if chain else None
        return (proto if proto in ("http", "https") else scheme), (browser or remote)


def _ip(text: str) -> str | None:
    """``text`` as a normalised IP address, or None when it is not one."""
    try:
        return str(ipaddress.ip_address(text.strip().strip("[]")))
    except ValueError:
        return None


def proxy_rule(addresses: Iterable[str]) -> ProxyRule:
    """The proxies named on the command line (IP addresses; anything else is not trusted)."""
    return ProxyRule(frozenset(a for a in (_ip(t) for t in addresses) if a is not None))


class AddressLimit:
    """At most ``per_address`` open sessions from one remote address.

    Loopback is exempt: it is the teacher's own machine (and the load test).
    """

    def __init__(self, per_address: int) -> None:
        self.per_address = per_address
        self._open: Counter[str] = Counter()

    def take(self, address: str | None) -> bool:
        """Count a new session from ``address``; False when that address is at its limit."""
        key = address or "?"
        if address is not None and is_loopback(address):
            return True
        if self._open[key] >= self.per_address:
            return False
        self._open[key] += 1
        return True

    def give_back(self, address: str | None) -> None:
        key = address or "?"
        if address is not None and is_loopback(address):
            return
        self._open[key] -= 1
        if self._open[key] <= 0:
            del self._open[key]
