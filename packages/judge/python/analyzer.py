"""Interview-focused feedback on Python code: the habits an interviewer would point out.

`analyze(source)` parses `source` with `ast` and returns a list of findings, each a dict
`{"rule", "line", "message", "severity", "topic"}`, sorted by line. `severity` is `info`, `warning`
or `error`; `topic` is the id of the curriculum topic that teaches the point. Standard library only:
this runs on CPython 3.10+ and in Pyodide.

    python3 analyzer.py FILE      the findings for FILE as a JSON array (`-` reads standard input)
    python3 analyzer.py --rules   the rules as a JSON array of {rule, severity, topic, flags}

A comment silences findings on its line: `# pyprep: ignore` (every rule) or
`# pyprep: ignore[rule-a, rule-b]`.

Each rule is written to stay quiet on idiomatic code: when a pattern can't be told apart from a
legitimate use without running the code, the rule leaves it alone.
"""

import ast
import io
import json
import re
import sys
import tokenize
import warnings

# rule id -> (severity, topic id, what it flags). docs/judge.md lists the same table.
RULES = {
    "syntax-error": (
        "error",
        "exceptions",
        "code that Python cannot parse (nothing else is checked)",
    ),
    "mutable-default-argument": (
        "warning",
        "function-arguments",
        "a list, dict or set (display, comprehension or constructor call) as a parameter's default",
    ),
    "bare-except": (
        "warning",
        "exceptions",
        "a bare `except:` (no exception type) that does not re-raise",
    ),
    "swallowed-exception": (
        "warning",
        "exceptions",
        "`except Exception:` or `except BaseException:` whose body only passes or continues",
    ),
    "except-base-exception": (
        "warning",
        "exceptions",
        "catching `BaseException` (alone or in a tuple) without re-raising",
    ),
    "raise-without-from": (
        "info",
        "exceptions",
        "raising a new exception inside `except` without `from`",
    ),
    "raise-generic-exception": (
        "info",
        "exceptions",
        "`raise Exception(...)` or `raise BaseException(...)`",
    ),
    "return-in-finally": (
        "error",
        "exceptions",
        "`return`, `break` or `continue` in a `finally` block",
    ),
    "assert-for-validation": (
        "warning",
        "exceptions",
        "`assert` on a parameter at the top of a public function",
    ),
    "pop-front-in-loop": (
        "warning",
        "stacks-and-queues",
        "`x.pop(0)` or `del x[0]` inside a loop (x not known to be a dict or deque)",
    ),
    "insert-front-in-loop": (
        "warning",
        "stacks-and-queues",
        "`x.insert(0, item)` inside a loop (x not known to be a deque)",
    ),
    "list-membership-in-loop": (
        "warning",
        "sets",
        "`item in xs` inside a loop, where `xs` is a list that the function builds",
    ),
    "count-in-loop": (
        "warning",
        "collections-module",
        "`xs.count(...)` inside a loop over `xs`",
    ),
    "string-concat-in-loop": (
        "warning",
        "strings",
        "`s += ...` (or `s = s + ...`) inside a loop, where `s` is a local string",
    ),
    "nested-loop-same-sequence": (
        "warning",
        "dictionaries",
        "a loop nested in a loop over the same sequence that compares items with `==`",
    ),
    "sorted-for-min-max": ("warning", "big-o-notation", "`sorted(xs)[0]` or `sorted(xs)[-1]`"),
    "unmemoized-recursion": (
        "warning",
        "dynamic-programming",
        "a function that calls itself on overlapping subproblems (two calls such as `f(n - 1)` and "
        "`f(n - 2)`, or one in a loop such as `f(n - coin)`) with no cache",
    ),
    "range-len-loop": (
        "info",
        "control-flow",
        "`for i in range(len(xs))` where `i` only indexes `xs` (or is used as a plain value)",
    ),
    "compare-to-none": ("warning", "variables-and-types", "`== None` or `!= None`"),
    "compare-to-bool": ("info", "control-flow", "`== True`, `== False`, `!= True` or `!= False`"),
    "len-comparison": (
        "info",
        "control-flow",
        "`len(xs) == 0`, `len(xs) > 0` and the like, or `len(xs)` as a condition",
    ),
    "type-comparison": ("warning", "variables-and-types", "`type(x) == T` or `type(x) != T`"),
    "is-literal-comparison": (
        "error",
        "variables-and-types",
        "`is` or `is not` with a string, number or container literal",
    ),
    "not-in-operator": ("info", "control-flow", "`not x in y` or `not x is y`"),
    "dict-keys-membership": ("info", "dictionaries", "`key in d.keys()`"),
    "iterate-dict-keys": ("info", "dictionaries", "`for key in d.keys()`"),
    "dict-default-by-hand": (
        "info",
        "collections-module",
        "`if k in d: d[k] += 1 else: d[k] = 1`, or `if k not in d: d[k] = []` before an append",
    ),
    "modify-dict-while-iterating": (
        "error",
        "dictionaries",
        "adding or removing keys of a dict inside a loop over it",
    ),
    "modify-list-while-iterating": (
        "error",
        "lists",
        "`remove`, `pop`, `insert`, `clear` or `del` on a list inside a for loop over it",
    ),
    "last-index-via-len": ("info", "lists", "`xs[len(xs) - 1]`"),
    "shadowed-builtin": (
        "warning",
        "scope-and-namespaces",
        "a variable, parameter, function or class named like a common built-in (`list`, `dict`, "
        "`str`, `id`, `type`, `sum`, `max`, `min`, `input`, `len`, ...); class attributes and "
        "`len=len`-style parameters are allowed",
    ),
    "needless-global": (
        "info",
        "scope-and-namespaces",
        "`global x` in a function that never assigns `x`, or `global` at module level",
    ),
    "open-without-with": (
        "warning",
        "with-statement",
        "`open(...)` outside a `with` statement (unless returned, or closed in a `finally`)",
    ),
    "blocking-sleep-in-async": ("warning", "event-loop", "`time.sleep(...)` inside `async def`"),
    "lambda-assignment": ("info", "first-class-functions", "`name = lambda ...`"),
    "missing-super-init": (
        "warning",
        "inheritance",
        "an `__init__` that never calls `super().__init__()` although a base class of the same "
        "file defines `__init__`",
    ),
    "wildcard-import": ("warning", "imports", "`from module import *`"),
    "eval-or-exec": ("warning", "input-validation", "calls to `eval()` or `exec()`"),
    "list-around-comprehension": (
        "info",
        "comprehensions",
        "`list([...])` around a list comprehension, or `list(x for x in ...)`",
    ),
    "collection-from-comprehension": (
        "info",
        "comprehensions",
        "`set(...)` or `dict(...)` around a list comprehension or generator expression",
    ),
}

# Built-ins that people shadow by accident, with a name to suggest instead.
BUILTIN_SUGGESTIONS = {
    "list": "items",
    "dict": "mapping",
    "set": "seen",
    "tuple": "pair",
    "str": "text",
    "int": "number",
    "float": "value",
    "bool": "flag",
    "bytes": "data",
    "object": "obj",
    "type": "kind",
    "id": "item_id",
    "len": "length",
    "sum": "total",
    "max": "largest",
    "min": "smallest",
    "abs": "magnitude",
    "all": "every",
    "any": "some",
    "input": "text",
    "print": "show",
    "open": "is_open",
    "range": "span",
    "map": "mapping",
    "filter": "keep",
    "zip": "pairs",
    "sorted": "ordered",
    "reversed": "backwards",
    "enumerate": "numbered",
    "iter": "iterator",
    "next": "following",
    "hash": "digest",
    "round": "rounded",
    "pow": "power",
    "chr": "char",
    "ord": "code",
    "format": "fmt",
    "dir": "direction",
    "vars": "variables",
    "slice": "part",
    "frozenset": "frozen",
    "callable": "func",
    "isinstance": "check",
    "super": "parent",
    "hex": "hex_text",
    "bin": "bits",
    "oct": "octal",
    "divmod": "quotient",
    "complex": "z",
}

_FUNCS = (ast.FunctionDef, ast.AsyncFunctionDef)
_SCOPES = (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda, ast.ClassDef)
_COMPS = (ast.ListComp, ast.SetComp, ast.DictComp, ast.GeneratorExp)
_LOOPS = (ast.For, ast.AsyncFor, ast.While)
_TRY = tuple(t for t in (ast.Try, getattr(ast, "TryStar", None)) if t is not None)
_LEAVES = (ast.Return, ast.Raise, ast.Break, ast.Continue)
_PARAM = object()
_UNKNOWN = object()
_AUG = object()
_ANNOTATION = object()
_IGNORE = re.compile(r"#\s*pyprep:\s*ignore(?:\[([^\]]*)\])?", re.IGNORECASE)
_MEMO_NAME = re.compile(r"memo|cache", re.IGNORECASE)
_COUNTER_TYPES = ("dict", "defaultdict", "OrderedDict", "Counter")
_ORM_METHODS = ("filter", "filter_by", "where", "having", "exclude", "query")
_MUTABLE_FACTORIES = (
    "list", "dict", "set", "bytearray", "defaultdict", "OrderedDict", "Counter", "deque"
)
_MUTATORS = (
    "add", "append", "remove", "discard", "pop", "extend", "insert", "update", "clear", "setdefault"
)
_COLLECTIONS = ("list", "tuple", "str", "set", "dict")
_NAMED = (ast.Name, ast.Attribute)
_BINDS = (ast.Store, ast.Del)
_INDEX_USES = (ast.Subscript, ast.BinOp, ast.UnaryOp, ast.Compare, ast.AugAssign, ast.Slice)


def _finding(rule, line, message):
    severity, topic, _ = RULES[rule]
    return {"rule": rule, "line": line, "message": message, "severity": severity, "topic": topic}


def _code(node, limit=40):
    """A short source excerpt of `node` for messages."""
    try:
        text = " ".join(ast.unparse(node).split())
    except Exception:  # pragma: no cover - unparse handles every node ast.parse makes
        return "..."
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _same(a, b):
    return a is not None and b is not None and ast.dump(a) == ast.dump(b)


def _dotted(node):
    """`a.b.c` for a chain of attributes on a name, else None."""
    parts = []
    while isinstance(node, ast.Attribute):
        parts.append(node.attr)
        node = node.value
    if isinstance(node, ast.Name):
        parts.append(node.id)
        return ".".join(reversed(parts))
    return None


def _last_name(node):
    dotted = _dotted(node)
    return dotted.rsplit(".", 1)[-1] if dotted else None


def _is_call(node, *names):
    return isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in names


def _is_const(node, *values):
    return isinstance(node, ast.Constant) and any(
        type(node.value) is type(v) and node.value == v for v in values
    )


def _all_args(args):
    params = list(args.posonlyargs) + list(args.args)
    if args.vararg:
        params.append(args.vararg)
    params.extend(args.kwonlyargs)
    if args.kwarg:
        params.append(args.kwarg)
    return params


def _names_in(node):
    return {n.id for n in ast.walk(node) if isinstance(n, ast.Name)}


def _target_names(target):
    return {n.id for n in ast.walk(target) if isinstance(n, ast.Name)}


def _body_is_trivial(body):
    """Only `pass`, `...`, a string or `continue`."""
    for stmt in body:
        if isinstance(stmt, (ast.Pass, ast.Continue)):
            continue
        if isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Constant):
            continue
        return False
    return bool(body)


def _walk_local(nodes):
    """`nodes` and everything under them that runs in the same scope, in source order.

    Nested functions, lambdas and classes are yielded with their decorators, defaults and bases
    (which run in the enclosing scope) but not their bodies. Comprehensions count as part of the
    scope.
    """
    todo = list(reversed(nodes))
    while todo:
        node = todo.pop()
        yield node
        if isinstance(node, _FUNCS):
            children = list(node.decorator_list) + list(node.args.defaults)
            children += [d for d in node.args.kw_defaults if d is not None]
        elif isinstance(node, ast.Lambda):
            children = list(node.args.defaults)
            children += [d for d in node.args.kw_defaults if d is not None]
        elif isinstance(node, ast.ClassDef):
            children = list(node.decorator_list) + list(node.bases) + list(node.keywords)
        else:
            children = list(ast.iter_child_nodes(node))
        todo.extend(reversed(children))


def _scope_walk(scope):
    """The nodes that belong to `scope` (a module, function, lambda or class)."""
    return _walk_local([scope.body] if isinstance(scope, ast.Lambda) else scope.body)


def _value_kind(value):
    """What a bound value is: list, dict, set, deque, str, tuple, or None when unknown."""
    if value is _AUG:
        return _AUG
    if isinstance(value, (ast.List, ast.ListComp)):
        return "list"
    if isinstance(value, (ast.Dict, ast.DictComp)):
        return "dict"
    if isinstance(value, (ast.Set, ast.SetComp)):
        return "set"
    if isinstance(value, ast.Tuple):
        return "tuple"
    if isinstance(value, ast.JoinedStr) or (
        isinstance(value, ast.Constant) and isinstance(value.value, str)
    ):
        return "str"
    if isinstance(value, ast.Call):
        name = _last_name(value.func)
        if name in ("list", "sorted"):
            return "list"
        if name in _COUNTER_TYPES:
            return "dict"
        if name in ("set", "frozenset"):
            return "set"
        if name == "deque":
            return "deque"
        if name == "str":
            return "str"
        return None
    if isinstance(value, ast.BinOp) and isinstance(value.op, (ast.Add, ast.Mult)):
        kinds = {_value_kind(value.left), _value_kind(value.right)}
        if "list" in kinds:
            return "list"
        if "str" in kinds and isinstance(value.op, ast.Add):
            return "str"
    return None


class _Analysis:
    def __init__(self, tree, strict=False):
        self.tree = tree
        self.strict = strict
        self.errors = []
        self.findings = []
        self.parents = {}
        for node in ast.walk(tree):
            for field, value in ast.iter_fields(node):
                if isinstance(value, list):
                    for item in value:
                        if isinstance(item, ast.AST):
                            self.parents[item] = (node, field)
                elif isinstance(value, ast.AST):
                    self.parents[value] = (node, field)
        self._bindings = {}
        self.module_names = set(self.bindings(tree))
        self.classes = {}
        self.time_modules = set()
        self.sleep_names = set()
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                self.classes.setdefault(node.name, node)
            elif isinstance(node, ast.Import):
                for alias in node.names:
                    if alias.name == "time":
                        self.time_modules.add(alias.asname or "time")
            elif isinstance(node, ast.ImportFrom) and node.module == "time":
                for alias in node.names:
                    if alias.name == "sleep":
                        self.sleep_names.add(alias.asname or "sleep")

    # ---- structure -----------------------------------------------------------------------------

    def add(self, rule, node, message):
        line = node if isinstance(node, int) else getattr(node, "lineno", 1)
        self.findings.append(_finding(rule, line, message))

    def parent(self, node):
        return self.parents.get(node, (None, None))[0]

    def scope_of(self, node):
        """The module, function, lambda or class whose body holds `node`."""
        child = node
        while child in self.parents:
            parent, field = self.parents[child]
            if isinstance(parent, _SCOPES) and field == "body":
                return parent
            child = parent
        return self.tree

    def function_of(self, node):
        """The innermost function whose body holds `node`, skipping class bodies, or None."""
        scope = self.scope_of(node)
        while isinstance(scope, ast.ClassDef):
            scope = self.scope_of(scope)
        return scope if isinstance(scope, (*_FUNCS, ast.Lambda)) else None

    def enclosing_loops(self, node):
        """(iterable, target, loop) for each loop in node's scope that runs `node` repeatedly,
        innermost first; a `while` loop has no iterable or target."""
        child = node
        while child in self.parents:
            parent, field = self.parents[child]
            if isinstance(parent, (ast.For, ast.AsyncFor)) and field == "body":
                yield parent.iter, parent.target, parent
            elif isinstance(parent, ast.While) and field == "body":
                yield None, None, parent
            elif isinstance(parent, _COMPS) and field in ("elt", "key", "value"):
                for gen in reversed(parent.generators):
                    yield gen.iter, gen.target, parent
            elif isinstance(parent, ast.comprehension):
                comp = self.parent(parent)
                index = next(i for i, g in enumerate(comp.generators) if g is parent)
                upto = index + 1 if field == "ifs" else index if field == "iter" else 0
                for gen in reversed(comp.generators[:upto]):
                    yield gen.iter, gen.target, comp
                child = comp
                continue
            if isinstance(parent, ast.Module) or (isinstance(parent, _SCOPES) and field == "body"):
                return
            child = parent

    def in_loop(self, node):
        return next(self.enclosing_loops(node), None) is not None

    def statement_of(self, node):
        while not isinstance(node, ast.stmt) and node in self.parents:
            node = self.parent(node)
        return node

    def leaves_after(self, stmt, stop):
        """Whether control leaves the loop (return, raise, break) after `stmt` in some block
        between `stmt` and `stop`, before the rest of `stop`'s body runs."""
        node = stmt
        while node is not stop and node in self.parents:
            parent, field = self.parents[node]
            block = getattr(parent, field, None)
            if isinstance(block, list) and isinstance(node, ast.stmt):
                index = next(i for i, s in enumerate(block) if s is node)
                if any(isinstance(s, (ast.Return, ast.Raise, ast.Break)) for s in block[index:]):
                    return True
            node = parent
        return False

    def bindings(self, scope):
        """name -> the values bound to it in `scope` (_PARAM, _UNKNOWN, _AUG or an expression)."""
        if scope in self._bindings:
            return self._bindings[scope]
        result = {}

        def bind(name, value):
            result.setdefault(name, []).append(value)

        if isinstance(scope, (*_FUNCS, ast.Lambda)):
            for arg in _all_args(scope.args):
                bind(arg.arg, _PARAM)
        values = {}
        nodes = list(_scope_walk(scope))
        for node in nodes:
            if isinstance(node, ast.Assign):
                for target in node.targets:
                    if isinstance(target, ast.Name):
                        values[target] = node.value
            elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
                values[node.target] = node.value if node.value is not None else _ANNOTATION
            elif isinstance(node, ast.NamedExpr):
                values[node.target] = node.value
            elif isinstance(node, ast.AugAssign) and isinstance(node.target, ast.Name):
                values[node.target] = _AUG
        for node in nodes:
            if isinstance(node, ast.Name) and isinstance(node.ctx, (ast.Store, ast.Del)):
                value = values.get(node, _UNKNOWN)
                if value is not _ANNOTATION:
                    bind(node.id, value)
            elif isinstance(node, (*_FUNCS, ast.ClassDef)):
                bind(node.name, _UNKNOWN)
            elif isinstance(node, (ast.Import, ast.ImportFrom)):
                for alias in node.names:
                    bind(alias.asname or alias.name.split(".")[0], _UNKNOWN)
            elif isinstance(node, ast.ExceptHandler) and node.name:
                bind(node.name, _UNKNOWN)
            elif isinstance(node, (ast.Global, ast.Nonlocal)):
                for name in node.names:
                    bind(name, _UNKNOWN)
        self._bindings[scope] = result
        return result

    def name_kind(self, name, scope, local_only=False):
        """What `name` holds in `scope`: the kind every binding agrees on, or None."""
        while True:
            bound = self.bindings(scope).get(name)
            if bound or local_only or scope is self.tree:
                break
            scope = self.scope_of(scope)
            while isinstance(scope, ast.ClassDef):
                scope = self.scope_of(scope)
        kinds = set()
        for value in bound or ():
            if value is _PARAM or value is _UNKNOWN:
                return None
            kind = _value_kind(value)
            if kind is _AUG:
                continue
            if kind is None:
                return None
            kinds.add(kind)
        return kinds.pop() if len(kinds) == 1 else None

    def expr_kind(self, expr, at):
        """What `expr` (a name, or `self.attr` in a method) holds, seen from node `at`."""
        if isinstance(expr, ast.Name):
            return self.name_kind(expr.id, self.scope_of(at))
        if (
            isinstance(expr, ast.Attribute)
            and isinstance(expr.value, ast.Name)
            and expr.value.id == "self"
        ):
            method = self.function_of(at)
            cls = self.scope_of(method) if method is not None else None
            if not isinstance(cls, ast.ClassDef):
                return None
            kinds = set()
            for node in ast.walk(cls):
                targets = []
                if isinstance(node, ast.Assign):
                    targets = [(t, node.value) for t in node.targets]
                elif isinstance(node, ast.AnnAssign) and node.value is not None:
                    targets = [(node.target, node.value)]
                elif isinstance(node, ast.AugAssign):
                    continue
                for target, value in targets:
                    if _dotted(target) == "self." + expr.attr:
                        kinds.add(_value_kind(value))
            return kinds.pop() if len(kinds) == 1 else None
        return None

    def is_local_name(self, name, scope):
        """Whether `name` is bound in `scope` other than as a parameter."""
        return any(v is not _PARAM for v in self.bindings(scope).get(name, ()))

    # ---- the pass over the tree ------------------------------------------------------------------

    def run(self):
        checks = {
            ast.FunctionDef: [self.check_function],
            ast.AsyncFunctionDef: [self.check_function],
            ast.Lambda: [self.check_defaults],
            ast.ExceptHandler: [self.check_handler],
            ast.Raise: [self.check_raise],
            ast.Call: [self.check_call],
            ast.Compare: [self.check_compare],
            ast.UnaryOp: [self.check_not],
            ast.If: [self.check_counting],
            ast.While: [self._check_len_condition],
            ast.IfExp: [self._check_len_condition],
            ast.AugAssign: [self.check_string_concat],
            ast.Assign: [self.check_string_concat, self.check_lambda_assignment],
            ast.AnnAssign: [self.check_lambda_assignment],
            ast.For: [self.check_for],
            ast.AsyncFor: [self.check_for],
            ast.comprehension: [self.check_comprehension],
            ast.Global: [self.check_global],
            ast.ImportFrom: [self.check_import],
            ast.ClassDef: [self.check_class],
            ast.Subscript: [self.check_subscript],
            ast.Delete: [self.check_delete],
        }
        for kind in _TRY:
            checks[kind] = [self.check_finally]
        for node in ast.walk(self.tree):
            for check in checks.get(type(node), ()):
                self._guarded(check, node)
        self._guarded(self.check_shadowing)

    def _guarded(self, check, *args):
        """Runs one check; a failure in it (a bug, or code nested too deeply for recursion) must
        not cost the learner the other findings."""
        try:
            check(*args)
        except Exception as error:  # noqa: BLE001 - see the docstring
            if self.strict and not isinstance(error, RecursionError):
                raise
            self.errors.append(error)

    # ---- functions -------------------------------------------------------------------------------

    def check_function(self, func):
        self.check_defaults(func)
        self.check_recursion(func)
        self.check_asserts(func)

    def check_defaults(self, func):
        args = func.args
        positional = list(args.posonlyargs) + list(args.args)
        pairs = list(zip(positional[len(positional) - len(args.defaults) :], args.defaults))
        pairs += [(a, d) for a, d in zip(args.kwonlyargs, args.kw_defaults) if d is not None]
        for arg, default in pairs:
            mutable = isinstance(
                default, (ast.List, ast.Dict, ast.Set, ast.ListComp, ast.DictComp, ast.SetComp)
            ) or (
                isinstance(default, ast.Call)
                and _last_name(default.func)
                in _MUTABLE_FACTORIES
            )
            if mutable:
                self.add(
                    "mutable-default-argument",
                    default,
                    f"The default `{_code(default)}` of `{arg.arg}` is created once, when the "
                    "`def` runs, and shared by every call, so a change made in one call leaks into "
                    f"the next. Default to `None` and create a new object inside the function.",
                )

    def check_asserts(self, func):
        if func.name.startswith(("_", "test")):
            return
        params = {a.arg for a in _all_args(func.args)}
        cls = self.scope_of(func)
        if isinstance(cls, ast.ClassDef) and func.args.args and not func.args.posonlyargs:
            params.discard(func.args.args[0].arg)
        body = func.body
        if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
            body = body[1:]
        for stmt in body:
            if not isinstance(stmt, ast.Assert):
                break
            checked = sorted(_names_in(stmt.test) & params)
            if checked:
                self.add(
                    "assert-for-validation",
                    stmt,
                    f"This `assert` checks the argument `{checked[0]}`, but Python removes asserts "
                    "when run with -O, so the check silently disappears, and callers get a vague "
                    "AssertionError. Raise ValueError or TypeError for bad input instead.",
                )

    def check_recursion(self, func):
        for decorator in func.decorator_list:
            target = decorator.func if isinstance(decorator, ast.Call) else decorator
            if _MEMO_NAME.search(_dotted(target) or ""):
                return
        scope = self.scope_of(func)
        method = isinstance(scope, ast.ClassDef)
        receiver = func.args.args[0].arg if method and func.args.args else None
        if method and receiver is None:
            return
        if not method and self.is_local_name(func.name, func):
            return
        params = {a.arg for a in _all_args(func.args)} - {receiver}
        nodes = list(_scope_walk(func))
        calls = []
        for node in nodes:
            if isinstance(node, ast.Name) and (_MEMO_NAME.search(node.id) or node.id == "dp"):
                return
            if isinstance(node, ast.Attribute) and _MEMO_NAME.search(node.attr):
                return
            if isinstance(node, ast.Subscript) and isinstance(node.ctx, (ast.Store, ast.Del)):
                base = node.value
                while isinstance(base, ast.Subscript):
                    base = base.value
                if not (isinstance(base, ast.Name) and self.is_local_name(base.id, func)):
                    return  # fills a table it was given (a memo), or marks shared state
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr
                in _MUTATORS
            ):
                base = node.func.value
                if not (isinstance(base, ast.Name) and self.is_local_name(base.id, func)):
                    return  # backtracking over shared state: caching on the arguments is wrong
            if isinstance(node, ast.Call):
                if method:
                    own = (
                        isinstance(node.func, ast.Attribute)
                        and node.func.attr == func.name
                        and isinstance(node.func.value, ast.Name)
                        and node.func.value.id == receiver
                    )
                else:
                    own = isinstance(node.func, ast.Name) and node.func.id == func.name
                if own:
                    calls.append(node)
        counted = [c for c in calls if self._subproblem_call(c, params)]
        overlapping = any(
            not self._exclusive(a, b)
            for i, a in enumerate(counted)
            for b in counted[i + 1 :]
        )
        if not overlapping:
            for call in counted:
                for iterable, target, loop in self.enclosing_loops(call):
                    if target is not None and self._steps_by(call, _target_names(target)):
                        overlapping = True
        if overlapping:
            self.add(
                "unmemoized-recursion",
                func,
                f"`{func.name}` calls itself on overlapping subproblems without caching, so the "
                "same arguments are solved again and again and the time can grow exponentially. "
                "Add `@functools.cache` (the arguments must be hashable), keep a dict of answers, "
                "or build the table bottom-up.",
            )

    def _subproblem_call(self, call, params):
        """A recursive call whose value is used and whose arguments are the parameters, constants
        or small steps from a parameter (`n - 1`, `i + 1`, `amount - coin`)."""
        if isinstance(self.parent(call), ast.Expr):
            return False
        args = list(call.args) + [k.value for k in call.keywords]
        steps = 0
        for arg in args:
            kind = self._arg_kind(arg, params)
            if kind is None:
                return False
            steps += kind == "step"
        return steps > 0

    def _arg_kind(self, arg, params):
        if isinstance(arg, (ast.Name, ast.Constant)):
            return "plain"
        if isinstance(arg, ast.UnaryOp) and isinstance(arg.operand, (ast.Name, ast.Constant)):
            return "plain"
        if isinstance(arg, ast.BinOp) and isinstance(arg.op, (ast.Add, ast.Sub)):
            sides = (arg.left, arg.right)
            if any(isinstance(s, ast.Name) and s.id in params for s in sides) and all(
                self._scalar(s) for s in sides
            ):
                return "step"
        return None

    def _scalar(self, node):
        if isinstance(node, ast.Constant):
            return isinstance(node.value, (int, float)) and not isinstance(node.value, bool)
        if isinstance(node, (ast.Name, ast.Attribute)):
            return True
        if isinstance(node, ast.Subscript):
            return not isinstance(node.slice, ast.Slice)
        if isinstance(node, ast.Call):
            return _is_call(node, "len", "abs", "int")
        if isinstance(node, ast.BinOp):
            return self._scalar(node.left) and self._scalar(node.right)
        return False

    def _steps_by(self, call, names):
        for arg in list(call.args) + [k.value for k in call.keywords]:
            if isinstance(arg, ast.BinOp) and _names_in(arg) & names:
                return True
        return False

    def _path(self, node):
        path = [node]
        while node in self.parents:
            node = self.parent(node)
            path.append(node)
        return list(reversed(path))

    def _exclusive(self, a, b):
        """Whether two calls can't both run in one invocation (different branches of an `if`, or
        the first one's branch returns before the second is reached)."""
        pa, pb = self._path(a), self._path(b)
        i = 0
        while i < min(len(pa), len(pb)) and pa[i] is pb[i]:
            i += 1
        if i >= min(len(pa), len(pb)):
            return False  # one call is inside the other's arguments
        common = pa[i - 1]
        ca, cb = pa[i], pb[i]
        fa, fb = self.parents[ca][1], self.parents[cb][1]
        if isinstance(common, (ast.If, ast.IfExp)) and {fa, fb} == {"body", "orelse"}:
            return True
        match_type = getattr(ast, "Match", None)
        if match_type is not None and isinstance(common, match_type) and fa == fb == "cases":
            return True
        block = getattr(common, fa, None)
        if fa == fb and isinstance(block, list):
            ia = next(k for k, s in enumerate(block) if s is ca)
            ib = next(k for k, s in enumerate(block) if s is cb)
            first, path = (ca, pa) if ia < ib else (cb, pb)
            if isinstance(first, (ast.Return, ast.Raise)):
                return True
            # below the shared block: does the first call's branch return before going on?
            start = next(k for k, n in enumerate(path) if n is first)
            for node in path[start + 1 :]:
                parent, field = self.parents[node]
                inner = getattr(parent, field, None)
                if isinstance(inner, list) and isinstance(node, ast.stmt):
                    index = next(k for k, s in enumerate(inner) if s is node)
                    if any(isinstance(s, (ast.Return, ast.Raise)) for s in inner[index:]):
                        return True
        return False

    # ---- exceptions ------------------------------------------------------------------------------

    def _reraises(self, handler):
        return any(
            isinstance(node, ast.Raise) and node.exc is None for node in _walk_local(handler.body)
        )

    def _exits_handled(self, handler):
        """Whether an earlier handler of the same try already takes SystemExit or
        KeyboardInterrupt (to re-raise them), so this one only sees the rest."""
        parent = self.parent(handler)
        for earlier in getattr(parent, "handlers", ()):
            if earlier is handler:
                return False
            kinds = earlier.type.elts if isinstance(earlier.type, ast.Tuple) else [earlier.type]
            names = {_last_name(k) for k in kinds if k is not None}
            if names & {"SystemExit", "KeyboardInterrupt"}:
                return True
        return False

    def check_handler(self, handler):
        if self._exits_handled(handler):
            return
        kind = handler.type
        names = []
        if isinstance(kind, ast.Tuple):
            names = [_last_name(e) for e in kind.elts]
        elif kind is not None:
            names = [_last_name(kind)]
        if kind is None:
            if not self._reraises(handler):
                trivial = _body_is_trivial(handler.body)
                what = "`except: pass` swallows" if trivial else "`except:` catches"
                self.add(
                    "bare-except",
                    handler,
                    f"A bare {what} every exception, even KeyboardInterrupt and SystemExit (so "
                    "Ctrl-C and sys.exit() stop working) and real bugs such as a misspelt name. "
                    "Catch the specific exceptions you expect.",
                )
        elif ("Exception" in names or "BaseException" in names) and _body_is_trivial(handler.body):
            caught = "BaseException" if "BaseException" in names else "Exception"
            self.add(
                "swallowed-exception",
                handler,
                f"`except {caught}: pass` silently throws away every error, including bugs such as "
                "a TypeError or a misspelt name, so failures surface later, far from their cause. "
                "Catch only the exception you expect, and handle or log it.",
            )
        elif "BaseException" in names and not self._reraises(handler):
            self.add(
                "except-base-exception",
                handler,
                "Catching BaseException also catches KeyboardInterrupt, SystemExit and "
                "GeneratorExit, which exist to stop the program; without a re-raise, Ctrl-C and "
                "sys.exit() no longer work. Catch `Exception`, or better the specific errors you "
                "expect.",
            )

    def check_raise(self, node):
        exc = node.exc
        if exc is None:
            return
        target = exc.func if isinstance(exc, ast.Call) else exc
        name = _last_name(target)
        if name in ("Exception", "BaseException"):
            self.add(
                "raise-generic-exception",
                node,
                f"`raise {name}(...)` leaves callers no way to catch this error without also "
                "catching every unrelated one. Raise a specific built-in (ValueError, TypeError, "
                "KeyError, ...) or a subclass of your own.",
            )
        if node.cause is not None or not name or not name[0].isupper():
            return
        child = node
        while child in self.parents:
            parent, field = self.parents[child]
            if isinstance(parent, ast.ExceptHandler):
                if field == "body" and not (
                    isinstance(exc, ast.Name) and parent.name == exc.id
                ):
                    cause = parent.name or "error"
                    self.add(
                        "raise-without-from",
                        node,
                        "A new exception raised inside `except` without `from` is reported as "
                        "'During handling of the above exception, another exception occurred', as "
                        "if the handler itself had crashed. Write "
                        f"`raise {name}(...) from {cause}` to mark the original as the cause, or "
                        "`from None` to hide it.",
                    )
                return
            if isinstance(parent, _SCOPES):
                return
            child = parent

    def check_finally(self, node):
        def visit(stmts, in_loop):
            for stmt in stmts:
                if isinstance(stmt, ast.Return) or (
                    isinstance(stmt, (ast.Break, ast.Continue)) and not in_loop
                ):
                    word = {ast.Return: "return", ast.Break: "break", ast.Continue: "continue"}
                    self.add(
                        "return-in-finally",
                        stmt,
                        f"A `{word[type(stmt)]}` in `finally` runs even when the `try` block "
                        "raised, and throws that exception away without a trace (and overrides any "
                        "value the `try` returned). Move it after the try statement; Python 3.14 "
                        "warns about this (PEP 765).",
                    )
                if isinstance(stmt, _SCOPES):
                    continue
                if isinstance(stmt, _LOOPS):
                    visit(stmt.body, True)
                    visit(stmt.orelse, in_loop)
                    continue
                for field in ("body", "orelse", "finalbody"):
                    inner = getattr(stmt, field, None)
                    if isinstance(inner, list):
                        visit(inner, in_loop)
                for item in getattr(stmt, "handlers", None) or getattr(stmt, "cases", None) or ():
                    visit(item.body, in_loop)

        visit(node.finalbody, False)

    # ---- calls -----------------------------------------------------------------------------------

    def check_call(self, call):
        func = call.func
        if isinstance(func, ast.Attribute):
            self._check_method_call(call, func)
        elif isinstance(func, ast.Name):
            name = func.id
            if name == "open" and name not in self.module_names:
                self._check_open(call)
            elif name in ("eval", "exec") and name not in self.module_names:
                self.add(
                    "eval-or-exec",
                    call,
                    f"`{name}()` runs whatever Python code the string holds: a security hole if "
                    "any of it comes from input, and slow and hard to debug besides. Parse data "
                    "with int(), float(), json.loads() or ast.literal_eval(), or look functions up "
                    "in a dict.",
                )
            elif name in self.sleep_names:
                self._check_sleep(call)
            elif name in ("list", "set", "dict") and len(call.args) == 1 and not call.keywords:
                self._check_wrapped_comprehension(call, name, call.args[0])

    def _check_method_call(self, call, func):
        method, owner = func.attr, func.value
        if (
            method == "sleep"
            and isinstance(owner, ast.Name)
            and owner.id in self.time_modules
        ):
            self._check_sleep(call)
            return
        if not self.in_loop(call):
            return
        kind = self.expr_kind(owner, call)
        front = bool(call.args) and _is_const(call.args[0], 0) and not call.keywords
        if method == "pop" and len(call.args) == 1 and front:
            if kind not in ("dict", "deque", "set"):
                self.add(
                    "pop-front-in-loop",
                    call,
                    f"`{_code(owner)}.pop(0)` moves every remaining item one place left, so each "
                    "call is O(n) and the loop O(n²). Use `collections.deque` and `popleft()`, "
                    "which is O(1).",
                )
        elif method == "insert" and len(call.args) == 2 and _is_const(call.args[0], 0):
            if kind not in ("deque",):
                self.add(
                    "insert-front-in-loop",
                    call,
                    f"`{_code(owner)}.insert(0, ...)` moves every item one place right, so each "
                    "call is O(n) and the loop O(n²). Append and reverse once at the end, or use "
                    "`collections.deque` and `appendleft()`.",
                )
        elif method == "count" and len(call.args) == 1 and isinstance(owner, _NAMED):
            for iterable, _, _ in self.enclosing_loops(call):
                if iterable is not None and _same(self._walked(iterable), owner):
                    self.add(
                        "count-in-loop",
                        call,
                        f"`{_code(owner)}.count(...)` scans all of `{_code(owner)}` on every pass "
                        f"of a loop over it, which is O(n²). Count everything once with "
                        f"`collections.Counter({_code(owner)})` and read the counts in O(1).",
                    )
                    break

    @staticmethod
    def _walked(iterable):
        """The collection a loop walks: `xs` for `xs`, `set(xs)`, `sorted(xs)`, `enumerate(xs)`."""
        if _is_call(iterable, "set", "sorted", "list", "enumerate", "reversed") and iterable.args:
            return iterable.args[0]
        return iterable

    def _check_sleep(self, call):
        if isinstance(self.function_of(call), ast.AsyncFunctionDef):
            self.add(
                "blocking-sleep-in-async",
                call,
                "`time.sleep()` blocks the whole event loop, so every other task freezes until it "
                "returns. In a coroutine, use `await asyncio.sleep(...)`.",
            )

    def _check_open(self, call):
        parent, field = self.parents.get(call, (None, None))
        if isinstance(parent, ast.withitem) and field == "context_expr":
            return
        owner = call
        while isinstance(parent, (ast.Call, ast.Tuple, ast.keyword)):
            owner = parent
            parent, field = self.parents.get(parent, (None, None))
        if isinstance(parent, (ast.Return, ast.Yield, ast.YieldFrom)):
            return  # a factory: the caller owns the file (perhaps wrapped in another object)
        parent, field = self.parents.get(call, (None, None))
        if isinstance(parent, ast.Call) and _last_name(parent.func) in ("enter_context", "closing"):
            return
        if isinstance(parent, (ast.Assign, ast.AnnAssign)):
            targets = parent.targets if isinstance(parent, ast.Assign) else [parent.target]
            if any(isinstance(t, ast.Attribute) for t in targets):
                return  # an object that owns the file and closes it later
            names = {t.id for t in targets if isinstance(t, ast.Name)}
            if names and self._closed_properly(names, self.scope_of(call)):
                return
        self.add(
            "open-without-with",
            call,
            "A file opened outside `with` stays open until the garbage collector reaches it, or "
            "for ever if an exception skips `close()`, leaking the handle and possibly unwritten "
            "data. Use `with open(...) as f:`, which closes it even on errors.",
        )

    def _closed_properly(self, names, scope):
        for node in _scope_walk(scope):
            if isinstance(node, ast.withitem) and isinstance(node.context_expr, ast.Name):
                if node.context_expr.id in names:
                    return True
            if isinstance(node, ast.Return) and isinstance(node.value, ast.Name):
                if node.value.id in names:
                    return True
            if isinstance(node, _TRY):
                for stmt in node.finalbody:
                    for inner in ast.walk(stmt):
                        if (
                            isinstance(inner, ast.Call)
                            and isinstance(inner.func, ast.Attribute)
                            and inner.func.attr == "close"
                            and isinstance(inner.func.value, ast.Name)
                            and inner.func.value.id in names
                        ):
                            return True
        return False

    def _check_wrapped_comprehension(self, call, name, arg):
        if name == "list" and isinstance(arg, ast.ListComp):
            self.add(
                "list-around-comprehension",
                call,
                "The list comprehension already builds a new list; wrapping it in `list(...)` "
                "copies it once more for nothing. Drop the `list()` call.",
            )
        elif name == "list" and isinstance(arg, ast.GeneratorExp):
            self.add(
                "list-around-comprehension",
                call,
                "`list(... for ...)` makes a generator only to drain it into a list; the list "
                "comprehension `[... for ...]` says the same more directly, and runs faster.",
            )
        elif name == "set" and isinstance(arg, (ast.ListComp, ast.GeneratorExp)):
            self.add(
                "collection-from-comprehension",
                call,
                "`set(...)` around a comprehension builds a throwaway list or generator first; the "
                "set comprehension `{... for ...}` builds the set directly and reads better.",
            )
        elif (
            name == "dict"
            and isinstance(arg, (ast.ListComp, ast.GeneratorExp))
            and isinstance(arg.elt, ast.Tuple)
            and len(arg.elt.elts) == 2
        ):
            self.add(
                "collection-from-comprehension",
                call,
                "`dict(...)` around pairs from a comprehension builds a throwaway list or "
                "generator of tuples first; the dict comprehension `{k: v for ...}` builds the "
                "dict directly and reads better.",
            )

    # ---- comparisons -----------------------------------------------------------------------------

    def _orm_argument(self, node):
        """`query.filter(Model.field == None)`: ORMs overload `==` to build SQL."""
        parent = self.parent(node)
        return (
            isinstance(parent, ast.Call)
            and isinstance(parent.func, ast.Attribute)
            and parent.func.attr in _ORM_METHODS
        )

    def check_compare(self, node):
        lefts = [node.left] + list(node.comparators[:-1])
        for left, op, right in zip(lefts, node.ops, node.comparators):
            self._check_pair(node, left, op, right)
        if len(node.ops) == 1:
            self._check_len_compare(node, node.left, node.ops[0], node.comparators[0])

    def _check_pair(self, node, left, op, right):
        if isinstance(op, (ast.Eq, ast.NotEq)):
            symbol = "==" if isinstance(op, ast.Eq) else "!="
            for a, b in ((left, right), (right, left)):
                if _is_const(b, None) and not self._orm_argument(node):
                    self.add(
                        "compare-to-none",
                        node,
                        f"`{symbol} None` calls the object's `__eq__`, which a class can override "
                        "(NumPy arrays compare element-wise); None is a single object, so test "
                        "identity with `is None` or `is not None`, as PEP 8 asks.",
                    )
                    return
                if _is_const(b, True, False) and not self._orm_argument(node):
                    self.add(
                        "compare-to-bool",
                        node,
                        f"`{symbol} {b.value}` is redundant, and misses other true and false "
                        "values such as 1, [] or None. Use the value's truthiness (`if x:`, "
                        "`if not x:`), or `is True` when only the object True will do.",
                    )
                    return
                if (
                    _is_call(a, "type")
                    and len(a.args) == 1
                    and not a.keywords
                    and not _is_call(b, "type")
                ):
                    kind = _code(b, 20)
                    self.add(
                        "type-comparison",
                        node,
                        f"`type(x) {symbol} {kind}` is False for instances of subclasses (a bool "
                        f"is an int, an OrderedDict a dict). Use `isinstance(x, {kind})`, or "
                        f"`type(x) is {kind}` when you really need the exact type.",
                    )
                    return
        elif isinstance(op, (ast.Is, ast.IsNot)):
            for other in (left, right):
                if isinstance(other, ast.UnaryOp) and isinstance(other.op, (ast.USub, ast.UAdd)):
                    other = other.operand
                literal = isinstance(other, (ast.List, ast.Dict, ast.Set, ast.JoinedStr)) or (
                    isinstance(other, ast.Constant)
                    and isinstance(other.value, (str, bytes, int, float, complex))
                    and not isinstance(other.value, bool)
                ) or (
                    isinstance(other, ast.Tuple)
                    and other.elts
                    and all(isinstance(e, ast.Constant) for e in other.elts)
                )
                if literal:
                    self.add(
                        "is-literal-comparison",
                        node,
                        "`is` compares identity, not value: whether two equal strings or numbers "
                        "are the same object depends on caching and interning, so this can be "
                        "False for equal values (Python warns about it). Use `==` (or `!=`).",
                    )
                    return
        elif isinstance(op, (ast.In, ast.NotIn)):
            if (
                isinstance(right, ast.Call)
                and isinstance(right.func, ast.Attribute)
                and right.func.attr == "keys"
                and not right.args
                and not right.keywords
            ):
                self.add(
                    "dict-keys-membership",
                    node,
                    "`key in d.keys()` does the same O(1) lookup as `key in d`, with an extra call "
                    "and more to read. Write `key in d`.",
                )
            elif isinstance(right, ast.Name):
                self._check_list_membership(node, right)

    def _check_list_membership(self, node, name):
        if not self.in_loop(node):
            return
        scope = self.scope_of(node)
        if self.name_kind(name.id, scope, local_only=True) != "list":
            return
        if not self._grows(name.id, scope):
            return
        self.add(
            "list-membership-in-loop",
            node,
            f"`{name.id}` is a list, so each `in {name.id}` test scans it item by item (O(n)), and "
            f"in a loop that adds up to O(n²). Keep the items in a set (or a dict) for O(1) "
            "lookups.",
        )

    def _grows(self, name, scope):
        """Whether the list `name` is built up in `scope` rather than a fixed set of constants."""
        for value in self.bindings(scope).get(name, ()):
            if value is _AUG:
                return True
            if isinstance(value, ast.List):
                if not all(isinstance(e, ast.Constant) for e in value.elts):
                    return True
            elif value is not _PARAM and value is not _UNKNOWN:
                return True
        for node in _scope_walk(scope):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr in ("append", "extend", "insert")
                and isinstance(node.func.value, ast.Name)
                and node.func.value.id == name
            ):
                return True
        return False

    def _check_len_compare(self, node, left, op, right):
        if _is_call(right, "len") and isinstance(left, ast.Constant):
            left, right = right, left
            op = {ast.Lt: ast.Gt(), ast.Gt: ast.Lt(), ast.LtE: ast.GtE(), ast.GtE: ast.LtE()}.get(
                type(op), op
            )
        if not (_is_call(left, "len") and len(left.args) == 1 and not left.keywords):
            return
        arg = _code(left.args[0], 25)
        empty = (isinstance(op, ast.Eq) and _is_const(right, 0)) or (
            isinstance(op, ast.Lt) and _is_const(right, 1)
        ) or (isinstance(op, ast.LtE) and _is_const(right, 0))
        nonempty = (isinstance(op, (ast.NotEq, ast.Gt)) and _is_const(right, 0)) or (
            isinstance(op, ast.GtE) and _is_const(right, 1)
        )
        if empty or nonempty:
            better = f"not {arg}" if empty else arg
            self.add(
                "len-comparison",
                node,
                f"`{_code(node)}` spells out what truthiness already says: empty containers are "
                f"false and others true. Write `if {better}:`.",
            )

    def check_not(self, node):
        if not isinstance(node.op, ast.Not):
            return
        operand = node.operand
        if isinstance(operand, ast.Compare) and len(operand.ops) == 1:
            op = operand.ops[0]
            if isinstance(op, (ast.In, ast.Is)):
                better = "not in" if isinstance(op, ast.In) else "is not"
                plain = "in" if isinstance(op, ast.In) else "is"
                self.add(
                    "not-in-operator",
                    node,
                    f"`not x {plain} y` makes the reader work out the precedence; Python has the "
                    f"single operator `x {better} y` for exactly this.",
                )
        elif _is_call(operand, "len") and len(operand.args) == 1:
            arg = _code(operand.args[0], 25)
            self.add(
                "len-comparison",
                node,
                f"`not len({arg})` spells out what truthiness already says: an empty container is "
                f"false. Write `not {arg}`.",
            )
        return

    def check_counting(self, node):
        self._check_len_condition(node)
        test = node.test
        if not (isinstance(test, ast.Compare) and len(test.ops) == 1):
            return
        if not isinstance(test.ops[0], (ast.In, ast.NotIn)):
            return
        key, d = test.left, test.comparators[0]
        if not isinstance(d, (ast.Name, ast.Attribute)):
            return
        slot = ast.Subscript(d, key, ast.Load())

        def is_slot(target):
            return isinstance(target, ast.Subscript) and _same(
                ast.Subscript(target.value, target.slice, ast.Load()), slot
            )

        def number(value):
            return (
                isinstance(value, ast.Constant)
                and isinstance(value.value, (int, float))
                and not isinstance(value.value, bool)
            )

        def increments(stmts):
            return (
                len(stmts) == 1
                and isinstance(stmts[0], ast.AugAssign)
                and isinstance(stmts[0].op, ast.Add)
                and is_slot(stmts[0].target)
                and number(stmts[0].value)
            )

        def appends(stmts):
            return (
                len(stmts) == 1
                and isinstance(stmts[0], ast.Expr)
                and isinstance(stmts[0].value, ast.Call)
                and isinstance(stmts[0].value.func, ast.Attribute)
                and stmts[0].value.func.attr in ("append", "add")
                and is_slot(stmts[0].value.func.value)
            )

        def creates(stmts, *kinds):
            if not (
                len(stmts) == 1
                and isinstance(stmts[0], ast.Assign)
                and len(stmts[0].targets) == 1
                and is_slot(stmts[0].targets[0])
            ):
                return False
            value = stmts[0].value
            if "number" in kinds and number(value):
                return True
            if "empty" in kinds:
                displayed = isinstance(value, (ast.List, ast.Set)) and not value.elts
                return displayed or (_is_call(value, "list", "set") and not value.args)
            if "one" in kinds:
                return isinstance(value, (ast.List, ast.Set)) and len(value.elts) == 1
            return False

        if isinstance(test.ops[0], ast.In):
            present, absent = node.body, node.orelse
        else:
            present, absent = node.orelse, node.body
        counting = grouping = False
        if creates(absent, "number") and increments(present):
            counting = True
        elif creates(absent, "one") and appends(present):
            grouping = True
        elif (
            isinstance(test.ops[0], ast.NotIn)
            and not node.orelse
            and creates(node.body, "number", "empty")
        ):
            parent, field = self.parents.get(node, (None, None))
            block = getattr(parent, field, None) if parent is not None else None
            if isinstance(block, list):
                index = next(i for i, s in enumerate(block) if s is node)
                rest = block[index + 1 : index + 2]
                counting = increments(rest)
                grouping = appends(rest)
        name = _code(d, 20)
        if counting:
            self.add(
                "dict-default-by-hand",
                node,
                f"Checking `in {name}` before bumping a count is what `collections.Counter` does "
                f"for you (or `{name}[k] = {name}.get(k, 0) + 1` in one line), with less room for "
                "mistakes.",
            )
        elif grouping:
            self.add(
                "dict-default-by-hand",
                node,
                f"Checking `in {name}` before creating an empty entry is what "
                f"`collections.defaultdict(list)` does for you (or `{name}.setdefault(k, [])"
                ".append(...)` in one line).",
            )

    def _check_len_condition(self, node):
        test = node.test
        if _is_call(test, "len") and len(test.args) == 1 and not test.keywords:
            arg = _code(test.args[0], 25)
            self.add(
                "len-comparison",
                test,
                f"`{'while' if isinstance(node, ast.While) else 'if'} len({arg}):` spells out what "
                "truthiness already says: an empty container is false and any other true. "
                f"Write `{'while' if isinstance(node, ast.While) else 'if'} {arg}:`.",
            )

    # ---- assignments -----------------------------------------------------------------------------

    def check_string_concat(self, node):
        if isinstance(node, ast.AugAssign):
            if not isinstance(node.op, ast.Add) or not isinstance(node.target, ast.Name):
                return
            name = node.target.id
        else:
            if not (
                len(node.targets) == 1
                and isinstance(node.targets[0], ast.Name)
                and isinstance(node.value, ast.BinOp)
                and isinstance(node.value.op, ast.Add)
                and isinstance(node.value.left, ast.Name)
                and node.value.left.id == node.targets[0].id
            ):
                return
            name = node.targets[0].id
        if not self.in_loop(node):
            return
        scope = self.scope_of(node)
        bound = self.bindings(scope).get(name, ())
        if not any(_value_kind(v) == "str" for v in bound):
            return
        if not all(
            _value_kind(v) in ("str", _AUG)
            or (isinstance(v, ast.BinOp) and isinstance(v.left, ast.Name) and v.left.id == name)
            for v in bound
        ):
            return
        self.add(
            "string-concat-in-loop",
            node,
            f"Strings are immutable, so `{name} += ...` may copy everything built so far on each "
            "pass, making the loop O(n²) (CPython sometimes avoids the copy, other Pythons "
            "don't). Collect the pieces in a list and `''.join()` them once.",
        )

    def check_lambda_assignment(self, node):
        targets = node.targets if isinstance(node, ast.Assign) else [node.target]
        if (
            len(targets) == 1
            and isinstance(targets[0], ast.Name)
            and isinstance(node.value, ast.Lambda)
        ):
            name = targets[0].id
            self.add(
                "lambda-assignment",
                node,
                f"A lambda bound to a name is a function without one: tracebacks show `<lambda>` "
                f"and it can't have a docstring. Write `def {name}(...):` instead (PEP 8).",
            )

    # ---- loops -----------------------------------------------------------------------------------

    def check_for(self, loop):
        self._check_keys_iteration(loop.iter, loop)
        self._check_range_len(loop.iter, loop.target, loop.body, loop)
        self._check_nested_same(loop)
        self._check_mutation(loop)

    def check_comprehension(self, gen):
        self._check_keys_iteration(gen.iter, gen)
        comp = self.parent(gen)
        if len(comp.generators) == 1:
            body = [getattr(comp, f) for f in ("elt", "key", "value") if hasattr(comp, f)]
            self._check_range_len(gen.iter, gen.target, body + list(gen.ifs), comp)

    def _check_keys_iteration(self, iterable, node):
        if (
            isinstance(iterable, ast.Call)
            and isinstance(iterable.func, ast.Attribute)
            and iterable.func.attr == "keys"
            and not iterable.args
            and not iterable.keywords
        ):
            self.add(
                "iterate-dict-keys",
                iterable,
                "Iterating over a dict already yields its keys, so `.keys()` adds nothing. Write "
                "`for key in d:` (or use `.items()` when you need the values too).",
            )

    def _check_range_len(self, iterable, target, body, loop):
        if not (
            _is_call(iterable, "range")
            and len(iterable.args) == 1
            and _is_call(iterable.args[0], "len")
            and len(iterable.args[0].args) == 1
            and isinstance(target, ast.Name)
        ):
            return
        seq = iterable.args[0].args[0]
        if not isinstance(seq, (ast.Name, ast.Attribute)):
            return
        index = target.id
        element_uses = plain_uses = 0
        for node in _walk_local(body):
            if isinstance(node, ast.Name) and node.id == index:
                if not isinstance(node.ctx, ast.Load):
                    return
                parent, field = self.parents.get(node, (None, None))
                if (
                    isinstance(parent, ast.Subscript)
                    and field == "slice"
                    and _same(parent.value, seq)
                ):
                    if not isinstance(parent.ctx, ast.Load):
                        return
                    element_uses += 1
                elif isinstance(parent, _INDEX_USES) or (
                    isinstance(parent, ast.Call) and parent.func is node
                ):
                    return
                else:
                    plain_uses += 1
            elif (
                isinstance(node, (ast.Name, ast.Attribute))
                and not isinstance(node.ctx, ast.Load)
                and _dotted(node) == _dotted(seq)
            ):
                return  # the sequence is rebound inside the loop
        if not element_uses:
            return
        name = _code(seq, 20)
        if plain_uses:
            message = (
                f"`range(len({name}))` is used to get both the index and `{name}[{index}]`; "
                f"`for {index}, item in enumerate({name})` gives both without indexing."
            )
        else:
            message = (
                f"The index `{index}` is only used to read `{name}[{index}]`; loop over the items "
                f"directly with `for item in {name}`, which is clearer and skips the lookups."
            )
        self.add("range-len-loop", loop, message)

    def _sequence(self, iterable):
        """The sequence a loop walks, for `xs`, `enumerate(xs)`, `range(len(xs))`, `xs[i + 1:]`."""
        if _is_call(iterable, "enumerate") and iterable.args:
            return iterable.args[0]
        if _is_call(iterable, "range") and iterable.args:
            stop = iterable.args[1] if len(iterable.args) > 1 else iterable.args[0]
            if isinstance(stop, ast.BinOp) and isinstance(stop.op, (ast.Add, ast.Sub)):
                stop = stop.left
            if _is_call(stop, "len") and len(stop.args) == 1:
                return stop.args[0]
            return None
        if isinstance(iterable, ast.Subscript) and isinstance(iterable.slice, ast.Slice):
            return iterable.value
        if isinstance(iterable, (ast.Name, ast.Attribute)):
            return iterable
        return None

    def _reiterable(self, iterable, at):
        """Whether the loop walks a collection (that every pass starts over), not an iterator."""
        if _is_call(iterable, "range") or isinstance(iterable, ast.Subscript):
            return True
        if _is_call(iterable, "enumerate"):
            iterable = iterable.args[0]
        if self.expr_kind(iterable, at) in _COLLECTIONS:
            return True
        if isinstance(iterable, ast.Name):
            # A parameter (taken to be a collection), perhaps copied into one.
            bound = self.bindings(self.scope_of(at)).get(iterable.id, ())
            return bool(bound) and all(
                v is _PARAM or v is _AUG or _value_kind(v) in _COLLECTIONS for v in bound
            )
        return False

    def _elements(self, iterable, target, seq):
        """How the loop body refers to the current item: names, or `seq[i]` subscripts."""
        if _is_call(iterable, "range"):
            if not isinstance(target, ast.Name):
                return None
            return ("index", target.id)
        if _is_call(iterable, "enumerate"):
            if isinstance(target, ast.Tuple) and len(target.elts) == 2:
                return ("names", _target_names(target.elts[1]), target.elts[0])
            return None
        return ("names", _target_names(target), None)

    def _mentions(self, expr, element, seq):
        kind = element[0]
        if kind == "names":
            if _names_in(expr) & element[1]:
                return True
            index = element[2]
            element = ("index", index.id) if isinstance(index, ast.Name) else None
            if element is None:
                return False
        for node in ast.walk(expr):
            if (
                isinstance(node, ast.Subscript)
                and _same(node.value, seq)
                and isinstance(node.slice, ast.Name)
                and node.slice.id == element[1]
            ):
                parent, field = self.parents.get(node, (None, None))
                if not (isinstance(parent, ast.Subscript) and field == "value"):
                    return True  # `xs[i]` itself, not a cell `xs[i][j]` of a grid
        return False

    def _check_nested_same(self, loop):
        seq = self._sequence(loop.iter)
        if seq is None or _dotted(seq) in _target_names(loop.target):
            return
        for iterable, target, outer in self.enclosing_loops(loop):
            if not isinstance(outer, (ast.For, ast.AsyncFor)):
                continue
            if not _same(self._sequence(iterable), seq):
                continue
            if not self._reiterable(iterable, loop) or not self._reiterable(loop.iter, loop):
                return  # nested loops over one iterator consume it together: a single pass
            inner_el = self._elements(loop.iter, loop.target, seq)
            outer_el = self._elements(iterable, target, seq)
            if inner_el is None or outer_el is None:
                return
            for stmt in loop.body:
                for node in ast.walk(stmt):
                    if (
                        isinstance(node, ast.Compare)
                        and any(isinstance(op, ast.Eq) for op in node.ops)
                        and self._mentions(node, inner_el, seq)
                        and self._mentions(node, outer_el, seq)
                    ):
                        name = _code(seq, 20)
                        self.add(
                            "nested-loop-same-sequence",
                            loop,
                            f"These nested loops compare every pair of items of `{name}`, which is "
                            "O(n²). A set or dict of the items seen so far usually finds the "
                            "match in a single O(n) pass.",
                        )
                        return
            return

    def _check_mutation(self, loop):
        iterable = loop.iter
        view = None
        if (
            isinstance(iterable, ast.Call)
            and isinstance(iterable.func, ast.Attribute)
            and iterable.func.attr in ("keys", "items", "values")
            and not iterable.args
        ):
            collection, kind, view = iterable.func.value, "dict", iterable.func.attr
        elif isinstance(iterable, (ast.Name, ast.Attribute)) or (
            _is_call(iterable, "enumerate") and iterable.args
        ):
            collection = iterable if not isinstance(iterable, ast.Call) else iterable.args[0]
            kind = self.expr_kind(collection, loop)
        else:
            return
        if not isinstance(collection, _NAMED) or kind not in ("dict", "list", None):
            return
        if isinstance(collection, ast.Name) and collection.id in ("self", "cls"):
            return  # a container class walking itself: its own methods decide what is safe
        key = None
        if view == "keys" or (view is None and iterable is collection):
            key = loop.target.id if isinstance(loop.target, ast.Name) else None
        elif (
            view == "items"
            and isinstance(loop.target, ast.Tuple)
            and loop.target.elts
            and isinstance(loop.target.elts[0], ast.Name)
        ):
            key = loop.target.elts[0].id
        def by_key(slots):
            """`del xs[key]` or `xs.pop(key)` with the loop's own item: a dict (a list deletes by
            index)."""
            return any(isinstance(k, ast.Name) and k.id == key for k in slots)

        for node in _walk_local(loop.body):
            mutated = False
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and _same(node.func.value, collection)
            ):
                method = node.func.attr
                if kind == "dict":
                    mutated = method in ("pop", "popitem", "clear", "update", "setdefault")
                else:
                    mutated = method in ("remove", "pop", "insert", "clear")
                    if kind is None and method == "pop" and by_key(node.args[:1]):
                        mutated = "dict"
            elif isinstance(node, ast.Delete):
                slots = [
                    t.slice
                    for t in node.targets
                    if isinstance(t, ast.Subscript) and _same(t.value, collection)
                ]
                mutated = bool(slots)
                if slots and kind is None and by_key(slots):
                    mutated = "dict"
            elif (
                kind == "dict"
                and view != "values"
                and isinstance(node, (ast.Assign, ast.AugAssign))
            ):
                targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                mutated = any(
                    isinstance(t, ast.Subscript)
                    and _same(t.value, collection)
                    and not (isinstance(t.slice, ast.Name) and t.slice.id == key)
                    for t in targets
                )
            if mutated and not self.leaves_after(self.statement_of(node), loop):
                name = _code(collection, 20)
                if kind == "dict" or mutated == "dict":
                    self.add(
                        "modify-dict-while-iterating",
                        node,
                        f"Adding or removing keys of `{name}` while a loop iterates over it "
                        "raises `RuntimeError: dictionary changed size during iteration`. Loop "
                        f"over a snapshot (`list({name})`) or build a new dict.",
                    )
                else:
                    self.add(
                        "modify-list-while-iterating",
                        node,
                        f"Removing or inserting items of `{name}` while a for loop walks it "
                        "shifts the items under the loop, so it skips or repeats some. Loop "
                        f"over a copy (`{name}[:]`) or build a new list with a comprehension.",
                    )
                return

    # ---- statements ------------------------------------------------------------------------------

    def check_global(self, node):
        scope = self.scope_of(node)
        if scope is self.tree:
            self.add(
                "needless-global",
                node,
                "`global` at module level does nothing: names there are global already.",
            )
            return
        for name in node.names:
            if not self._assigns(name, scope):
                self.add(
                    "needless-global",
                    node,
                    f"`global {name}` is needed only to assign to a module-level name, and this "
                    f"function never assigns `{name}`: reading it, or changing the object it "
                    "refers to, works without the declaration. Drop it.",
                )

    @staticmethod
    def _assigns(name, scope):
        for node in _scope_walk(scope):
            if isinstance(node, ast.Name) and node.id == name and isinstance(node.ctx, _BINDS):
                return True
            if isinstance(node, (*_FUNCS, ast.ClassDef)) and node.name == name:
                return True
            if isinstance(node, (ast.Import, ast.ImportFrom)) and any(
                (a.asname or a.name.split(".")[0]) == name for a in node.names
            ):
                return True
            if isinstance(node, ast.ExceptHandler) and node.name == name:
                return True
        return False

    def check_import(self, node):
        if any(alias.name == "*" for alias in node.names):
            module = "." * node.level + (node.module or "")
            self.add(
                "wildcard-import",
                node,
                f"`from {module} import *` pours every public name of `{module}` into this module, "
                "so readers can't tell where a name comes from and one import can silently replace "
                "another's names. Import the names you use, or the module itself.",
            )

    def check_delete(self, node):
        for target in node.targets:
            if (
                isinstance(target, ast.Subscript)
                and _is_const(target.slice, 0)
                and self.in_loop(node)
                and self.expr_kind(target.value, node) not in ("dict", "deque")
            ):
                self.add(
                    "pop-front-in-loop",
                    node,
                    f"`del {_code(target.value)}[0]` moves every remaining item one place left, so "
                    "each is O(n) and the loop O(n²). Use `collections.deque` and `popleft()`, "
                    "which is O(1).",
                )

    def check_subscript(self, node):
        value, index = node.value, node.slice
        if _is_call(value, "sorted") and len(value.args) == 1:
            keywords = {k.arg: k.value for k in value.keywords}
            if set(keywords) - {"key", "reverse"}:
                return
            first = _is_const(index, 0)
            last = (
                isinstance(index, ast.UnaryOp)
                and isinstance(index.op, ast.USub)
                and _is_const(index.operand, 1)
            )
            if first or last:
                reverse = keywords.get("reverse")
                if reverse is not None and not _is_const(reverse, True, False):
                    return
                smallest = first != (reverse is not None and _is_const(reverse, True))
                fn = "min" if smallest else "max"
                key = ", key=..." if "key" in keywords else ""
                self.add(
                    "sorted-for-min-max",
                    node,
                    f"Sorting all n items (O(n log n), plus a new list) to take one end is more "
                    f"work than needed: `{fn}({_code(value.args[0], 20)}{key})` finds it in one "
                    "O(n) pass.",
                )
        if (
            isinstance(index, ast.BinOp)
            and isinstance(index.op, ast.Sub)
            and _is_call(index.left, "len")
            and len(index.left.args) == 1
            and _same(index.left.args[0], value)
            and isinstance(index.right, ast.Constant)
            and isinstance(index.right.value, int)
            and index.right.value > 0
        ):
            name = _code(value, 20)
            self.add(
                "last-index-via-len",
                node,
                f"`{name}[len({name}) - {index.right.value}]` is `{name}[-{index.right.value}]`: "
                "negative indexes count from the end.",
            )

    def check_class(self, cls):
        init = next(
            (s for s in cls.body if isinstance(s, _FUNCS) and s.name == "__init__"), None
        )
        if init is None:
            return
        base = next((b for b in cls.bases if self._has_init(b, set())), None)
        if base is None:
            return
        for node in ast.walk(init):
            if isinstance(node, ast.Attribute) and node.attr == "__init__":
                return  # super().__init__(...), Base.__init__(self, ...), or kept for a later call
        base_name = _code(base, 30)
        self.add(
            "missing-super-init",
            init,
            f"`{cls.name}.__init__` never calls `super().__init__()`, so `{base_name}.__init__` "
            f"doesn't run and whatever it sets up is missing from `{cls.name}` objects (an "
            "AttributeError waiting to happen). Call `super().__init__(...)` in it.",
        )

    def _has_init(self, base, seen):
        if not isinstance(base, ast.Name) or base.id not in self.classes or base.id in seen:
            return False
        seen.add(base.id)
        cls = self.classes[base.id]
        if any(isinstance(s, _FUNCS) and s.name == "__init__" for s in cls.body):
            return True
        return any(self._has_init(b, seen) for b in cls.bases)

    def check_shadowing(self):
        functions = [n for n in ast.walk(self.tree) if isinstance(n, (*_FUNCS, ast.Lambda))]
        scopes = [self.tree] + functions
        for scope in scopes:
            seen = set()
            candidates = []
            if scope is not self.tree:
                aliases = set()  # def f(..., len=len): a local alias of the built-in, for speed
                args = scope.args
                positional = list(args.posonlyargs) + list(args.args)
                with_default = positional[len(positional) - len(args.defaults) :]
                defaults = list(zip(with_default, args.defaults))
                defaults += list(zip(args.kwonlyargs, args.kw_defaults))
                for arg, default in defaults:
                    if isinstance(default, ast.Name) and default.id == arg.arg:
                        aliases.add(arg.arg)
                candidates += [
                    (a.arg, a, "parameter") for a in _all_args(args) if a.arg not in aliases
                ]
            for node in _scope_walk(scope):
                if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
                    candidates.append((node.id, node, "variable"))
                elif isinstance(node, (*_FUNCS, ast.ClassDef)):
                    kind = "class" if isinstance(node, ast.ClassDef) else "function"
                    candidates.append((node.name, node, kind))
            for name, node, kind in candidates:
                if name in BUILTIN_SUGGESTIONS and name not in seen:
                    seen.add(name)
                    self.add(
                        "shadowed-builtin",
                        node,
                        f"This {kind} `{name}` hides the built-in `{name}()` here, so a later call "
                        "to the built-in fails with a confusing error, and readers have to check "
                        f"which one is meant. Use a more specific name, such as "
                        f"`{BUILTIN_SUGGESTIONS[name]}`.",
                    )


def _ignored_lines(source):
    """line -> set of rules silenced there (None: every rule)."""
    ignored = {}
    try:
        for token in tokenize.generate_tokens(io.StringIO(source).readline):
            if token.type != tokenize.COMMENT:
                continue
            match = _IGNORE.search(token.string)
            if match:
                rules = match.group(1)
                ignored[token.start[0]] = (
                    None if rules is None else {r.strip() for r in rules.split(",") if r.strip()}
                )
    except (tokenize.TokenError, SyntaxError):
        pass
    return ignored


def analyze(source, *, strict=False):
    """The findings for Python `source`, sorted by line. `strict` (for tests) lets a rule's own
    failure propagate instead of skipping that rule."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            tree = ast.parse(source)
    except SyntaxError as error:
        line = error.lineno or 1
        return [
            _finding(
                "syntax-error",
                line,
                f"Python cannot parse this ({error.msg.rstrip('.')}), so nothing else can be "
                "checked until it is fixed.",
            )
        ]
    except (ValueError, RecursionError, MemoryError) as error:
        reason = (
            "it is nested too deeply" if isinstance(error, RecursionError) else str(error)
        )
        return [
            _finding(
                "syntax-error",
                1,
                f"Python cannot parse this ({reason}), so nothing else can be checked until it is "
                "fixed.",
            )
        ]
    analysis = _Analysis(tree, strict)
    analysis.run()
    ignored = _ignored_lines(source)
    kept = []
    seen = set()
    for finding in analysis.findings:
        silenced = ignored.get(finding["line"], set())
        if silenced is None or finding["rule"] in silenced:
            continue
        key = (finding["rule"], finding["line"])
        if key not in seen:
            seen.add(key)
            kept.append(finding)
    kept.sort(key=lambda f: (f["line"], f["rule"]))
    return kept


def rules():
    """The rules as a list of {rule, severity, topic, flags}."""
    return [
        {"rule": rule, "severity": severity, "topic": topic, "flags": flags}
        for rule, (severity, topic, flags) in RULES.items()
    ]


def _decode(data):
    try:
        encoding, _ = tokenize.detect_encoding(io.BytesIO(data).readline)
        return data.decode(encoding), None
    except (SyntaxError, LookupError, UnicodeDecodeError) as error:
        return None, str(error)


def main(argv):
    if argv == ["--rules"]:
        print(json.dumps(rules(), indent=2, ensure_ascii=False))
        return 0
    if len(argv) != 1 or argv[0].startswith("--"):
        print("usage: analyzer.py FILE | analyzer.py --rules", file=sys.stderr)
        return 2
    path = argv[0]
    try:
        if path == "-":
            data = sys.stdin.buffer.read()
        else:
            with open(path, "rb") as file:
                data = file.read()
    except OSError as error:
        print(f"analyzer.py: cannot read {path}: {error.strerror}", file=sys.stderr)
        return 2
    source, problem = _decode(data)
    if source is None:
        findings = [
            _finding(
                "syntax-error",
                1,
                f"Python cannot read this file ({problem}); save it as UTF-8.",
            )
        ]
    else:
        findings = analyze(source)
    sys.stdout.write(json.dumps(findings, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
