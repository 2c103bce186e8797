"""Fetch feeds and pages over HTTP: politely (a User-Agent naming storyweave, conditional GET,
backoff) and defensively (size and time limits, public addresses only).

Every connection goes to an address this module resolved and checked itself: the request is
pinned to that address while the Host header and the TLS server name stay the host's, so a
DNS answer that changes between the check and the connection (rebinding) cannot reach a
private address, and every redirect hop is checked the same way."""

from __future__ import annotations

import email.utils
import ipaddress
import json
import socket
import time
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urljoin

import httpx

from storyweave import __version__
from storyweave.errors import BadInput

USER_AGENT = f"storyweave/{__version__} (news feed reader; conditional requests, polls on a schedule)"


@dataclass(frozen=True)
class FetchPolicy:
    allow_private: bool = False  # loopback, private and link-local addresses only when the user says so
    max_bytes: int = 5_000_000  # a body larger than this is aborted while streaming
    timeout_s: float = 20.0  # to connect, and between two reads
    deadline_s: float = 60.0  # for a whole response, so a server trickling bytes cannot hold a poll
    retries: int = 3  # further tries after a 5xx, a 429, a timeout or a dropped connection
    backoff_s: float = 1.0  # wait before the first retry; doubles each time
    max_retry_after_s: float = 60.0  # a server's Retry-After is honoured up to this long
    max_redirects: int = 5


@dataclass(frozen=True)
class Validators:
    """What a server said identifies the version it sent (ETag, Last-Modified)."""

    etag: str | None = None
    last_modified: str | None = None

    def headers(self) -> dict[str, str]:
        found = {}
        if self.etag:
            found["If-None-Match"] = self.etag
        if self.last_modified:
            found["If-Modified-Since"] = self.last_modified
        return found

    def to_json(self) -> str:
        return json.dumps({"etag": self.etag, "last_modified": self.last_modified})

    @staticmethod
    def from_json(text: str) -> "Validators":
        data = json.loads(text)
        return Validators(data.get("etag"), data.get("last_modified"))


@dataclass(frozen=True)
class Fetched:
    url: str  # where the body came from, after redirects
    body: bytes
    content_type: str
    validators: Validators


@dataclass(frozen=True)
class NotModified:
    url: str


def is_url(text: str) -> bool:
    return text.lower().startswith(("http://", "https://"))


def refusal(address: ipaddress.IPv4Address | ipaddress.IPv6Address) -> str | None:
    """Why an address is not one to fetch from without --allow-private, or None if it is public."""
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    if address.is_loopback:
        return "a loopback address"
    if address.is_link_local:
        return "a link-local address"
    if address.is_private:
        return "a private address"
    if address.is_multicast or not address.is_global:
        return "not a public address"
    return None


class _NotFetchable(Exception):
    """A host that cannot be resolved or must not be connected to: retrying would not help."""


def _checked_addresses(host: str, port: int, allow_private: bool) -> list[str]:
    """The addresses `host` resolves to, after checking (unless `allow_private`) that every one of them is public."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise _NotFetchable(f"cannot resolve {host} ({exc})") from None
    addresses = [info[4][0] for info in infos]
    for text in addresses:
        why = None if allow_private else refusal(ipaddress.ip_address(text.split("%", 1)[0]))
        if why:
            shown = host if host == text else f"{host} ({text})"
            raise _NotFetchable(f"refused to fetch from {shown}: {why} (use --allow-private to allow it)")
    return list(dict.fromkeys(addresses))


class _CheckedAddressTransport(httpx.BaseTransport):
    """Connects only to addresses it resolved and checked itself; one connection pool per host,
    because pinned requests to different hosts on one address must not share a TLS connection."""

    def __init__(self, allow_private: bool) -> None:
        self._allow_private = allow_private
        self._pools: dict[str, httpx.HTTPTransport] = {}

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        host = request.url.raw_host.decode("ascii")  # an international name in its IDNA (punycode) form
        port = request.url.port or (443 if request.url.scheme == "https" else 80)
        addresses = _checked_addresses(host, port, self._allow_private)
        if host not in self._pools:
            self._pools[host] = httpx.HTTPTransport(trust_env=False)
        original = request.url
        # each checked address in turn, as a resolver's caller would (IPv6 first, then IPv4, …)
        for index, address in enumerate(addresses):
            if address != host:
                request.url = original.copy_with(host=address)
                request.extensions = {**request.extensions, "sni_hostname": host}
            try:
                return self._pools[host].handle_request(request)
            except httpx.ConnectError:
                if index == len(addresses) - 1:
                    raise
        raise AssertionError("unreachable: getaddrinfo returns at least one address or raises")

    def close(self) -> None:
        for pool in self._pools.values():
            pool.close()
        self._pools.clear()


class _Retryable(Exception):
    def __init__(self, reason: str, retry_after: float | None = None):
        super().__init__(reason)
        self.reason = reason
        self.retry_after = retry_after


class Fetcher:
    """GET with the policy's limits; one client (and its connections) for all requests made
    through it. Use as a context manager, or call `close`."""

    def __init__(self, policy: FetchPolicy, sleep: Callable[[float], None] = time.sleep):
        self.policy = policy
        self._sleep = sleep
        self._client: httpx.Client | None = None

    def __enter__(self) -> "Fetcher":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None

    def _http(self) -> httpx.Client:
        if self._client is None:
            timeout = httpx.Timeout(self.policy.timeout_s)
            # no proxy from the environment: the address check must see the address connected to
            self._client = httpx.Client(
                headers={"User-Agent": USER_AGENT, "Accept-Encoding": "gzip, deflate"},
                timeout=timeout, follow_redirects=False, trust_env=False,
                transport=_CheckedAddressTransport(self.policy.allow_private),
            )
        return self._client

    def get(self, url: str, validators: Validators | None = None) -> Fetched | NotModified:
        """The body at `url`, or NotModified when the validators still match. Raises BadInput
        (naming the url) once the retries are used up or the failure is not worth retrying."""
        headers = validators.headers() if validators else {}
        for attempt in range(self.policy.retries + 1):
            try:
                return self._follow(url, headers)
            except _Retryable as exc:
                if attempt == self.policy.retries:
                    raise BadInput(url, f"{exc.reason} (gave up after {attempt + 1} tries)") from None
                wait = self.policy.backoff_s * 2**attempt
                if exc.retry_after is not None:
                    wait = max(wait, min(exc.retry_after, self.policy.max_retry_after_s))
                self._sleep(wait)
            except _NotFetchable as exc:
                raise BadInput(url, str(exc)) from None
        raise AssertionError("unreachable: the loop returns or raises")

    def _follow(self, url: str, headers: dict[str, str]) -> Fetched | NotModified:
        current = url
        for _ in range(self.policy.max_redirects + 1):
            if not is_url(current):
                raise BadInput(url, f"redirected to {current}, which is not an http(s) address")
            try:
                with self._http().stream("GET", current, headers=headers) as response:
                    location = response.headers.get("Location")
                    if response.is_redirect and location:
                        current = urljoin(current, location)
                        continue
                    return self._answer(url, current, response)
            except httpx.TimeoutException:
                raise _Retryable(f"timed out after {self.policy.timeout_s:g} s") from None
            except (httpx.InvalidURL, httpx.UnsupportedProtocol) as exc:
                raise BadInput(url, f"not a usable address ({exc})") from None
            except httpx.TransportError as exc:
                raise _Retryable(f"connection failed ({exc or type(exc).__name__})") from None
            except httpx.HTTPError as exc:  # a body that does not decode as its Content-Encoding says, …
                raise BadInput(url, f"unreadable response ({exc or type(exc).__name__})") from None
        raise BadInput(url, f"more than {self.policy.max_redirects} redirects")

    def _answer(self, url: str, current: str, response: httpx.Response) -> Fetched | NotModified:
        """`current` is where the redirects led; response.url may hold the pinned address instead of the host."""
        status = response.status_code
        if status == 304:
            return NotModified(url)
        if status >= 500 or status == 429:
            raise _Retryable(f"server answered {status} {response.reason_phrase}", _retry_after(response.headers.get("Retry-After")))
        if status >= 400 or status < 200:
            raise BadInput(url, f"server answered {status} {response.reason_phrase}")
        body = self._body(url, response)
        validators = Validators(response.headers.get("ETag"), response.headers.get("Last-Modified"))
        return Fetched(current, body, response.headers.get("Content-Type", ""), validators)

    def _body(self, url: str, response: httpx.Response) -> bytes:
        limit = self.policy.max_bytes
        declared = response.headers.get("Content-Length", "")
        if declared.isdigit() and int(declared) > limit:
            raise BadInput(url, f"too large ({int(declared):,} bytes announced; the limit max_file_bytes is {limit:,} bytes); not downloaded")
        chunks: list[bytes] = []
        received = 0
        started = time.monotonic()
        # decoded bytes are counted, so a small compressed body cannot expand past the limit
        for chunk in response.iter_bytes():
            received += len(chunk)
            if received > limit:
                raise BadInput(url, f"too large (more than the limit max_file_bytes of {limit:,} bytes); download aborted")
            if time.monotonic() - started > self.policy.deadline_s:
                raise BadInput(url, f"body not complete after {self.policy.deadline_s:g} s; download aborted")
            chunks.append(chunk)
        return b"".join(chunks)


def _retry_after(value: str | None) -> float | None:
    if not value:
        return None
    if value.strip().isdigit():
        return float(value.strip())
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())
