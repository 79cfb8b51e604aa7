# datetime: date, time, datetime, timedelta, timezone; reprs, str, arithmetic, comparisons, formatting, parsing.
from datetime import date, time, datetime, timedelta, timezone
import datetime as dt

d = date(2024, 2, 28)
print(d, repr(d), d + timedelta(days=2), d - date(2023, 12, 25), d.weekday(), d.isoweekday(), d.toordinal())
print(d.isocalendar(), date(2021, 1, 1).isocalendar(), date(2020, 12, 31).isocalendar(), d.replace(day=1), d.ctime())
print(date.fromordinal(738000), date.fromisoformat("2024-03-01"), date.fromisocalendar(2024, 1, 1), d.timetuple()[:8])
print(d.strftime("%A %d %B %Y, day %j, %a %b %y %m/%d"), f"{d:%Y/%m/%d}", format(d), d == date(2024, 2, 28), d < date(2024, 3, 1))
print(date.min, date.max, date.resolution, hash(d) == hash(date(2024, 2, 28)), {d: 1}[date(2024, 2, 28)])

td = timedelta(days=1, hours=2, minutes=3, seconds=4, microseconds=5)
print(td, repr(td), td.total_seconds(), td.days, td.seconds, td.microseconds)
print(timedelta(0), repr(timedelta(0)), timedelta(-1), timedelta(seconds=-1), repr(timedelta(hours=-1)), timedelta(days=2, seconds=1))
print(timedelta(weeks=1, milliseconds=1.5), timedelta(days=0.5), timedelta(minutes=1.25), timedelta(microseconds=-1.5))
print(td * 2, 2 * td, td / 2, td // 3, td / timedelta(hours=1), td // timedelta(hours=1), td % timedelta(hours=1))
print(divmod(td, timedelta(hours=5)), -td, abs(-td), td * 0.5, td > timedelta(1), bool(timedelta(0)), timedelta.max, timedelta.min)
print(sum([timedelta(minutes=30)] * 5, timedelta()), timedelta(hours=25) == timedelta(days=1, hours=1))

t = time(14, 30, 5, 123)
print(t, repr(t), time(9), repr(time(9, 5)), t.isoformat("milliseconds"), t.isoformat("minutes"), t.strftime("%I:%M %p"))
print(time(1, 2, tzinfo=timezone.utc), repr(time(1, 2, tzinfo=timezone.utc)), time.fromisoformat("10:11:12.5"), t < time(15))

x = datetime(2024, 2, 29, 13, 45, 30, 250000)
print(x, repr(x), repr(datetime(2024, 1, 1)), repr(datetime(2024, 1, 1, 0, 0, 5)), x.date(), x.time(), x.isoformat())
print(x.isoformat(sep=" ", timespec="seconds"), x.strftime("%Y-%m-%d %H:%M:%S.%f %p %%"), x + timedelta(hours=12), x - timedelta(days=60))
print(x - datetime(2024, 1, 1), datetime(2024, 3, 1) - x, x.replace(year=2025, day=28), x.weekday(), x.ctime(), x.timetuple())
print(datetime.combine(date(2020, 5, 17), time(8, 15)), datetime.fromisoformat("2024-05-06T07:08:09"), datetime.fromisoformat("2024-05-06"))
print(datetime.fromisoformat("2024-05-06 07:08:09.123456+02:00"), datetime.fromisoformat("2024-05-06T07:08Z"))
print(datetime.strptime("2024-03-15 10:20:30", "%Y-%m-%d %H:%M:%S"), datetime.strptime("15 March 2024", "%d %B %Y"))
print(datetime.strptime("03/15/24 02:05 PM", "%m/%d/%y %I:%M %p"), datetime.strptime("2024-03-15T10:20:30.5+0100", "%Y-%m-%dT%H:%M:%S.%f%z"))
print(x == datetime(2024, 2, 29, 13, 45, 30, 250000), x > datetime(2024, 1, 1), sorted([x, datetime(2000, 1, 1)])[0])

u = datetime(2024, 6, 1, 12, 0, tzinfo=timezone.utc)
cet = timezone(timedelta(hours=2), "CEST")
print(u, repr(u), u.astimezone(cet), u.astimezone(timezone(timedelta(hours=-5, minutes=-30))), u.timestamp(), u.tzname(), u.utcoffset())
print(timezone.utc, repr(timezone.utc), timezone(timedelta(hours=1)), repr(timezone(timedelta(hours=1))), repr(cet), str(cet))
print(u == u.astimezone(cet), u.astimezone(cet).isoformat(), u.strftime("%H:%M %z %Z"), datetime.fromtimestamp(0, timezone.utc))
print(datetime.fromtimestamp(1700000000.5, tz=timezone.utc), datetime.utcfromtimestamp(86400 * 365), dt.MINYEAR, dt.MAXYEAR, dt.UTC)
now = datetime.now()
print(type(now).__name__, abs((datetime.now() - now).total_seconds()) < 5, date.today() == now.date() or True, datetime.now(timezone.utc).tzinfo)
for bad in [lambda: date(2023, 2, 29), lambda: date(2024, 13, 1), lambda: time(24), lambda: datetime(0, 1, 1),
            lambda: u < datetime(2024, 1, 1), lambda: u - datetime(2024, 1, 1), lambda: timedelta(days=10**9),
            lambda: datetime.strptime("2024-13-01", "%Y-%m-%d"), lambda: datetime.strptime("2024-01-01x", "%Y-%m-%d"),
            lambda: date.fromisoformat("2024/01/01"), lambda: date(2024, 1, "1")]:
    try:
        print(bad())
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
print(date(2024, 1, 1) < datetime(2024, 1, 2))
