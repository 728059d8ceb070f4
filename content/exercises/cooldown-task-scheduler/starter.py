def least_time(tasks: list[str], cooldown: int) -> int:
    """Return the fewest time units that run every task, idle units included.

    Two tasks with the same name must run at least cooldown + 1 units apart; any order is allowed.
    """
    pass
