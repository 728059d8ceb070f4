import random
import unittest

from url_router import MethodNotAllowed, NotFound, Router


class RouterHiddenTest(unittest.TestCase):
    def test_specificity_is_decided_at_the_first_different_segment(self):
        router = Router()
        router.add("GET", "/<a>/b", "first_param")
        router.add("GET", "/a/<b>", "first_literal")
        router.add("GET", "/<int:x>/<int:y>", "ints")
        router.add("GET", "/<x>/<int:y>", "str_int")
        self.assertEqual(router.resolve("GET", "/a/b"), ("first_literal", {"b": "b"}))
        self.assertEqual(router.resolve("GET", "/z/b"), ("first_param", {"a": "z"}))
        self.assertEqual(router.resolve("GET", "/1/2"), ("ints", {"x": 1, "y": 2}))
        self.assertEqual(router.resolve("GET", "/q/2"), ("str_int", {"x": "q", "y": 2}))

    def test_a_dead_end_on_a_literal_falls_back_to_a_parameter(self):
        router = Router()
        router.add("GET", "/a/b/c", "literal")
        router.add("GET", "/a/<x>/d", "param")
        self.assertEqual(router.resolve("GET", "/a/b/d"), ("param", {"x": "b"}))
        self.assertEqual(router.resolve("GET", "/a/b/c"), ("literal", {}))

    def test_a_less_specific_route_serves_a_method_the_specific_one_lacks(self):
        router = Router()
        router.add("GET", "/users/me", "show_me")
        router.add("PATCH", "/users/<name>", "patch_user")
        self.assertEqual(router.resolve("PATCH", "/users/me"), ("patch_user", {"name": "me"}))
        with self.assertRaises(MethodNotAllowed) as caught:
            router.resolve("DELETE", "/users/me")
        self.assertEqual(caught.exception.allowed, ["GET", "PATCH"])

    def test_allowed_methods_come_from_every_matching_route(self):
        router = Router()
        router.add("GET", "/items/<int:id>", "get")
        router.add("PUT", "/items/<name>", "put")
        router.add("post", "/items/<path:rest>", "post")
        router.add("DELETE", "/items/special", "delete")
        with self.assertRaises(MethodNotAllowed) as caught:
            router.resolve("PATCH", "/items/5")
        self.assertEqual(caught.exception.allowed, ["GET", "POST", "PUT"])
        with self.assertRaises(MethodNotAllowed) as caught:
            router.resolve("PATCH", "/items/5/6")
        self.assertEqual(caught.exception.allowed, ["POST"])

    def test_path_parameters_against_deeper_literals(self):
        router = Router()
        router.add("GET", "/files/<path:p>", "file")
        router.add("GET", "/files/<name>/raw", "raw")
        router.add("GET", "/<path:anything>", "fallback")
        self.assertEqual(router.resolve("GET", "/files/a/raw"), ("raw", {"name": "a"}))
        self.assertEqual(router.resolve("GET", "/files/a/raw/x"), ("file", {"p": "a/raw/x"}))
        self.assertEqual(router.resolve("GET", "/files/a"), ("file", {"p": "a"}))
        self.assertEqual(router.resolve("GET", "/files//x"), ("file", {"p": "/x"}))
        self.assertEqual(router.resolve("GET", "/other/thing"), ("fallback", {"anything": "other/thing"}))

    def test_root_trailing_slashes_and_empty_segments(self):
        router = Router()
        router.add("GET", "/", "root")
        router.add("GET", "/users", "no_slash")
        router.add("GET", "/users/", "slash")
        router.add("GET", "/x/<name>", "named")
        self.assertEqual(router.resolve("GET", "/"), ("root", {}))
        self.assertEqual(router.resolve("GET", "/users"), ("no_slash", {}))
        self.assertEqual(router.resolve("GET", "/users/"), ("slash", {}))
        for path in ["", "//", "/x/", "/x//", "/users//"]:
            with self.subTest(path=path):
                with self.assertRaises(NotFound):
                    router.resolve("GET", path)

    def test_int_means_ascii_digits_only(self):
        router = Router()
        router.add("GET", "/n/<int:n>", "number")
        for path in ["/n/-5", "/n/+5", "/n/ 5", "/n/5.0", "/n/²", "/n/١٢", "/n/"]:
            with self.subTest(path=path):
                with self.assertRaises(NotFound):
                    router.resolve("GET", path)
        router.add("GET", "/n/<s>", "text")
        self.assertEqual(router.resolve("GET", "/n/١٢"), ("text", {"s": "١٢"}))
        self.assertEqual(router.resolve("GET", "/n/00"), ("number", {"n": 0}))

    def test_routes_sharing_a_prefix_keep_their_own_names(self):
        router = Router()
        router.add("GET", "/u/<int:a>", "one")
        router.add("GET", "/u/<int:b>/posts/<int:c>", "two")
        router.add("GET", "/u/<int:id>/<str:tab>", "three")
        self.assertEqual(router.resolve("GET", "/u/1"), ("one", {"a": 1}))
        self.assertEqual(router.resolve("GET", "/u/1/posts/2"), ("two", {"b": 1, "c": 2}))
        self.assertEqual(router.resolve("GET", "/u/1/posts"), ("three", {"id": 1, "tab": "posts"}))

    def test_handlers_can_be_any_object(self):
        router = Router()

        def view():
            return "hello"

        router.add("GET", "/f", view)
        router.add("GET", "/none", None)
        handler, params = router.resolve("GET", "/f")
        self.assertIs(handler, view)
        self.assertEqual(router.resolve("GET", "/none"), (None, {}))

    def test_more_invalid_patterns_and_duplicates(self):
        router = Router()
        for pattern in ["", "/a/<int:x", "/a/int:x>", "/<int:1x>", "/<Int:x>", "/<path:p>/<q>", "/<x><y>"]:
            with self.subTest(pattern=pattern):
                with self.assertRaises(ValueError):
                    router.add("GET", pattern, "h")
        router.add("get", "/same/<x>", "h")
        with self.assertRaises(ValueError):
            router.add("GET", "/same/<str:y>", "h2")
        router.add("GET", "/same/<int:x>", "h3")  # a different converter: a different route

    def test_30_000_requests_against_4_000_routes(self):
        router = Router()
        for r in range(1000):
            prefix = "/api/v%d/res%d" % (r % 3, r)
            router.add("GET", prefix + "/<int:id>", ("show", r))
            router.add("GET", prefix + "/<int:id>/items/<name>", ("item", r))
            router.add("POST", prefix + "/<int:id>/items/<name>", ("add", r))
            router.add("GET", prefix + "/search/<path:query>", ("search", r))
        rng = random.Random(11)
        statuses = {"ok": 0, "404": 0, "405": 0}
        wrong = []  # collected rather than asserted one by one: assertEqual in a loop is slow
        for i in range(30_000):
            r = rng.randrange(1000)
            prefix = "/api/v%d/res%d" % (r % 3, r)
            kind = i % 5
            try:
                if kind == 0:
                    got = router.resolve("GET", "%s/%d" % (prefix, i))
                    expected = (("show", r), {"id": i})
                elif kind == 1:
                    got = router.resolve("POST", "%s/%d/items/n%d" % (prefix, i, i))
                    expected = (("add", r), {"id": i, "name": "n%d" % i})
                elif kind == 2:
                    got = router.resolve("GET", "%s/search/a/b%d" % (prefix, i))
                    expected = (("search", r), {"query": "a/b%d" % i})
                elif kind == 3:
                    got = router.resolve("DELETE", "%s/%d/items/x" % (prefix, i))
                    expected = "405"
                else:
                    got = router.resolve("GET", "/api/v%d/res%d/x%d" % ((r + 1) % 3, r, i))
                    expected = "404"
                statuses["ok"] += 1
            except MethodNotAllowed as error:
                got = ("405", error.allowed)
                expected = ("405", ["GET", "POST"])
                statuses["405"] += 1
            except NotFound:
                got = expected = "404"
                statuses["404"] += 1
            if got != expected and len(wrong) < 5:
                wrong.append((i, got, expected))
        self.assertEqual(wrong, [])
        self.assertEqual(statuses, {"ok": 18_000, "404": 6_000, "405": 6_000})


if __name__ == "__main__":
    unittest.main()
