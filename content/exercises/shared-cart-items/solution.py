class ShoppingCart:
    """A shopping cart: named items, each with a unit price in cents and a quantity."""

    def __init__(self, owner: str) -> None:
        self.owner = owner
        # The cart's lines, each one a list [name, unit_price, quantity]. Created here, so every
        # cart gets its own list; in the class body it was ONE list, shared by all carts.
        self.items: list[list] = []

    def add(self, name: str, unit_price: int, quantity: int = 1) -> None:
        """Add quantity pieces of an item; a name already in the cart gets a larger quantity."""
        for line in self.items:
            if line[0] == name:
                line[2] += quantity
                return
        self.items.append([name, unit_price, quantity])

    def remove(self, name: str) -> None:
        """Take an item out of the cart; raise KeyError if it is not there."""
        for line in self.items:
            if line[0] == name:
                self.items.remove(line)
                return
        raise KeyError(name)

    def total(self) -> int:
        """The price of everything in the cart, in cents."""
        return sum(price * quantity for _, price, quantity in self.items)

    def count(self) -> int:
        """The number of pieces in the cart."""
        return sum(quantity for _, _, quantity in self.items)

    def lines(self) -> list[tuple[str, int, int]]:
        """(name, unit_price, quantity) for each item, in the order first added."""
        return [tuple(line) for line in self.items]

    def copy_for(self, owner: str) -> "ShoppingCart":
        """A new, independent cart for owner, starting with the same lines as this one."""
        new_cart = ShoppingCart(owner)
        # Copy each line too: list(self.items) alone would share the inner [name, price, qty]
        # lists, so changing a quantity in one cart would change it in the other.
        new_cart.items = [list(line) for line in self.items]
        return new_cart
