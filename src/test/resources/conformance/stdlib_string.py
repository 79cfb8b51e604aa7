# string: constants, capwords, Template (substitute, safe_substitute, errors, subclass delimiter), Formatter
import string
from string import Template, Formatter

print(string.ascii_lowercase, string.ascii_uppercase, string.digits, string.octdigits, string.hexdigits)
print(string.punctuation, repr(string.whitespace), len(string.printable), string.printable[:70])
print(string.capwords("  hello   big\tworld  "), string.capwords("a-b c-d", "-"))
t = Template('$who likes $what')
print(t.substitute(who='tim', what='kung pao'), '|', t.template)
print(t.substitute({'who': 'ann', 'what': 'tea'}, what='coffee'))
d = dict(who='tim')
try:
    Template('Give $who $100').substitute(d)
except ValueError as e:
    print("ValueError:", e)
try:
    Template('$who likes $what').substitute(d)
except KeyError as e:
    print("KeyError:", e)
print(Template('$who likes $what').safe_substitute(d))
print(Template('Give $who $100 and $$5 and ${who}s and ${bad name}').safe_substitute(d))
print(Template('${noun}ification costs $$10').substitute(noun='amp'))
print(Template('line one\n  $x $').safe_substitute(), end='|\n')
try:
    Template('line one\nline two $ here').substitute(x=1)
except ValueError as e:
    print("ValueError:", e)
print(Template('$a $b ${a} $$c $').get_identifiers(), Template('$a $').is_valid(), Template('$a $$').is_valid())


class PercentTemplate(Template):
    delimiter = '%'


print(PercentTemplate('%name is %% %{age} years').substitute(name='Bo', age=3))


class PathTemplate(Template):
    delimiter = '#{'


print(repr(Template('$x').substitute(x=3.5)), Template('$x$y').substitute(x=[1], y=None))
f = Formatter()
print(f.format("{0} and {1}, {name}!", "spam", "eggs", name="world"))
print(f.format("{} {} {}", 1, 'two', 3.0), f.format("{:>8}|{:<6}|{:^7}|", "r", "l", "c"))
print(f.format("{0.real} {1[0]} {2[key]} {0!r:>5} {3!s} {4!a}", 7, [9], {'key': 'v'}, None, 'é'))
print(f.format("{:{width}.{prec}f}", 3.14159, width=10, prec=2), f.format("{{literal}} {0:,}", 1234567))
print(list(f.parse("a{0}b{x!r:>3}c{{d}}")))


class UpperFormatter(Formatter):
    def format_field(self, value, format_spec):
        return super().format_field(value, format_spec).upper()

    def get_value(self, key, args, kwargs):
        if isinstance(key, str) and key not in kwargs:
            return f"<{key}?>"
        return super().get_value(key, args, kwargs)


print(UpperFormatter().format("{greet}, {missing}! {0}", "ok", greet="hello"))
for bad in ["{0} {}", "{} {0}", "a } b", "open {", "{0!x}", "{0!r x}"]:
    try:
        f.format(bad, 1, 2)
    except ValueError as e:
        print("ValueError:", e)
try:
    f.format("{2}", 1)
except IndexError as e:
    print("IndexError:", e)
try:
    f.format("{nope}")
except KeyError as e:
    print("KeyError:", e)
