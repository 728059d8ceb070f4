def generate(n):
    """About n events, no cycle: thread k takes locks k, k+1 and k+2 in increasing order.

    The lock-order graph is a chain of about n/6 locks with shortcut edges, so the search must
    visit every lock and every edge, through a path about n/6 locks deep.
    """
    threads = []
    for k in range(max(n // 6, 1)):
        locks = ["L%d" % (k + i) for i in range(3)]
        threads.append([("acquire", lock) for lock in locks] + [("release", lock) for lock in reversed(locks)])
    return (threads,)
