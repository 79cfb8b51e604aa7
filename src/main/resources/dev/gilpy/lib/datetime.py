"""Concrete date/time and related types, with CPython 3.11's behaviour, reprs and messages.

Dates use the proleptic Gregorian calendar; day arithmetic goes through ordinals (day 1 is 0001-01-01).
Local time comes from the time module.
"""

import time as _time

__all__ = ("date", "datetime", "time", "timedelta", "timezone", "tzinfo", "MINYEAR", "MAXYEAR", "UTC")

MINYEAR = 1
MAXYEAR = 9999
_MAXORDINAL = 3652059

_DAYS_IN_MONTH = [-1, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
_DAYS_BEFORE_MONTH = [-1]
_dbm = 0
for _dim in _DAYS_IN_MONTH[1:]:
    _DAYS_BEFORE_MONTH.append(_dbm)
    _dbm += _dim
del _dbm, _dim

_MONTHNAMES = [None, "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
_DAYNAMES = [None, "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_FULLMONTHS = [None, "January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December"]
_FULLDAYS = [None, "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _cmp(x, y):
    return 0 if x == y else 1 if x > y else -1


def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _days_before_year(year):
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400


def _days_in_month(year, month):
    if month == 2 and _is_leap(year):
        return 29
    return _DAYS_IN_MONTH[month]


def _days_before_month(year, month):
    return _DAYS_BEFORE_MONTH[month] + (month > 2 and _is_leap(year))


def _ymd2ord(year, month, day):
    return _days_before_year(year) + _days_before_month(year, month) + day


def _ord2ymd(n):
    """The (year, month, day) of ordinal n (1 = 0001-01-01)."""
    n -= 1
    n400, n = divmod(n, 146097)         # days in 400 years
    year = n400 * 400 + 1
    n100, n = divmod(n, 36524)          # days in 100 years
    n4, n = divmod(n, 1461)             # days in 4 years
    n1, n = divmod(n, 365)
    year += n100 * 100 + n4 * 4 + n1
    if n1 == 4 or n100 == 4:
        return year - 1, 12, 31
    leap = n1 == 3 and (n4 != 24 or n100 == 3)
    month = (n + 50) >> 5
    preceding = _DAYS_BEFORE_MONTH[month] + (month > 2 and leap)
    if preceding > n:
        month -= 1
        preceding -= _DAYS_IN_MONTH[month] + (month == 2 and leap)
    return year, month, n - preceding + 1


def _check_int(value):
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        raise TypeError("integer argument expected, got float")
    try:
        return value.__index__()
    except AttributeError:
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(value).__name__) from None


def _check_date_fields(year, month, day):
    year, month, day = _check_int(year), _check_int(month), _check_int(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError("year %d is out of range" % year)
    if not 1 <= month <= 12:
        raise ValueError("month must be in 1..12")
    if not 1 <= day <= _days_in_month(year, month):
        raise ValueError("day is out of range for month")
    return year, month, day


def _check_time_fields(hour, minute, second, microsecond, fold):
    hour, minute, second, microsecond = (_check_int(hour), _check_int(minute), _check_int(second),
                                         _check_int(microsecond))
    if not 0 <= hour <= 23:
        raise ValueError("hour must be in 0..23")
    if not 0 <= minute <= 59:
        raise ValueError("minute must be in 0..59")
    if not 0 <= second <= 59:
        raise ValueError("second must be in 0..59")
    if not 0 <= microsecond <= 999999:
        raise ValueError("microsecond must be in 0..999999")
    if fold not in (0, 1):
        raise ValueError("fold must be either 0 or 1")
    return hour, minute, second, microsecond, fold


def _check_tzinfo(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not type '%s'" % type(tz).__name__)


def _format_time(hh, mm, ss, us, timespec="auto"):
    if timespec == "auto":
        timespec = "microseconds" if us else "seconds"
    elif timespec == "milliseconds":
        us //= 1000
    if timespec == "hours":
        return "%02d" % hh
    if timespec == "minutes":
        return "%02d:%02d" % (hh, mm)
    if timespec == "seconds":
        return "%02d:%02d:%02d" % (hh, mm, ss)
    if timespec == "milliseconds":
        return "%02d:%02d:%02d.%03d" % (hh, mm, ss, us)
    if timespec == "microseconds":
        return "%02d:%02d:%02d.%06d" % (hh, mm, ss, us)
    raise ValueError("Unknown timespec value")


def _format_offset(off, sep=":"):
    if off is None:
        return ""
    sign = "+"
    if off.days < 0:
        sign = "-"
        off = -off
    hh, rest = divmod(off, timedelta(hours=1))
    mm, rest = divmod(rest, timedelta(minutes=1))
    s = "%s%02d%s%02d" % (sign, hh, sep, mm)
    if rest.seconds or rest.microseconds:
        s += "%s%02d" % (sep, rest.seconds)
        if rest.microseconds:
            s += ".%06d" % rest.microseconds
    return s


def _strftime(obj, fmt, timetuple):
    """strftime with %f, %z, %Z (and %:z) filled from obj, the rest by time.strftime."""
    if not isinstance(fmt, str):
        raise TypeError("strftime() argument 1 must be str, not %s" % type(fmt).__name__)
    out = []
    i = 0
    n = len(fmt)
    while i < n:
        ch = fmt[i]
        if ch == "%" and i + 1 < n:
            nxt = fmt[i + 1]
            if nxt == "f":
                out.append("%06d" % getattr(obj, "microsecond", 0))
                i += 2
                continue
            if nxt == "z":
                off = obj.utcoffset() if hasattr(obj, "utcoffset") else None
                out.append(_format_offset(off, ""))
                i += 2
                continue
            if nxt == "Z":
                name = obj.tzname() if hasattr(obj, "tzname") else None
                out.append("" if name is None else name.replace("%", "%%"))
                i += 2
                continue
            out.append(fmt[i:i + 2])
            i += 2
            continue
        out.append(ch)
        i += 1
    return _time.strftime("".join(out), timetuple)


def _filled(cls, **slots):
    """A new cls whose slots are set from the already checked values (no constructor runs)."""
    obj = object.__new__(cls)
    for slot, value in slots.items():
        setattr(obj, "_" + slot, value)
    return obj


def _format_spec(self, fmt):
    """format(value, spec): strftime(spec), or str(value) for an empty spec."""
    if not isinstance(fmt, str):
        raise TypeError(f"__format__() argument 1 must be str, not {type(fmt).__name__}")
    return self.strftime(fmt) if fmt else str(self)


class timedelta:
    """A duration: days, seconds (0..86399) and microseconds (0..999999), as CPython normalises them."""

    __slots__ = ("_days", "_seconds", "_microseconds", "_hashcode")

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0, weeks=0):
        parts = (days, seconds, microseconds, milliseconds, minutes, hours, weeks)
        for p in parts:
            if not isinstance(p, (int, float)):
                raise TypeError("unsupported type for timedelta %s component: %s" % (
                    ("days", "seconds", "microseconds", "milliseconds", "minutes", "hours", "weeks")[parts.index(p)],
                    type(p).__name__))
        if all(isinstance(p, int) for p in parts):
            us = ((((weeks * 7 + days) * 24 + hours) * 60 + minutes) * 60 + seconds) * 1000000 + \
                milliseconds * 1000 + microseconds
        else:
            # Exactly, as rationals (a float is a ratio of integers), rounded half to even once at the end.
            num, den = 0, 1
            for value, scale in ((weeks, 604800000000), (days, 86400000000), (hours, 3600000000),
                                 (minutes, 60000000), (seconds, 1000000), (milliseconds, 1000), (microseconds, 1)):
                n, d = value.as_integer_ratio() if isinstance(value, float) else (value, 1)
                num, den = num * d + n * scale * den, den * d
            us = _divide_and_round(num, den)
        return cls._from_us(us)

    @classmethod
    def _from_us(cls, us):
        d, rest = divmod(us, 86400000000)
        s, us = divmod(rest, 1000000)
        if abs(d) > 999999999:
            raise OverflowError("days=%d; must have magnitude <= 999999999" % d)
        return _filled(cls, days=d, seconds=s, microseconds=us, hashcode=-1)

    def _us(self):
        return (self._days * 86400 + self._seconds) * 1000000 + self._microseconds

    @property
    def days(self):
        return self._days

    @property
    def seconds(self):
        return self._seconds

    @property
    def microseconds(self):
        return self._microseconds

    def total_seconds(self):
        return self._us() / 10 ** 6

    def __repr__(self):
        named = (("days", self._days), ("seconds", self._seconds), ("microseconds", self._microseconds))
        shown = ", ".join(f"{name}={value}" for name, value in named if value)
        return f"{_type_name(self)}({shown or 0})"

    def __str__(self):
        hours, rest = divmod(self._seconds, 3600)
        clock = "%d:%02d:%02d" % (hours, *divmod(rest, 60))
        if self._microseconds:
            clock = f"{clock}.{self._microseconds:06d}"
        if not self._days:
            return clock
        unit = "day" if self._days in (1, -1) else "days"
        return f"{self._days} {unit}, {clock}"

    def __add__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(self._us() + other._us())
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(self._us() - other._us())
        return NotImplemented

    def __rsub__(self, other):
        if not isinstance(other, timedelta):
            return NotImplemented
        return timedelta._from_us(other._us() - self._us())

    def __neg__(self):
        return timedelta._from_us(-self._us())

    def __pos__(self):
        return self

    def __abs__(self):
        return -self if self._days < 0 else self

    def __mul__(self, other):
        if isinstance(other, int):
            return timedelta._from_us(self._us() * other)
        if isinstance(other, float):
            a, b = other.as_integer_ratio()
            return timedelta._from_us(_divide_and_round(self._us() * a, b))
        return NotImplemented

    __rmul__ = __mul__

    def __floordiv__(self, other):
        if not isinstance(other, (int, timedelta)):
            return NotImplemented
        if isinstance(other, timedelta):
            return self._us() // other._us()
        return timedelta._from_us(self._us() // other)

    def __truediv__(self, other):
        if not isinstance(other, (int, float, timedelta)):
            return NotImplemented
        if isinstance(other, timedelta):
            return self._us() / other._us()
        if isinstance(other, int):
            return timedelta._from_us(_divide_and_round(self._us(), other))
        a, b = other.as_integer_ratio()
        return timedelta._from_us(_divide_and_round(b * self._us(), a))

    def __mod__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(self._us() % other._us())
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            q, r = divmod(self._us(), other._us())
            return q, timedelta._from_us(r)
        return NotImplemented

    def _compare(self, other):
        return _cmp(self._us(), other._us())

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return self._us() == other._us()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, timedelta):
            return self._us() < other._us()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, timedelta):
            return self._us() <= other._us()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, timedelta):
            return self._us() > other._us()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, timedelta):
            return self._us() >= other._us()
        return NotImplemented

    def __hash__(self):
        return hash((self._days, self._seconds, self._microseconds))

    def __bool__(self):
        return bool(self._days or self._seconds or self._microseconds)

    def __reduce__(self):
        return (type(self), (self._days, self._seconds, self._microseconds))


def _divide_and_round(a, b):
    """a / b rounded half to even, in integers."""
    q, r = divmod(a, b)
    r *= 2
    greater_than_half = r > b if b > 0 else r < b
    if greater_than_half or r == b and q % 2 == 1:
        q += 1
    return q


def _type_name(obj):
    """What reprs start with: "datetime.date" for the module's own classes, the bare name for subclasses."""
    t = type(obj)
    return "datetime." + t.__qualname__ if t.__module__ == "datetime" else t.__qualname__


timedelta.min = timedelta(-999999999)
timedelta.max = timedelta(days=999999999, hours=23, minutes=59, seconds=59, microseconds=999999)
timedelta.resolution = timedelta(microseconds=1)


class tzinfo:
    """Abstract base class for time zone info objects."""

    def tzname(self, dt):
        raise NotImplementedError("tzinfo subclass must override tzname()")

    def utcoffset(self, dt):
        raise NotImplementedError("tzinfo subclass must override utcoffset()")

    def dst(self, dt):
        raise NotImplementedError("tzinfo subclass must override dst()")

    def fromutc(self, dt):
        """dt (a UTC time carrying this tzinfo) as local time, for tzinfos whose dst() is exact."""
        if not isinstance(dt, datetime):
            raise TypeError("fromutc() requires a datetime argument")
        if dt.tzinfo is not self:
            raise ValueError("dt.tzinfo is not self")
        offset, saving = dt.utcoffset(), dt.dst()
        if offset is None:
            raise ValueError("fromutc() requires a non-None utcoffset() result")
        if saving is None:
            raise ValueError("fromutc() requires a non-None dst() result")
        standard = offset - saving
        if not standard:
            return dt + saving
        shifted = dt + standard
        saving = shifted.dst()
        if saving is None:
            raise ValueError("fromutc(): dt.dst gave inconsistent results; cannot convert")
        return shifted + saving


class IsoCalendarDate(tuple):
    """(year, week, weekday) with names, as date.isocalendar() returns it."""

    def __new__(cls, year, week, weekday):
        return tuple.__new__(cls, (year, week, weekday))

    year = property(lambda self: self[0])
    week = property(lambda self: self[1])
    weekday = property(lambda self: self[2])

    def __repr__(self):
        return "datetime.IsoCalendarDate(year=%d, week=%d, weekday=%d)" % tuple(self)


def _iso_week1_monday(year):
    first = _ymd2ord(year, 1, 1)
    firstweekday = (first + 6) % 7
    monday = first - firstweekday
    if firstweekday > 3:
        monday += 7
    return monday


class date:
    """A date (year, month, day) in the proleptic Gregorian calendar."""

    __slots__ = ("_year", "_month", "_day", "_hashcode")

    def __new__(cls, year, month=None, day=None):
        year, month, day = _check_date_fields(year, month, day)
        return _filled(cls, year=year, month=month, day=day, hashcode=-1)

    @classmethod
    def fromtimestamp(cls, t):
        y, m, d, hh, mm, ss, weekday, jday, dst = _time.localtime(t)
        return cls(y, m, d)

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromordinal(cls, n):
        if not 1 <= n <= _MAXORDINAL:
            raise ValueError("ordinal must be >= 1")
        y, m, d = _ord2ymd(n)
        return cls(y, m, d)

    @classmethod
    def fromisoformat(cls, date_string):
        if not isinstance(date_string, str):
            raise TypeError("fromisoformat: argument must be str")
        try:
            return cls(*_parse_isoformat_date(date_string))
        except (ValueError, IndexError):
            raise ValueError("Invalid isoformat string: %r" % (date_string,)) from None

    @classmethod
    def fromisocalendar(cls, year, week, day):
        if not 1 <= week <= 53:
            raise ValueError("Invalid week: %d" % week)
        if not 1 <= day <= 7:
            raise ValueError("Invalid weekday: %d (range is [1, 7])" % day)
        return cls.fromordinal(_iso_week1_monday(year) + (week - 1) * 7 + day - 1)

    @property
    def year(self):
        return self._year

    @property
    def month(self):
        return self._month

    @property
    def day(self):
        return self._day

    def __repr__(self):
        return "%s(%d, %d, %d)" % (_type_name(self), self._year, self._month, self._day)

    def isoformat(self):
        return "%04d-%02d-%02d" % (self._year, self._month, self._day)

    __str__ = isoformat

    def ctime(self):
        weekday = self.toordinal() % 7 or 7
        return "%s %s %2d 00:00:00 %04d" % (_DAYNAMES[weekday], _MONTHNAMES[self._month], self._day, self._year)

    def timetuple(self):
        return _time.struct_time((self._year, self._month, self._day, 0, 0, 0, self.weekday(),
                                  _days_before_month(self._year, self._month) + self._day, -1))

    def strftime(self, fmt):
        return _strftime(self, fmt, self.timetuple())

    __format__ = _format_spec

    def toordinal(self):
        return _ymd2ord(self._year, self._month, self._day)

    def weekday(self):
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        return self.toordinal() % 7 or 7

    def isocalendar(self):
        year = self._year
        week1monday = _iso_week1_monday(year)
        today = _ymd2ord(self._year, self._month, self._day)
        week, day = divmod(today - week1monday, 7)
        if week < 0:
            year -= 1
            week1monday = _iso_week1_monday(year)
            week, day = divmod(today - week1monday, 7)
        elif week >= 52:
            if today >= _iso_week1_monday(year + 1):
                year += 1
                week = 0
        return IsoCalendarDate(year, week + 1, day + 1)

    def replace(self, year=None, month=None, day=None):
        return type(self)(self._year if year is None else year, self._month if month is None else month,
                          self._day if day is None else day)

    def _key(self):
        return (self._year, self._month, self._day)

    def __eq__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime) and not isinstance(self, datetime):
            return self._key() == other._key()
        return NotImplemented

    def _ordered(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return True
        return False

    def __lt__(self, other):
        if self._ordered(other):
            return self._key() < other._key()
        return NotImplemented

    def __le__(self, other):
        if self._ordered(other):
            return self._key() <= other._key()
        return NotImplemented

    def __gt__(self, other):
        if self._ordered(other):
            return self._key() > other._key()
        return NotImplemented

    def __ge__(self, other):
        if self._ordered(other):
            return self._key() >= other._key()
        return NotImplemented

    def __hash__(self):
        return hash(self._key())

    def __add__(self, other):
        if not isinstance(other, timedelta):
            return NotImplemented
        ordinal = self.toordinal() + other.days
        if not 0 < ordinal <= _MAXORDINAL:
            raise OverflowError("date value out of range")
        return type(self).fromordinal(ordinal)

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + timedelta(-other.days)
        if isinstance(other, date) and not isinstance(other, datetime):
            return timedelta(self.toordinal() - other.toordinal())
        return NotImplemented

    def __reduce__(self):
        return (type(self), (self._year, self._month, self._day))


date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(days=1)


class time:
    """A time of day (hour, minute, second, microsecond, tzinfo, fold)."""

    __slots__ = ("_hour", "_minute", "_second", "_microsecond", "_tzinfo", "_fold", "_hashcode")

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        hour, minute, second, microsecond, fold = _check_time_fields(hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        return _filled(cls, hour=hour, minute=minute, second=second, microsecond=microsecond, tzinfo=tzinfo,
                       fold=fold, hashcode=-1)
        return self

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)
    fold = property(lambda self: self._fold)

    @classmethod
    def fromisoformat(cls, time_string):
        if not isinstance(time_string, str):
            raise TypeError("fromisoformat: argument must be str")
        try:
            return cls(*_parse_isoformat_time(time_string))
        except (ValueError, IndexError):
            raise ValueError("Invalid isoformat string: %r" % (time_string,)) from None

    def utcoffset(self):
        if self._tzinfo is None:
            return None
        return self._tzinfo.utcoffset(None)

    def tzname(self):
        if self._tzinfo is None:
            return None
        return self._tzinfo.tzname(None)

    def dst(self):
        if self._tzinfo is None:
            return None
        return self._tzinfo.dst(None)

    def __repr__(self):
        shown = [self._hour, self._minute, self._second, self._microsecond]
        while len(shown) > 2 and not shown[-1]:
            shown.pop()                           # trailing zero seconds/microseconds are left out
        text = ", ".join(map(str, shown))
        if self._tzinfo is not None:
            text += f", tzinfo={self._tzinfo!r}"
        if self._fold:
            text += ", fold=1"
        return f"{_type_name(self)}({text})"

    def isoformat(self, timespec="auto"):
        s = _format_time(self._hour, self._minute, self._second, self._microsecond, timespec)
        return s + _format_offset(self.utcoffset())

    __str__ = isoformat

    def strftime(self, fmt):
        return _strftime(self, fmt, (1900, 1, 1, self._hour, self._minute, self._second, 0, 1, -1))

    __format__ = _format_spec

    def replace(self, hour=None, minute=None, second=None, microsecond=None, tzinfo=True, *, fold=None):
        return type(self)(self._hour if hour is None else hour, self._minute if minute is None else minute,
                          self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo, fold=self._fold if fold is None else fold)

    def _key(self):
        off = self.utcoffset()
        base = (self._hour * 3600 + self._minute * 60 + self._second) * 1000000 + self._microsecond
        return base if off is None else base - off._us()

    def _check(self, other):
        if (self.utcoffset() is None) != (other.utcoffset() is None):
            raise TypeError("can't compare offset-naive and offset-aware times")

    def __eq__(self, other):
        if not isinstance(other, time):
            return NotImplemented
        if (self.utcoffset() is None) != (other.utcoffset() is None):
            return False
        return self._key() == other._key()

    def __lt__(self, other):
        if not isinstance(other, time):
            return NotImplemented
        self._check(other)
        return self._key() < other._key()

    def __le__(self, other):
        if not isinstance(other, time):
            return NotImplemented
        self._check(other)
        return self._key() <= other._key()

    def __gt__(self, other):
        if not isinstance(other, time):
            return NotImplemented
        self._check(other)
        return self._key() > other._key()

    def __ge__(self, other):
        if not isinstance(other, time):
            return NotImplemented
        self._check(other)
        return self._key() >= other._key()

    def __hash__(self):
        return hash(self._key())

    def __bool__(self):
        return True

    def __reduce__(self):
        return (type(self), (self._hour, self._minute, self._second, self._microsecond, self._tzinfo))


time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)


class datetime(date):
    """A date and a time of day, optionally with a tzinfo."""

    __slots__ = ("_hour", "_minute", "_second", "_microsecond", "_tzinfo", "_fold")

    def __new__(cls, year, month=None, day=None, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *,
                fold=0):
        year, month, day = _check_date_fields(year, month, day)
        hour, minute, second, microsecond, fold = _check_time_fields(hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        return _filled(cls, year=year, month=month, day=day, hour=hour, minute=minute, second=second,
                       microsecond=microsecond, tzinfo=tzinfo, fold=fold, hashcode=-1)

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)
    fold = property(lambda self: self._fold)

    @classmethod
    def _fromtimestamp(cls, t, utc, tz):
        frac, whole = _math_modf(t)
        # microseconds rounded half to even, carried into whole seconds so that 0 <= us < 10**6
        carry, us = divmod(round(frac * 1e6), 1000000)
        fields = (_time.gmtime if utc else _time.localtime)(whole + carry)
        y, m, d, hh, mm, ss = fields[:6]
        return cls(y, m, d, hh, mm, min(ss, 59), us, tz)   # a leap second shows as :59

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        _check_tzinfo(tz)
        if tz is None:
            return cls._fromtimestamp(t, False, None)
        utc = cls._fromtimestamp(t, True, tz)
        return tz.fromutc(utc)

    @classmethod
    def utcfromtimestamp(cls, t):
        return cls._fromtimestamp(t, True, None)

    @classmethod
    def now(cls, tz=None):
        return cls.fromtimestamp(_time.time(), tz)

    @classmethod
    def utcnow(cls):
        return cls.utcfromtimestamp(_time.time())

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def combine(cls, date, time, tzinfo=True):
        if not isinstance(date, _date_class):
            raise TypeError("combine() argument 1 must be datetime.date, not %s" % type(date).__name__)
        if not isinstance(time, _time_class):
            raise TypeError("combine() argument 2 must be datetime.time, not %s" % type(time).__name__)
        if tzinfo is True:
            tzinfo = time.tzinfo
        return cls(date.year, date.month, date.day, time.hour, time.minute, time.second, time.microsecond,
                   tzinfo, fold=time.fold)

    @classmethod
    def fromordinal(cls, n):
        d = date.fromordinal(n)
        return cls(d.year, d.month, d.day)

    @classmethod
    def fromisoformat(cls, date_string):
        if not isinstance(date_string, str):
            raise TypeError("fromisoformat: argument must be str")
        try:
            if len(date_string) > 10 and date_string[10] in "T ":
                ymd = _parse_isoformat_date(date_string[:10])
                tm = _parse_isoformat_time(date_string[11:])
            elif len(date_string) > 10:
                raise ValueError
            else:
                ymd = _parse_isoformat_date(date_string)
                tm = (0, 0, 0, 0, None)
            return cls(*ymd, *tm)
        except (ValueError, IndexError):
            raise ValueError("Invalid isoformat string: %r" % (date_string,)) from None

    @classmethod
    def strptime(cls, date_string, format):
        return _strptime(cls, date_string, format)

    def date(self):
        return date(self._year, self._month, self._day)

    def time(self):
        return time(self._hour, self._minute, self._second, self._microsecond, fold=self._fold)

    def timetz(self):
        return time(self._hour, self._minute, self._second, self._microsecond, self._tzinfo, fold=self._fold)

    def utcoffset(self):
        if self._tzinfo is None:
            return None
        off = self._tzinfo.utcoffset(self)
        if off is not None and not isinstance(off, timedelta):
            raise TypeError("tzinfo.utcoffset() must return None or timedelta, not '%s'" % type(off).__name__)
        return off

    def tzname(self):
        if self._tzinfo is None:
            return None
        return self._tzinfo.tzname(self)

    def dst(self):
        if self._tzinfo is None:
            return None
        return self._tzinfo.dst(self)

    def timetuple(self):
        dst = self.dst()
        dst = -1 if dst is None else 1 if dst else 0
        return _time.struct_time((self._year, self._month, self._day, self._hour, self._minute, self._second,
                                  self.weekday(), _days_before_month(self._year, self._month) + self._day, dst))

    def utctimetuple(self):
        off = self.utcoffset()
        dt = self - off if off else self
        return _time.struct_time((dt.year, dt.month, dt.day, dt.hour, dt.minute, dt.second, dt.weekday(),
                                  _days_before_month(dt.year, dt.month) + dt.day, 0))

    def timestamp(self):
        if self._tzinfo is None:
            t = _time.mktime((self._year, self._month, self._day, self._hour, self._minute, self._second,
                              -1, -1, -1))
            return t + self._microsecond / 1e6
        return (self - _EPOCH).total_seconds()

    def astimezone(self, tz=None):
        _check_tzinfo(tz)
        if tz is None:
            tz = self._local_timezone()
        source = self._tzinfo
        offset = source.utcoffset(self) if source is not None else None
        if offset is None:
            # naive (or an offset-less tzinfo): the time is taken as local time
            source = self.replace(tzinfo=None)._local_timezone()
            offset = source.utcoffset(self)
        if tz is source:
            return self
        return tz.fromutc((self - offset).replace(tzinfo=tz))

    def _local_timezone(self):
        if self._tzinfo is None:
            ts = self.timestamp()
        else:
            ts = (self - _EPOCH) // timedelta(seconds=1)
        local = _time.localtime(ts)
        return timezone(timedelta(seconds=local.tm_gmtoff), local.tm_zone)

    def ctime(self):
        weekday = self.toordinal() % 7 or 7
        return "%s %s %2d %02d:%02d:%02d %04d" % (_DAYNAMES[weekday], _MONTHNAMES[self._month], self._day,
                                                 self._hour, self._minute, self._second, self._year)

    def isoformat(self, sep="T", timespec="auto"):
        s = "%04d-%02d-%02d%s" % (self._year, self._month, self._day, sep) + \
            _format_time(self._hour, self._minute, self._second, self._microsecond, timespec)
        return s + _format_offset(self.utcoffset())

    def __str__(self):
        return self.isoformat(sep=" ")

    def __repr__(self):
        fields = [self._year, self._month, self._day, self._hour, self._minute, self._second, self._microsecond]
        if fields[-1] == 0:
            del fields[-1]
        if fields[-1] == 0:
            del fields[-1]
        s = "%s(%s)" % (_type_name(self), ", ".join(map(str, fields)))
        if self._tzinfo is not None:
            s = s[:-1] + ", tzinfo=%r" % self._tzinfo + ")"
        if self._fold:
            s = s[:-1] + ", fold=1)"
        return s

    def strftime(self, fmt):
        return _strftime(self, fmt, self.timetuple())

    def replace(self, year=None, month=None, day=None, hour=None, minute=None, second=None, microsecond=None,
                tzinfo=True, *, fold=None):
        return type(self)(self._year if year is None else year, self._month if month is None else month,
                          self._day if day is None else day, self._hour if hour is None else hour,
                          self._minute if minute is None else minute, self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo, fold=self._fold if fold is None else fold)

    def _us(self):
        """Microseconds since 0001-01-01 00:00 of the wall time (offset not applied)."""
        return (((self.toordinal() * 24 + self._hour) * 60 + self._minute) * 60 + self._second) * 1000000 + \
            self._microsecond

    def _utc_us(self):
        off = self.utcoffset()
        return self._us() - (off._us() if off is not None else 0)

    def _cmp_key(self, other, eq):
        """The two sides' comparable values; None when naive meets aware in ==."""
        if self._tzinfo is other._tzinfo:
            return self._us(), other._us()
        a, b = self.utcoffset(), other.utcoffset()
        if (a is None) != (b is None):
            if eq:
                return None
            raise TypeError("can't compare offset-naive and offset-aware datetimes")
        if a is None:
            return self._us(), other._us()
        return self._utc_us(), other._utc_us()

    def __eq__(self, other):
        if isinstance(other, datetime):
            k = self._cmp_key(other, True)
            return k is not None and k[0] == k[1]
        if isinstance(other, date):
            return False
        return NotImplemented

    def _order(self, other):
        if isinstance(other, datetime):
            return self._cmp_key(other, False)
        if isinstance(other, date):
            raise TypeError("can't compare %s to %s" % (_type_name(self), _type_name(other)))
        return None

    def __lt__(self, other):
        k = self._order(other)
        return NotImplemented if k is None else k[0] < k[1]

    def __le__(self, other):
        k = self._order(other)
        return NotImplemented if k is None else k[0] <= k[1]

    def __gt__(self, other):
        k = self._order(other)
        return NotImplemented if k is None else k[0] > k[1]

    def __ge__(self, other):
        k = self._order(other)
        return NotImplemented if k is None else k[0] >= k[1]

    def __hash__(self):
        return hash(self._utc_us())

    def __add__(self, other):
        if not isinstance(other, timedelta):
            return NotImplemented
        us = self._us() + other._us()
        days, rest = divmod(us, 86400000000)
        if not 0 < days <= _MAXORDINAL:
            raise OverflowError("date value out of range")
        y, m, d = _ord2ymd(days)
        secs, usec = divmod(rest, 1000000)
        hh, rest = divmod(secs, 3600)
        mm, ss = divmod(rest, 60)
        return type(self)(y, m, d, hh, mm, ss, usec, self._tzinfo)

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + -other
        if not isinstance(other, datetime):
            return NotImplemented
        if self._tzinfo is other._tzinfo:
            return timedelta(microseconds=self._us() - other._us())
        a, b = self.utcoffset(), other.utcoffset()
        if (a is None) != (b is None):
            raise TypeError("can't subtract offset-naive and offset-aware datetimes")
        return timedelta(microseconds=self._utc_us() - other._utc_us())

    def __reduce__(self):
        return (type(self), (self._year, self._month, self._day, self._hour, self._minute, self._second,
                             self._microsecond, self._tzinfo))


_date_class = date
_time_class = time


def _math_modf(t):
    whole = int(t)
    return t - whole, whole


class timezone(tzinfo):
    """A fixed offset from UTC."""

    __slots__ = ("_offset", "_name")

    def __new__(cls, offset, name=None):
        if not isinstance(offset, timedelta):
            raise TypeError("offset must be a timedelta")
        if name is not None and not isinstance(name, str):
            raise TypeError("name must be a string")
        if not -timedelta(hours=24) < offset < timedelta(hours=24):
            raise ValueError("offset must be a timedelta strictly between -timedelta(hours=24) and "
                             "timedelta(hours=24), not %r." % (offset,))
        utc = getattr(cls, "utc", None)      # CPython hands out its one UTC object for an unnamed zero offset
        if name is None and not offset and utc is not None:
            return utc
        return _filled(cls, offset=offset, name=name)

    def __hash__(self):
        return hash(self._offset)

    def __eq__(self, other):
        return self._offset == other._offset if isinstance(other, timezone) else NotImplemented

    def __repr__(self):
        if self is timezone.utc:
            return "datetime.timezone.utc"
        if self._name is None:
            return "datetime.timezone(%r)" % (self._offset,)
        return "datetime.timezone(%r, %r)" % (self._offset, self._name)

    def __str__(self):
        return self.tzname(None)

    def utcoffset(self, dt):
        return self._offset

    def tzname(self, dt):
        if self._name is not None:
            return self._name
        off = self._offset
        if not off:
            return "UTC"
        return "UTC" + _format_offset(off)

    def dst(self, dt):
        return None

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError("fromutc() argument must be a datetime instance or None")
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        return dt + self._offset

    def __getinitargs__(self):
        if self._name is None:
            return (self._offset,)
        return (self._offset, self._name)


timezone.utc = timezone(timedelta(0))
timezone.min = timezone(-timedelta(hours=23, minutes=59))
timezone.max = timezone(timedelta(hours=23, minutes=59))
UTC = timezone.utc
_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)

datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)


def _parse_isoformat_date(s):
    if len(s) == 10 and s[4] == "-" and s[7] == "-":
        return int(s[0:4]), int(s[5:7]), int(s[8:10])
    if len(s) == 8 and s.isdigit():
        return int(s[0:4]), int(s[4:6]), int(s[6:8])
    raise ValueError


def _parse_isoformat_time(s):
    tz = None
    for i, ch in enumerate(s):
        if ch in "+-Z":
            tz = _parse_tz(s[i:])
            s = s[:i]
            break
    frac = 0
    if "." in s or "," in s:
        sep = "." if "." in s else ","
        s, f = s.split(sep, 1)
        if not f.isdigit():
            raise ValueError
        frac = int((f + "000000")[:6])
    parts = s.split(":") if ":" in s else [s[i:i + 2] for i in range(0, len(s), 2)]
    if not 1 <= len(parts) <= 3 or any(len(p) != 2 or not p.isdigit() for p in parts):
        raise ValueError
    nums = [int(p) for p in parts] + [0] * (3 - len(parts))
    return nums[0], nums[1], nums[2], frac, tz


def _parse_tz(s):
    if s == "Z":
        return timezone.utc
    sign = -1 if s[0] == "-" else 1
    h, m, sec, us, _ = _parse_isoformat_time(s[1:])
    off = timedelta(hours=h, minutes=m, seconds=sec, microseconds=us)
    return timezone.utc if not off else timezone(sign * off)


_STRPTIME_CACHE = {}


def _strptime_regex(fmt):
    import re
    directives = {
        "Y": r"(?P<Y>\d\d\d\d)", "m": r"(?P<m>1[0-2]|0[1-9]|[1-9])", "d": r"(?P<d>3[01]|[12]\d|0[1-9]|[1-9]| [1-9])",
        "H": r"(?P<H>2[0-3]|[0-1]\d|\d)", "M": r"(?P<M>[0-5]\d|\d)", "S": r"(?P<S>6[0-1]|[0-5]\d|\d)",
        "f": r"(?P<f>[0-9]{1,6})", "y": r"(?P<y>\d\d)", "I": r"(?P<I>1[0-2]|0[1-9]|[1-9])",
        "j": r"(?P<j>36[0-6]|3[0-5]\d|[12]\d\d|0[1-9]\d|00[1-9]|[1-9]\d|0[1-9]|[1-9])",
        "p": r"(?P<p>am|pm)", "b": "(?P<b>" + "|".join(m.lower() for m in _MONTHNAMES[1:]) + ")",
        "B": "(?P<B>" + "|".join(m.lower() for m in _FULLMONTHS[1:]) + ")",
        "a": "(?P<a>" + "|".join(d.lower() for d in _DAYNAMES[1:]) + ")",
        "A": "(?P<A>" + "|".join(d.lower() for d in _FULLDAYS[1:]) + ")",
        "w": r"(?P<w>[0-6])", "u": r"(?P<u>[1-7])",
        "z": r"(?P<z>[+-]\d\d:?[0-5]\d(:?[0-5]\d(\.\d{1,6})?)?|(?-i:Z))", "Z": r"(?P<Z>utc|gmt)", "%": "%",
    }
    out = []
    seen = set()
    i = 0
    while i < len(fmt):
        ch = fmt[i]
        if ch == "%":
            if i + 1 >= len(fmt):
                raise ValueError("stray % in format '%s'" % fmt)
            d = fmt[i + 1]
            if d not in directives:
                raise ValueError("'%s' is a bad directive in format '%s'" % (d, "%" + d))
            if d in seen and d != "%":
                raise re.error("redefinition of group name %r as group 2; was group 1" % d)
            seen.add(d)
            out.append(directives[d])
            i += 2
        elif ch.isspace():
            out.append(r"\s+")
            while i < len(fmt) and fmt[i].isspace():
                i += 1
        else:
            out.append(re.escape(ch))
            i += 1
    return re.compile("".join(out), re.IGNORECASE)


def _strptime(cls, data, fmt):
    for index, arg in enumerate([data, fmt]):
        if not isinstance(arg, str):
            msg = "strptime() argument {} must be str, not {}"
            raise TypeError(msg.format(index + 1, type(arg).__name__))
    rx = _STRPTIME_CACHE.get(fmt)
    if rx is None:
        rx = _STRPTIME_CACHE[fmt] = _strptime_regex(fmt)
    found = rx.match(data)
    if not found:
        raise ValueError("time data %r does not match format %r" % (data, fmt))
    if len(data) != found.end():
        raise ValueError("unconverted data remains: %s" % data[found.end():])
    g = found.groupdict()
    year, month, day, hour, minute, second, us = 1900, 1, 1, 0, 0, 0, 0
    tz = None
    if "Y" in g:
        year = int(g["Y"])
    elif "y" in g:
        year = int(g["y"])
        year += 2000 if year <= 68 else 1900
    if "m" in g:
        month = int(g["m"])
    elif "B" in g:
        month = [m.lower() if m else m for m in _FULLMONTHS].index(g["B"].lower())
    elif "b" in g:
        month = [m.lower() if m else m for m in _MONTHNAMES].index(g["b"].lower())
    if "d" in g:
        day = int(g["d"])
    if "H" in g:
        hour = int(g["H"])
    elif "I" in g:
        hour = int(g["I"])
        ampm = (g.get("p") or "").lower()
        if ampm == "am":
            hour = 0 if hour == 12 else hour
        elif ampm == "pm":
            hour = 12 if hour == 12 else hour + 12
    if "M" in g:
        minute = int(g["M"])
    if "S" in g:
        second = int(g["S"])
    if "f" in g:
        us = int((g["f"] + "000000")[:6])
    if "j" in g and "m" not in g and "d" not in g and "b" not in g and "B" not in g:
        d = date.fromordinal(date(year, 1, 1).toordinal() + int(g["j"]) - 1)
        month, day = d.month, d.day
    if g.get("z"):
        z = g["z"]
        if z in ("Z", "z"):
            tz = timezone.utc
        else:
            z = z.replace(":", "")
            sign = -1 if z[0] == "-" else 1
            off = timedelta(hours=int(z[1:3]), minutes=int(z[3:5]), seconds=int(z[5:7] or 0))
            tz = timezone(sign * off)
    elif g.get("Z") and g["Z"].lower() in ("utc", "gmt"):
        tz = None
    return cls(year, month, day, hour, minute, second, us, tz)


