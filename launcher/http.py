"""The one place that imports httpx: the shared client, retries, an overall deadline per request, a cap on the
decoded body, the redacting log hook, the loopback rule."""

from __future__ import annotations

import asyncio
import ipaddress
import json
import logging
import random
import zlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import httpx

from . import __version__, languages, tls
from .outcomes import NetworkError, ProtocolError, ServiceError, TimeoutError_
from .reply import Reply, clamp_seconds, deadline, retry_after_seconds  # noqa: F401  (re-exported)

log = logging.getLogger("launcher.http")

USER_AGENT = f"GameLauncher/{__version__} (+python-httpx)"
MAX_BODY_BYTES = 4 * 1024 * 1024  # after decompression
REQUEST_DEADLINE_S = 20.0  # one request from connect to the last body byte, retries and their waits included
ACCEPT_ENCODING = "gzip, deflate"  # the only encodings decoded (each bounded); anything else is refused
RETRY_STATUSES = (429, 503)
IDEMPOTENT = ("GET", "HEAD", "OPTIONS", "PUT", "DELETE")

for noisy in ("httpx", "httpcore"):
    # Their INFO lines print full URLs with query strings; we log from our own hook instead.
    logging.getLogger(noisy).setLevel(logging.WARNING)


def is_loopback(host: str) -> bool:
    """Only `localhost` and literal loopback addresses (127.0.0.0/8, ::1). Other `*.localhost` names are not
    trusted: what they resolve to is up to the resolver, and plain http must never leave the machine."""
    host = host.strip("[]").lower().rstrip(".")
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_url(url: str) -> httpx.URL:
    """Refuse anything but https, or http to this machine."""
    try:
        parsed = httpx.URL(url)
    except (httpx.InvalidURL, TypeError) as exc:
        raise NetworkError(f"The service address {url!r} is not a valid URL.") from exc
    if parsed.scheme == "https":
        return parsed
    if parsed.scheme == "http" and is_loopback(parsed.host):
        return parsed
    if parsed.scheme == "http":
        raise NetworkError(f"Refusing an unencrypted connection to {parsed.host}: use https://.")
    raise NetworkError(f"The service address {url!r} must start with https://.")


class RetryTransport(httpx.AsyncBaseTransport):
    """Retries 429/503 (honouring Retry-After) for every method, and read failures for idempotent ones.

    A wait longer than `max_wait` is not slept through: the response goes back so the caller can say
    "try again in N seconds" instead of freezing a sign-in for minutes.
    """

    def __init__(self, inner: httpx.AsyncBaseTransport, *, attempts: int = 3, backoff: float = 0.25,
                 max_wait: float = 5.0) -> None:
        self.inner, self.attempts, self.backoff, self.max_wait = inner, attempts, backoff, max_wait

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        for attempt in range(1, self.attempts + 1):
            last = attempt == self.attempts
            try:
                response = await self.inner.handle_async_request(request)
            except (httpx.ReadError, httpx.RemoteProtocolError, httpx.ReadTimeout):
                if last or request.method not in IDEMPOTENT:
                    raise
                await asyncio.sleep(self._backoff(attempt))
                continue
            if response.status_code not in RETRY_STATUSES or last:
                return response
            wait = retry_after_seconds(response.headers.get("retry-after"))  # clamped: never inf or huge
            if wait is None:
                wait = self._backoff(attempt)
            if wait > self.max_wait:
                return response
            await response.aclose()
            log.info("retrying %s %s after HTTP %s in %.2fs", request.method, request.url.path,
                     response.status_code, wait)
            await asyncio.sleep(wait)
        raise AssertionError("unreachable")

    def _backoff(self, attempt: int) -> float:
        return float(self.backoff * (2 ** (attempt - 1)) * (0.5 + random.random() / 2))

    async def aclose(self) -> None:
        await self.inner.aclose()


class ProxyFailure(httpx.ProxyError):
    """The proxy itself failed (unreachable, refused, asked for credentials); `shown` names it without credentials."""

    def __init__(self, shown: str, message: str) -> None:
        super().__init__(message)
        self.shown = shown


def proxy_shown(url: str) -> str:
    """A proxy URL as it may be shown and logged: scheme, host and port, never its user or password."""
    parts = urlsplit(url)
    host = parts.hostname or "?"
    return f"{host}:{parts.port}" if parts.port else host


def system_proxies() -> dict[str, str]:
    """The proxies in use: HTTPS_PROXY/HTTP_PROXY/ALL_PROXY/NO_PROXY (either case), and on Windows and macOS the
    system's own settings (urllib reads the registry and System Configuration)."""
    import urllib.request

    return {k.lower(): v for k, v in urllib.request.getproxies().items() if isinstance(v, str)}


class ProxyRouter(httpx.AsyncBaseTransport):
    """Sends each request direct or through the proxy for its scheme, as the environment or the system says
    (NO_PROXY and the system's bypass list honoured; this computer's own addresses always direct). httpx applies the
    environment's proxies only to transports it builds itself; the launcher builds its own (retries, TLS), so the
    routing is done here."""

    def __init__(self, make: Callable[[str | None], httpx.AsyncBaseTransport],
                 proxies: Mapping[str, str] | None = None,
                 bypass: Callable[[str], bool] | None = None) -> None:
        self.make = make
        self.proxies = dict(system_proxies() if proxies is None else proxies)
        self._bypass = bypass
        self._transports: dict[str | None, httpx.AsyncBaseTransport] = {}

    def bypassed(self, host: str) -> bool:
        if self._bypass is not None:
            return self._bypass(host)
        import urllib.request

        no_proxy = self.proxies.get("no")
        if no_proxy is not None:
            return bool(urllib.request.proxy_bypass_environment(host, {"no": no_proxy}))  # type: ignore[attr-defined]
        try:
            return bool(urllib.request.proxy_bypass(host))
        except OSError:  # pragma: no cover - a system setting that cannot be read
            return False

    def proxy_for(self, url: httpx.URL) -> str | None:
        if is_loopback(url.host):
            return None
        proxy = self.proxies.get(url.scheme) or self.proxies.get("all")
        if not proxy or self.bypassed(url.host):
            return None
        return proxy if "://" in proxy else f"http://{proxy}"

    def _transport(self, proxy: str | None) -> httpx.AsyncBaseTransport:
        transport = self._transports.get(proxy)
        if transport is None:
            try:
                transport = self._transports[proxy] = self.make(proxy)
            except ImportError as exc:  # socks5:// without the socksio package
                raise ProxyFailure(proxy_shown(proxy or ""), f"The proxy at {proxy_shown(proxy or '')} uses a "
                                   "protocol this launcher does not support (use an http:// proxy).") from exc
        return transport

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        proxy = self.proxy_for(request.url)
        transport = self._transport(proxy)
        if proxy is None:
            return await transport.handle_async_request(request)
        shown = proxy_shown(proxy)
        try:
            return await transport.handle_async_request(request)
        except httpx.ProxyError as exc:
            text = str(exc)
            if "407" in text:
                raise ProxyFailure(shown, f"The proxy at {shown} asks for a user name and password (HTTP 407): put "
                                          "them in the proxy address (http://user:password@host:port).") from exc
            raise ProxyFailure(shown, f"The proxy at {shown} refused the connection to {request.url.host} "
                                      f"({_status_of(text)}).") from exc
        except (httpx.ConnectError, httpx.ConnectTimeout) as exc:
            if tls.describe_failure(exc, request.url.host) is not None:
                raise  # a certificate seen through the tunnel: the server's, not the proxy's
            raise ProxyFailure(shown, f"The proxy at {shown} can't be reached ({exc or 'no answer'}); check the "
                                      "proxy settings (HTTPS_PROXY, or the system's).") from exc

    async def aclose(self) -> None:
        for transport in self._transports.values():
            await transport.aclose()


def _status_of(text: str) -> str:
    import re

    found = re.search(r"\b([1-5]\d\d)\b", text)
    return f"HTTP {found.group(1)}" if found else (text[:80] or "no reason given")


async def _log_request(request: httpx.Request) -> None:
    request.extensions["launcher_t0"] = asyncio.get_running_loop().time()


async def _accept_language(request: httpx.Request) -> None:
    """The language the player chose in the window (none from the command line), unless the request names one."""
    value = languages.accept_language()
    if value and "accept-language" not in request.headers:
        request.headers["Accept-Language"] = value


async def _log_response(response: httpx.Response) -> None:
    from . import clock

    clock.observe(response.headers.get("date"))
    # Allow-list: method, scheme, host, path, status, time. Never headers, query or body.
    request = response.request
    t0 = request.extensions.get("launcher_t0")
    ms = (asyncio.get_running_loop().time() - t0) * 1000 if t0 else -1
    url = request.url
    log.info("%s %s://%s%s -> %s (%.0f ms)", request.method, url.scheme, url.netloc.decode(), url.path,
             response.status_code, ms)


class Http:
    """The app's one HTTP client. Providers call `request`; every failure comes back as a SignInError."""

    def __init__(self, *, timeout: float = 10.0, connect_timeout: float = 5.0, max_body: int = MAX_BODY_BYTES,
                 retry_max_wait: float = 5.0, attempts: int = 3, request_deadline: float = REQUEST_DEADLINE_S,
                 transport: httpx.AsyncBaseTransport | None = None) -> None:
        self.max_body = max_body
        self.request_deadline = request_deadline
        self.trust = tls.build()
        if transport is None:
            context = self.trust.context

            def make(proxy: str | None) -> httpx.AsyncBaseTransport:
                return httpx.AsyncHTTPTransport(retries=1, verify=context,
                                                proxy=httpx.Proxy(proxy) if proxy else None)

            self.router: ProxyRouter | None = ProxyRouter(make)
            inner: httpx.AsyncBaseTransport = self.router
        else:
            self.router, inner = None, transport
        self._client = httpx.AsyncClient(
            transport=RetryTransport(inner, attempts=attempts, max_wait=retry_max_wait),
            timeout=httpx.Timeout(timeout, connect=connect_timeout),
            headers={"User-Agent": USER_AGENT, "Accept-Encoding": ACCEPT_ENCODING},
            follow_redirects=False,
            event_hooks={"request": [_accept_language, _log_request], "response": [_log_response]},
        )

    async def aclose(self) -> None:
        await self._client.aclose()

    def _checked(self, url: str) -> httpx.URL:
        target = check_url(url)
        if target.scheme == "https" and self.trust.problem:
            raise NetworkError(self.trust.problem, code="tls-config")
        return target

    async def network_failure(self, exc: BaseException, target: httpx.URL, service: str) -> NetworkError:
        """A connection that failed, in words: the proxy, the certificate (with its issuer when it can be read), a
        plain-http server on an https address, or the service that can't be reached."""
        proxy_failed = next((e for e in _chain(exc) if isinstance(e, ProxyFailure)), None)
        if proxy_failed is not None:
            return NetworkError(str(proxy_failed), code="proxy")
        described = tls.describe_failure(exc, target.host)
        if described is not None:
            direct = self.router is None or self.router.proxy_for(target) is None
            if direct and "certificate" in described:
                try:
                    issuer = await asyncio.wait_for(
                        _in_worker(tls.issuer_of, target.host, target.port or 443), 4.0)
                except (TimeoutError, OSError):
                    issuer = None
                if issuer and "certificate" in described:
                    described = described.replace(f"The certificate of {target.host}",
                                                  f"The certificate of {target.host} (issued by {issuer!r})", 1)
            return NetworkError(f"{service}: {described}", code="tls")
        return NetworkError.unreachable(service)

    async def __aenter__(self) -> Http:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    async def request(self, method: str, url: str, *, json_body: Any = None, content: bytes | None = None,
                      headers: Mapping[str, str] | None = None, params: Mapping[str, str] | None = None,
                      service: str = "The game service") -> Reply:
        target = self._checked(url)
        if json_body is not None:
            content = json.dumps(json_body, separators=(",", ":"), ensure_ascii=False).encode()
        try:
            async with asyncio.timeout(self.request_deadline):
                return await self._exchange(method, target, content, headers, params, service)
        except TimeoutError as exc:  # asyncio's overall deadline (a server trickling one byte a second)
            raise TimeoutError_(f"{service} took too long to answer (over {self.request_deadline:g} seconds). "
                                "Try again in a moment.", code="deadline") from exc

    async def _exchange(self, method: str, target: httpx.URL, content: bytes | None,
                        headers: Mapping[str, str] | None, params: Mapping[str, str] | None, service: str) -> Reply:
        too_large = f"{service} sent an answer that is too large. Try again later."
        try:
            async with self._client.stream(method, target, content=content, headers=headers,
                                           params=params) as response:
                declared = response.headers.get("content-length", "").strip()
                if declared.isdigit() and (len(declared) > 18 or int(declared) > self.max_body):
                    raise ProtocolError(too_large, code="too-large")
                decoder = BoundedDecoder(response.headers.get("content-encoding", ""), self.max_body)
                if decoder.unsupported:
                    raise ProtocolError(f"{service} sent an answer in an encoding the launcher does not accept "
                                        f"({decoder.unsupported}). Try again later.", code="encoding")
                body = bytearray()
                async for chunk in response.aiter_raw(64 * 1024):
                    body += decoder.feed(chunk)
                    if len(body) > self.max_body:
                        raise ProtocolError(too_large, code="too-large")
                body += decoder.flush()
                return Reply(response.status_code, response.headers, bytes(body), str(target))
        except BodyTooLarge as exc:
            raise ProtocolError(too_large, code="too-large") from exc
        except httpx.TimeoutException as exc:
            raise TimeoutError_(f"{service} took too long to answer. Try again in a moment.") from exc
        except httpx.RemoteProtocolError as exc:
            raise ProtocolError(f"{service} closed the connection in the middle of its answer. "
                                "Try again later.") from exc
        except (httpx.NetworkError, httpx.ProxyError) as exc:
            raise await self.network_failure(exc, target, service) from exc
        except (httpx.DecodingError, zlib.error) as exc:
            raise ProtocolError(f"{service} sent an answer that could not be decoded.") from exc

    async def fetch(self, url: str, *, max_bytes: int, headers: Mapping[str, str] | None = None,
                    overall_s: float = 300.0, stall_s: float = REQUEST_DEADLINE_S,
                    service: str = "The download server") -> Fetched:
        """GET for delivery: any status comes back (the caller decides what 404 or 206 means), the body bounded by
        `max_bytes` (decoded), the transfer by `overall_s` in all and by `stall_s` without a byte. A transfer
        that stops part-way (a stall, a reset) returns what arrived with `failure` set, so that the caller can
        ask for the rest with a Range request; one that fails before any byte raises (NetworkError, ...)."""
        target = self._checked(url)
        body = bytearray()
        status, kept = 0, {}
        try:
            async with asyncio.timeout(overall_s):
                async with self._client.stream("GET", target, headers=headers,
                                               timeout=httpx.Timeout(stall_s, connect=min(stall_s, 10.0))) as response:
                    status = response.status_code
                    kept = {k: response.headers[k] for k in ("etag", "content-range", "content-encoding",
                                                             "content-length", "last-modified")
                            if k in response.headers}
                    declared = kept.get("content-length", "").strip()
                    if declared.isdigit() and (len(declared) > 18 or int(declared) > max_bytes):
                        raise ProtocolError(f"{service} sent a file larger than expected.", code="too-large")
                    decoder = BoundedDecoder(kept.get("content-encoding", ""), max_bytes)
                    if decoder.unsupported:
                        raise ProtocolError(f"{service} sent a file in an encoding the launcher does not accept "
                                            f"({decoder.unsupported}).", code="encoding")
                    if status >= 300:
                        return Fetched(status, kept, b"", None)
                    async for piece in response.aiter_raw(256 * 1024):
                        body += decoder.feed(piece)
                        if len(body) > max_bytes:
                            raise ProtocolError(f"{service} sent a file larger than expected.", code="too-large")
                    body += decoder.flush()
        except BodyTooLarge as exc:
            raise ProtocolError(f"{service} sent a file larger than expected.", code="too-large") from exc
        except (httpx.TimeoutException, httpx.RemoteProtocolError, httpx.ReadError, TimeoutError) as exc:
            stalled = not isinstance(exc, httpx.RemoteProtocolError | httpx.ReadError)
            failure: ServiceError = (TimeoutError_(f"{service} stopped sending (no data for {stall_s:g} seconds).")
                                     if stalled else
                                     ProtocolError(f"{service} closed the connection in the middle of a file."))
            if not status:
                raise failure from exc
            return Fetched(status, kept, bytes(body), failure)
        except (httpx.NetworkError, httpx.ProxyError) as exc:
            raise await self.network_failure(exc, target, service) from exc
        except (httpx.DecodingError, zlib.error) as exc:
            raise ProtocolError(f"{service} sent a file that could not be decoded.") from exc
        return Fetched(status, kept, bytes(body), None)


@dataclass(frozen=True)
class Fetched:
    status: int
    headers: Mapping[str, str]  # etag, content-range, content-encoding, content-length, last-modified
    body: bytes
    failure: ServiceError | None  # the transfer stopped part-way; `body` holds what arrived


class BodyTooLarge(Exception):
    pass


class BoundedDecoder:
    """Content-Encoding gzip/deflate/identity, decoded chunk by chunk without ever holding more than `limit`
    decoded bytes: a 1 MB gzip bomb stops at the cap instead of inflating to 1 GB in memory."""

    def __init__(self, encoding: str, limit: int) -> None:
        codings = [c.strip().lower() for c in encoding.split(",") if c.strip() and c.strip().lower() != "identity"]
        self.limit, self.total, self.unsupported = limit, 0, ""
        self._kind = codings[0] if len(codings) == 1 else ""
        if len(codings) > 1 or (codings and self._kind not in ("gzip", "x-gzip", "deflate")):
            self.unsupported = ", ".join(codings)
        self._inflate: Any = None
        if self._kind in ("gzip", "x-gzip"):
            self._inflate = zlib.decompressobj(16 + zlib.MAX_WBITS)

    def feed(self, chunk: bytes) -> bytes:
        if not self._kind:
            return chunk
        if self._inflate is None:  # deflate: zlib-wrapped as the RFC says, or raw as some servers send it
            wrapped = len(chunk) >= 2 and chunk[0] & 0x0F == 8 and (chunk[0] << 8 | chunk[1]) % 31 == 0
            self._inflate = zlib.decompressobj(zlib.MAX_WBITS if wrapped else -zlib.MAX_WBITS)
        room = self.limit - self.total + 1
        out: bytes = self._inflate.decompress(chunk, room)
        self.total += len(out)
        if self.total > self.limit:
            raise BodyTooLarge
        return out

    def flush(self) -> bytes:
        if self._inflate is None:
            return b""
        out: bytes = self._inflate.flush(self.limit - self.total + 1)
        self.total += len(out)
        if self.total > self.limit:
            raise BodyTooLarge
        return out


def _chain(exc: BaseException) -> list[BaseException]:
    found: list[BaseException] = []
    seen: BaseException | None = exc
    while seen is not None and len(found) < 20:
        found.append(seen)
        seen = seen.__cause__ or seen.__context__
    return found


async def _in_worker(fn: Callable[..., Any], *args: Any) -> Any:
    from . import workers

    return await workers.run(fn, *args)
