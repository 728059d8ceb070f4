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


def hash_password(password: str, iterations: int = DEFAULT_ITERATIONS, salt: bytes | None = None) -> str:
    """Return "pbkdf2_sha256$<iterations>$<salt>$<digest>", salt and digest in base64.

    Without a salt, a new random one of SALT_BYTES bytes is drawn for every call.
    """
    pass


def verify_password(password: str, stored: str) -> bool:
    """True if password matches the stored hash; ValueError if stored is malformed."""
    pass


def needs_rehash(stored: str, iterations: int = DEFAULT_ITERATIONS) -> bool:
    """True if stored was hashed with fewer iterations than asked; ValueError if it is malformed."""
    pass
