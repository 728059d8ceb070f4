import unittest

from shopping_cart import ShoppingCart


class ShoppingCartTest(unittest.TestCase):
    def test_new_cart_is_empty(self):
        cart = ShoppingCart("Ada")
        self.assertEqual(cart.lines(), [])
        self.assertEqual(cart.total(), 0)
        self.assertEqual(cart.owner, "Ada")

    def test_add_and_total(self):
        cart = ShoppingCart("Ada")
        cart.add("tea", 450)
        cart.add("mug", 1200, 2)
        self.assertEqual(cart.lines(), [("tea", 450, 1), ("mug", 1200, 2)])
        self.assertEqual(cart.total(), 2850)
        self.assertEqual(cart.count(), 3)

    def test_adding_again_increases_the_quantity(self):
        cart = ShoppingCart("Ada")
        cart.add("tea", 450)
        cart.add("tea", 450, 2)
        self.assertEqual(cart.lines(), [("tea", 450, 3)])

    def test_remove(self):
        cart = ShoppingCart("Ada")
        cart.add("tea", 450)
        cart.add("mug", 1200)
        cart.remove("tea")
        self.assertEqual(cart.lines(), [("mug", 1200, 1)])
        with self.assertRaises(KeyError):
            cart.remove("tea")

    def test_two_carts_are_independent(self):
        ada, bob = ShoppingCart("Ada"), ShoppingCart("Bob")
        ada.add("tea", 450)
        bob.add("cake", 300)
        self.assertEqual(ada.lines(), [("tea", 450, 1)])
        self.assertEqual(bob.lines(), [("cake", 300, 1)])

    def test_a_new_cart_after_another_was_filled_is_empty(self):
        first = ShoppingCart("Ada")
        first.add("tea", 450)
        self.assertEqual(ShoppingCart("Bob").lines(), [])

    def test_copy_starts_with_the_same_lines(self):
        ada = ShoppingCart("Ada")
        ada.add("tea", 450, 2)
        gift = ada.copy_for("Cy")
        self.assertEqual(gift.owner, "Cy")
        self.assertEqual(gift.lines(), [("tea", 450, 2)])

    def test_changing_the_copy_leaves_the_original_alone(self):
        ada = ShoppingCart("Ada")
        ada.add("tea", 450, 2)
        gift = ada.copy_for("Cy")
        gift.add("tea", 450)
        gift.add("cake", 300)
        self.assertEqual(gift.lines(), [("tea", 450, 3), ("cake", 300, 1)])
        self.assertEqual(ada.lines(), [("tea", 450, 2)])


if __name__ == "__main__":
    unittest.main()
