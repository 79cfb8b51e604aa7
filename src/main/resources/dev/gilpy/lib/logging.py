"""A basic logging module for gilpy, written from the documented behaviour of CPython 3.11's:
loggers by name under the root, levels, StreamHandler/FileHandler, basicConfig with %-style
formats (threadName, processName, levelname, name, message, asctime, ...). Each record is written
with one write() under the handler's lock, so records from different threads never interleave."""
import sys
import threading
import _thread
from _thread import _format_exception

CRITICAL = 50
FATAL = CRITICAL
ERROR = 40
WARNING = 30
WARN = WARNING
INFO = 20
DEBUG = 10
NOTSET = 0

_levelToName = {CRITICAL: 'CRITICAL', ERROR: 'ERROR', WARNING: 'WARNING', INFO: 'INFO', DEBUG: 'DEBUG',
                NOTSET: 'NOTSET'}
_nameToLevel = {'CRITICAL': CRITICAL, 'FATAL': FATAL, 'ERROR': ERROR, 'WARN': WARNING, 'WARNING': WARNING,
                'INFO': INFO, 'DEBUG': DEBUG, 'NOTSET': NOTSET}

BASIC_FORMAT = "%(levelname)s:%(name)s:%(message)s"
_lock = threading.RLock()
_srcfile = __file__
_start_time = _thread._monotonic()


def getLevelName(level):
    if level in _levelToName:
        return _levelToName[level]
    if level in _nameToLevel:
        return _nameToLevel[level]
    return f"Level {level}"


def addLevelName(level, levelName):
    with _lock:
        _levelToName[level] = levelName
        _nameToLevel[levelName] = level


def _checkLevel(level):
    if isinstance(level, int):
        return level
    if isinstance(level, str):
        if level not in _nameToLevel:
            raise ValueError(f"Unknown level: {level!r}")
        return _nameToLevel[level]
    raise TypeError(f"Level not an integer or a valid string: {level!r}")


def _percent_format(fmt, args, mapping):
    """fmt % args (a tuple) or fmt % mapping, for the conversions logging uses."""
    try:
        if mapping is not None:
            return fmt % mapping
        return fmt % args
    except TypeError:
        pass
    out = []
    i = 0
    n = len(fmt)
    argi = 0
    while i < n:
        c = fmt[i]
        if c != '%' or i + 1 >= n:
            out += [c]
            i += 1
            continue
        i += 1
        if fmt[i] == '%':
            out += ['%']
            i += 1
            continue
        value = None
        if fmt[i] == '(':
            j = i + 1
            while fmt[j] != ')':
                j += 1
            value = mapping[fmt[i + 1:j]]
            i = j + 1
        else:
            value = args[argi]
            argi += 1
        left = False
        width = 0
        while fmt[i] == '-' or fmt[i] == ' ' or fmt[i] == '+' or fmt[i] == '0':
            if fmt[i] == '-':
                left = True
            i += 1
        while '0' <= fmt[i] <= '9':
            width = width * 10 + (ord(fmt[i]) - 48)
            i += 1
        precision = None
        if fmt[i] == '.':
            i += 1
            precision = 0
            while '0' <= fmt[i] <= '9':
                precision = precision * 10 + (ord(fmt[i]) - 48)
                i += 1
        conv = fmt[i]
        i += 1
        if conv == 'r':
            s = repr(value)
        elif conv == 'd' or conv == 'i':
            s = f"{value if isinstance(value, int) else value // 1}"
        elif conv == 'f' and precision is not None:
            s = _fixed(value, precision)
        else:
            s = f"{value}"
        pad = width - len(s)
        if pad > 0:
            spaces = _spaces(pad)
            s = f"{s}{spaces}" if left else f"{spaces}{s}"
        out += [s]
    return _join(out)


def _spaces(n):
    s = ''
    for _ in range(n):
        s = f"{s} "
    return s


def _join(parts):
    s = ''
    for p in parts:
        s = f"{s}{p}"
    return s


def _fixed(value, precision):
    scale = 10 ** precision
    v = (value * scale + (0.5 if value >= 0 else -0.5)) // 1
    whole = v // scale
    frac = f"{abs(v) % scale}"
    while len(frac) < precision:
        frac = f"0{frac}"
    return f"{whole}.{frac}" if precision else f"{whole}"


def _two(n):
    return f"0{n}" if n < 10 else f"{n}"


_now = _thread._wallclock   # (seconds since the epoch, milliseconds, "YYYY-mm-dd HH:MM:SS" local)


class LogRecord:
    """One logging event."""

    def __init__(self, name, level, pathname, lineno, msg, args, exc_info, func=None):
        created, msecs, local = _now()
        self.name = name
        self.msg = msg
        if args and len(args) == 1 and isinstance(args[0], dict) and args[0]:
            args = args[0]
        self.args = args
        self.levelname = getLevelName(level)
        self.levelno = level
        self.pathname = pathname
        self.filename = pathname
        self.module = pathname
        self.lineno = lineno
        self.funcName = func
        self.exc_info = exc_info
        self.exc_text = None
        self.stack_info = None
        self.created = created
        self._local = local
        self.msecs = msecs
        self.relativeCreated = (_thread._monotonic() - _start_time) * 1000
        t = threading.current_thread()
        self.thread = t.ident
        self.threadName = t.name
        self.processName = 'MainProcess'
        mp = sys.modules.get('multiprocessing')
        if mp is not None:
            try:
                self.processName = mp.current_process().name
            except Exception:
                pass
        try:
            import os
            self.process = os.getpid()
        except (ImportError, AttributeError):
            self.process = None

    def getMessage(self):
        msg = f"{self.msg}"
        if self.args:
            if isinstance(self.args, dict):
                msg = _percent_format(msg, None, self.args)
            else:
                msg = _percent_format(msg, self.args, None)
        return msg

    def __repr__(self):
        return f'<LogRecord: {self.name}, {self.levelno}, {self.pathname}, {self.lineno}, "{self.msg}">'


class Formatter:
    default_time_format = '%Y-%m-%d %H:%M:%S'
    default_msec_format = '%s,%03d'

    def __init__(self, fmt=None, datefmt=None, style='%'):
        self._fmt = fmt if fmt is not None else "%(message)s"
        self.datefmt = datefmt

    def usesTime(self):
        return '%(asctime)' in self._fmt

    def formatTime(self, record, datefmt=None):
        if datefmt:
            import time
            return time.strftime(datefmt, time.localtime(record.created))
        s = record._local
        ms = f"{record.msecs}"
        while len(ms) < 3:
            ms = f"0{ms}"
        return f"{s},{ms}"

    def formatException(self, ei):
        text = _format_exception(ei[1])
        if text[-1:] == "\n":
            text = text[:-1]
        return text

    def formatMessage(self, record):
        d = record.__dict__
        return _percent_format(self._fmt, None, d)

    def format(self, record):
        record.message = record.getMessage()
        if self.usesTime():
            record.asctime = self.formatTime(record, self.datefmt)
        s = self.formatMessage(record)
        if record.exc_info:
            if not record.exc_text:
                record.exc_text = self.formatException(record.exc_info)
        if record.exc_text:
            if s[-1:] != "\n":
                s = f"{s}\n"
            s = f"{s}{record.exc_text}"
        return s


_defaultFormatter = Formatter()


class Filterer:
    def __init__(self):
        self.filters = []

    def addFilter(self, filter):
        self.filters += [filter]

    def removeFilter(self, filter):
        self.filters = [f for f in self.filters if f is not filter]

    def filter(self, record):
        for f in self.filters:
            ok = f.filter(record) if hasattr(f, 'filter') else f(record)
            if not ok:
                return False
        return True


class Handler(Filterer):
    def __init__(self, level=NOTSET):
        Filterer.__init__(self)
        self.level = _checkLevel(level)
        self.formatter = None
        self.lock = threading.RLock()
        self.name = None

    def setLevel(self, level):
        self.level = _checkLevel(level)

    def setFormatter(self, fmt):
        self.formatter = fmt

    def format(self, record):
        fmt = self.formatter if self.formatter is not None else _defaultFormatter
        return fmt.format(record)

    def handle(self, record):
        if self.filter(record):
            with self.lock:
                self.emit(record)
            return True
        return False

    def emit(self, record):
        raise NotImplementedError('emit must be implemented by Handler subclasses')

    def flush(self):
        pass

    def close(self):
        pass

    def handleError(self, record):
        sys.stderr.write(f"--- Logging error ---\n{_format_exception(sys.exception())}")


class StreamHandler(Handler):
    terminator = '\n'

    def __init__(self, stream=None):
        Handler.__init__(self)
        self.stream = stream

    def flush(self):
        with self.lock:
            s = self.stream if self.stream is not None else sys.stderr
            if hasattr(s, "flush"):
                s.flush()

    def emit(self, record):
        try:
            msg = self.format(record)
            s = self.stream if self.stream is not None else sys.stderr
            s.write(f"{msg}{self.terminator}")
            self.flush()
        except Exception:
            self.handleError(record)

    def __repr__(self):
        return f"<StreamHandler ({getLevelName(self.level)})>"


class FileHandler(StreamHandler):
    def __init__(self, filename, mode='a', encoding=None, delay=False, errors=None):
        StreamHandler.__init__(self, open(filename, mode))
        self.baseFilename = filename

    def close(self):
        with self.lock:
            if self.stream is not None:
                self.stream.close()
                self.stream = None


class NullHandler(Handler):
    def handle(self, record):
        pass

    def emit(self, record):
        pass


lastResort = StreamHandler()
lastResort.level = WARNING


class Logger(Filterer):
    def __init__(self, name, level=NOTSET):
        Filterer.__init__(self)
        self.name = name
        self.level = _checkLevel(level)
        self.parent = None
        self.propagate = True
        self.handlers = []
        self.disabled = False

    def setLevel(self, level):
        self.level = _checkLevel(level)

    def getEffectiveLevel(self):
        logger = self
        while logger:
            if logger.level:
                return logger.level
            logger = logger.parent
        return NOTSET

    def isEnabledFor(self, level):
        return level >= self.getEffectiveLevel()

    def addHandler(self, hdlr):
        with _lock:
            for h in self.handlers:
                if h is hdlr:
                    return
            self.handlers += [hdlr]

    def removeHandler(self, hdlr):
        with _lock:
            self.handlers = [h for h in self.handlers if h is not hdlr]

    def hasHandlers(self):
        c = self
        while c:
            if c.handlers:
                return True
            if not c.propagate:
                return False
            c = c.parent
        return False

    def _log(self, level, msg, args, exc_info=None, stack_info=False, stacklevel=1, extra=None):
        f = sys._getframe(1)
        while f is not None and f.f_code.co_filename == _srcfile:
            f = f.f_back
        while stacklevel > 1 and f is not None and f.f_back is not None:
            f = f.f_back
            stacklevel -= 1
        pathname = f.f_code.co_filename if f is not None else "(unknown file)"
        lineno = f.f_lineno if f is not None else 0
        if exc_info:
            if isinstance(exc_info, BaseException):
                exc_info = (type(exc_info), exc_info, None)
            elif not isinstance(exc_info, tuple):
                exc_info = sys.exc_info()
        record = LogRecord(self.name, level, pathname, lineno, msg, args, exc_info)
        if extra is not None:
            for key in extra:
                record.__dict__[key] = extra[key]
        self.handle(record)

    def handle(self, record):
        if self.disabled or not self.filter(record):
            return
        c = self
        found = 0
        while c:
            for hdlr in c.handlers:
                found += 1
                if record.levelno >= hdlr.level:
                    hdlr.handle(record)
            if not c.propagate:
                break
            c = c.parent
        if found == 0 and record.levelno >= lastResort.level:
            lastResort.handle(record)

    def debug(self, msg, *args, **kwargs):
        if self.isEnabledFor(DEBUG):
            self._log(DEBUG, msg, args, **kwargs)

    def info(self, msg, *args, **kwargs):
        if self.isEnabledFor(INFO):
            self._log(INFO, msg, args, **kwargs)

    def warning(self, msg, *args, **kwargs):
        if self.isEnabledFor(WARNING):
            self._log(WARNING, msg, args, **kwargs)

    def warn(self, msg, *args, **kwargs):
        self.warning(msg, *args, **kwargs)

    def error(self, msg, *args, **kwargs):
        if self.isEnabledFor(ERROR):
            self._log(ERROR, msg, args, **kwargs)

    def exception(self, msg, *args, exc_info=True, **kwargs):
        if self.isEnabledFor(ERROR):
            self._log(ERROR, msg, args, exc_info=exc_info, **kwargs)

    def critical(self, msg, *args, **kwargs):
        if self.isEnabledFor(CRITICAL):
            self._log(CRITICAL, msg, args, **kwargs)

    fatal = critical

    def log(self, level, msg, *args, **kwargs):
        if not isinstance(level, int):
            raise TypeError("level must be an integer")
        if self.isEnabledFor(level):
            self._log(level, msg, args, **kwargs)

    def getChild(self, suffix):
        if self is root:
            return getLogger(suffix)
        return getLogger(f"{self.name}.{suffix}")

    def __repr__(self):
        return f"<{type(self).__name__} {self.name} ({getLevelName(self.getEffectiveLevel())})>"


class RootLogger(Logger):
    def __init__(self, level):
        Logger.__init__(self, "root", level)


root = RootLogger(WARNING)
Logger.root = root
_loggers = {}


def _parent_name(name):
    i = len(name) - 1
    while i >= 0 and name[i] != '.':
        i -= 1
    return name[:i] if i > 0 else None


def getLogger(name=None):
    if not name or (isinstance(name, str) and name == root.name):
        return root
    with _lock:
        if name in _loggers:
            return _loggers[name]
        logger = Logger(name)
        _loggers[name] = logger
        parent = _parent_name(name)
        logger.parent = getLogger(parent) if parent else root
        return logger


def basicConfig(**kwargs):
    with _lock:
        force = kwargs["force"] if "force" in kwargs else False
        if force:
            root.handlers = []
        if not root.handlers:
            if "handlers" in kwargs and kwargs["handlers"] is not None:
                handlers = kwargs["handlers"]
            elif "filename" in kwargs and kwargs["filename"] is not None:
                mode = kwargs["filemode"] if "filemode" in kwargs else 'a'
                handlers = [FileHandler(kwargs["filename"], mode)]
            else:
                handlers = [StreamHandler(kwargs["stream"] if "stream" in kwargs else None)]
            fmt = kwargs["format"] if "format" in kwargs else BASIC_FORMAT
            datefmt = kwargs["datefmt"] if "datefmt" in kwargs else None
            formatter = Formatter(fmt, datefmt)
            for h in handlers:
                if h.formatter is None:
                    h.setFormatter(formatter)
                root.addHandler(h)
            if "level" in kwargs and kwargs["level"] is not None:
                root.setLevel(kwargs["level"])


def _ensure_configured():
    if not root.handlers:
        basicConfig()


def debug(msg, *args, **kwargs):
    _ensure_configured()
    root.debug(msg, *args, **kwargs)


def info(msg, *args, **kwargs):
    _ensure_configured()
    root.info(msg, *args, **kwargs)


def warning(msg, *args, **kwargs):
    _ensure_configured()
    root.warning(msg, *args, **kwargs)


def warn(msg, *args, **kwargs):
    warning(msg, *args, **kwargs)


def error(msg, *args, **kwargs):
    _ensure_configured()
    root.error(msg, *args, **kwargs)


def exception(msg, *args, exc_info=True, **kwargs):
    _ensure_configured()
    root.error(msg, *args, exc_info=exc_info, **kwargs)


def critical(msg, *args, **kwargs):
    _ensure_configured()
    root.critical(msg, *args, **kwargs)


fatal = critical


def log(level, msg, *args, **kwargs):
    _ensure_configured()
    root.log(level, msg, *args, **kwargs)


def disable(level=CRITICAL):
    pass


def shutdown():
    for h in root.handlers:
        h.flush()
