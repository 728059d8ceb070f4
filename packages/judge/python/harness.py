"""pyprep's test harness: runs a learner's solution against unittest or pytest-style tests.

Standard library only; runs on CPython 3.10+ and on Pyodide. The harness reports what happened as
a stream of events (dicts). The native back end runs this file as a program and receives the events
as JSON lines on a private file descriptor, each line prefixed with a per-run token; the Pyodide back
end imports it once per interpreter and calls run() for each submission.

What the harness defends against is honest mistakes and naive cheating (printing fake results,
patching unittest, exiting early, objects whose __eq__ always says True); it is not a sandbox.
"""

import ast
import builtins
import errno
import io
import json
import os
import sys
import time
import traceback
import types
import unittest
import unittest.case

_perf_counter = time.perf_counter
_real_sleep = time.sleep
_write = os.write
_dumps = json.dumps
_FunctionType = types.FunctionType
_AssertionError = AssertionError
_BaseException = BaseException
_MemoryError = MemoryError
_RecursionError = RecursionError
_KeyboardInterrupt = KeyboardInterrupt
_isinstance = isinstance
_type = type
_repr = repr
_len = len

PLAIN_TYPES = (
    int, float, complex, str, bytes, bytearray, bool, type(None),
    list, tuple, dict, set, frozenset, range,
)
MAX_REPR = 2000
MAX_TRACEBACK_LINES = 30
HARNESS_FILE = os.path.abspath(__file__) if "__file__" in globals() else "<harness>"


def _stdlib_dirs():
    import sysconfig

    dirs = set()
    for key in ("stdlib", "platstdlib", "purelib", "platlib"):
        try:
            path = sysconfig.get_paths().get(key)
        except Exception:  # pragma: no cover - unusual installs
            path = None
        if path:
            dirs.add(os.path.realpath(path))
    for prefix in {sys.prefix, sys.base_prefix, sys.exec_prefix, sys.base_exec_prefix}:
        if prefix:
            dirs.add(os.path.realpath(prefix))
    # The standard library may be imported from a zip archive (Pyodide: /lib/python314.zip).
    for entry in sys.path:
        if entry and entry.endswith(".zip"):
            dirs.add(os.path.realpath(entry))
    return tuple(sorted(dirs))


STDLIB_DIRS = _stdlib_dirs()


# ---------------------------------------------------------------------------------------------
# Values: safe repr and trusted equality


def safe_repr(value):
    try:
        text = _repr(value)
    except _BaseException as error:  # a broken __repr__ must not break the report
        text = "<%s object; repr() raised %s>" % (_type(value).__name__, _type(error).__name__)
    if _len(text) > MAX_REPR:
        text = text[: MAX_REPR - 15] + "... (truncated)"
    return text


def _children(value):
    """The items (and, for mappings, the keys) inside a container; nothing for anything else."""
    if _isinstance(value, dict):
        return [x for pair in value.items() for x in pair]
    if _isinstance(value, (list, tuple, set, frozenset)):
        return value
    return ()


def _foreign_eq(value, depth=0, budget=None):
    """The type of an object inside `value` whose __eq__ is written in Python outside the standard
    library (so, by the learner), or None. Comparing such an object with plain data could say
    anything, including always True."""
    if budget is None:
        budget = [10000]
    budget[0] -= 1
    if budget[0] < 0 or depth > 20:
        return None
    kind = _type(value)
    if kind not in PLAIN_TYPES:
        for name in ("__eq__", "__ne__"):
            method = getattr(kind, name, None)
            if _isinstance(method, _FunctionType):
                filename = os.path.realpath(method.__code__.co_filename)
                if not any(filename.startswith(d + os.sep) for d in STDLIB_DIRS):
                    return kind
    for item in _children(value):
        found = _foreign_eq(item, depth + 1, budget)
        if found is not None:
            return found
    return None


def _is_plain(value, depth=0, budget=None):
    if budget is None:
        budget = [10000]
    budget[0] -= 1
    if budget[0] < 0 or depth > 20:
        return True
    if _type(value) not in PLAIN_TYPES:
        return False
    return all(_is_plain(item, depth + 1, budget) for item in _children(value))


class UntrustedComparison(_AssertionError):
    pass


def check_trusted(actual, expected):
    """Raise UntrustedComparison when one side is plain data and the other holds an object whose
    equality is defined by the learner's code."""
    for value, other in ((actual, expected), (expected, actual)):
        if _is_plain(other):
            kind = _foreign_eq(value)
            if kind is not None:
                raise UntrustedComparison(
                    "got an object of type %s where %s was expected; an object that defines its own "
                    "__eq__ cannot be compared with plain data" % (kind.__name__, safe_repr(other))
                )


def _attach(error, actual, expected):
    try:
        error.__pyprep_values__ = (safe_repr(actual), safe_repr(expected))
    except _BaseException:
        pass
    return error


def assert_equal(actual, expected, message=None):
    """The `assert a == b` of pytest-style tests, rewritten: trusted, and with both values shown."""
    check_trusted(actual, expected)
    if not actual == expected:
        text = "expected %s, got %s" % (safe_repr(expected), safe_repr(actual))
        if message is not None:
            text = "%s: %s" % (message, text)
        raise _attach(_AssertionError(text), actual, expected)


def assert_not_equal(actual, expected, message=None):
    check_trusted(actual, expected)
    if actual == expected:
        text = "expected a value other than %s" % safe_repr(expected)
        if message is not None:
            text = "%s: %s" % (message, text)
        raise _AssertionError(text)


_original_assert_equal = unittest.TestCase.assertEqual
_original_assert_not_equal = unittest.TestCase.assertNotEqual


def _test_case_assert_equal(self, first, second, msg=None):
    check_trusted(first, second)
    try:
        _original_assert_equal(self, first, second, msg)
    except _AssertionError as error:
        raise _attach(error, first, second)


def _test_case_assert_not_equal(self, first, second, msg=None):
    check_trusted(first, second)
    _original_assert_not_equal(self, first, second, msg)


def install_assertions():
    """Idempotent: patches unittest's equality assertions with the trusted versions."""
    unittest.TestCase.assertEqual = _test_case_assert_equal
    unittest.TestCase.assertEquals = _test_case_assert_equal
    unittest.TestCase.assertNotEqual = _test_case_assert_not_equal


# ---------------------------------------------------------------------------------------------
# Tamper detection: the test framework must look the same after the learner's code ran


WATCHED_CLASSES = (
    unittest.TestCase, unittest.TestResult, unittest.TestSuite, unittest.TestLoader,
    unittest.FunctionTestCase, unittest.case._Outcome,
)
WATCHED_MODULES = ("unittest", "unittest.case", "unittest.result", "unittest.suite", "unittest.loader")


def snapshot_framework():
    state = {}
    for cls in WATCHED_CLASSES:
        state["class " + cls.__qualname__] = dict(cls.__dict__)
    for name in WATCHED_MODULES:
        module = sys.modules.get(name)
        if module is not None:
            state["module " + name] = dict(module.__dict__)
    return state


def tampering(before):
    """The first framework attribute that changed since `before`, as text, or None."""
    for cls in WATCHED_CLASSES:
        key = "class " + cls.__qualname__
        old = before.get(key, {})
        new = cls.__dict__
        for name in set(old) | set(new):
            if old.get(name, _MISSING) is not new.get(name, _MISSING):
                return "%s.%s" % (cls.__qualname__, name)
    for name in WATCHED_MODULES:
        module = sys.modules.get(name)
        key = "module " + name
        if module is None:
            if key in before:
                return name
            continue
        old = before.get(key, {})
        for attr in set(old) | set(module.__dict__):
            value = module.__dict__.get(attr, _MISSING)
            if old.get(attr, _MISSING) is not value:
                if attr not in old and _is_submodule(value, name + "." + attr):
                    continue  # `import unittest.mock` binds the submodule on its package
                return "%s.%s" % (name, attr)
    return None


def _is_submodule(value, qualified):
    return _isinstance(value, types.ModuleType) and sys.modules.get(qualified) is value


_MISSING = object()


# ---------------------------------------------------------------------------------------------
# Loading code


class _AssertRewriter(ast.NodeTransformer):
    """Rewrites `assert a == b` into a trusted comparison that reports both values, and gives
    every other bare `assert` its source text as the message."""

    def __init__(self, source):
        self.source = source

    def visit_Assert(self, node):
        test = node.test
        if _isinstance(test, ast.Compare) and _len(test.ops) == 1 and _isinstance(test.ops[0], (ast.Eq, ast.NotEq)):
            helper = "__pyprep_assert_eq__" if _isinstance(test.ops[0], ast.Eq) else "__pyprep_assert_ne__"
            args = [test.left, test.comparators[0]]
            if node.msg is not None:
                args.append(node.msg)
            call = ast.Expr(ast.Call(ast.Name(helper, ast.Load()), args, []))
            return ast.copy_location(call, node)
        if node.msg is None:
            segment = ast.get_source_segment(self.source, node.test) or "assertion"
            node.msg = ast.copy_location(ast.Constant("assert " + segment), node)
        return node


def compile_tests(source, filename):
    tree = ast.parse(source, filename)
    tree = _AssertRewriter(source).visit(tree)
    ast.fix_missing_locations(tree)
    return compile(tree, filename, "exec", dont_inherit=True)


def load_module(name, path, code=None):
    module = types.ModuleType(name)
    module.__file__ = path
    module.__builtins__ = builtins
    module.__pyprep_assert_eq__ = assert_equal
    module.__pyprep_assert_ne__ = assert_not_equal
    sys.modules[name] = module
    try:
        if code is None:
            with open(path, "rb") as handle:
                code = compile(handle.read(), path, "exec", dont_inherit=True)
        exec(code, module.__dict__)
    except _BaseException:
        sys.modules.pop(name, None)
        raise
    return module


def syntax_error_event(error, role):
    return {
        "t": "syntax_error",
        "role": role,
        "file": os.path.basename(error.filename or ""),
        "line": error.lineno or 0,
        "column": error.offset or 0,
        "message": "%s: %s" % (_type(error).__name__, error.msg),
        "text": (error.text or "").rstrip("\n"),
    }


def error_info(error, workdir):
    """Type, message and a traceback limited to the learner's and the tests' frames."""
    kind = _type(error).__name__
    try:
        message = str(error)
    except _BaseException:
        message = "<str() of the exception failed>"
    frames = []
    try:
        # Only the innermost 40 frames: a traceback a million frames deep (runaway recursion)
        # must not take longer to report than the run itself.
        tb = error.__traceback__
        depth = 0
        node = tb
        while node is not None:
            depth += 1
            node = node.tb_next
        for _ in range(max(0, depth - 40)):
            tb = tb.tb_next
        for frame in traceback.extract_tb(tb):
            filename = frame.filename or ""
            if workdir and os.path.realpath(filename).startswith(workdir + os.sep):
                frames.append(frame)
        lines = traceback.format_list(frames) + traceback.format_exception_only(_type(error), error)
        text = "".join(lines)
        if workdir:
            text = text.replace(workdir + os.sep, "")
        if text.count("\n") > MAX_TRACEBACK_LINES:
            kept = text.splitlines()
            text = "\n".join(kept[:8] + ["  ... %d more lines ..." % (_len(kept) - 16)] + kept[-8:])
    except _BaseException:
        text = "%s: %s" % (kind, message)
    return {"type": kind, "message": message[:MAX_REPR], "traceback": text}


# ---------------------------------------------------------------------------------------------
# Running tests


def collect(module):
    """unittest.TestCase classes of the module, then its plain `test_*` functions."""
    loader = unittest.TestLoader()
    cases = []

    def flatten(suite):
        for item in suite:
            if _isinstance(item, unittest.TestSuite):
                flatten(item)
            else:
                cases.append(item)

    flatten(loader.loadTestsFromModule(module))
    for name, value in sorted(vars(module).items(), key=lambda kv: _code_line(kv[1])):
        if name.startswith("test") and _isinstance(value, _FunctionType) and value.__module__ == module.__name__:
            if value.__code__.co_argcount == 0:
                cases.append(unittest.FunctionTestCase(value, description=name))
    return cases


def _code_line(value):
    code = getattr(value, "__code__", None)
    return code.co_firstlineno if code is not None else 0


def test_name(case):
    if _isinstance(case, unittest.FunctionTestCase):
        return case.shortDescription() or str(case)
    return "%s.%s" % (_type(case).__name__, case._testMethodName)


class _Recorder(unittest.TestResult):
    """Collects the outcome of one test, subtests included."""

    def __init__(self):
        super().__init__()
        self.entries = []  # (suffix, status, error or None, message)

    def addSuccess(self, test):
        pass

    def addFailure(self, test, err):
        self.entries.append(("", "fail", err[1], None))

    def addError(self, test, err):
        self.entries.append(("", "error", err[1], None))

    def addSkip(self, test, reason):
        self.entries.append(("", "skip", None, reason))

    def addExpectedFailure(self, test, err):
        pass

    def addUnexpectedSuccess(self, test):
        self.entries.append(("", "fail", None, "unexpected success of a test marked expectedFailure"))

    def addSubTest(self, test, subtest, err):
        if err is None:
            return
        params = getattr(subtest, "params", None) or {}
        message = getattr(subtest, "_message", None)
        parts = []
        if message not in (None, unittest.case._subtest_msg_sentinel):
            parts.append(str(message))
        parts.extend("%s=%s" % (k, safe_repr(v)) for k, v in params.items())
        suffix = " [%s]" % ", ".join(parts) if parts else " [subtest]"
        status = "fail" if _isinstance(err[1], test.failureException) else "error"
        self.entries.append((suffix, status, err[1], None))


def describe(status, error, workdir):
    """Message, expected, actual and error type of a failed or erroneous test."""
    out = {}
    if error is None:
        return out
    values = getattr(error, "__pyprep_values__", None)
    if values is not None:
        out["actual"], out["expected"] = values
    if status == "fail":
        out["message"] = (str(error) or "assertion failed")[: MAX_REPR * 2]
    else:
        info = error_info(error, workdir)
        out["message"] = info["traceback"]
        out["errorType"] = info["type"]
    return out


def run_tests(config, emit):
    workdir = os.path.realpath(config["workdir"])
    solution = config["solution"]
    module_name = solution[:-3] if solution.endswith(".py") else solution
    solution_path = os.path.join(workdir, solution)

    # The learner's file first, on its own, so that its syntax errors are reported as such.
    try:
        with open(solution_path, "rb") as handle:
            solution_source = handle.read()
        solution_code = compile(solution_source, solution_path, "exec", dont_inherit=True)
    except SyntaxError as error:
        emit(syntax_error_event(error, "solution"))
        return

    test_codes = []
    for test_file in config["tests"]:
        path = os.path.join(workdir, test_file)
        with open(path, "r", encoding="utf-8") as handle:
            source = handle.read()
        try:
            test_codes.append((test_file, path, compile_tests(source, path)))
        except SyntaxError as error:
            emit(syntax_error_event(error, "tests"))
            return

    install_assertions()
    framework = snapshot_framework()
    try:
        load_module(module_name, solution_path, solution_code)
    except _BaseException as error:
        if _isinstance(error, _KeyboardInterrupt):
            raise
        emit({"t": "load_error", "role": "solution", "file": solution, "error": error_info(error, workdir)})
        return
    changed = tampering(framework)
    if changed is not None:
        emit({"t": "tampered", "what": changed})
        return

    cases = []
    for test_file, path, code in test_codes:
        name = test_file[:-3]
        try:
            module = load_module(name, path, code)
        except _BaseException as error:
            if _isinstance(error, _KeyboardInterrupt):
                raise
            emit({"t": "load_error", "role": "tests", "file": test_file, "error": error_info(error, workdir)})
            return
        cases.extend(collect(module))
    if not cases:
        emit({"t": "no_tests"})
        return

    for case in cases:
        name = test_name(case)
        recorder = _Recorder()
        started = _perf_counter()
        case.run(recorder)
        elapsed = round((_perf_counter() - started) * 1000, 3)
        if recorder.shouldStop:  # pragma: no cover - never set by our recorder
            break
        if not recorder.entries:
            emit({"t": "test", "name": name, "status": "pass", "durationMs": elapsed})
        for suffix, status, error, note in recorder.entries:
            event = {"t": "test", "name": name + suffix, "status": status, "durationMs": elapsed}
            if note is not None:
                event["message"] = note
            event.update(describe(status, error, workdir))
            emit(event)
        changed = tampering(framework)
        if changed is not None:
            emit({"t": "tampered", "what": changed})
            return


def run_script(config, emit):
    """Runs the program `config["solution"]` as __main__ (predict-the-output items, lesson
    examples)."""
    workdir = os.path.realpath(config["workdir"])
    path = os.path.join(workdir, config["solution"])
    try:
        with open(path, "rb") as handle:
            code = compile(handle.read(), path, "exec", dont_inherit=True)
    except SyntaxError as error:
        emit(syntax_error_event(error, "solution"))
        return
    main = types.ModuleType("__main__")
    main.__file__ = path
    main.__builtins__ = builtins
    sys.modules["__main__"] = main
    try:
        exec(code, main.__dict__)
    except SystemExit as error:
        code_value = error.code
        if code_value not in (None, 0):
            emit({"t": "exit", "code": code_value if _isinstance(code_value, int) else 1,
                  "message": "" if _isinstance(code_value, int) else str(code_value)})
    except _KeyboardInterrupt:
        raise
    except _BaseException as error:
        emit({"t": "script_error", "error": error_info(error, workdir)})


def run(config, emit):
    """Runs one submission, reporting through `emit`. Never raises except KeyboardInterrupt."""
    started = _perf_counter()
    emit({"t": "start", "python": "%d.%d.%d" % sys.version_info[:3], "implementation": sys.implementation.name})
    try:
        if config.get("mode") == "script":
            run_script(config, emit)
        else:
            run_tests(config, emit)
    except _MemoryError:
        emit({"t": "memory"})
    except _KeyboardInterrupt:
        emit({"t": "interrupted"})
    except _BaseException as error:  # a bug of the harness, not of the learner
        emit({"t": "internal", "error": error_info(error, "")})
    emit({"t": "done", "durationMs": round((_perf_counter() - started) * 1000, 3)})


# ---------------------------------------------------------------------------------------------
# Guards: hygiene for code run on the learner's own machine (not a sandbox)


_guard = {"active": False, "workdir": None, "allow_read": ()}

BLOCKED_EVENTS = {
    "os.fork": "creating processes",
    "os.forkpty": "creating processes",
    "os.system": "running commands",
    "os.exec": "running programs",
    "os.posix_spawn": "running programs",
    "os.spawn": "running programs",
    "subprocess.Popen": "running programs",
    "os.kill": "sending signals",
    "os.killpg": "sending signals",
    "signal.pthread_kill": "sending signals",
    "socket.__new__": "opening sockets",
    "socket.connect": "opening network connections",
    "socket.bind": "opening sockets",
    "socket.getaddrinfo": "network lookups",
    "ctypes.dlopen": "loading native libraries",
}


def _socket_module():
    return sys.modules.get("socket")


def _audit(event, args):
    if not _guard["active"]:
        return
    reason = BLOCKED_EVENTS.get(event)
    if reason is not None:
        # A pair of connected local sockets (socket.socketpair) reaches nothing outside the
        # process: asyncio's event loop needs one to wake itself up. Connecting or binding any
        # socket stays blocked.
        if event == "socket.__new__" and _len(args) > 1 and args[1] == getattr(_socket_module(), "AF_UNIX", None):
            return
        raise PermissionError("%s is not allowed in the judge (%s)" % (reason, event))
    if event == "open":
        path = args[0]
        if _isinstance(path, int) or path is None:
            return
        try:
            path = os.fsdecode(path)
        except Exception:
            return
        real = os.path.realpath(path)
        mode = args[1] if _len(args) > 1 else "r"
        flags = args[2] if _len(args) > 2 else 0
        writing = (_isinstance(mode, str) and any(c in mode for c in "wax+")) or (
            _isinstance(flags, int) and flags & (os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_APPEND | os.O_TRUNC)
        )
        workdir = _guard["workdir"]
        inside = workdir is not None and (real == workdir or real.startswith(workdir + os.sep))
        if inside:
            return
        if not writing and (real in ("/dev/null", "/dev/urandom", "/dev/random")
                            or any(real.startswith(d + os.sep) or real == d for d in _guard["allow_read"])):
            return
        raise PermissionError("the judge allows files only inside the exercise's folder: %s" % path)


def install_guards(workdir):
    """Blocks processes, signals, sockets and file access outside `workdir` for the rest of the
    interpreter's life (audit hooks cannot be removed)."""
    _guard["workdir"] = os.path.realpath(workdir)
    _guard["allow_read"] = STDLIB_DIRS
    if not _guard.get("installed"):
        sys.addaudithook(_audit)
        _guard["installed"] = True
    _guard["active"] = True


def _chunked_sleep(seconds):
    """time.sleep that wakes up often, so that an interrupt or the deadline is noticed."""
    if seconds < 0:
        raise ValueError("sleep length must be non-negative")
    deadline = _perf_counter() + seconds
    while True:
        left = deadline - _perf_counter()
        if left <= 0:
            return
        _real_sleep(min(left, 0.05))


# ---------------------------------------------------------------------------------------------
# Entry points


def _set_limits(limits):
    try:
        import resource
    except ImportError:  # pragma: no cover - not on POSIX
        return
    def cap(kind, value):
        if value is None or not hasattr(resource, kind):
            return
        which = getattr(resource, kind)
        try:
            soft, hard = resource.getrlimit(which)
            value = int(value)
            if hard != resource.RLIM_INFINITY:
                value = min(value, hard)
            resource.setrlimit(which, (value, value))
        except (ValueError, OSError):
            pass
    mb = 1024 * 1024
    if limits.get("memoryMb"):
        cap("RLIMIT_AS", limits["memoryMb"] * mb)
    if limits.get("cpuSeconds"):
        cap("RLIMIT_CPU", limits["cpuSeconds"])
    if limits.get("fileSizeMb"):
        cap("RLIMIT_FSIZE", limits["fileSizeMb"] * mb)
    cap("RLIMIT_CORE", 0)
    if limits.get("processes"):
        cap("RLIMIT_NPROC", limits["processes"])


def main_native(argv):
    """`python3 -I -S harness.py CONFIG`: the config file is read and deleted; events go to fd 3
    as JSON lines prefixed by the run's token."""
    config_path = argv[1]
    with open(config_path, "r", encoding="utf-8") as handle:
        config = json.load(handle)
    os.unlink(config_path)
    token = config["token"].encode("ascii")
    channel = os.dup(3)
    os.close(3)
    os.set_inheritable(channel, False)
    memory_line = token + b" " + _dumps({"t": "memory"}).encode() + b"\n"
    done_line = token + b" " + _dumps({"t": "done", "durationMs": 0}).encode() + b"\n"

    def emit(event):
        try:
            line = token + b" " + _dumps(event).encode("utf-8", "backslashreplace") + b"\n"
        except _MemoryError:
            line = memory_line
        view = memoryview(line)
        while view:
            written = _write(channel, view)
            view = view[written:]

    _set_limits(config.get("limits", {}))
    workdir = os.path.realpath(config["workdir"])
    os.chdir(workdir)
    sys.path[:] = [workdir] + [p for p in sys.path if p and os.path.realpath(p) != os.path.realpath(os.path.dirname(HARNESS_FILE))]
    sys.modules["__main__"] = types.ModuleType("__main__")
    time.sleep = _chunked_sleep
    sys.setrecursionlimit(max(sys.getrecursionlimit(), 3000))
    install_guards(workdir)
    try:
        run(config, emit)
    except _MemoryError:
        _write(channel, memory_line)
        _write(channel, done_line)
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except _BaseException:
        pass
    # Threads the learner left running must not keep the process alive.
    os._exit(0)


# Modules whose dicts change legitimately while the interpreter runs, or that are restored field
# by field below; the others are put back as they were before each run.
_NOT_RESTORED = ("sys", "builtins", "__main__", "js", "pyodide", "_pyodide", "pyodide_js", "_frozen_importlib",
                 "_frozen_importlib_external", "importlib", "linecache", "encodings", "gc", "warnings", "abc",
                 "_weakrefset", "typing", "functools", "re", "sre_compile", "sre_parse", "_abc", "copyreg")


def _restorable(name):
    return not any(name == p or name.startswith(p + ".") for p in _NOT_RESTORED)


def _logging_snapshot():
    """The logging module's global state (its loggers live in objects, not in module dicts)."""
    logging = sys.modules.get("logging")
    if logging is None:
        return None
    root = logging.getLogger()
    return {
        "loggers": set(logging.Logger.manager.loggerDict),
        "handlers": list(root.handlers),
        "level": root.level,
        "disable": logging.root.manager.disable,
    }


def _logging_restore(saved):
    logging = sys.modules.get("logging")
    if logging is None or saved is None:
        return
    manager = logging.Logger.manager
    for name in list(manager.loggerDict):
        if name not in saved["loggers"]:
            del manager.loggerDict[name]
    root = logging.getLogger()
    root.handlers[:] = saved["handlers"]
    root.setLevel(saved["level"])
    manager.disable = saved["disable"]
    manager._clear_cache()


class PyodideSession:
    """One interpreter's harness state for the Pyodide back end: run() is called once per
    submission; reset() puts the interpreter back as it was before."""

    def __init__(self):
        install_assertions()
        self.modules = set(sys.modules)
        self.module_dicts = {
            name: dict(m.__dict__) for name, m in list(sys.modules.items()) if m is not None and _restorable(name)
        }
        self.builtins = dict(builtins.__dict__)
        self.path = list(sys.path)
        self.meta_path = list(sys.meta_path)
        self.path_hooks = list(sys.path_hooks)
        self.recursion_limit = sys.getrecursionlimit()
        self.framework = snapshot_framework()
        self.cwd = os.getcwd()
        self.streams = (sys.stdin, sys.stdout, sys.stderr)
        self.environ = dict(os.environ)
        self.logging = _logging_snapshot()
        time.sleep = _chunked_sleep
        self.sleep = _chunked_sleep

    def run(self, config_json, send):
        """Runs one submission; `send` (a JavaScript function) receives each event as JSON text."""
        config = json.loads(config_json)
        memory_text = _dumps({"t": "memory"})

        def emit(event):
            try:
                text = _dumps(event)
            except _MemoryError:
                text = memory_text
            send(text)

        workdir = os.path.realpath(config["workdir"])
        os.chdir(workdir)
        sys.path[:] = [workdir] + self.path
        sys.modules["__main__"] = types.ModuleType("__main__")
        install_guards(workdir)
        try:
            run(config, emit)
        except _MemoryError:
            send(memory_text)
            send(_dumps({"t": "done", "durationMs": 0}))
        finally:
            _guard["active"] = False

    def reset(self):
        """Restores what a run may have changed. Returns False when the interpreter cannot be
        trusted any more (the test framework was patched), so the worker should be replaced."""
        _guard["active"] = False
        for name in list(sys.modules):
            if name not in self.modules:
                del sys.modules[name]
        for name, saved in self.module_dicts.items():
            module = sys.modules.get(name)
            if module is None:
                continue
            current = module.__dict__
            if _len(current) != _len(saved) or any(current.get(k, _MISSING) is not v for k, v in saved.items()):
                current.clear()
                current.update(saved)
        builtins.__dict__.clear()
        builtins.__dict__.update(self.builtins)
        sys.path[:] = self.path
        sys.meta_path[:] = self.meta_path
        sys.path_hooks[:] = self.path_hooks
        sys.path_importer_cache.clear()
        sys.setrecursionlimit(self.recursion_limit)
        sys.stdin, sys.stdout, sys.stderr = self.streams
        os.environ.clear()
        os.environ.update(self.environ)
        _logging_restore(self.logging)
        time.sleep = self.sleep
        try:
            os.chdir(self.cwd)
        except OSError:
            pass
        import gc
        gc.collect()
        return tampering(self.framework) is None


if __name__ == "__main__":
    main_native(sys.argv)
