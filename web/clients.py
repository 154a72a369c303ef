"""Who a request comes from: the peer address or, behind a trusted reverse proxy, the client it forwards.

``X-Forwarded-For`` is believed only when the peer is one of the trusted
proxies (setting ``trusted_proxies``), and then only as far as the proxies go:
each proxy appends the address it received the request from, so the list is
read from the right, trusted addresses are skipped, and the first address that
is not trusted is the client.  Anything to its left was written by the client
itself and proves nothing.  A value that is not an address (a typo, ``unknown``,
an attack) gives the peer's address instead: never an error, and never a way to
pose as someone else.  Unlike werkzeug's ProxyFix, which trusts a fixed number of
hops, trust here follows the addresses.

>>> from ipaddress import ip_network
>>> trusted = (ip_network("127.0.0.1/32"),)
>>> client_address("127.0.0.1", ["198.51.100.9, 203.0.113.5"], trusted)
'203.0.113.5'
>>> client_address("192.0.2.1", ["203.0.113.5"], trusted)
'192.0.2.1'
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Sequence

from kg.settings import Network

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address

# Entries read from the right; a real chain of proxies is a few long.
MAX_HOPS = 32
_PORT = re.compile(
    r"\A(?:\[(?P<v6>[^\]]+)\](?::(?P<port6>\d{1,5}))?|(?P<v4>[0-9.]+):(?P<port4>\d{1,5}))\Z", re.ASCII
)


def parse_address(text: str) -> IPAddress | None:
    """An address as proxies write it (``203.0.113.5``, ``2001:db8::1``, ``[2001:db8::1]:443``,
    ``203.0.113.5:443``), IPv4-mapped IPv6 as IPv4; None if it is not one."""
    text = text.strip()
    try:
        address = ipaddress.ip_address(text)
    except ValueError:
        match = _PORT.match(text)
        if match is None or int(match.group("port6") or match.group("port4") or 0) > 65535:
            return None
        try:
            address = ipaddress.ip_address(match.group("v6") or match.group("v4"))
        except ValueError:
            return None
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        return address.ipv4_mapped
    return address


def _trusted(address: IPAddress, trusted: Sequence[Network]) -> bool:
    return any(address.version == net.version and address in net for net in trusted)


def client_address(peer: str | None, forwarded_for: Sequence[str], trusted: Sequence[Network]) -> str:
    """The client a request comes from, given its peer address, its ``X-Forwarded-For`` header
    values (in order) and the trusted proxies."""
    shown = peer or "unknown"
    address = parse_address(peer) if peer else None
    if address is None or not _trusted(address, trusted):
        return shown
    entries = ",".join(forwarded_for).split(",")
    if not "".join(entries).strip():
        return shown
    hops = [parse_address(entry) for entry in entries[-MAX_HOPS:]]
    for hop in reversed(hops):
        if hop is None:
            return shown
        if not _trusted(hop, trusted):
            return str(hop)
    # Every hop read is a trusted address: the request began inside the trusted network.
    first = hops[0]
    return str(first) if first is not None and len(entries) <= MAX_HOPS else shown
