"""multiprocessing's logger (CPython's multiprocessing.util, the parts programs use)."""
import sys

NOTSET = 0
SUBDEBUG = 5
DEBUG = 10
INFO = 20
SUBWARNING = 25

LOGGER_NAME = 'multiprocessing'
DEFAULT_LOGGING_FORMAT = '[%(levelname)s/%(processName)s] %(message)s'

_logger = None
_log_to_stderr = False


def sub_debug(msg, *args):
    if _logger:
        _logger.log(SUBDEBUG, msg, *args)


def debug(msg, *args):
    if _logger:
        _logger.log(DEBUG, msg, *args)


def info(msg, *args):
    if _logger:
        _logger.log(INFO, msg, *args)


def sub_warning(msg, *args):
    if _logger:
        _logger.log(SUBWARNING, msg, *args)


def get_logger():
    """The 'multiprocessing' logger (it does not propagate to the root logger), created at first use."""
    global _logger
    import logging
    with logging._lock:
        if not _logger:
            _logger = logging.getLogger(LOGGER_NAME)
            _logger.propagate = 0
            if not hasattr(logging, '_gilpy_mp_levels'):
                logging.addLevelName(SUBDEBUG, 'SUBDEBUG')
                logging.addLevelName(SUBWARNING, 'SUBWARNING')
                logging._gilpy_mp_levels = True
    return _logger


def log_to_stderr(level=None):
    """Sends the logger's records to stderr as '[LEVEL/ProcessName] message'."""
    global _log_to_stderr
    import logging
    logger = get_logger()
    formatter = logging.Formatter(DEFAULT_LOGGING_FORMAT)
    handler = logging.StreamHandler()
    handler.setFormatter(formatter)
    logger.addHandler(handler)
    if level:
        logger.setLevel(level)
    _log_to_stderr = True
    return _logger
