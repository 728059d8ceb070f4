import base64
import hashlib
import hmac
import secrets

ALGORITHM = "pbkdf2_sha256"
DEFAULT_ITERATIONS = 600_000  # OWASP's recommendation for PBKDF2-HMAC-SHA256 (2023)
SALT_BYTES = 16


def pbkdf2_sha256(password: bytes, salt: bytes, iterations: int) -> bytes:
    """PBKDF2-HMAC-SHA256 (RFC 8018) with a 32-byte result. Given: use it, do not change it.

    It is hashlib.pbkdf2_hmac("sha256", password, salt, iterations) where hashlib has it; Python in
    the browser (Pyodide) does not, so this falls back to the same computation written out.
    """
    if hasattr(hashlib, "pbkdf2_hmac"):
        return hashlib.pbkdf2_hmac("sha256", password, salt, iterations)
    if len(password) > 64:
        password = hashlib.sha256(password).digest()
    key = password.ljust(64, b"\0")
    inner = hashlib.sha256(bytes(byte ^ 0x36 for byte in key))
    outer = hashlib.sha256(bytes(byte ^ 0x5C for byte in key))

    def prf(message: bytes) -> bytes:
        i, o = inner.copy(), outer.copy()
        i.update(message)
        o.update(i.digest())
        return o.digest()

    block = prf(salt + b"\x00\x00\x00\x01")
    result = int.from_bytes(block, "big")
    for _ in range(iterations - 1):
        block = prf(block)
        result ^= int.from_bytes(block, "big")
    return result.to_bytes(32, "big")


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _parse(stored: str) -> tuple[int, bytes, bytes]:
    """Split a stored hash into (iterations, salt, digest); ValueError if it is malformed."""
    parts = stored.split("$")
    if len(parts) != 4 or parts[0] != ALGORITHM:
        raise ValueError("not a %s hash" % ALGORITHM)
    _, iterations_text, salt_text, digest_text = parts
    if not (iterations_text.isascii() and iterations_text.isdigit()) or int(iterations_text) < 1:
        raise ValueError("bad iteration count")
    try:
        salt = base64.b64decode(salt_text, validate=True)
        digest = base64.b64decode(digest_text, validate=True)
    except ValueError as error:  # binascii.Error is a ValueError
        raise ValueError("bad base64 in stored hash") from error
    if len(salt) < SALT_BYTES or len(digest) != 32:
        raise ValueError("bad salt or digest length")
    return int(iterations_text), salt, digest


def hash_password(password: str, iterations: int = DEFAULT_ITERATIONS, salt: bytes | None = None) -> str:
    """Return "pbkdf2_sha256$<iterations>$<salt>$<digest>", salt and digest in base64.

    Without a salt, a new random one of SALT_BYTES bytes is drawn for every call.
    """
    if type(iterations) is not int or iterations < 1:
        raise ValueError("iterations must be a positive int")
    if salt is None:
        salt = secrets.token_bytes(SALT_BYTES)  # a CSPRNG, never the random module
    elif len(salt) < SALT_BYTES:
        raise ValueError("salt must be at least %d bytes" % SALT_BYTES)
    digest = pbkdf2_sha256(password.encode("utf-8"), salt, iterations)
    return "$".join([ALGORITHM, str(iterations), _b64(salt), _b64(digest)])


def verify_password(password: str, stored: str) -> bool:
    """True if password matches the stored hash; ValueError if stored is malformed."""
    iterations, salt, expected = _parse(stored)
    actual = pbkdf2_sha256(password.encode("utf-8"), salt, iterations)  # the STORED parameters
    return hmac.compare_digest(actual, expected)  # constant time: no early exit on a mismatch


def needs_rehash(stored: str, iterations: int = DEFAULT_ITERATIONS) -> bool:
    """True if stored was hashed with fewer iterations than asked; ValueError if it is malformed."""
    stored_iterations, _, _ = _parse(stored)
    return stored_iterations < iterations
