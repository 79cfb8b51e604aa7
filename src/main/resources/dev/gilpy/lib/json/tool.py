r"""gilpy -m json.tool: check that JSON text parses and print it again, laid out.

Reads infile (or stdin), writes outfile (or stdout); a parse error is printed and exits 1.
"""
import argparse
import json
import sys

# (flags, argparse keywords); the help texts are what CPython 3.11 prints
_LAYOUT = [
    (('--indent',), dict(default=4, type=int,
                         help='separate items with newlines and use this number of spaces for indentation')),
    (('--tab',), dict(action='store_const', dest='indent', const='\t',
                      help='separate items with newlines and use tabs for indentation')),
    (('--no-indent',), dict(action='store_const', dest='indent', const=None,
                            help='separate items with spaces rather than newlines')),
    (('--compact',), dict(action='store_true', help='suppress all whitespace separation (most compact)')),
]
_SWITCHES = [
    (('--sort-keys',), dict(action='store_true', default=False,
                            help='sort the output of dictionaries alphabetically by key')),
    (('--no-ensure-ascii',), dict(action='store_false', dest='ensure_ascii',
                                  help='disable escaping of non-ASCII characters')),
    (('--json-lines',), dict(action='store_true', default=False,
                             help='parse input using the JSON Lines format. Use with --no-indent '
                                  'or --compact to produce valid JSON Lines output.')),
]


def _parser():
    p = argparse.ArgumentParser(prog='gilpy -m json.tool',
                                description='A simple command line interface for json module to '
                                            'validate and pretty-print JSON objects.')
    p.add_argument('infile', nargs='?', type=argparse.FileType(encoding='utf-8'), default=sys.stdin,
                   help='a JSON file to be validated or pretty-printed')
    p.add_argument('outfile', nargs='?', default=None, help='write the output of infile to outfile')
    for flags, kw in _SWITCHES:
        p.add_argument(*flags, **kw)
    group = p.add_mutually_exclusive_group()
    for flags, kw in _LAYOUT:
        group.add_argument(*flags, **kw)
    return p


def _documents(source, lines):
    if not lines:
        yield json.load(source)
        return
    for line in source:
        yield json.loads(line)


def main():
    opts = _parser().parse_args()
    layout = dict(sort_keys=opts.sort_keys, ensure_ascii=opts.ensure_ascii,
                  indent=None if opts.compact else opts.indent)
    if opts.compact:
        layout['separators'] = (',', ':')
    with opts.infile as source:
        try:
            docs = _documents(source, opts.json_lines)
            # A single document is parsed before the output file is created (bad input leaves it
            # alone); JSON Lines are parsed as they are written.
            pending = [] if opts.json_lines else [next(docs)]
            sink = sys.stdout if opts.outfile is None else open(opts.outfile, 'w', encoding='utf-8')
            with sink:
                for doc in pending or docs:
                    json.dump(doc, sink, **layout)
                    sink.write('\n')
        except ValueError as exc:
            raise SystemExit(exc)

if __name__ == "__main__":
    try:
        main()
    except BrokenPipeError as exc:
        sys.exit(exc.errno)
