import unittest

from shopping_cart import ShoppingCart


class ShoppingCartHiddenTest(unittest.TestCase):
    def test_many_carts_each_with_their_own_items(self):
        carts = [ShoppingCart("customer %d" % i) for i in range(50)]
        for i, cart in enumerate(carts):
            cart.add("item %d" % i, 100 + i, i + 1)
        for i, cart in enumerate(carts):
            self.assertEqual(cart.lines(), [("item %d" % i, 100 + i, i + 1)])

    def test_removing_from_one_cart_leaves_the_other_alone(self):
        ada, bob = ShoppingCart("Ada"), ShoppingCart("Bob")
        ada.add("tea", 450)
        bob.add("tea", 450)
        ada.remove("tea")
        self.assertEqual(bob.lines(), [("tea", 450, 1)])
        with self.assertRaises(KeyError):
            ada.remove("tea")

    def test_changing_the_original_leaves_the_copy_alone(self):
        ada = ShoppingCart("Ada")
        ada.add("tea", 450)
        gift = ada.copy_for("Cy")
        ada.add("tea", 450, 5)
        ada.remove("tea")
        self.assertEqual(gift.lines(), [("tea", 450, 1)])
        self.assertEqual(gift.total(), 450)

    def test_copy_of_a_copy(self):
        ada = ShoppingCart("Ada")
        ada.add("mug", 1200)
        first = ada.copy_for("Bob")
        second = first.copy_for("Cy")
        second.add("mug", 1200, 4)
        self.assertEqual([c.count() for c in (ada, first, second)], [1, 1, 5])

    def test_copy_of_an_empty_cart(self):
        empty = ShoppingCart("Ada")
        gift = empty.copy_for("Bob")
        gift.add("tea", 450)
        self.assertEqual(empty.lines(), [])

    def test_lines_are_tuples_and_a_new_list(self):
        cart = ShoppingCart("Ada")
        cart.add("tea", 450)
        lines = cart.lines()
        self.assertEqual(lines, [("tea", 450, 1)])
        self.assertIsInstance(lines[0], tuple)
        lines.append(("free", 0, 1))
        self.assertEqual(cart.lines(), [("tea", 450, 1)])

    def test_total_and_count(self):
        cart = ShoppingCart("Ada")
        cart.add("pen", 199, 10)
        cart.add("pad", 350, 3)
        cart.add("pen", 199, 5)
        self.assertEqual(cart.total(), 199 * 15 + 350 * 3)
        self.assertEqual(cart.count(), 18)

    def test_price_stays_the_first_one(self):
        cart = ShoppingCart("Ada")
        cart.add("tea", 450)
        cart.add("tea", 999)
        self.assertEqual(cart.lines(), [("tea", 450, 2)])


if __name__ == "__main__":
    unittest.main()
