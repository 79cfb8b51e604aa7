r"""Command-line tool to validate and pretty-print JSON, as CPython 3.11's json.tool.

    $ echo '{"json":"obj"}' | gilpy -m json.tool
    {
        "json": "obj"
    }
    $ echo '{ 1.2:3.4}' | gilpy -m json.tool
    Expecting property name enclosed in double quotes: line 1 column 3 (char 2)
"""
import argparse
import json
import sys


def main():
    parser = argparse.ArgumentParser(
        prog='gilpy -m json.tool',
        description='A simple command line interface for json module '
                    'to validate and pretty-print JSON objects.')
    parser.add_argument('infile', nargs='?', type=argparse.FileType(encoding='utf-8'),
                        default=sys.stdin,
                        help='a JSON file to be validated or pretty-printed')
    parser.add_argument('outfile', nargs='?', default=None,
                        help='write the output of infile to outfile')
    parser.add_argument('--sort-keys', action='store_true', default=False,
                        help='sort the output of dictionaries alphabetically by key')
    parser.add_argument('--no-ensure-ascii', dest='ensure_ascii', action='store_false',
                        help='disable escaping of non-ASCII characters')
    parser.add_argument('--json-lines', action='store_true', default=False,
                        help='parse input using the JSON Lines format. '
                             'Use with --no-indent or --compact to produce valid JSON Lines output.')
    layout = parser.add_mutually_exclusive_group()
    layout.add_argument('--indent', default=4, type=int,
                        help='separate items with newlines and use this number of spaces for indentation')
    layout.add_argument('--tab', action='store_const', dest='indent', const='\t',
                        help='separate items with newlines and use tabs for indentation')
    layout.add_argument('--no-indent', action='store_const', dest='indent', const=None,
                        help='separate items with spaces rather than newlines')
    layout.add_argument('--compact', action='store_true',
                        help='suppress all whitespace separation (most compact)')
    options = parser.parse_args()

    dump_args = {'sort_keys': options.sort_keys, 'indent': options.indent,
                 'ensure_ascii': options.ensure_ascii}
    if options.compact:
        dump_args['indent'] = None
        dump_args['separators'] = ',', ':'

    with options.infile as infile:
        try:
            if options.json_lines:
                objs = (json.loads(line) for line in infile)
            else:
                objs = (json.load(infile),)
            # The output file is opened only once the input parsed (a bad input leaves it alone).
            out = sys.stdout if options.outfile is None else open(options.outfile, 'w', encoding='utf-8')
            with out as outfile:
                for obj in objs:
                    json.dump(obj, outfile, **dump_args)
                    outfile.write('\n')
        except ValueError as e:
            raise SystemExit(e)


if __name__ == '__main__':
    try:
        main()
    except BrokenPipeError as exc:
        sys.exit(exc.errno)
