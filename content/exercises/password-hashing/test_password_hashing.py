import base64
import hmac
import unittest
from contextlib import contextmanager

from password_hashing import hash_password, needs_rehash, verify_password

KNOWN = "pbkdf2_sha256$1000$AAECAwQFBgcICQoLDA0ODw==$9VUOiRGfWTzTZixtfaW9P3qQ4lzS3CIfWKYWbHcnU9M="


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


class PasswordHashingTest(unittest.TestCase):
    def test_known_answer(self):
        self.assertEqual(hash_password("hunter2", iterations=1000, salt=bytes(range(16))), KNOWN)

    def test_verify_the_right_and_a_wrong_password(self):
        stored = hash_password("correct horse", iterations=1000)
        self.assertIs(verify_password("correct horse", stored), True)
        self.assertIs(verify_password("Correct horse", stored), False)
        self.assertIs(verify_password("", stored), False)

    def test_the_stored_format(self):
        stored = hash_password("pw", iterations=750)
        self.assertRegex(stored, r"^pbkdf2_sha256\$750\$[A-Za-z0-9+/]{22}==\$[A-Za-z0-9+/]{43}=$")
        salt = base64.b64decode(stored.split("$")[2])
        self.assertEqual(len(salt), 16)

    def test_every_hash_gets_a_new_salt(self):
        first = hash_password("same password", iterations=100)
        second = hash_password("same password", iterations=100)
        self.assertNotEqual(first, second)
        self.assertNotEqual(first.split("$")[2], second.split("$")[2])
        self.assertTrue(verify_password("same password", first))
        self.assertTrue(verify_password("same password", second))

    def test_verify_uses_the_stored_iterations(self):
        self.assertTrue(verify_password("hunter2", KNOWN))
        stored = hash_password("pw", iterations=1234)
        self.assertTrue(verify_password("pw", stored))

    def test_needs_rehash(self):
        stored = hash_password("pw", iterations=1000)
        self.assertTrue(needs_rehash(stored))
        self.assertTrue(needs_rehash(stored, iterations=1001))
        self.assertFalse(needs_rehash(stored, iterations=1000))

    def test_malformed_stored_hashes(self):
        for stored in ["", "md5$abc", KNOWN.replace("pbkdf2_sha256", "pbkdf2_sha1"), KNOWN + "$extra"]:
            with self.subTest(stored=stored):
                with self.assertRaises(ValueError):
                    verify_password("hunter2", stored)

    def test_digests_are_compared_with_hmac_compare_digest(self):
        with spy_on_compare_digest() as calls:
            self.assertTrue(verify_password("hunter2", KNOWN))
        self.assertEqual(len(calls), 1)


if __name__ == "__main__":
    unittest.main()
