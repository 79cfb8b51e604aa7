# str: printf-style % formatting
print("%s and %s" % ("a", "b"), "%d%%" % 50, "%s" % "single")
print("%5d|%-5d|%05d|%+d|% d" % (42, 42, 42, 42, 42))
print("%.2f|%8.3f|%-8.1f|%e|%E|%g|%g" % (3.14159, 2.71828, 1.5, 12345.6789, 0.00012, 0.00001234, 1234567.0))
print("%x|%X|%o|%#x|%#o" % (255, 255, 8, 255, 8))
print("%r|%s|%a" % ("q", "q", "é"))
print("%(name)s is %(age)d" % {"name": "Ann", "age": 30})
print("%c%c" % (72, "i"), "%s" % [1, 2], "%s" % (("tuple",),))
print("%*d|%-*d|" % (5, 1, 4, 2), "%.*f" % (2, 3.14159))
print("%s" % None, "%d" % 3.99, "%i" % -7, "%.3s" % "abcdef")
try:
    "%d" % "x"
except TypeError as e:
    print("TypeError:", e)
try:
    "%s %s" % ("only one",)
except TypeError as e:
    print("TypeError:", e)
try:
    "%s" % (1, 2)
except TypeError as e:
    print("TypeError:", e)
