import base64
import hmac
import unittest
from contextlib import contextmanager

from password_hashing import hash_password, needs_rehash, verify_password

KNOWN = "pbkdf2_sha256$1000$AAECAwQFBgcICQoLDA0ODw==$9VUOiRGfWTzTZixtfaW9P3qQ4lzS3CIfWKYWbHcnU9M="
SALT = base64.b64encode(bytes(16)).decode()
DIGEST = base64.b64encode(bytes(32)).decode()


def fake(iterations):
    """A well-formed stored hash (with a made-up digest) for needs_rehash, which never hashes."""
    return "pbkdf2_sha256$%s$%s$%s" % (iterations, SALT, DIGEST)


@contextmanager
def spy_on_compare_digest():
    """Replace hmac.compare_digest by a wrapper that records its calls, for the with block."""
    real = hmac.compare_digest
    calls = []

    def spy(a, b):
        calls.append((a, b))
        return real(a, b)

    hmac.compare_digest = spy
    try:
        yield calls
    finally:
        hmac.compare_digest = real


class PasswordHashingHiddenTest(unittest.TestCase):
    def test_more_known_answers(self):
        self.assertEqual(
            hash_password("", iterations=1, salt=bytes(16)),
            "pbkdf2_sha256$1$AAAAAAAAAAAAAAAAAAAAAA==$yMLvk2JPU/dGrVZkRB+eBPHd5shPjwoGaJ2fTvYewb0=",
        )
        self.assertEqual(
            hash_password("pässwörd 🔑", iterations=2000, salt=b"0123456789abcdef0123"),
            "pbkdf2_sha256$2000$MDEyMzQ1Njc4OWFiY2RlZjAxMjM=$pSNNIpzPxIW3ehun5rTfY+T5czzBA56nNbtWPJGzs/M=",
        )
        self.assertEqual(
            hash_password("a" * 100, iterations=3, salt=bytes(range(100, 116))),
            "pbkdf2_sha256$3$ZGVmZ2hpamtsbW5vcHFycw==$IoMC1dSq2ktMQlQRQBhgZlHzBxxcYnUQFBRY2Tbbbjs=",
        )

    def test_unicode_and_empty_passwords(self):
        for password in ["", "пароль", "密码", "e\u0301", "tab\there", " "]:
            with self.subTest(password=password):
                stored = hash_password(password, iterations=50)
                self.assertTrue(verify_password(password, stored))
        composed = hash_password("\u00e9", iterations=50)
        self.assertFalse(verify_password("e\u0301", composed))  # no normalisation: other bytes

    def test_salts_are_random(self):
        salts = {hash_password("x", iterations=1).split("$")[2] for _ in range(30)}
        self.assertEqual(len(salts), 30)

    def test_bad_arguments_to_hash_password(self):
        for kwargs in [{"iterations": 0}, {"iterations": -5}, {"iterations": "1000"},
                       {"iterations": 10, "salt": b"short"}, {"iterations": 10, "salt": bytes(15)}]:
            with self.subTest(**{key: repr(value) for key, value in kwargs.items()}):
                with self.assertRaises(ValueError):
                    hash_password("pw", **kwargs)

    def test_malformed_stored_hashes(self):
        algorithm, iterations, salt, digest = KNOWN.split("$")
        bad = [
            "$".join([algorithm, iterations, salt]),
            "$".join([algorithm, "", salt, digest]),
            "$".join([algorithm, "0", salt, digest]),
            "$".join([algorithm, "-1000", salt, digest]),
            "$".join([algorithm, "1e3", salt, digest]),
            "$".join([algorithm, " 1000", salt, digest]),
            "$".join([algorithm, "١٠٠٠", salt, digest]),
            "$".join([algorithm, iterations, salt[:-2], digest]),
            "$".join([algorithm, iterations, salt.replace("A", "*"), digest]),
            "$".join([algorithm, iterations, salt, digest.replace("=", "")]),
            "$".join([algorithm, iterations, salt, digest[:-4] + "====" ]),
            "$".join([algorithm, iterations, base64.b64encode(bytes(8)).decode(), digest]),
            "$".join([algorithm, iterations, salt, base64.b64encode(bytes(20)).decode()]),
            "$".join(["PBKDF2_SHA256", iterations, salt, digest]),
        ]
        for stored in bad:
            with self.subTest(stored=stored):
                with self.assertRaises(ValueError):
                    verify_password("hunter2", stored)
                with self.assertRaises(ValueError):
                    needs_rehash(stored)

    def test_needs_rehash_against_the_default(self):
        self.assertFalse(needs_rehash(fake(600_000)))
        self.assertFalse(needs_rehash(fake(1_200_000)))
        self.assertTrue(needs_rehash(fake(599_999)))
        self.assertTrue(needs_rehash(fake(1)))
        self.assertFalse(needs_rehash(fake(10), iterations=5))

    def test_a_wrong_password_is_still_compared_in_constant_time(self):
        with spy_on_compare_digest() as calls:
            self.assertFalse(verify_password("not it", KNOWN))
        self.assertEqual(len(calls), 1)
        actual, expected = calls[0]
        self.assertEqual((len(actual), len(expected)), (32, 32))

    def test_tampering_with_the_stored_iterations_breaks_verification(self):
        algorithm, _, salt, digest = KNOWN.split("$")
        self.assertFalse(verify_password("hunter2", "$".join([algorithm, "999", salt, digest])))
        self.assertTrue(verify_password("hunter2", "$".join([algorithm, "01000", salt, digest])))

    def test_rehash_flow(self):
        old = hash_password("s3cret", iterations=200)
        self.assertTrue(verify_password("s3cret", old))
        self.assertTrue(needs_rehash(old, iterations=400))
        new = hash_password("s3cret", iterations=400)
        self.assertFalse(needs_rehash(new, iterations=400))
        self.assertTrue(verify_password("s3cret", new))


if __name__ == "__main__":
    unittest.main()
