"""Records CPython 3.11's docstrings and text signatures of the built-ins (functions, types and the
types' methods) and of the functions of gilpy's Java modules, into
src/main/resources/dev/gilpy/builtin_docs.txt, which BuiltinDocs reads (help(), __doc__,
__text_signature__). Run with CPython 3.11 from the repository root; the output is committed.

Format, one entry per key ('len', 'str.join', 'math.sqrt', 'int'):
    == KEY
    -- TEXT_SIGNATURE        (only when there is one)
    DOCSTRING LINES ...
"""
import builtins, math, sys, time, types

assert sys.version_info[:2] == (3, 11), 'record with CPython 3.11'
entries = {}


def record(key, obj):
    doc = getattr(obj, '__doc__', None)
    sig = getattr(obj, '__text_signature__', None)
    if not isinstance(doc, str):
        doc = None
    if doc is None and sig is None:
        return
    for line in (doc or '').splitlines():
        assert not line.startswith(('== ', '-- ')), (key, line)
    entries[key] = (sig, doc)


for name, value in sorted(vars(builtins).items()):
    if name.startswith('_') and name != '__build_class__' and name != '__import__':
        continue
    if isinstance(value, type):
        record(name, value)
        for attr, member in sorted(vars(value).items()):
            if attr == '__doc__' or not callable(getattr(member, '__get__', None)) and not callable(member):
                continue
            if isinstance(member, (types.BuiltinFunctionType, types.MethodDescriptorType,
                                   types.WrapperDescriptorType, types.ClassMethodDescriptorType,
                                   types.GetSetDescriptorType, types.MemberDescriptorType,
                                   staticmethod, classmethod)):
                record(name + '.' + attr, member.__func__ if isinstance(member, (staticmethod, classmethod)) else member)
    elif isinstance(value, types.BuiltinFunctionType):
        record(name, value)
for module in (math, time):
    for name, value in sorted(vars(module).items()):
        if isinstance(value, types.BuiltinFunctionType):
            record(module.__name__ + '.' + name, value)

with open('src/main/resources/dev/gilpy/builtin_docs.txt', 'w', encoding='utf-8') as out:
    for key, (sig, doc) in entries.items():
        out.write('== %s\n' % key)
        if sig is not None:
            out.write('-- %s\n' % sig)
        if doc is not None:
            out.write(doc + '\n')
