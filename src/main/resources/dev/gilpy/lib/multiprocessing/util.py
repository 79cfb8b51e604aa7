"""multiprocessing.util: the package's own logger and its level helpers (gilpy's implementation)."""

# Level numbers; SUBDEBUG and SUBWARNING sit between logging's standard levels and get no names of their own.
NOTSET = 0
SUBDEBUG = 5
DEBUG = 10
INFO = 20
SUBWARNING = 25

LOGGER_NAME = 'multiprocessing'
DEFAULT_LOGGING_FORMAT = '[%(levelname)s/%(processName)s] %(message)s'

# multiprocessing.process reads both: a child started with the logger on stderr re-enables it at the same level.
_logger = None
_log_to_stderr = False


def _emit(level, msg, args):
    # Until someone asks for the logger, the helpers below cost nothing and log nothing.
    if _logger:
        _logger.log(level, msg, *args)


def sub_debug(msg, *args):
    _emit(SUBDEBUG, msg, args)


def debug(msg, *args):
    _emit(DEBUG, msg, args)


def info(msg, *args):
    _emit(INFO, msg, args)


def sub_warning(msg, *args):
    _emit(SUBWARNING, msg, args)


def get_logger():
    """Return the logger named 'multiprocessing', making it on the first call.

    Its records do not reach the root logger's handlers (propagate is off).
    """
    global _logger
    import logging  # deferred: most programs never log, and logging is not free to import
    with logging._lock:
        if not _logger:
            made = logging.getLogger(LOGGER_NAME)
            made.propagate = 0
            _logger = made
    return _logger


def log_to_stderr(level=None):
    """Attach a stderr handler printing '[LEVEL/ProcessName] message' to the logger and return the logger.

    A true level is also set on the logger. Each call adds one more handler, as in CPython.
    """
    global _log_to_stderr
    import logging
    target = get_logger()
    to_stderr = logging.StreamHandler()
    to_stderr.setFormatter(logging.Formatter(DEFAULT_LOGGING_FORMAT))
    target.addHandler(to_stderr)
    if level:
        target.setLevel(level)
    _log_to_stderr = True
    return _logger
