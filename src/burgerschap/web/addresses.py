"""This machine's own network addresses, read from its interfaces.

The host name is no guide: on Debian and Ubuntu it resolves to 127.0.1.1, so
``serve --host 0.0.0.0`` used to print an address no student could open.
On Linux each interface's IPv4 address is asked of the kernel; elsewhere
the host name's addresses are used.
"""

from __future__ import annotations

import fcntl
import ipaddress
import socket
import struct
import sys

SIOCGIFADDR = 0x8915


def interface_addresses() -> list[str]:
    """Every IPv4 address of this machine's interfaces that others can reach (no loopback)."""
    found: list[str] = []
    for address in [*_linux_interfaces(), *_resolved()]:
        if _usable(address) and address not in found:
            found.append(address)
    return found


def _usable(address: str) -> bool:
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return False
    return not (ip.is_loopback or ip.is_unspecified or ip.is_link_local or ip.is_multicast)


def _linux_interfaces() -> list[str]:
    if not sys.platform.startswith("linux"):
        return []
    found: list[str] = []
    try:
        names = [name for _, name in socket.if_nameindex()]
    except OSError:
        return []
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
        for name in names:
            try:
                packed = fcntl.ioctl(
                    sock.fileno(), SIOCGIFADDR, struct.pack("256s", name.encode()[:15])
                )
            except OSError:  # an interface without an IPv4 address
                continue
            found.append(socket.inet_ntoa(packed[20:24]))
    return found


def _resolved() -> list[str]:
    try:
        infos = socket.getaddrinfo(socket.gethostname(), None, socket.AF_INET)
    except OSError:
        return []
    return [str(info[4][0]) for info in infos]
