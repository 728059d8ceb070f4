# Treats any problem with the stored string as a wrong password: verify_password catches every
# exception and returns False. A corrupted or foreign record then looks like a failed login (and
# could lock the user out) instead of being reported; and base64 is decoded leniently, so stray
# characters in a record go unnoticed.
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


def _parse(stored):
    parts = stored.split("$")
    if len(parts) != 4 or parts[0] != ALGORITHM:
        raise ValueError("not a pbkdf2_sha256 hash")
    if not (parts[1].isascii() and parts[1].isdigit()) or int(parts[1]) < 1:
        raise ValueError("bad iteration count")
    salt = base64.b64decode(parts[2])
    digest = base64.b64decode(parts[3])
    if len(salt) < SALT_BYTES or len(digest) != 32:
        raise ValueError("bad lengths")
    return int(parts[1]), salt, digest


def hash_password(password, iterations=DEFAULT_ITERATIONS, salt=None):
    if type(iterations) is not int or iterations < 1:
        raise ValueError("bad iterations")
    if salt is None:
        salt = secrets.token_bytes(SALT_BYTES)
    elif len(salt) < SALT_BYTES:
        raise ValueError("short salt")
    digest = pbkdf2_sha256(password.encode("utf-8"), salt, iterations)
    return "$".join([ALGORITHM, str(iterations), base64.b64encode(salt).decode(), base64.b64encode(digest).decode()])


def verify_password(password, stored):
    try:
        iterations, salt, expected = _parse(stored)
    except Exception:
        return False
    return hmac.compare_digest(pbkdf2_sha256(password.encode("utf-8"), salt, iterations), expected)


def needs_rehash(stored, iterations=DEFAULT_ITERATIONS):
    return _parse(stored)[0] < iterations
