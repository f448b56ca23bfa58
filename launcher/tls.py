"""Which certificates the launcher trusts, and what a failed TLS handshake means in words.

Certificates are verified against the operating system's trust store (`truststore`: Windows' and macOS' own
verifiers, OpenSSL's default locations on Linux, which honour SSL_CERT_FILE and SSL_CERT_DIR), so a CA an
organisation installs on its machines is trusted as every other program trusts it. Where the system has no
store at all (a minimal Linux without ca-certificates), the bundled list (certifi) is the fallback.

SSL_CERT_FILE and SSL_CERT_DIR come from the environment, often left by other tooling: one that names nothing is
ignored with a warning (the system's store is used), one that names a file holding no certificate makes every
https request fail with a message naming it (exit 4), never an unexpected error, and plain-http loopback services
are not affected at all."""

from __future__ import annotations

import logging
import os
import ssl
from dataclasses import dataclass, field

log = logging.getLogger("launcher.tls")


@dataclass
class Trust:
    context: ssl.SSLContext
    source: str  # what certificates are checked against, in words ("system's trust store", ...)
    problem: str | None = None  # set: every https request fails with this message
    warnings: list[str] = field(default_factory=list)


def _system_context() -> ssl.SSLContext:
    try:
        import truststore

        return truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    except (ImportError, OSError, ssl.SSLError) as exc:  # pragma: no cover - a platform truststore cannot serve
        log.warning("the system trust store cannot be used (%s); using the bundled list", exc)
        return ssl.create_default_context()


# Where Linux distributions keep their bundle (as truststore looks for it when OpenSSL's defaults hold none).
CA_FILES = ("/etc/ssl/cert.pem", "/etc/pki/ca-trust/extracted/pem/tls-ca-bundle.pem", "/etc/pki/tls/cert.pem",
            "/etc/ssl/certs/ca-certificates.crt", "/etc/ssl/ca-bundle.pem")


def _system_has_store() -> bool:
    """Whether OpenSSL (Linux) finds any certificate: a bundle file or a folder of hashed certificates."""
    defaults = ssl.get_default_verify_paths()
    if defaults.cafile:
        return True
    capath = defaults.capath
    if capath and os.path.isdir(capath) and any(name[-2:-1] == "." for name in os.listdir(capath)):
        return True
    return any(os.path.isfile(path) for path in CA_FILES)


def build(environ: dict[str, str] | None = None) -> Trust:
    env = dict(os.environ if environ is None else environ)
    warnings: list[str] = []
    cert_file = env.get("SSL_CERT_FILE", "")
    cert_dir = env.get("SSL_CERT_DIR", "")
    if cert_file and not os.path.isfile(cert_file):
        warnings.append(f"SSL_CERT_FILE names {cert_file}, which is not a file; it is ignored and the system's "
                        "certificates are used.")
    if cert_dir and not all(os.path.isdir(part) for part in cert_dir.split(os.pathsep) if part):
        warnings.append(f"SSL_CERT_DIR names {cert_dir}, which is not a folder; it is ignored where it names "
                        "nothing.")
    for warning in warnings:
        log.warning("%s", warning)
    if cert_file and os.path.isfile(cert_file):
        probe = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
        try:
            probe.load_verify_locations(cafile=cert_file)
        except (ssl.SSLError, OSError, ValueError) as exc:
            problem = (f"SSL_CERT_FILE names {cert_file}, which holds no usable certificate ({_reason(exc)}), so no "
                       "secure connection can be verified. Fix the file, or unset SSL_CERT_FILE to use the "
                       "system's certificates.")
            return Trust(ssl.create_default_context(), f"certificates in SSL_CERT_FILE ({cert_file})", problem,
                         warnings)
    source = (f"certificates in SSL_CERT_FILE ({cert_file})" if cert_file and os.path.isfile(cert_file)
              else "system's trust store")
    if os.name == "posix" and not _platform_verifier() and not _system_has_store():
        try:
            import certifi

            return Trust(ssl.create_default_context(cafile=certifi.where()),
                         "bundled list of certificates (certifi): this system has no store of its own", None,
                         warnings)
        except (ImportError, OSError, ssl.SSLError):  # pragma: no cover - certifi comes with httpx
            pass
    return Trust(_system_context(), source, None, warnings)


def _platform_verifier() -> bool:
    """Windows and macOS verify with the platform's own verifier: OpenSSL's store there is not the one used."""
    import sys

    return sys.platform in ("win32", "darwin")


def _reason(exc: BaseException) -> str:
    return str(getattr(exc, "reason", None) or exc.__class__.__name__).replace("_", " ").lower()


def describe_failure(exc: BaseException, host: str) -> str | None:
    """A TLS failure in words, or None when `exc` is not one. Told apart: a certificate that does not verify
    (with the reason OpenSSL gives, and the clock when that is the cause), a server that speaks plain http on an
    https address, and other handshake failures."""
    seen: BaseException | None = exc
    while seen is not None:
        text = str(seen)
        if isinstance(seen, ssl.SSLCertVerificationError) or "CERTIFICATE_VERIFY_FAILED" in text:
            reason = (getattr(seen, "verify_message", "") or "").strip()
            if not reason and "verify failed:" in text:
                reason = text.split("verify failed:", 1)[1].split("(_ssl.c", 1)[0].strip()
            return _certificate(host, reason or "it could not be verified")
        if isinstance(seen, ssl.SSLError):
            upper = f"{getattr(seen, 'reason', '') or ''} {seen}".upper()
            if "WRONG_VERSION_NUMBER" in upper or "HTTP_REQUEST" in upper or "RECORD_LAYER_FAILURE" in upper:
                return (f"{host} answered without encryption on an https:// address: the service's address may "
                        "need http:// (only for this computer) or another port. Nothing was sent.")
            return f"The secure connection to {host} failed ({_reason(seen)}). Nothing was sent."
        seen = seen.__cause__ or seen.__context__
    return None


def _certificate(host: str, reason: str) -> str:
    lowered = reason.lower()
    if "expired" in lowered or "not yet valid" in lowered:  # most often this computer's clock
        return (f"The certificate of {host} is not valid at this computer's time ({reason}). Check that the date "
                "and time of this computer are right. Nothing was sent.")
    if "self-signed" in lowered or "self signed" in lowered or "issuer" in lowered or "unknown ca" in lowered:
        return (f"The certificate of {host} could not be verified: it was issued by an authority this computer "
                f"does not trust ({reason}). If your organisation inspects traffic, its certificate must be added "
                "to the system's trust store; otherwise the connection may be intercepted. Nothing was sent.")
    if "hostname" in lowered or "ip address mismatch" in lowered:
        return f"The certificate of {host} could not be verified: it is for another name ({reason}). Nothing was sent."
    return f"The certificate of {host} could not be verified ({reason}). Nothing was sent."


def issuer_of(host: str, port: int, timeout: float = 3.0) -> str | None:
    """Who issued the certificate `host` presents (its common name or organisation), read without verifying it:
    only to say, after a failed verification, whose certificate it was (an organisation's inspecting proxy, a
    captive portal). None when it cannot be read in time."""
    import socket

    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE
    try:
        with socket.create_connection((host, port), timeout=timeout) as raw, \
                context.wrap_socket(raw, server_hostname=host) as wrapped:
            der = wrapped.getpeercert(binary_form=True)
    except (OSError, ssl.SSLError, ValueError):
        return None
    if not der:
        return None
    try:
        from cryptography import x509
        from cryptography.x509.oid import NameOID

        issuer = x509.load_der_x509_certificate(der).issuer
        for oid in (NameOID.COMMON_NAME, NameOID.ORGANIZATION_NAME):
            found = issuer.get_attributes_for_oid(oid)
            if found:
                return str(found[0].value)[:120]
        return issuer.rfc4514_string()[:120]
    except Exception:
        return None
