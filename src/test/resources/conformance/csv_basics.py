# csv: reader/writer with dialects and quoting, DictReader/DictWriter, errors, a file round trip.
import csv
import io
import os
import tempfile

print(list(csv.reader(['a,"b,c",d', '"x""y",,z ', ' 1, 2'], skipinitialspace=True)))
print(list(csv.reader(io.StringIO('a,"multi\nline",b\r\nc,d\r\n\r\ne,\n'))))
print(list(csv.reader(['a\\,b,c'], escapechar='\\')), list(csv.reader(['"a\\"b",c'], escapechar='\\', doublequote=False)))
print(list(csv.reader(['"a"b,c'])), list(csv.reader(['a;b;"c;d"'], delimiter=';')), list(csv.reader(["'a,b',c"], quotechar="'")))
print(list(csv.reader(['"a",1,2.5'], quoting=csv.QUOTE_NONNUMERIC)), list(csv.reader(['"a,b",c'], quoting=csv.QUOTE_NONE)))
print(list(csv.reader(['a\tb\t"c\td"'], dialect='excel-tab')), list(csv.reader(['', 'x'])), list(csv.reader(['"unterminated'])))
r = csv.reader(io.StringIO("a,b\nc,d\n"))
print(next(r), r.line_num, next(r), r.line_num, r.dialect.delimiter, r.dialect.quoting)

s = io.StringIO()
w = csv.writer(s)
print(w.writerow(["a", "b,c", 'd"e', None, 1.5, "", "x\ny", 10, True]))
w.writerows([[1, 2], [], [""]])
print(repr(s.getvalue()))
for kw in [dict(quoting=csv.QUOTE_NONNUMERIC, lineterminator="\n"), dict(quoting=csv.QUOTE_ALL), dict(dialect="unix"),
           dict(delimiter="\t"), dict(escapechar="\\", quoting=csv.QUOTE_NONE), dict(quotechar="'"),
           dict(escapechar="\\", doublequote=False)]:
    s = io.StringIO()
    csv.writer(s, **kw).writerow(["a", 1, 2.0, None, "t\tb", "c,d", "q'x", 'q"y'])
    print(kw, repr(s.getvalue()))

print(csv.list_dialects(), csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE)
d = csv.get_dialect("excel")
print(d.delimiter, repr(d.quotechar), d.doublequote, d.escapechar, d.skipinitialspace, d.strict, repr(d.lineterminator), d.quoting)
print(csv.excel.delimiter, csv.excel_tab.delimiter, repr(csv.unix_dialect.lineterminator), csv.unix_dialect.quoting)
csv.register_dialect("pipes", delimiter="|", quoting=csv.QUOTE_NONE, escapechar="\\")
print(list(csv.reader(["a|b\\|c"], "pipes")), sorted(csv.list_dialects()))
class Semi(csv.excel):
    delimiter = ";"
s = io.StringIO()
csv.writer(s, Semi).writerow(["a;b", "c"])
print(repr(s.getvalue()), list(csv.reader(["x;y"], Semi)))
csv.unregister_dialect("pipes")
print(csv.field_size_limit(), csv.field_size_limit(10), csv.field_size_limit())
csv.field_size_limit(131072)

r = csv.DictReader(io.StringIO("name,age\nann,31\n\nbob\ncy,4,extra,more\n"))
print(r.fieldnames, list(r))
r = csv.DictReader(io.StringIO("1,2\n"), fieldnames=["a", "b"], restkey="rest", restval="?")
print(list(r))
r = csv.DictReader(io.StringIO("a,b\n1\n1,2,3\n"), restkey="rest", restval="?")
print([dict(x) for x in r])
s = io.StringIO()
w = csv.DictWriter(s, fieldnames=["name", "age"], restval="n/a")
w.writeheader()
w.writerow({"name": "ann", "age": 31})
w.writerows([{"name": "bob"}, {"age": 2, "name": "c,d"}])
print(repr(s.getvalue()))
s = io.StringIO()
csv.DictWriter(s, ["a"], extrasaction="ignore").writerow({"a": 1, "b": 2})
print(repr(s.getvalue()))

path = os.path.join(tempfile.mkdtemp(), "people.csv")
with open(path, "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["id", "name", "note"])
    for i in range(3):
        w.writerow([i, "person %d" % i, 'says "hi", twice' if i == 1 else ""])
with open(path, newline="") as f:
    for row in csv.reader(f):
        print(row)
with open(path, newline="") as f:
    print([row["name"] for row in csv.DictReader(f)])


def err(f, *a, **k):
    try:
        print("ok", f(*a, **k))
    except Exception as e:
        print(type(e).__name__, e)


err(lambda: list(csv.reader(['a,"b'], strict=True)))
err(lambda: list(csv.reader(['"a"b,c'], strict=True)))
err(lambda: list(csv.reader(["a\rb,c"])))
err(csv.reader, ["a"], delimiter="ab")
err(csv.reader, ["a"], delimiter=1)
err(csv.reader, ["a"], quoting=9)
err(lambda: hasattr(csv.reader(["a"], quotechar=None), "__next__"))
err(csv.reader, ["a"], bogus=1)
err(csv.get_dialect, "nope")
err(csv.unregister_dialect, "nope")
err(csv.writer(io.StringIO()).writerow, 1)
err(csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow, ["a,b"])
err(csv.writer(io.StringIO(), doublequote=False).writerow, ['a"b'])
err(csv.DictWriter(io.StringIO(), ["a"]).writerow, {"b": 1})
err(csv.DictWriter, io.StringIO(), ["a"], extrasaction="nope")
err(csv.reader, 1)
err(lambda: next(csv.reader([1])))
err(lambda: list(csv.reader(["a,b"], quoting=csv.QUOTE_NONNUMERIC)))
err(csv.writer, 1)
csv.field_size_limit(3)
err(lambda: list(csv.reader(["abcd"])))
csv.field_size_limit(131072)
print(isinstance(csv.Error("x"), Exception), csv.Error.__name__)

sn = csv.Sniffer()
sample = "id,name,score\n1,ann,3.5\n2,bob,4.0\n3,cy,2.5\n"
dia = sn.sniff(sample)
print(dia.delimiter, repr(dia.quotechar), dia.skipinitialspace, sn.has_header(sample))
dia = sn.sniff("a;b;c\n1;2;3\n4;5;6\n")
print(dia.delimiter, sn.has_header("a;b;c\n1;2;3\n4;5;6\n"), sn.has_header("1,2\n3,4\n5,6\n"))
dia = sn.sniff('"a b","c"\n"d","e f"\n')
print(dia.delimiter, repr(dia.quotechar))
err(sn.sniff, "abc\ndef\n")
