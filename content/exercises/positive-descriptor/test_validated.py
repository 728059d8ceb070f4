import unittest

from validated import Positive


class Product:
    price = Positive()
    stock = Positive(int)

    def __init__(self, price, stock):
        self.price = price
        self.stock = stock


class PositiveTest(unittest.TestCase):
    def test_stores_and_reads_values(self):
        p = Product(9.99, 3)
        self.assertEqual(p.price, 9.99)
        self.assertEqual(p.stock, 3)
        p.price = 12
        self.assertEqual(p.price, 12)

    def test_zero_and_negative_values_are_rejected(self):
        p = Product(1.0, 1)
        for value in [0, -3, -0.5, 0.0]:
            with self.subTest(value=value):
                with self.assertRaises(ValueError) as caught:
                    p.price = value
                self.assertIn("price", str(caught.exception))

    def test_wrong_types_are_rejected(self):
        p = Product(1.0, 1)
        for value in ["10", None, [5], 3 + 4j]:
            with self.subTest(value=value):
                with self.assertRaises(TypeError) as caught:
                    p.price = value
                self.assertIn("price", str(caught.exception))

    def test_bools_are_rejected(self):
        p = Product(1.0, 1)
        with self.assertRaises(TypeError):
            p.price = True
        with self.assertRaises(TypeError):
            p.stock = True

    def test_accepted_types_can_be_narrowed(self):
        p = Product(1.0, 1)
        with self.assertRaises(TypeError) as caught:
            p.stock = 2.5
        self.assertIn("stock", str(caught.exception))

    def test_the_constructor_goes_through_the_descriptor(self):
        with self.assertRaises(ValueError):
            Product(-1.0, 3)
        with self.assertRaises(TypeError):
            Product(1.0, "3")

    def test_a_rejected_assignment_keeps_the_old_value(self):
        p = Product(5.0, 2)
        with self.assertRaises(ValueError):
            p.stock = -1
        self.assertEqual(p.stock, 2)

    def test_access_through_the_class_gives_the_descriptor(self):
        self.assertIsInstance(Product.price, Positive)
        self.assertIsNot(Product.price, Product.stock)

    def test_reading_an_unset_attribute_raises_attribute_error(self):
        p = Product.__new__(Product)  # no __init__: nothing is set
        with self.assertRaises(AttributeError) as caught:
            p.price
        self.assertIn("price", str(caught.exception))

    def test_delete(self):
        p = Product(2.0, 2)
        del p.price
        with self.assertRaises(AttributeError):
            p.price
        self.assertEqual(p.stock, 2)

    def test_instances_are_independent(self):
        a = Product(1.0, 10)
        b = Product(2.0, 20)
        self.assertEqual((a.price, a.stock), (1.0, 10))
        self.assertEqual((b.price, b.stock), (2.0, 20))


if __name__ == "__main__":
    unittest.main()
