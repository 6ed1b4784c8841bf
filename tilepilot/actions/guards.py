"""Guards that refuse actions before they happen: the domain allowlist (hosts a browser may reach)."""

from __future__ import annotations

from urllib.parse import urlsplit

from tilepilot.errors import DomainBlocked, InputError

_ALWAYS = ("about", "data", "blob", "chrome-error")


def check_url(url: str, what: str = "URL") -> str:
    """A URL a browser can open, or InputError saying what was expected."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https", "file", "about", "data") or (
        parts.scheme in ("http", "https") and not parts.hostname
    ):
        raise InputError(f"{what} {url!r} is not a URL a browser can open; expected http(s)://host/...")
    return url


def _host(domain: str) -> str:
    """``https://Example.com:8000/x`` -> ``example.com``: people paste URLs where a host is expected."""
    d = domain.strip().lower()
    if "://" in d:
        d = urlsplit(d).hostname or d
    return d.split("/")[0].split(":")[0].lstrip(".") if d != "*" else d


class DomainPolicy:
    """Hosts a run may reach. ``example.com`` also admits its subdomains; ``*`` admits everything.
    An empty list admits everything too (used only when no start URL and no domains were given)."""

    def __init__(self, domains: list[str] | None = None):
        self.domains = [_host(d) for d in (domains or []) if d.strip()]

    @classmethod
    def for_start(cls, url: str | None, extra: list[str] | None = None) -> DomainPolicy:
        """By default a run may stay on its start host only."""
        domains = list(extra or [])
        host = urlsplit(url).hostname if url else None
        if host:
            domains.append(host)
        return cls(domains)

    def allows(self, url: str) -> bool:
        parts = urlsplit(url)
        if parts.scheme in _ALWAYS or parts.scheme == "file":
            return True
        if not self.domains or "*" in self.domains:
            return True
        host = (parts.hostname or "").lower()
        return any(host == d or host.endswith("." + d) for d in self.domains)

    def check(self, url: str) -> None:
        if not self.allows(url):
            host = urlsplit(url).hostname
            raise DomainBlocked(
                f"{url} is outside the allowed domains ({', '.join(self.domains)}); "
                f"add --allow-domain {host} to permit it"
            )
