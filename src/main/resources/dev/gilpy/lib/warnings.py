"""A small warnings module: warn() with the default filters, and simplefilter()."""
from _warnings import warn, _set_action


def simplefilter(action, category=Warning, lineno=0, append=False):
    if action not in ("default", "error", "ignore", "always", "module", "once"):
        raise ValueError(f"invalid action: {action!r}")
    _set_action(action)


def filterwarnings(action, message="", category=Warning, module="", lineno=0, append=False):
    simplefilter(action)


def resetwarnings():
    _set_action(None)


class catch_warnings:
    def __init__(self, *, record=False):
        self._record = record

    def __enter__(self):
        return None

    def __exit__(self, *exc_info):
        resetwarnings()
