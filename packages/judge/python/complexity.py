"""Estimates how a function's running time grows with the size of its input.

Standard library only, so it runs unchanged on CPython 3.10+ and in Pyodide. It is run as a script
next to the learner's module and the exercise's generator.py; complexity_request.json says which
(`module`, `entry`, `budget_ms`). It prints one line, MARKER + JSON, with the estimate.

The method, in short (docs/judge.md has the details):
1. Two kinds of measurement on growing sizes n: the running time of `entry(*generate(n))` (the
   minimum over repeated batches, garbage collection off, one warm-up call) and, on smaller sizes,
   the number of executed Python lines counted with sys.settrace, which does not depend on the
   machine's speed or load.
   Once the sizes are known, further rounds over all of them keep each size's minimum.
2. Sizes grow geometrically while the time per call stays under a per-point cap; when the growth
   looks steep, the next size is the largest one whose extrapolated time still fits, so an
   exponential function never runs away.
3. Each growth class is fitted as y = a + c*f(n) (a, c >= 0) by least squares on relative errors,
   and the classes are compared with the Bayesian information criterion. The line counts give a
   floor: time cannot grow more slowly than the Python work it does. Above that floor the timings
   decide, except that a simpler class stands when the timings grow by less than EXCESS times
   what it predicts. The confidence is the chosen class's BIC weight or, when a simpler class
   stood, how far below the threshold the extra growth stayed.
"""

import gc
import io
import json
import math
import os
import sys
import time

MARKER = "@@pyprep-complexity@@"
CLASSES = ["O(1)", "O(log n)", "O(n)", "O(n log n)", "O(n^2)", "O(n^3)", "O(2^n)"]
# Timings that rise above a simpler class's prediction by less than this factor across the growth
# region are read as memory effects and noise (caches, allocation), not as a faster-growing class:
# measured, a dict lookup slows 1.6x from 1K to 16K keys.
EXCESS = 1.75
EXCESS_WALL_CLOCK = 2.0
# Sizes stop here: beyond it the data outgrow the processor's caches, and memory latency adds a
# slow rise that looks like an extra log factor (measured: dict lookups "grow" 2x from 16K to 1M keys).
MAX_N = 1 << 14
# The longest call measured with a wall clock, in seconds.
WALL_CLOCK_CAP = 0.015
# Below this multiple of the smallest time, a point mostly measures the call's fixed overhead.
ASYMPTOTIC = 8.0


def _cpu_clock():
    """The calling thread's CPU time where the platform measures it precisely (other programs
    taking the processor do not disturb it), else the wall clock. Not the process's CPU time:
    under a CPU-time limit (the native judge sets RLIMIT_CPU) Linux advances that clock only
    at scheduler ticks, every few milliseconds."""
    try:
        if time.get_clock_info("thread_time").resolution <= 1e-6:
            first = time.thread_time()
            deadline = time.perf_counter() + 0.002
            steps = 0
            last = first
            while time.perf_counter() < deadline:
                now = time.thread_time()
                if now != last:
                    steps += 1
                    last = now
            if steps >= 20:  # advances at least every 0.1 ms
                return time.thread_time
    except (AttributeError, OSError, ValueError):
        pass
    return time.perf_counter


clock = _cpu_clock()


class MeasureError(Exception):
    pass


def shape(cls, n):
    if cls == "O(1)":
        return 1.0
    if cls == "O(log n)":
        return math.log2(n) if n > 1 else 0.0
    if cls == "O(n)":
        return float(n)
    if cls == "O(n log n)":
        return n * math.log2(n) if n > 1 else 0.0
    if cls == "O(n^2)":
        return float(n) ** 2
    if cls == "O(n^3)":
        return float(n) ** 3
    raise ValueError(cls)


def weighted_fit(xs, ys):
    """Least squares for y = a + c*x on relative errors, with a >= 0 and c >= 0.

    Returns (rss, a, c) where rss is the sum of squared relative residuals."""
    ys = [max(y, 1e-9) for y in ys]
    w = [1.0 / (y * y) for y in ys]

    def rss_of(a, c):
        return sum(((y - a - c * x) / y) ** 2 for x, y in zip(xs, ys))

    sw = sum(w)
    swx = sum(wi * x for wi, x in zip(w, xs))
    swy = sum(wi * y for wi, y in zip(w, ys))
    swxx = sum(wi * x * x for wi, x in zip(w, xs))
    swxy = sum(wi * x * y for wi, x, y in zip(w, xs, ys))
    options = []
    det = sw * swxx - swx * swx
    if det > 1e-12 * max(1.0, sw * swxx):
        c = (sw * swxy - swx * swy) / det
        a = (swy - c * swx) / sw
        if a >= 0 and c >= 0:
            options.append((rss_of(a, c), a, c))
    if swxx > 0:
        c = swxy / swxx
        if c >= 0:
            options.append((rss_of(0.0, c), 0.0, c))
    a = swy / sw
    options.append((rss_of(a, 0.0), a, 0.0))
    return min(options)


def bic(rss, points, params):
    return points * math.log(rss / points + 1e-12) + params * math.log(points)


def trimmed_fit(xs, ys):
    """weighted_fit, refitted without the point it explains worst when there are enough points
    (least trimmed squares: one disturbed measurement must not decide the class)."""
    rss, a, c = weighted_fit(xs, ys)
    if len(xs) < 7:
        return rss, len(xs)
    worst = max(range(len(xs)), key=lambda i: ((ys[i] - a - c * xs[i]) / ys[i]) ** 2)
    rest_x = xs[:worst] + xs[worst + 1 :]
    rest_y = ys[:worst] + ys[worst + 1 :]
    return weighted_fit(rest_x, rest_y)[0], len(rest_x)


def asymptotic(ns, ys):
    """The points where the time is well above the fixed overhead of a call (all points when the
    function barely grows: O(1), O(log n)), and of those the upper half of the sizes on a log
    scale, where the leading term dominates the lower-order ones."""
    low = min(ys)
    keep = [i for i, y in enumerate(ys) if y >= ASYMPTOTIC * low]
    if len(keep) < 5:
        return (ns, ys), (ns, ys)
    middle = math.sqrt(ns[keep[0]] * ns[keep[-1]])
    upper = [i for i in keep if ns[i] >= middle]
    if len(upper) < 5:
        upper = keep[-5:]
    region = ([ns[i] for i in keep], [ys[i] for i in keep])
    return region, ([ns[i] for i in upper], [ys[i] for i in upper])


def fit_classes(ns, ys):
    """Fits every class to y(n). Returns the growth region (where the time is well above a call's
    fixed overhead), and per class its BIC on the upper half of that region (O(1) has one
    parameter, O(2^n) three: its base is fitted too) and its (a, c) fitted on the whole region."""
    region, (ns, ys) = asymptotic(ns, ys)
    fits = {}
    for cls in CLASSES[:-1]:
        xs = [shape(cls, n) for n in ns]
        rss, used = trimmed_fit(xs, ys)
        _, a, c = weighted_fit([shape(cls, n) for n in region[0]], region[1])
        fits[cls] = (bic(rss, used, 1 if cls == "O(1)" else 2), a, c)
    best_exp = None
    base = 1.1
    while base <= 4.0 and max(ns) * math.log(base) < 600:
        fit = trimmed_fit([base**n for n in ns], ys)
        if best_exp is None or fit[0] < best_exp[0]:
            best_exp = fit
        base += 0.05
    fits["O(2^n)"] = (math.inf if best_exp is None else bic(best_exp[0], best_exp[1], 3), None, None)
    return region, fits


def excess_growth(window, fit, cls):
    """How much more the time grows across the window than the fitted `cls` curve predicts (1.0:
    exactly as predicted). Ends are averaged over two points on a log scale."""
    ns, ys = window
    if len(ns) < 4 or fit[1] is None:
        return math.inf
    _, a, c = fit

    def curve(n):
        return max(a + c * shape(cls, n), 1e-12)

    def end(points):
        return math.exp(sum(math.log(max(v, 1e-12)) for v in points) / len(points))

    observed = end(ys[-2:]) / end(ys[:2])
    predicted = end([curve(n) for n in ns[-2:]]) / end([curve(n) for n in ns[:2]])
    return observed / predicted


def weights_of(scores):
    low = min(scores.values())
    raw = {c: math.exp(-0.5 * (v - low)) for c, v in scores.items()}
    total = sum(raw.values())
    return {c: w / total for c, w in raw.items()}


def choose(region, fits, floor_index, excess=None):
    """The growth class of the timings. Start from the least BIC among the classes at or above
    the floor the line counts set; then step down to the next simpler class (never below the
    floor) while the timings grow across the region by less than EXCESS times what that simpler
    class predicts: such a rise is memory effects and noise, not work. Returns the class, its
    confidence and every candidate's weight."""
    scores = {
        cls: fits[cls][0]
        for i, cls in enumerate(CLASSES)
        if i >= floor_index and math.isfinite(fits[cls][0])
    }
    best = min(scores, key=lambda c: (scores[c], CLASSES.index(c)))
    index = CLASSES.index(best)
    threshold = EXCESS if excess is None else excess
    while index > floor_index:
        simpler = CLASSES[index - 1]
        if simpler not in scores or excess_growth(region, fits[simpler], simpler) >= threshold:
            break
        index -= 1
    weights = weights_of(scores)
    if CLASSES[index] == best:
        return best, weights[best], weights
    # Stepped down: the weights still show what the timings alone prefer; the confidence says how
    # far the extra growth stayed below the threshold (1.0: none at all; 0.5: right at it).
    chosen = CLASSES[index]
    growth = excess_growth(region, fits[chosen], chosen)
    confidence = 1.0 - 0.5 * max(0.0, math.log(max(growth, 1.0)) / math.log(threshold))
    return chosen, max(0.5, min(1.0, confidence)), weights


class Subject:
    """The learner's entry function and the exercise's generator, with output swallowed."""

    def __init__(self, function, generate):
        self.function = function
        self.generate = generate
        self.reusable = self._args_survive_a_call()

    def args(self, n):
        args = self.generate(n)
        if not isinstance(args, (tuple, list)):
            raise MeasureError(f"generate({n}) must return a tuple of arguments, not {type(args).__name__}")
        return tuple(args)

    def call(self, args):
        result = self.function(*args)
        if hasattr(result, "__next__"):
            for _ in result:  # a lazy result does its work when consumed
                pass
        return result

    def _args_survive_a_call(self):
        try:
            used, fresh = self.args(16), self.args(16)
            self.call(used)
            return bool(used == fresh)
        except MeasureError:
            raise
        except Exception:
            return False


def timed_batch(subject, n, batch):
    """Seconds per call over `batch` calls on inputs of size n (fresh inputs unless reusable)."""
    if subject.reusable:
        inputs = [subject.args(n)] * batch
    else:
        inputs = [subject.args(n) for _ in range(batch)]
    gc.disable()  # no collection pauses inside the timed calls (a full collect is slow in Pyodide)
    try:
        start = clock()
        for args in inputs:
            subject.call(args)
        return (clock() - start) / batch
    finally:
        gc.enable()


def next_size(n, points, cap):
    """About n * sqrt(2), unless the growth so far says that size would take longer than cap."""
    target = min(MAX_N, max(n + 1, round(n * 1.4142)))
    if len(points) >= 2:
        (n0, y0), (n1, y1) = points[-2], points[-1]
        if y1 > y0 > 0 and n1 > n0:
            # Extrapolate as if the growth were exponential: the most pessimistic reading.
            rate = math.log(y1 / y0) / (n1 - n0)
            while target > n + 1 and y1 * math.exp(rate * (target - n1)) > cap:
                target = n + max(1, (target - n) // 2)
    return target


def measure_times(subject, budget):
    """[(n, seconds per call)] on growing n within `budget` seconds."""
    started = time.perf_counter()
    cap = max(0.02, budget / 25)
    if clock is time.perf_counter:
        # Wall-clock time (Pyodide has no CPU clock): the longer a call, the likelier another
        # program takes the processor during it. Keep calls short and repeat more.
        cap = min(cap, WALL_CLOCK_CAP)
    points = []
    batches = {}
    n = 1
    subject.call(subject.args(n))  # warm-up: imports, caches, first-call costs
    gc.collect()
    while True:
        single = timed_batch(subject, n, 1)
        batch = 1 if single >= 0.002 else min(2000, int(0.002 / max(single, 1e-7)) + 1)
        if not subject.reusable:
            batch = min(batch, max(1, 200_000 // max(n, 1)))
        repeats = 3 if single * batch >= 0.02 else 5
        if clock is time.perf_counter:
            repeats += 4
        best = min(timed_batch(subject, n, batch) for _ in range(repeats))
        if points and points[-1][1] > 1.25 * best and points[-1][1] > 1e-5:
            # The smaller size took longer: it was disturbed; measure it again.
            m, before = points[-1]
            again = min(timed_batch(subject, m, batch) for _ in range(repeats))
            points[-1] = (m, min(before, again))
        points.append((n, best))
        batches[n] = batch
        spent = time.perf_counter() - started
        if best >= cap or n >= MAX_N or spent >= budget:
            break
        grown = next_size(n, points, cap)
        if grown <= n:
            break
        # Stop early rather than overrun: the next point costs about six calls' worth.
        exponent = 1.0
        if len(points) >= 2 and points[-2][1] > 0 and points[-1][0] > points[-2][0]:
            (n0, y0), (n1, y1) = points[-2], points[-1]
            exponent = max(1.0, math.log(y1 / y0) / math.log(n1 / n0))
        if spent + 6 * max(best, 0.002) * (grown / n) ** exponent > budget:
            break
        n = grown
    return settle(subject, points, batches, started, budget)


def settle(subject, points, batches, started, budget, rounds=4):
    """More batches over all the sizes, round after round, keeping each size's minimum: a burst of
    load slows the sizes measured during it, and spreading each size's repeats over the whole run
    lets every size find a quiet moment. Stops when the budget is spent."""
    points = list(points)
    per_round = sum(t * batches[n] for n, t in points)
    for _ in range(rounds):
        if time.perf_counter() - started + 2 * per_round > budget:
            break
        points = [(n, min(t, timed_batch(subject, n, batches[n]))) for n, t in points]
    return points


def measure_lines(subject, budget, limit=200_000):
    """[(n, executed Python lines)] on growing n, counted with sys.settrace."""
    started = time.perf_counter()
    counter = [0]

    def tracer(frame, event, arg):
        if event == "line":
            counter[0] += 1
        return tracer

    points = []
    n = 1
    while True:
        args = subject.args(n)
        counter[0] = 0
        begin = time.perf_counter()
        sys.settrace(tracer)
        try:
            subject.call(args)
        finally:
            sys.settrace(None)
        took = time.perf_counter() - begin
        points.append((n, counter[0] + 1))
        spent = time.perf_counter() - started
        if counter[0] >= limit or n >= MAX_N or spent >= budget or took >= budget / 6:
            break
        grown = next_size(n, points, limit)
        if grown <= n:
            break
        n = grown
    return points


def estimate(function, generate, budget_ms):
    budget = budget_ms / 1000.0
    subject = Subject(function, generate)
    lines = measure_lines(subject, budget * 0.2)
    times = measure_times(subject, budget * 0.8)
    if len(times) < 4:
        raise MeasureError(
            f"only {len(times)} sizes could be measured within the time budget; a single call at n={times[-1][0]} already takes {times[-1][1]:.2f} s"
        )
    floor_index = 0
    line_class = None
    if len(lines) >= 4:
        window, fits = fit_classes([n for n, _ in lines], [float(c) for _, c in lines])
        scores = {c: f[0] for c, f in fits.items() if math.isfinite(f[0])}
        line_class = min(scores, key=lambda c: (scores[c], CLASSES.index(c)))
        floor_index = CLASSES.index(line_class)
    window, fits = fit_classes([n for n, _ in times], [t for _, t in times])
    # A wall clock (Pyodide) lets load inflate the longer calls: ask for more before leaving a class.
    best, confidence, weights = choose(
        window, fits, floor_index, EXCESS_WALL_CLOCK if clock is time.perf_counter else EXCESS
    )
    return {
        "class": best,
        "confidence": round(confidence, 3),
        "lineClass": line_class,
        "reusableInputs": subject.reusable,
        "measurements": [{"n": n, "seconds": t} for n, t in times],
        "lineCounts": [{"n": n, "lines": c} for n, c in lines],
        "weights": {c: round(w, 4) for c, w in weights.items()},
    }


def main():
    if os.getcwd() not in sys.path:
        sys.path.insert(0, os.getcwd())
    with open("complexity_request.json", encoding="utf-8") as f:
        request = json.load(f)
    real_stdout = sys.stdout
    sys.stdout = io.StringIO()  # the learner's prints must not mix with the report
    sys.setrecursionlimit(max(sys.getrecursionlimit(), 10_000))
    try:
        import generator

        module = __import__(request["module"])
        function = getattr(module, request["entry"], None)
        if not callable(function):
            raise MeasureError(f"{request['module']}.py defines no function {request['entry']}")
        if not callable(getattr(generator, "generate", None)):
            raise MeasureError("generator.py defines no generate(n)")
        report = estimate(function, generator.generate, float(request.get("budget_ms", 3000)))
    except MeasureError as error:
        report = {"error": str(error)}
    except Exception as error:  # the learner's code raised: say where the estimate stopped
        report = {"error": f"{type(error).__name__}: {error}"}
    finally:
        sys.stdout = real_stdout
    print(MARKER + json.dumps(report))


if __name__ == "__main__":
    main()
