# calendar, platform, getpass.getuser, linecache: CPython-recorded behaviour.
import calendar
print(calendar.month(2024, 2))
print(repr(calendar.month(2024, 2, w=3, l=2)))
print(calendar.TextCalendar(6).formatmonth(2023, 12))
print(calendar.calendar(2024))
print(calendar.calendar(2023, 3, 1, 4, 4))
print(calendar.weekheader(2), calendar.weekheader(9), calendar.monthrange(2024, 2), calendar.monthrange(1900, 2), calendar.monthcalendar(2024, 2))
print(calendar.isleap(2000), calendar.isleap(1900), calendar.isleap(2024), calendar.leapdays(2000, 2025), calendar.weekday(2024, 7, 4))
print(calendar.timegm((2024, 1, 1, 0, 0, 0)), calendar.timegm((1969, 12, 31, 23, 59, 59, 0, 0, 0)))
print(list(calendar.day_name), list(calendar.day_abbr), list(calendar.month_name), list(calendar.month_abbr))
print(calendar.MONDAY, calendar.SUNDAY, calendar.firstweekday())
cal = calendar.Calendar(firstweekday=6)
print(list(cal.iterweekdays()), list(cal.itermonthdays(2024, 3))[:10], list(cal.itermonthdates(2024, 3))[:2])
print(cal.monthdays2calendar(2024, 3)[0], len(cal.yeardayscalendar(2024)), len(cal.yeardayscalendar(2024, 4)[0]))
calendar.setfirstweekday(calendar.SUNDAY)
calendar.prmonth(2024, 9)
print(calendar.firstweekday())
calendar.setfirstweekday(0)
for f in [lambda: calendar.monthrange(2024, 13), lambda: calendar.weekday(2024, 1, 40), lambda: calendar.setfirstweekday(9), lambda: calendar.month_name[13]]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

import platform, sys, os
u = platform.uname()
print(platform.system(), platform.machine() in ("x86_64", "aarch64"), platform.python_version(), platform.python_version_tuple())
print(u.system == platform.system(), u.release == platform.release(), u.machine == platform.machine(), platform.node() != "")
print(platform.architecture()[0], platform.python_version() == "%d.%d.%d" % sys.version_info[:3])
print(platform.python_implementation() == {"cpython": "CPython"}.get(sys.implementation.name, sys.implementation.name))
print(platform.platform().startswith(platform.system() + "-" + platform.release() + "-" + platform.machine()))

import getpass
os.environ["LOGNAME"] = "tutorial_user"
print(getpass.getuser(), getpass.__all__)

import linecache, tempfile
path = os.path.join(tempfile.mkdtemp(), "src.py")
with open(path, "w") as f:
    f.write("first\nsecond\nthird")
print(repr(linecache.getline(path, 2)), repr(linecache.getline(path, 3)), repr(linecache.getline(path, 9)), repr(linecache.getline("/nonexistent.py", 1)))
print(len(linecache.getlines(path)), path in linecache.cache)
with open(path, "w") as f:
    f.write("changed line one\n")
print(repr(linecache.getline(path, 1)))
linecache.checkcache(path)
print(repr(linecache.getline(path, 1)))
linecache.clearcache()
print(linecache.cache, repr(linecache.getline("<string>", 1)))
