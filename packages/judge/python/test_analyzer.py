"""Tests for analyzer.py: `python3 -m unittest test_analyzer` in this folder.

Every rule has snippets that must trigger it (on the line marked `# <-`) and snippets that must not.
"""

import json
import pathlib
import re
import subprocess
import sys
import tempfile
import textwrap
import unittest

import analyzer

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parents[2]
MARK = "# <-"
# `is` with a literal and an invalid escape: Python warns about both while compiling.
SNIPPET_WITH_SYNTAX_WARNINGS = "import analyzer; analyzer.analyze(\"x is 'a'\\ny = '\\\\d'\\n\")"


def marked_line(snippet):
    lines = [i for i, line in enumerate(snippet.splitlines(), 1) if MARK in line]
    assert len(lines) == 1, f"a firing snippet needs exactly one {MARK!r} line:\n{snippet}"
    return lines[0]


# rule -> (snippets that must trigger it on the marked line, snippets that must not trigger it)
CASES = {
    "syntax-error": (
        [
            """
            def broken(:  # <-
                pass
            """,
            """
            x = 1
            if x  # <-
                pass
            """,
        ],
        ["def fine():\n    return 1\n"],
    ),
    "mutable-default-argument": (
        [
            """
            def add(item, items=[]):  # <-
                items.append(item)
                return items
            """,
            """
            def tally(word, *, counts={}):  # <-
                counts[word] = counts.get(word, 0) + 1
            """,
            """
            from collections import defaultdict
            def group(pairs, into=defaultdict(list)):  # <-
                return into
            """,
            "handler = lambda event, seen=set(): seen.add(event)  # <-\n",
        ],
        [
            """
            def add(item, items=None):
                if items is None:
                    items = []
                items.append(item)
                return items
            """,
            "def f(a, b=(), c=frozenset(), d='x', e=0, f=None):\n    return a\n",
            """
            import time
            def retry(attempts, sleep=time.sleep, exceptions=Exception):
                return attempts
            """,
        ],
    ),
    "bare-except": (
        [
            """
            def load(path):
                try:
                    return parse(path)
                except:  # <-
                    return None
            """,
            """
            try:
                run()
            except:  # <-
                pass
            """,
        ],
        [
            """
            def load(path):
                try:
                    return parse(path)
                except (OSError, ValueError):
                    return None
            """,
            """
            def write(path, data):
                try:
                    save(path, data)
                except:
                    cleanup(path)
                    raise
            """,
        ],
    ),
    "swallowed-exception": (
        [
            """
            def notify(user):
                try:
                    send(user)
                except Exception:  # <-
                    pass
            """,
            """
            for job in jobs:
                try:
                    job.run()
                except (BaseException, ValueError):  # <-
                    continue
            """,
        ],
        [
            """
            try:
                import numpy
            except ImportError:
                pass
            """,
            """
            import logging
            try:
                send()
            except Exception:
                logging.exception("send failed")
            """,
        ],
    ),
    "except-base-exception": (
        [
            """
            def run(task):
                try:
                    task()
                except BaseException as error:  # <-
                    print("task failed:", error)
            """,
        ],
        [
            """
            def run(task):
                try:
                    task()
                except BaseException:
                    rollback()
                    raise
            """,
            """
            def run(task):
                try:
                    task()
                except (SystemExit, KeyboardInterrupt):
                    raise
                except BaseException as error:
                    report(error)
            """,
            """
            def run(task):
                try:
                    task()
                except Exception as error:
                    report(error)
            """,
        ],
    ),
    "raise-without-from": (
        [
            """
            def port(text):
                try:
                    return int(text)
                except ValueError:
                    raise ConfigError(f"not a port: {text}")  # <-
            """,
        ],
        [
            """
            def port(text):
                try:
                    return int(text)
                except ValueError as error:
                    raise ConfigError(f"not a port: {text}") from error
            """,
            """
            def port(text):
                try:
                    return int(text)
                except ValueError:
                    raise
            """,
            """
            def port(text):
                try:
                    return int(text)
                except ValueError as error:
                    log(error)
                    raise error
            """,
            """
            def check(n):
                if n < 0:
                    raise ValueError("negative")
            """,
        ],
    ),
    "raise-generic-exception": (
        [
            """
            def withdraw(balance, amount):
                if amount > balance:
                    raise Exception("insufficient funds")  # <-
                return balance - amount
            """,
        ],
        [
            """
            class InsufficientFunds(Exception):
                pass

            def withdraw(balance, amount):
                if amount > balance:
                    raise InsufficientFunds(amount)
                return balance - amount
            """,
        ],
    ),
    "return-in-finally": (
        [
            """
            def read(path):
                try:
                    return parse(path)
                finally:
                    return None  # <-
            """,
            """
            for item in items:
                try:
                    handle(item)
                finally:
                    break  # <-
            """,
        ],
        [
            """
            def read(path):
                f = acquire(path)
                try:
                    return f.read()
                finally:
                    f.release()
            """,
            """
            def drain(queues):
                try:
                    work()
                finally:
                    for q in queues:
                        if q.empty():
                            continue
                        q.flush()
            """,
            """
            def outer():
                try:
                    work()
                finally:
                    def callback():
                        return 1
                    register(callback)
            """,
        ],
    ),
    "assert-for-validation": (
        [
            """
            def withdraw(account, amount):
                \"\"\"Take amount out of account.\"\"\"
                assert amount > 0, "amount must be positive"  # <-
                account.balance -= amount
            """,
            """
            class Account:
                def deposit(self, amount):
                    assert amount > 0  # <-
                    self.balance += amount
            """,
        ],
        [
            """
            def withdraw(account, amount):
                if amount <= 0:
                    raise ValueError("amount must be positive")
                account.balance -= amount
            """,
            """
            def _partition(items, lo, hi):
                assert lo <= hi
                return lo
            """,
            """
            def test_total():
                assert total([1, 2]) == 3
            """,
            """
            class Timer:
                def __exit__(self, *exc):
                    assert self._start is not None
                    self._start = None
            """,
            """
            def mean(values):
                total = sum(values)
                assert total >= 0
                return total / len(values)
            """,
        ],
    ),
    "pop-front-in-loop": (
        [
            """
            def bfs(graph, start):
                queue = [start]
                while queue:
                    node = queue.pop(0)  # <-
                    queue.extend(graph[node])
            """,
            """
            def consume(tokens):
                while tokens:
                    del tokens[0]  # <-
            """,
        ],
        [
            """
            from collections import deque
            def bfs(graph, start):
                queue = deque([start])
                while queue:
                    node = queue.popleft()
                    queue.extend(graph[node])
            """,
            """
            def first(items):
                return items.pop(0)
            """,
            """
            def drop(keys):
                counts = {0: 1, 1: 2}
                for key in keys:
                    counts.pop(0)
            """,
            """
            def unwind(stack):
                while stack:
                    stack.pop()
            """,
        ],
    ),
    "insert-front-in-loop": (
        [
            """
            def reverse(items):
                out = []
                for item in items:
                    out.insert(0, item)  # <-
                return out
            """,
        ],
        [
            """
            def reverse(items):
                out = []
                for item in items:
                    out.append(item)
                out.reverse()
                return out
            """,
            """
            from collections import deque
            def reverse(items):
                out = deque()
                for item in items:
                    out.insert(0, item)
                return list(out)
            """,
            """
            def with_header(rows, header):
                rows.insert(0, header)
                return rows
            """,
        ],
    ),
    "list-membership-in-loop": (
        [
            """
            def unique(items):
                seen = []
                for item in items:
                    if item not in seen:  # <-
                        seen.append(item)
                return seen
            """,
            """
            def common(a, b):
                wanted = [x * 2 for x in a]
                return [y for y in b if y in wanted]  # <-
            """,
        ],
        [
            """
            def unique(items):
                seen = set()
                result = []
                for item in items:
                    if item not in seen:
                        seen.add(item)
                        result.append(item)
                return result
            """,
            """
            def count_vowels(text):
                vowels = ["a", "e", "i", "o", "u"]
                return sum(1 for ch in text if ch in vowels)
            """,
            """
            def has(items, target):
                found = []
                return target in found
            """,
            """
            def matches(words, allowed):
                return [w for w in words if w in allowed]
            """,
        ],
    ),
    "count-in-loop": (
        [
            """
            def first_unique(s):
                for ch in s:
                    if s.count(ch) == 1:  # <-
                        return ch
            """,
            "dupes = [x for x in nums if nums.count(x) > 1]  # <-\n",
        ],
        [
            """
            from collections import Counter
            def first_unique(s):
                counts = Counter(s)
                for ch in s:
                    if counts[ch] == 1:
                        return ch
            """,
            """
            def tally(words, targets):
                return {t: words.count(t) for t in targets}
            """,
        ],
    ),
    "string-concat-in-loop": (
        [
            """
            def shout(words):
                result = ""
                for word in words:
                    result += word.upper()  # <-
                return result
            """,
            """
            def digits(n):
                text = ''
                while n:
                    text = text + str(n % 10)  # <-
                    n //= 10
                return text
            """,
        ],
        [
            """
            def shout(words):
                parts = []
                for word in words:
                    parts.append(word.upper())
                return "".join(parts)
            """,
            """
            def total(values):
                result = 0
                for v in values:
                    result += v
                return result
            """,
            """
            def banner(title):
                line = "="
                line += title
                return line
            """,
            """
            def lines(rows):
                out = []
                for row in rows:
                    out += [row]
                return out
            """,
        ],
    ),
    "nested-loop-same-sequence": (
        [
            """
            def two_sum(nums, target):
                for i in range(len(nums)):
                    for j in range(i + 1, len(nums)):  # <-
                        if nums[i] + nums[j] == target:
                            return i, j
            """,
            """
            def has_duplicate(items):
                items = list(items)
                for i, a in enumerate(items):
                    for b in items[i + 1:]:  # <-
                        if a == b:
                            return True
                return False
            """,
        ],
        [
            """
            def two_sum(nums, target):
                seen = {}
                for i, value in enumerate(nums):
                    if target - value in seen:
                        return seen[target - value], i
                    seen[value] = i
            """,
            """
            def bubble(items):
                for i in range(len(items)):
                    for j in range(len(items) - i - 1):
                        if items[j] > items[j + 1]:
                            items[j], items[j + 1] = items[j + 1], items[j]
            """,
            """
            def symmetric(m):
                for i in range(len(m)):
                    for j in range(len(m)):
                        if m[i][j] != m[j][i]:
                            return False
                return True
            """,
            """
            def grid_zeros(grid):
                for row in grid:
                    for cell in row:
                        if cell == 0:
                            return True
            """,
            """
            def tokens(chars):
                it = iter(chars)
                for ch in it:
                    if ch == '"':
                        for ch2 in it:
                            if ch2 == '"':
                                break
            """,
        ],
    ),
    "sorted-for-min-max": (
        [
            "cheapest = sorted(prices)[0]  # <-\n",
            "oldest = sorted(people, key=lambda p: p.age)[-1]  # <-\n",
            "top = sorted(scores, reverse=True)[0]  # <-\n",
        ],
        [
            "cheapest = min(prices)\n",
            "median = sorted(prices)[len(prices) // 2]\n",
            "top3 = sorted(scores)[-3:]\n",
        ],
    ),
    "unmemoized-recursion": (
        [
            """
            def fib(n):  # <-
                if n < 2:
                    return n
                return fib(n - 1) + fib(n - 2)
            """,
            """
            def paths(r, c):  # <-
                if r == 0 or c == 0:
                    return 1
                down = paths(r - 1, c)
                right = paths(r, c - 1)
                return down + right
            """,
            """
            def min_coins(amount, coins):  # <-
                if amount == 0:
                    return 0
                best = float("inf")
                for coin in coins:
                    if coin <= amount:
                        best = min(best, 1 + min_coins(amount - coin, coins))
                return best
            """,
            """
            class Solver:
                def climb(self, n):  # <-
                    if n <= 1:
                        return 1
                    return self.climb(n - 1) + self.climb(n - 2)
            """,
        ],
        [
            """
            from functools import cache

            @cache
            def fib(n):
                if n < 2:
                    return n
                return fib(n - 1) + fib(n - 2)
            """,
            """
            import functools

            @functools.lru_cache(maxsize=None)
            def fib(n):
                return n if n < 2 else fib(n - 1) + fib(n - 2)
            """,
            """
            def fib(n, memo={}):
                if n in memo:
                    return memo[n]
                if n < 2:
                    return n
                memo[n] = fib(n - 1) + fib(n - 2)
                return memo[n]
            """,
            """
            def merge_sort(items):
                if len(items) <= 1:
                    return items
                mid = len(items) // 2
                return merge(merge_sort(items[:mid]), merge_sort(items[mid:]))
            """,
            """
            def height(node):
                if node is None:
                    return 0
                return 1 + max(height(node.left), height(node.right))
            """,
            """
            def search(items, target, lo, hi):
                if lo > hi:
                    return -1
                mid = (lo + hi) // 2
                if items[mid] < target:
                    return search(items, target, mid + 1, hi)
                return search(items, target, lo, mid - 1)
            """,
            """
            def count_down(n):
                if n == 0:
                    return 0
                if n % 2:
                    return count_down(n - 1)
                return count_down(n - 2)
            """,
            """
            def hanoi(n, src, dst, via):
                if n:
                    hanoi(n - 1, src, via, dst)
                    print(src, "->", dst)
                    hanoi(n - 1, via, dst, src)
            """,
            """
            def queens(n, row, cols):
                if row == n:
                    return 1
                total = 0
                for c in range(n):
                    if c not in cols:
                        cols.add(c)
                        total += queens(n, row + 1, cols)
                        cols.remove(c)
                return total
            """,
            """
            def parens(s, opened, closed, n):
                if closed == n:
                    return [s]
                out = []
                if opened < n:
                    out += parens(s + "(", opened + 1, closed, n)
                if closed < opened:
                    out += parens(s + ")", opened, closed + 1, n)
                return out
            """,
            """
            def factorial(n):
                return 1 if n <= 1 else n * factorial(n - 1)
            """,
        ],
    ),
    "range-len-loop": (
        [
            """
            def show(names):
                for i in range(len(names)):  # <-
                    print(names[i])
            """,
            """
            def numbered(names):
                out = []
                for i in range(len(names)):  # <-
                    out.append((i, names[i]))
                return out
            """,
            "upper = [words[i].upper() for i in range(len(words))]  # <-\n",
        ],
        [
            """
            def show(names):
                for name in names:
                    print(name)
            """,
            """
            def double(values):
                for i in range(len(values)):
                    values[i] *= 2
            """,
            """
            def diffs(values):
                return [values[i + 1] - values[i] for i in range(len(values) - 1)]
            """,
            """
            def pairwise(a, b):
                total = 0
                for i in range(len(a)):
                    total += a[i] * b[i]
                return total
            """,
            """
            def indexes(values):
                for i in range(len(values)):
                    print(i)
            """,
        ],
    ),
    "compare-to-none": (
        [
            "if result == None:  # <-\n    result = []\n",
            "found = [x for x in items if x != None]  # <-\n",
            "if None == value:  # <-\n    pass\n",
        ],
        [
            "if result is None:\n    result = []\n",
            "users = session.query(User).filter(User.email == None)\n",
        ],
    ),
    "compare-to-bool": (
        [
            "if done == True:  # <-\n    stop()\n",
            "while running != False:  # <-\n    step()\n",
        ],
        [
            "if done:\n    stop()\n",
            "if flag is True:\n    stop()\n",
            "count = total == 1\n",
        ],
    ),
    "len-comparison": (
        [
            "if len(items) == 0:  # <-\n    print('empty')\n",
            "if len(items) > 0:  # <-\n    print('some')\n",
            "while len(queue):  # <-\n    queue.pop()\n",
            "if not len(items):  # <-\n    print('empty')\n",
            "ok = 0 < len(items)  # <-\n",
        ],
        [
            "if not items:\n    print('empty')\n",
            "if len(items) > 3:\n    print('many')\n",
            "if len(order) == n:\n    print('all')\n",
            "size = len(items)\n",
        ],
    ),
    "type-comparison": (
        [
            "if type(value) == int:  # <-\n    pass\n",
            "if type(value) != dict:  # <-\n    pass\n",
        ],
        [
            "if isinstance(value, int):\n    pass\n",
            "if type(value) is bool:\n    pass\n",
            "same = type(a) == type(b)\n",
        ],
    ),
    "is-literal-comparison": (
        [
            "if command is 'quit':  # <-\n    stop()\n",
            "if count is not 0:  # <-\n    pass\n",
            "if n is -1:  # <-\n    pass\n",
            "if items is []:  # <-\n    pass\n",
        ],
        [
            "if command == 'quit':\n    stop()\n",
            "if value is None or flag is True or rest is ...:\n    pass\n",
        ],
    ),
    "not-in-operator": (
        [
            "if not key in seen:  # <-\n    pass\n",
            "if not value is None:  # <-\n    pass\n",
        ],
        [
            "if key not in seen:\n    pass\n",
            "if value is not None:\n    pass\n",
            "if not (a < b):\n    pass\n",
        ],
    ),
    "dict-keys-membership": (
        [
            "if key in config.keys():  # <-\n    pass\n",
            "missing = [k for k in wanted if k not in d.keys()]  # <-\n",
        ],
        [
            "if key in config:\n    pass\n",
            "shared = a.keys() & b.keys()\n",
        ],
    ),
    "iterate-dict-keys": (
        [
            "for name in ages.keys():  # <-\n    print(name)\n",
            "names = [n for n in ages.keys()]  # <-\n",
        ],
        [
            "for name in ages:\n    print(name)\n",
            "for name, age in ages.items():\n    print(name, age)\n",
            "for name in list(ages):\n    del ages[name]\n",
        ],
    ),
    "dict-default-by-hand": (
        [
            """
            def count(words):
                counts = {}
                for word in words:
                    if word in counts:  # <-
                        counts[word] += 1
                    else:
                        counts[word] = 1
                return counts
            """,
            """
            def group(pairs):
                groups = {}
                for key, value in pairs:
                    if key not in groups:  # <-
                        groups[key] = []
                    groups[key].append(value)
                return groups
            """,
            """
            def group(pairs):
                groups = {}
                for key, value in pairs:
                    if key in groups:  # <-
                        groups[key].append(value)
                    else:
                        groups[key] = [value]
                return groups
            """,
        ],
        [
            """
            from collections import Counter
            def count(words):
                return Counter(words)
            """,
            """
            def label(marks, end):
                if end in marks:
                    marks[end] += " ]"
                else:
                    marks[end] = "]"
            """,
            """
            def cache_get(cache, key):
                if key not in cache:
                    cache[key] = compute(key)
                return cache[key]
            """,
        ],
    ),
    "modify-dict-while-iterating": (
        [
            """
            def drop_empty(d):
                for key in d:
                    if not d[key]:
                        del d[key]  # <-
            """,
            """
            def expand(prices):
                prices = dict(prices)
                for name, price in prices.items():
                    prices[name.upper()] = price  # <-
            """,
            """
            def prune(d):
                for k in d.keys():
                    d.pop(k)  # <-
            """,
        ],
        [
            """
            def drop_empty(d):
                for key in list(d):
                    if not d[key]:
                        del d[key]
            """,
            """
            def double(prices):
                for name in prices:
                    prices[name] *= 2
            """,
            """
            def remove_first_empty(d):
                for key in d:
                    if not d[key]:
                        del d[key]
                        break
            """,
            """
            def rebuild(d):
                return {k: v for k, v in d.items() if v}
            """,
        ],
    ),
    "modify-list-while-iterating": (
        [
            """
            def drop_negatives(values):
                for v in values:
                    if v < 0:
                        values.remove(v)  # <-
            """,
            """
            def drop_odd(values):
                values = list(values)
                for i, v in enumerate(values):
                    if v % 2:
                        del values[i]  # <-
                return values
            """,
        ],
        [
            """
            def drop_negatives(values):
                return [v for v in values if v >= 0]
            """,
            """
            def drop_negatives(values):
                for v in values[:]:
                    if v < 0:
                        values.remove(v)
            """,
            """
            def remove_first(values, target):
                for v in values:
                    if v == target:
                        values.remove(v)
                        return True
                return False
            """,
            """
            def walk(queue):
                for node in queue:
                    queue.append(node)
            """,
        ],
    ),
    "last-index-via-len": (
        ["last = items[len(items) - 1]  # <-\n", "items[len(items) - 2] = 0  # <-\n"],
        ["last = items[-1]\n", "mid = items[len(items) // 2]\n", "x = a[len(b) - 1]\n"],
    ),
    "shadowed-builtin": (
        [
            "list = [1, 2, 3]  # <-\n",
            """
            def total(sum):  # <-
                return sum
            """,
            """
            def scan(rows):
                for id, row in rows:  # <-
                    print(id, row)
            """,
            "def max(a, b):  # <-\n    return a if a > b else b\n",
            "class dict:  # <-\n    pass\n",
        ],
        [
            """
            from dataclasses import dataclass

            @dataclass
            class User:
                id: int
                type: str = "basic"
            """,
            "items = [1, 2, 3]\nuser.id = 3\n",
            "def fast(values, len=len):\n    return [len(v) for v in values]\n",
            "class Shape:\n    def max(self):\n        return 1\n",
        ],
    ),
    "needless-global": (
        [
            """
            COUNT = 0
            def show():
                global COUNT  # <-
                print(COUNT)
            """,
            """
            CACHE = {}
            def remember(k, v):
                global CACHE  # <-
                CACHE[k] = v
            """,
            "global x  # <-\nx = 1\n",
        ],
        [
            """
            COUNT = 0
            def bump():
                global COUNT
                COUNT += 1
            """,
            """
            CONFIG = None
            def load():
                global CONFIG
                for CONFIG in read():
                    pass
            """,
        ],
    ),
    "open-without-with": (
        [
            "data = open('in.txt').read()  # <-\n",
            """
            def lines(path):
                f = open(path)  # <-
                return f.readlines()
            """,
            "import json\nconfig = json.load(open('config.json'))  # <-\n",
        ],
        [
            "with open('in.txt') as f:\n    data = f.read()\n",
            """
            def open_log(path):
                return open(path, "a")
            """,
            """
            import contextlib
            with contextlib.ExitStack() as stack:
                files = [stack.enter_context(open(p)) for p in paths]
            """,
            """
            def copy(path):
                f = open(path)
                try:
                    return f.read()
                finally:
                    f.close()
            """,
            """
            class Log:
                def __init__(self, path):
                    self._file = open(path, "a")
            """,
            "from pathlib import Path\ntext = Path('a.txt').open().read()\n",
        ],
    ),
    "blocking-sleep-in-async": (
        [
            """
            import time
            async def poll():
                time.sleep(1)  # <-
            """,
            """
            from time import sleep
            async def poll():
                sleep(1)  # <-
            """,
        ],
        [
            """
            import asyncio
            async def poll():
                await asyncio.sleep(1)
            """,
            """
            import time
            def poll():
                time.sleep(1)
            """,
            """
            import time, asyncio
            async def poll():
                def blocking():
                    time.sleep(1)
                await asyncio.to_thread(blocking)
            """,
        ],
    ),
    "lambda-assignment": (
        [
            "square = lambda x: x * x  # <-\n",
            "key: object = lambda p: p.age  # <-\n",
        ],
        [
            "people.sort(key=lambda p: p.age)\n",
            "handlers = {'add': lambda a, b: a + b}\n",
            "self.callback = lambda: None\n",
        ],
    ),
    "missing-super-init": (
        [
            """
            class Animal:
                def __init__(self, name):
                    self.name = name

            class Dog(Animal):
                def __init__(self, name, breed):  # <-
                    self.breed = breed
            """,
            """
            class Base:
                def __init__(self):
                    self.ready = True

            class Middle(Base):
                pass

            class Leaf(Middle):
                def __init__(self):  # <-
                    self.leaf = True
            """,
        ],
        [
            """
            class Animal:
                def __init__(self, name):
                    self.name = name

            class Dog(Animal):
                def __init__(self, name, breed):
                    super().__init__(name)
                    self.breed = breed
            """,
            """
            class Animal:
                def __init__(self, name):
                    self.name = name

            class Dog(Animal):
                def __init__(self, name, breed):
                    Animal.__init__(self, name)
                    self.breed = breed
            """,
            """
            class Animal:
                def speak(self):
                    return "..."

            class Dog(Animal):
                def __init__(self, name):
                    self.name = name
            """,
            """
            class MyError(ValueError):
                def __init__(self, field):
                    self.field = field
            """,
        ],
    ),
    "wildcard-import": (
        ["from math import *  # <-\n", "from .models import *  # <-\n"],
        ["from math import sqrt, pi\n", "import math\n"],
    ),
    "eval-or-exec": (
        [
            "total = eval(input())  # <-\n",
            "exec(code, namespace)  # <-\n",
        ],
        [
            "import ast\nvalue = ast.literal_eval(text)\n",
            "result = model.eval()\n",
        ],
    ),
    "list-around-comprehension": (
        [
            "squares = list([x * x for x in nums])  # <-\n",
            "squares = list(x * x for x in nums)  # <-\n",
        ],
        [
            "squares = [x * x for x in nums]\n",
            "copy = list(nums)\n",
            "pairs = tuple(x for x in nums)\n",
            "ordered = sorted([x for x in nums])\n",
        ],
    ),
    "collection-from-comprehension": (
        [
            "seen = set([x.lower() for x in words])  # <-\n",
            "seen = set(x.lower() for x in words)  # <-\n",
            "index = dict((w, i) for i, w in enumerate(words))  # <-\n",
        ],
        [
            "seen = {x.lower() for x in words}\n",
            "index = {w: i for i, w in enumerate(words)}\n",
            "seen = set(words)\n",
            "pairs = dict(zip(keys, values))\n",
        ],
    ),
}


def findings(source):
    return analyzer.analyze(textwrap.dedent(source), strict=True)


class RuleCases(unittest.TestCase):
    def test_every_rule_has_cases(self):
        self.assertEqual(sorted(CASES), sorted(analyzer.RULES))
        for rule, (fire, quiet) in CASES.items():
            self.assertTrue(fire, f"{rule}: no snippet that triggers it")
            self.assertTrue(quiet, f"{rule}: no snippet that must not trigger it")

    def test_rules_fire_on_the_marked_line(self):
        for rule, (fire, _) in CASES.items():
            for snippet in fire:
                source = textwrap.dedent(snippet).lstrip("\n")
                with self.subTest(rule=rule, snippet=source):
                    line = marked_line(source)
                    got = [(f["rule"], f["line"]) for f in analyzer.analyze(source, strict=True)]
                    self.assertIn((rule, line), got)

    def test_rules_stay_quiet_on_idiomatic_code(self):
        for rule, (_, quiet) in CASES.items():
            for snippet in quiet:
                source = textwrap.dedent(snippet).lstrip("\n")
                with self.subTest(rule=rule, snippet=source):
                    got = [f for f in analyzer.analyze(source, strict=True) if f["rule"] == rule]
                    self.assertEqual(got, [])


class Findings(unittest.TestCase):
    def test_shape_and_order(self):
        source = textwrap.dedent(
            """
            def f(a, b=[]):
                if a == None:
                    return eval(a)
                return list([x for x in b])
            """
        )
        result = findings(source)
        self.assertEqual(
            [(f["line"], f["rule"]) for f in result],
            [
                (2, "mutable-default-argument"),
                (3, "compare-to-none"),
                (4, "eval-or-exec"),
                (5, "list-around-comprehension"),
            ],
        )
        for finding in result:
            self.assertEqual(sorted(finding), ["line", "message", "rule", "severity", "topic"])
            self.assertIsInstance(finding["line"], int)
            self.assertEqual(
                (finding["severity"], finding["topic"]), analyzer.RULES[finding["rule"]][:2]
            )

    def test_a_syntax_error_is_the_only_finding(self):
        result = findings("def f(items=[]):\n    return items\nprint(\n")
        self.assertEqual(len(result), 1)
        self.assertEqual(result[0]["rule"], "syntax-error")
        self.assertEqual(result[0]["severity"], "error")
        self.assertEqual(result[0]["topic"], "exceptions")
        self.assertIn("cannot parse", result[0]["message"])

    def test_empty_and_odd_sources(self):
        self.assertEqual(findings(""), [])
        self.assertEqual(findings("# just a comment\n"), [])
        nul = analyzer.analyze("x = 1\0\n")
        self.assertEqual([f["rule"] for f in nul], ["syntax-error"])
        # Too deep for the parser (3.11+), or for the checks' recursion (3.10): no crash either way.
        deep = analyzer.analyze("x = " + "1 + " * 50000 + "1\n", strict=True)
        self.assertLessEqual({f["rule"] for f in deep}, {"syntax-error"})

    def test_an_ignore_comment_silences_its_line(self):
        source = textwrap.dedent(
            """
            a = open("x").read()  # pyprep: ignore
            b = open("y").read()  # pyprep: ignore[open-without-with]
            c = open("z").read()  # pyprep: ignore[eval-or-exec]
            """
        )
        self.assertEqual([f["line"] for f in findings(source)], [4])

    def test_the_same_source_gives_the_same_findings(self):
        source = "".join(textwrap.dedent(s).lstrip("\n") for s in CASES["unmemoized-recursion"][0])
        self.assertEqual(findings(source), findings(source))

    def test_messages_explain_in_one_or_two_sentences(self):
        seen = set()
        for rule, (fire, _) in CASES.items():
            for snippet in fire:
                for finding in findings(snippet):
                    message = finding["message"].replace("...", "…")
                    seen.add(finding["rule"])
                    sentences = re.findall(r"[.!?](?:\s|$)", message)
                    self.assertTrue(1 <= len(sentences) <= 2, f"{finding['rule']}: {message}")
                    self.assertLess(len(message), 400, message)
        self.assertEqual(seen, set(analyzer.RULES))

    def test_python_warnings_stay_quiet(self):
        # SyntaxWarnings (`is` with a literal, invalid escapes) must not leak to stderr.
        run = subprocess.run(
            [sys.executable, "-W", "error", "-c", SNIPPET_WITH_SYNTAX_WARNINGS],
            cwd=HERE,
            capture_output=True,
            text=True,
        )
        self.assertEqual((run.returncode, run.stderr), (0, ""))


class Catalogue(unittest.TestCase):
    def test_rules_are_well_formed(self):
        for rule, (severity, topic, flags) in analyzer.RULES.items():
            self.assertRegex(rule, r"^[a-z]+(-[a-z]+)*$")
            self.assertIn(severity, ("info", "warning", "error"))
            self.assertTrue(flags)
        self.assertGreaterEqual(len(analyzer.RULES) - 1, 25)

    def test_topics_exist_in_the_curriculum(self):
        topics = set()
        for area in (ROOT / "content" / "areas").glob("*/area.yaml"):
            topics.update(re.findall(r"^  - id: ([a-z0-9-]+)\s*$", area.read_text("utf-8"), re.M))
        self.assertTrue(topics)
        for rule, (_, topic, _) in analyzer.RULES.items():
            self.assertIn(topic, topics, f"{rule}: unknown topic {topic}")

    def test_docs_list_every_rule(self):
        docs = (ROOT / "docs" / "judge.md").read_text("utf-8")
        for rule, (severity, topic, _) in analyzer.RULES.items():
            row = rf"^\| `{re.escape(rule)}` \| {severity} \| `{re.escape(topic)}` \| "
            self.assertTrue(
                re.search(row, docs, re.M),
                f"docs/judge.md has no row for {rule} ({severity}, {topic})",
            )

    def test_reference_solutions_have_no_warning_or_error(self):
        solutions = sorted((ROOT / "content" / "exercises").glob("*/solution.py"))
        self.assertTrue(solutions)
        for path in solutions:
            with self.subTest(solution=str(path.relative_to(ROOT))):
                serious = [
                    f
                    for f in analyzer.analyze(path.read_text("utf-8"), strict=True)
                    if f["severity"] != "info"
                ]
                self.assertEqual(serious, [])


class CommandLine(unittest.TestCase):
    def run_cli(self, *args, stdin=None):
        return subprocess.run(
            [sys.executable, str(HERE / "analyzer.py"), *args],
            input=stdin,
            capture_output=True,
        )

    def test_prints_the_findings_as_json(self):
        with tempfile.TemporaryDirectory() as folder:
            path = pathlib.Path(folder) / "solution.py"
            path.write_text("def f(x=[]):\n    return x\n", "utf-8")
            run = self.run_cli(str(path))
        self.assertEqual(run.returncode, 0, run.stderr)
        result = json.loads(run.stdout)
        self.assertEqual(
            [(f["rule"], f["line"]) for f in result], [("mutable-default-argument", 1)]
        )

    def test_reads_standard_input_and_honours_the_encoding_line(self):
        source = "# -*- coding: latin-1 -*-\nname = 'caf\xe9'\nif name == None:\n    pass\n"
        run = self.run_cli("-", stdin=source.encode("latin-1"))
        self.assertEqual(run.returncode, 0, run.stderr)
        self.assertEqual([f["rule"] for f in json.loads(run.stdout)], ["compare-to-none"])

    def test_undecodable_bytes_are_a_syntax_error(self):
        run = self.run_cli("-", stdin=b"x = '\xff\xfe'\n")
        self.assertEqual(run.returncode, 0, run.stderr)
        self.assertEqual([f["rule"] for f in json.loads(run.stdout)], ["syntax-error"])

    def test_lists_the_rules(self):
        run = self.run_cli("--rules")
        self.assertEqual(run.returncode, 0, run.stderr)
        listed = json.loads(run.stdout)
        self.assertEqual([r["rule"] for r in listed], list(analyzer.RULES))

    def test_usage_errors_exit_2(self):
        self.assertEqual(self.run_cli().returncode, 2)
        missing = self.run_cli("/nonexistent/solution.py")
        self.assertEqual(missing.returncode, 2)
        self.assertIn(b"cannot read", missing.stderr)


if __name__ == "__main__":
    unittest.main()
