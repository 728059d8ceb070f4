import unittest

from url_router import MethodNotAllowed, NotFound, Router


def example_router():
    router = Router()
    router.add("GET", "/users/<int:user_id>", "show_user")
    router.add("DELETE", "/users/<int:user_id>", "delete_user")
    router.add("GET", "/users/me", "show_me")
    router.add("GET", "/users/<name>", "find_user")
    router.add("GET", "/static/<path:filename>", "static_file")
    return router


class RouterTest(unittest.TestCase):
    def test_int_parameter(self):
        self.assertEqual(example_router().resolve("GET", "/users/42"), ("show_user", {"user_id": 42}))

    def test_int_values_are_ints(self):
        handler, params = example_router().resolve("DELETE", "/users/007")
        self.assertEqual(handler, "delete_user")
        self.assertIs(type(params["user_id"]), int)
        self.assertEqual(params["user_id"], 7)

    def test_literal_beats_int_beats_str(self):
        router = example_router()
        self.assertEqual(router.resolve("GET", "/users/me"), ("show_me", {}))
        self.assertEqual(router.resolve("GET", "/users/12"), ("show_user", {"user_id": 12}))
        self.assertEqual(router.resolve("GET", "/users/ada"), ("find_user", {"name": "ada"}))

    def test_path_parameter_takes_the_rest(self):
        self.assertEqual(
            example_router().resolve("get", "/static/css/site.css"),
            ("static_file", {"filename": "css/site.css"}),
        )

    def test_method_not_allowed(self):
        with self.assertRaises(MethodNotAllowed) as caught:
            example_router().resolve("POST", "/users/42")
        self.assertEqual(caught.exception.allowed, ["DELETE", "GET"])

    def test_not_found(self):
        router = example_router()
        for path in ["/orders/1", "/users", "/users/1/extra", "/static/", "users/1"]:
            with self.subTest(path=path):
                with self.assertRaises(NotFound):
                    router.resolve("GET", path)

    def test_invalid_patterns(self):
        router = Router()
        for pattern in ["users", "/file-<id>", "/<float:x>", "/<a>/<int:a>", "/<path:p>/x", "/<>"]:
            with self.subTest(pattern=pattern):
                with self.assertRaises(ValueError):
                    router.add("GET", pattern, "h")

    def test_duplicate_routes(self):
        router = Router()
        router.add("GET", "/u/<int:a>", "first")
        router.add("POST", "/u/<int:a>", "post")  # another method: fine
        with self.assertRaises(ValueError):
            router.add("GET", "/u/<int:b>", "second")


if __name__ == "__main__":
    unittest.main()
