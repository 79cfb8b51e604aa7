"""Command-line option parsing for gilpy, behaving as CPython 3.11's argparse.

Written for gilpy from the documented behaviour (docs.python.org/3.11/library/argparse.html) and from
observing CPython's output; the observable contract (messages, usage and help layout, exit codes) is
CPython's, the code is gilpy's own.
"""
import os as _os
import re as _re
import sys as _sys

__all__ = ['ArgumentParser', 'ArgumentError', 'ArgumentTypeError', 'BooleanOptionalAction', 'FileType',
           'HelpFormatter', 'ArgumentDefaultsHelpFormatter', 'RawDescriptionHelpFormatter',
           'RawTextHelpFormatter', 'MetavarTypeHelpFormatter', 'Namespace', 'Action',
           'ONE_OR_MORE', 'OPTIONAL', 'PARSER', 'REMAINDER', 'SUPPRESS', 'ZERO_OR_MORE']

# The nargs markers and the 'leave it out' marker (their values are part of the public contract).
SUPPRESS, OPTIONAL, ZERO_OR_MORE, ONE_OR_MORE = '==SUPPRESS==', '?', '*', '+'
PARSER, REMAINDER = 'A...', '...'

# Where a subparser leaves the strings it did not recognise for its parent to report.
_LEFTOVER = '_unrecognized_args'


def _repr_call(obj, positional, named):
    """'TypeName(a, b, k=v, **{...})', the repr shared by Namespace, Action and friends."""
    pieces = [repr(v) for v in positional]
    odd = {}
    for key, value in named:
        if key.isidentifier():
            pieces.append('%s=%r' % (key, value))
        else:
            odd[key] = value
    if odd:
        pieces.append('**%r' % (odd,))
    return '%s(%s)' % (type(obj).__name__, ', '.join(pieces))


def _name_of(action):
    """How error messages name an argument."""
    if action is None:
        return None
    if action.option_strings:
        return '/'.join(action.option_strings)
    for candidate in (action.metavar, action.dest):
        if candidate not in (None, SUPPRESS):
            return candidate
    if action.choices:
        return '{%s}' % ','.join(action.choices)
    return None


class ArgumentError(Exception):
    """A problem with one argument (its name is put in front of the message)."""

    def __init__(self, argument, message):
        self.argument_name = _name_of(argument)
        self.message = message

    def __str__(self):
        if self.argument_name is None:
            return self.message
        return 'argument %s: %s' % (self.argument_name, self.message)


class ArgumentTypeError(Exception):
    """Raised by a type= converter; its text becomes the error message as is."""


# ---------------------------------------------------------------------------------------------------------
# Help and usage formatting
# ---------------------------------------------------------------------------------------------------------

# How usage text is cut into unbreakable pieces when it has to wrap: a bracketed or parenthesised
# group (up to the closer that is followed by a space or the end) stays whole, anything else splits
# at spaces.
_USAGE_PIECE = _re.compile(r'\(.*?\)+(?=\s|$)|\[.*?\]+(?=\s|$)|\S+')


class HelpFormatter:
    """Lays out usage and help text. Programs pass the class (formatter_class), not an instance."""

    def __init__(self, prog, indent_increment=2, max_help_position=24, width=None):
        if width is None:
            import shutil
            width = shutil.get_terminal_size().columns - 2
        self._prog = prog
        self._step = indent_increment
        self._width = width
        self._max_help_position = min(max_help_position, max(width - 20, 2 * indent_increment))
        self._indent_now = 0
        self._longest = 0        # widest invocation seen, with its indentation
        # The document: a list of ('text', str) / ('usage', ...) / ('section', record) entries;
        # sections are records {'title', 'items', 'parent'} whose items are entries too.
        self._root = {'title': None, 'items': [], 'parent': None, 'indent': 0}
        self._open = self._root

    # -- building ---------------------------------------------------------------------------------------
    def _indent(self):
        self._indent_now += self._step

    def _dedent(self):
        self._indent_now -= self._step

    def start_section(self, heading):
        self._indent()
        section = {'title': heading, 'items': [], 'parent': self._open, 'indent': self._indent_now - self._step}
        self._open['items'].append(('section', section))
        self._open = section

    def end_section(self):
        self._open = self._open['parent']
        self._dedent()

    def add_text(self, text):
        if text is not SUPPRESS and text is not None:
            self._open['items'].append(('text', text, self._indent_now))

    def add_usage(self, usage, actions, groups, prefix=None):
        if usage is not SUPPRESS:
            self._open['items'].append(('usage', usage, list(actions), list(groups), prefix))

    def add_argument(self, action):
        if action.help is SUPPRESS:
            return
        widths = [len(self._format_action_invocation(action))]
        for sub in self._sub_actions(action):
            widths.append(len(self._format_action_invocation(sub)))
        self._longest = max(self._longest, max(widths) + self._indent_now)
        self._open['items'].append(('action', action, self._indent_now))

    def add_arguments(self, actions):
        for action in actions:
            self.add_argument(action)

    # -- rendering --------------------------------------------------------------------------------------
    def format_help(self):
        text = self._render(self._root)
        text = _re.sub(r'\n\n\n+', '\n\n', text)
        text = text.strip('\n')
        return text + '\n' if text else ''

    def _render(self, section):
        body = []
        for entry in section['items']:
            kind = entry[0]
            if kind == 'section':
                body.append(self._render(entry[1]))
            elif kind == 'text':
                body.append(self._render_text(entry[1], entry[2]))
            elif kind == 'usage':
                body.append(self._render_usage(*entry[1:]))
            else:
                body.append(self._render_action(entry[1], entry[2]))
        inner = ''.join(body)
        if section is self._root:
            return inner
        if not inner:
            return ''
        head = ''
        if section['title'] is not SUPPRESS and section['title'] is not None:
            head = '%s%s:\n' % (' ' * section['indent'], section['title'])
        return head + inner + '\n'

    def _render_text(self, text, indent):
        if '%(prog)' in text:
            text = text % {'prog': self._prog}
        room = max(self._width - indent, 11)
        return self._fill_text(text, room, ' ' * indent) + '\n\n'

    def _fill_text(self, text, width, indent):
        import textwrap
        flat = ' '.join(text.split())
        return textwrap.fill(flat, width, initial_indent=indent, subsequent_indent=indent)

    def _split_lines(self, text, width):
        import textwrap
        return textwrap.wrap(' '.join(text.split()), width)

    # -- usage ------------------------------------------------------------------------------------------
    def _render_usage(self, usage, actions, groups, prefix):
        if prefix is None:
            prefix = 'usage: '
        if usage is not None:
            line = usage % {'prog': self._prog}
        elif not actions:
            line = self._prog
        else:
            flags = [a for a in actions if a.option_strings]
            plain = [a for a in actions if not a.option_strings]
            whole = ' '.join(s for s in [self._prog, self._actions_usage(flags + plain, groups)] if s)
            room = self._width - self._indent_now
            if len(prefix) + len(whole) <= room:
                line = whole
            else:
                line = self._wrap_usage(prefix, room, self._actions_usage(flags, groups),
                                        self._actions_usage(plain, groups))
        return '%s%s\n\n' % (prefix, line)

    def _wrap_usage(self, prefix, room, flag_text, plain_text):
        flag_pieces = _USAGE_PIECE.findall(flag_text)
        plain_pieces = _USAGE_PIECE.findall(plain_text)
        prog = self._prog

        def fill(pieces, margin, first_taken=None):
            # Greedy filling; first_taken is how much of the first line the caller already used.
            rows, row = [], []
            used = (first_taken if first_taken is not None else margin) - 1
            for piece in pieces:
                if row and used + 1 + len(piece) > room:
                    rows.append(row)
                    row, used = [], margin - 1
                row.append(piece)
                used += 1 + len(piece)
            if row:
                rows.append(row)
            return [' '.join(r) for r in rows]

        if len(prefix) + len(prog) <= 0.75 * room:
            margin = len(prefix) + len(prog) + 1
            pad = ' ' * margin
            if flag_pieces:
                rows = fill([prog] + flag_pieces, margin, len(prefix))
                rows = [rows[0]] + [pad + r for r in rows[1:]]
                rows += [pad + r for r in fill(plain_pieces, margin)]
            elif plain_pieces:
                rows = fill([prog] + plain_pieces, margin, len(prefix))
                rows = [rows[0]] + [pad + r for r in rows[1:]]
            else:
                rows = [prog]
        else:
            margin = len(prefix)
            pad = ' ' * margin
            rows = fill(flag_pieces + plain_pieces, margin)
            if len(rows) > 1:
                rows = fill(flag_pieces, margin) + fill(plain_pieces, margin)
            rows = [prog] + [pad + r for r in rows]
        return '\n'.join(rows)

    def _actions_usage(self, actions, groups):
        # A mutually exclusive group is shown as one unit when its members sit together in the list.
        unit_of = {}
        for group in groups:
            members = group._group_actions
            if not members:
                continue
            try:
                at = actions.index(members[0])
            except ValueError:
                continue
            if actions[at:at + len(members)] == list(members):
                for member in members:
                    unit_of[member] = group
        out = []
        done = set()
        for action in actions:
            group = unit_of.get(action)
            if group is None:
                text = self._one_usage(action, False)
                if text:
                    out.append(text)
            elif id(group) not in done:
                done.add(id(group))
                shown = [self._one_usage(m, True) for m in group._group_actions]
                shown = [s for s in shown if s]
                if not shown:
                    continue
                if group.required and len(shown) == 1:
                    out.append(shown[0])
                elif group.required:
                    out.append('(%s)' % ' | '.join(shown))
                else:
                    out.append('[%s]' % ' | '.join(shown))
        return ' '.join(out)

    def _one_usage(self, action, in_group):
        if action.help is SUPPRESS:
            return ''
        if not action.option_strings:
            text = self._format_args(action, self._get_default_metavar_for_positional(action))
            if in_group and len(text) > 1 and text[0] == '[' and text[-1] == ']':
                text = text[1:-1]
            return text
        if action.nargs == 0:
            text = action.format_usage()
        else:
            text = '%s %s' % (action.option_strings[0],
                              self._format_args(action, self._get_default_metavar_for_optional(action)))
        if not action.required and not in_group:
            text = '[%s]' % text
        return text

    # -- one argument -----------------------------------------------------------------------------------
    def _render_action(self, action, indent):
        column = min(self._longest + 2, self._max_help_position)
        help_room = max(self._width - column, 11)
        name_room = column - indent - 2
        invocation = self._format_action_invocation(action)
        lines = []
        help_lines = []
        if action.help:
            help_lines = self._split_lines(self._expand_help(action), help_room)
        if not action.help:
            lines.append(' ' * indent + invocation)
        elif len(invocation) <= name_room:
            lines.append(' ' * indent + invocation.ljust(name_room) + '  ' + (help_lines[0] if help_lines else ''))
            help_lines = help_lines[1:]
        else:
            lines.append(' ' * indent + invocation)
        for extra in help_lines:
            lines.append(' ' * column + extra)
        text = '\n'.join(lines) + '\n'
        for sub in self._sub_actions(action):
            text += self._render_action(sub, indent + self._step)
        return text

    def _sub_actions(self, action):
        get = getattr(action, '_get_subactions', None)
        return get() if get is not None else []

    def _format_action_invocation(self, action):
        if not action.option_strings:
            # A positional names one value: a longer metavar tuple is an error, as in CPython.
            (only,) = self._metavar_source(action, self._get_default_metavar_for_positional(action))(1)
            return only
        if action.nargs == 0:
            return ', '.join(action.option_strings)
        args = self._format_args(action, self._get_default_metavar_for_optional(action))
        return ', '.join('%s %s' % (flag, args) for flag in action.option_strings)

    def _metavar_source(self, action, fallback):
        if action.metavar is not None:
            name = action.metavar
        elif action.choices is not None:
            name = '{%s}' % ','.join(str(c) for c in action.choices)
        else:
            name = fallback

        def give(count):
            if isinstance(name, tuple):
                return name
            return (name,) * count
        return give

    def _format_args(self, action, fallback):
        names = self._metavar_source(action, fallback)
        n = action.nargs
        if n is None:
            return '%s' % names(1)
        if n == OPTIONAL:
            return '[%s]' % names(1)
        if n == ZERO_OR_MORE:
            got = names(1)
            if len(got) == 2:
                return '[%s [%s ...]]' % got
            return '[%s ...]' % got
        if n == ONE_OR_MORE:
            return '%s [%s ...]' % names(2)
        if n == REMAINDER:
            return '...'
        if n == PARSER:
            return '%s ...' % names(1)
        if n == SUPPRESS:
            return ''
        try:
            count = int(n)
        except (TypeError, ValueError):
            raise ValueError('invalid nargs value') from None
        # %-formatting, not str.join: it reports a metavar tuple of the wrong length as a TypeError.
        return ' '.join(['%s'] * count) % names(count)

    def _expand_help(self, action):
        values = {}
        for key, value in vars(action).items():
            if value is not SUPPRESS:
                values[key] = value
        for key in list(values):
            if hasattr(values[key], '__name__'):
                values[key] = values[key].__name__
        if values.get('choices') is not None:
            values['choices'] = ', '.join(str(c) for c in values['choices'])
        values['prog'] = self._prog
        return self._get_help_string(action) % values

    # Hooks that the formatter variants below (and programs' own subclasses) override.
    def _get_default_metavar_for_positional(self, action):
        return action.dest

    def _get_default_metavar_for_optional(self, action):
        return action.dest.upper()

    def _get_help_string(self, action):
        return action.help


class RawDescriptionHelpFormatter(HelpFormatter):
    """Keeps description and epilog line breaks as written."""

    def _fill_text(self, text, width, indent):
        return ''.join(indent + line for line in text.splitlines(True))


class RawTextHelpFormatter(RawDescriptionHelpFormatter):
    """Keeps line breaks in argument help too."""

    def _split_lines(self, text, width):
        return text.splitlines()


class ArgumentDefaultsHelpFormatter(HelpFormatter):
    """Adds ' (default: ...)' to help texts that do not mention the default themselves."""

    def _get_help_string(self, action):
        text = action.help
        if text is None:
            text = ''
        if '%(default)' in text or action.default is SUPPRESS:
            return text
        if action.option_strings or action.nargs in (OPTIONAL, ZERO_OR_MORE):
            text += ' (default: %(default)s)'
        return text


class MetavarTypeHelpFormatter(HelpFormatter):
    """Uses the type's name as the default metavar."""

    def _get_default_metavar_for_optional(self, action):
        return action.type.__name__

    def _get_default_metavar_for_positional(self, action):
        return action.type.__name__


# ---------------------------------------------------------------------------------------------------------
# Actions
# ---------------------------------------------------------------------------------------------------------

class Action:
    """What to do with one argument's values; subclasses define __call__."""

    def __init__(self, option_strings, dest, nargs=None, const=None, default=None, type=None, choices=None,
                 required=False, help=None, metavar=None):
        given = (option_strings, dest, nargs, const, default, type, choices, required, help, metavar)
        for key, value in zip(self._shown, given):
            setattr(self, key, value)

    _shown = ('option_strings', 'dest', 'nargs', 'const', 'default', 'type', 'choices', 'required', 'help',
              'metavar')

    def _get_kwargs(self):
        return [(key, getattr(self, key)) for key in self._shown]

    def _get_args(self):
        return []

    def __repr__(self):
        return _repr_call(self, self._get_args(), self._get_kwargs())

    def format_usage(self):
        return self.option_strings[0]

    def __call__(self, parser, namespace, values, option_string=None):
        raise NotImplementedError('.__call__() not defined')


def _grow(namespace, dest, more, one):
    """append/extend: work on a copy, so a shared default list is never changed in place."""
    current = getattr(namespace, dest, None)
    if current is None:
        items = []
    elif type(current) is list:
        items = list(current)
    else:
        import copy
        items = copy.copy(current)
    if one:
        items.append(more)
    else:
        items.extend(more)
    setattr(namespace, dest, items)


class _StoreAction(Action):
    def __init__(self, option_strings, dest, nargs=None, const=None, **rest):
        if nargs == 0:
            raise ValueError('nargs for store actions must be != 0; if you have nothing to store, actions '
                             'such as store true or store const may be more appropriate')
        if const is not None and nargs != OPTIONAL:
            raise ValueError('nargs must be %r to supply const' % OPTIONAL)
        super().__init__(option_strings, dest, nargs=nargs, const=const, **rest)

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, values)


class _StoreConstAction(Action):
    def __init__(self, option_strings, dest, const=None, default=None, required=False, help=None,
                 metavar=None):
        super().__init__(option_strings, dest, nargs=0, const=const, default=default, required=required,
                         help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, self.const)


class _StoreTrueAction(_StoreConstAction):
    def __init__(self, option_strings, dest, default=False, required=False, help=None):
        super().__init__(option_strings, dest, const=True, default=default, required=required, help=help)


class _StoreFalseAction(_StoreConstAction):
    def __init__(self, option_strings, dest, default=True, required=False, help=None):
        super().__init__(option_strings, dest, const=False, default=default, required=required, help=help)


class _AppendAction(Action):
    def __init__(self, option_strings, dest, nargs=None, const=None, **rest):
        if nargs == 0:
            raise ValueError('nargs for append actions must be != 0; if arg strings are not supplying the '
                             'value to append, the append const action may be more appropriate')
        if const is not None and nargs != OPTIONAL:
            raise ValueError('nargs must be %r to supply const' % OPTIONAL)
        super().__init__(option_strings, dest, nargs=nargs, const=const, **rest)

    def __call__(self, parser, namespace, values, option_string=None):
        _grow(namespace, self.dest, values, True)


class _AppendConstAction(Action):
    def __init__(self, option_strings, dest, const=None, default=None, required=False, help=None,
                 metavar=None):
        super().__init__(option_strings, dest, nargs=0, const=const, default=default, required=required,
                         help=help, metavar=metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        _grow(namespace, self.dest, self.const, True)


class _ExtendAction(_AppendAction):
    def __call__(self, parser, namespace, values, option_string=None):
        _grow(namespace, self.dest, values, False)


class _CountAction(Action):
    def __init__(self, option_strings, dest, default=None, required=False, help=None):
        super().__init__(option_strings, dest, nargs=0, default=default, required=required, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        before = getattr(namespace, self.dest, None)
        setattr(namespace, self.dest, (0 if before is None else before) + 1)


class _HelpAction(Action):
    def __init__(self, option_strings, dest=SUPPRESS, default=SUPPRESS, help=None):
        super().__init__(option_strings, dest, nargs=0, default=default, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        parser.print_help()
        parser.exit()


class _VersionAction(Action):
    def __init__(self, option_strings, version=None, dest=SUPPRESS, default=SUPPRESS,
                 help="show program's version number and exit"):
        super().__init__(option_strings, dest, nargs=0, default=default, help=help)
        self.version = version

    def __call__(self, parser, namespace, values, option_string=None):
        text = self.version if self.version is not None else parser.version
        formatter = parser._get_formatter()
        formatter.add_text(text)
        parser._print_message(formatter.format_help(), _sys.stdout)
        parser.exit()


class BooleanOptionalAction(Action):
    """--flag / --no-flag pairs."""

    def __init__(self, option_strings, dest, default=None, type=None, choices=None, required=False, help=None,
                 metavar=None):
        flags = []
        for flag in option_strings:
            flags.append(flag)
            if flag.startswith('--'):
                flags.append('--no-' + flag[2:])
        if help is not None and default is not None and default is not SUPPRESS:
            help += ' (default: %(default)s)'
        super().__init__(flags, dest, nargs=0, default=default, type=type, choices=choices, required=required,
                         help=help, metavar=metavar)

    def format_usage(self):
        return ' | '.join(self.option_strings)

    def __call__(self, parser, namespace, values, option_string=None):
        if option_string in self.option_strings:
            negated = option_string.startswith('--no-')
            setattr(namespace, self.dest, not negated)


class _SubParsersAction(Action):
    """The positional that picks a sub-command and hands the rest of the line to its parser."""

    class _Choice(Action):
        # Only shown in help: one line per sub-command under the sub-command argument.
        def __init__(self, name, aliases, help):
            shown = name if not aliases else '%s (%s)' % (name, ', '.join(aliases))
            super().__init__(option_strings=[], dest=name, help=help, metavar=shown)

    def __init__(self, option_strings, prog, parser_class, dest=SUPPRESS, required=False, help=None,
                 metavar=None):
        self._choices_actions = []     # help lines, one per sub-command that has help=
        self._name_parser_map = {}     # every name and alias -> its parser
        self._prog_prefix, self._parser_class = prog, parser_class
        super().__init__(option_strings=option_strings, dest=dest, nargs=PARSER, choices=self._name_parser_map,
                         required=required, help=help, metavar=metavar)

    def add_parser(self, name, **kwargs):
        aliases = tuple(kwargs.pop('aliases', ()))
        taken = self._name_parser_map
        if name in taken:
            raise ArgumentError(self, 'conflicting subparser: %s' % name)
        clash = [a for a in aliases if a in taken]
        if clash:
            raise ArgumentError(self, 'conflicting subparser alias: %s' % clash[0])
        if kwargs.get('prog') is None:
            kwargs['prog'] = self._prog_prefix + ' ' + name
        if 'help' in kwargs:
            self._choices_actions.append(self._Choice(name, aliases, kwargs.pop('help')))
        parser = self._parser_class(**kwargs)
        for key in (name,) + tuple(aliases):
            self._name_parser_map[key] = parser
        return parser

    def _get_subactions(self):
        return self._choices_actions

    def __call__(self, parser, namespace, values, option_string=None):
        chosen, rest = values[0], values[1:]
        if self.dest is not SUPPRESS:
            setattr(namespace, self.dest, chosen)
        try:
            sub = self._name_parser_map[chosen]
        except KeyError:
            choices = ', '.join(self._name_parser_map)
            raise ArgumentError(self, 'unknown parser %r (choices: %s)' % (chosen, choices)) from None
        sub_ns, leftover = sub.parse_known_args(rest, None)
        for key, value in vars(sub_ns).items():
            setattr(namespace, key, value)
        if leftover:
            vars(namespace).setdefault(_LEFTOVER, []).extend(leftover)


class FileType:
    """A type= converter that opens the named file ('-' means stdin/stdout)."""

    def __init__(self, mode='r', bufsize=-1, encoding=None, errors=None):
        self._mode, self._bufsize = mode, bufsize
        self._encoding, self._errors = encoding, errors

    def __call__(self, string):
        mode = self._mode
        if string == '-':
            if 'r' in mode:
                stream = _sys.stdin
            elif 'w' in mode or 'a' in mode or 'x' in mode:
                stream = _sys.stdout
            else:
                raise ValueError('argument "-" with mode %r' % mode)
            return stream.buffer if 'b' in mode else stream
        try:
            return open(string, self._mode, self._bufsize, self._encoding, self._errors)
        except OSError as exc:
            raise ArgumentTypeError("can't open '%s': %s" % (string, exc))

    def __repr__(self):
        shown = [repr(v) for v in (self._mode, self._bufsize) if v != -1]
        shown += ['%s=%r' % (k, v) for k, v in (('encoding', self._encoding), ('errors', self._errors))
                  if v is not None]
        return '%s(%s)' % (type(self).__name__, ', '.join(shown))


class Namespace:
    """A plain attribute bag holding the parsed values."""

    def __init__(self, **kwargs):
        for key, value in kwargs.items():
            setattr(self, key, value)

    def __contains__(self, key):
        return key in vars(self)

    def __eq__(self, other):
        if isinstance(other, Namespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def _get_kwargs(self):
        return list(self.__dict__.items())

    def _get_args(self):
        return []

    def __repr__(self):
        return _repr_call(self, [], self.__dict__.items())

    __hash__ = None


_ACTIONS = {
    None: _StoreAction, 'store': _StoreAction, 'store_const': _StoreConstAction,
    'store_true': _StoreTrueAction, 'store_false': _StoreFalseAction, 'append': _AppendAction,
    'append_const': _AppendConstAction, 'count': _CountAction, 'help': _HelpAction,
    'version': _VersionAction, 'parsers': _SubParsersAction, 'extend': _ExtendAction,
}

# A string that reads as a negative number ('-1', '-2.5', '-.5').
_NEGATIVE = _re.compile(r'^-\d+$|^-\d*\.\d+$')


# ---------------------------------------------------------------------------------------------------------
# Containers: the parser, its argument groups and mutually exclusive groups share one registry
# ---------------------------------------------------------------------------------------------------------

class _Registry:
    """The state a parser shares with all of its groups."""

    def __init__(self, prefix_chars, argument_default, conflict_handler):
        self.prefix_chars = prefix_chars
        self.argument_default = argument_default
        self.conflict_handler = conflict_handler
        self.actions = []
        self.by_flag = {}
        self.defaults = {}
        self.negative_flags = []      # non-empty once a flag looks like a negative number
        self.kinds = dict(_ACTIONS)
        self.types = {None: lambda s: s}
        self.mutex_groups = []


class _Container:
    def _adopt(self, registry, description, argument_default=None, conflict_handler=None):
        self._reg = registry
        self.description = description
        self._group_actions = []

    # Attributes that programs (and the tests recorded from CPython) reach for.
    @property
    def prefix_chars(self):
        return self._reg.prefix_chars

    @property
    def argument_default(self):
        return self._reg.argument_default

    @property
    def conflict_handler(self):
        return self._reg.conflict_handler

    @property
    def _actions(self):
        return self._reg.actions

    @property
    def _option_string_actions(self):
        return self._reg.by_flag

    @property
    def _defaults(self):
        return self._reg.defaults

    @property
    def _has_negative_number_optionals(self):
        return self._reg.negative_flags

    @property
    def _mutually_exclusive_groups(self):
        return self._reg.mutex_groups

    def register(self, registry_name, value, obj):
        table = {'action': self._reg.kinds, 'type': self._reg.types}.setdefault(registry_name, {})
        table[value] = obj

    def _registry_get(self, registry_name, value, default=None):
        table = {'action': self._reg.kinds, 'type': self._reg.types}.get(registry_name, {})
        return table.get(value, default)

    def set_defaults(self, **kwargs):
        self._reg.defaults.update(kwargs)
        for action in self._reg.actions:
            if action.dest in kwargs:
                action.default = kwargs[action.dest]

    def get_default(self, dest):
        for action in self._reg.actions:
            if action.dest == dest and action.default is not None:
                return action.default
        return self._reg.defaults.get(dest, None)

    def add_argument(self, *args, **kwargs):
        chars = self._reg.prefix_chars
        if not args or (len(args) == 1 and args[0] and args[0][0] not in chars):
            if args and 'dest' in kwargs:
                raise ValueError('dest supplied twice for positional argument')
            kwargs = self._positional_kwargs(*args, **kwargs)
        else:
            kwargs = self._optional_kwargs(*args, **kwargs)
        if 'default' not in kwargs:
            if kwargs['dest'] in self._reg.defaults:
                kwargs['default'] = self._reg.defaults[kwargs['dest']]
            elif self._reg.argument_default is not None:
                kwargs['default'] = self._reg.argument_default
        kind = kwargs.pop('action', None)
        action_class = self._reg.kinds.get(kind, kind) if isinstance(kind, (str, type(None))) else kind
        if not callable(action_class):
            raise ValueError('unknown action "%s"' % (action_class,))
        action = action_class(**kwargs)
        converter = self._reg.types.get(action.type, action.type)
        if not callable(converter):
            raise ValueError('%r is not callable' % (converter,))
        if converter is FileType:
            raise ValueError('%r is a FileType class object, instance of it must be passed' % (converter,))
        if hasattr(self, '_get_formatter'):
            try:
                self._get_formatter()._format_args(action, None)
            except TypeError:
                raise ValueError('length of metavar tuple does not match nargs') from None
        return self._add_action(action)

    def _positional_kwargs(self, dest=None, **kwargs):
        if 'required' in kwargs:
            raise TypeError("'required' is an invalid argument for positionals")
        nargs = kwargs.get('nargs')
        if nargs not in (OPTIONAL, ZERO_OR_MORE) or (nargs == ZERO_OR_MORE and 'default' not in kwargs):
            kwargs['required'] = True
        return dict(kwargs, dest=dest, option_strings=[])

    def _optional_kwargs(self, *flags, **kwargs):
        chars = self._reg.prefix_chars
        longs = []
        for flag in flags:
            if not flag or flag[0] not in chars:
                raise ValueError('invalid option string %r: must start with a character %r' % (flag, chars))
            if len(flag) > 1 and flag[1] in chars:
                longs.append(flag)
        dest = kwargs.pop('dest', None)
        if dest is None:
            source = longs[0] if longs else flags[0]
            dest = source.lstrip(chars)
            if not dest:
                raise ValueError('dest= is required for options like %r' % source)
            dest = dest.replace('-', '_')
        return dict(kwargs, dest=dest, option_strings=list(flags))

    def _add_action(self, action):
        self._resolve_clashes(action)
        reg = self._reg
        reg.actions.append(action)
        action.container = self
        for flag in action.option_strings:
            reg.by_flag[flag] = action
            if _NEGATIVE.match(flag) and not reg.negative_flags:
                reg.negative_flags.append(True)
        return action

    def _remove_action(self, action):
        self._reg.actions.remove(action)

    def _resolve_clashes(self, action):
        clashes = [(flag, self._reg.by_flag[flag]) for flag in action.option_strings if flag in self._reg.by_flag]
        if not clashes:
            return
        if self._reg.conflict_handler == 'error':
            noun = 'conflicting option string' if len(clashes) == 1 else 'conflicting option strings'
            raise ArgumentError(action, '%s: %s' % (noun, ', '.join(flag for flag, _ in clashes)))
        if self._reg.conflict_handler != 'resolve':
            raise ValueError('invalid conflict_resolution value: %r' % self._reg.conflict_handler)
        for flag, old in clashes:
            old.option_strings.remove(flag)
            del self._reg.by_flag[flag]
            if not old.option_strings:
                old.container._remove_action(old)

    def add_argument_group(self, *args, **kwargs):
        group = _ArgumentGroup(self, *args, **kwargs)
        self._owner()._action_groups.append(group)
        return group

    def add_mutually_exclusive_group(self, **kwargs):
        group = _MutuallyExclusiveGroup(self, **kwargs)
        self._reg.mutex_groups.append(group)
        return group

    def _owner(self):
        return self


class _ArgumentGroup(_Container):
    def __init__(self, container, title=None, description=None, **kwargs):
        self._adopt(container._reg, description)
        self.title = title
        self._parent = container

    def _owner(self):
        return self._parent._owner()

    def _add_action(self, action):
        action = super()._add_action(action)
        self._group_actions.append(action)
        return action

    def _remove_action(self, action):
        super()._remove_action(action)
        self._group_actions.remove(action)


class _MutuallyExclusiveGroup(_ArgumentGroup):
    def __init__(self, container, required=False):
        super().__init__(container)
        self.required = required
        self._container = container

    def _add_action(self, action):
        if action.required:
            raise ValueError('mutually exclusive arguments must be optional')
        self._group_actions.append(self._container._add_action(action))
        return action

    def _remove_action(self, action):
        self._group_actions.remove(action)
        self._container._remove_action(action)


# ---------------------------------------------------------------------------------------------------------
# The parser
# ---------------------------------------------------------------------------------------------------------

def _nargs_regex(action):
    """The regex over the 'A'/'O'/'-' string of the command line that this argument's values match."""
    n = action.nargs
    if n is None:
        text = '(-*A-*)'
    elif n == OPTIONAL:
        text = '(-*A?-*)'
    elif n == ZERO_OR_MORE:
        text = '(-*[A-]*)'
    elif n == ONE_OR_MORE:
        text = '(-*A[A-]*)'
    elif n == REMAINDER:
        text = '([-AO]*)'
    elif n == PARSER:
        text = '(-*A[-AO]*)'
    elif n == SUPPRESS:
        text = '(-*-*)'
    else:
        text = '(-*%s-*)' % '-*'.join('A' * n)
    if action.option_strings:
        # An option's values never include '--' or other options.
        text = text.replace('-*', '').replace('-', '')
    return text


class ArgumentParser(_Container):
    """Turns a command line into a Namespace, as CPython's argparse.ArgumentParser does."""

    def __init__(self, prog=None, usage=None, description=None, epilog=None, parents=(),
                 formatter_class=HelpFormatter, prefix_chars='-', fromfile_prefix_chars=None,
                 argument_default=None, conflict_handler='error', add_help=True, allow_abbrev=True,
                 exit_on_error=True):
        self._adopt(_Registry(prefix_chars, argument_default, conflict_handler), description)
        self.prog = _os.path.basename(_sys.argv[0]) if prog is None else prog
        self.usage, self.epilog, self.formatter_class = usage, epilog, formatter_class
        self.fromfile_prefix_chars = fromfile_prefix_chars
        self.add_help, self.allow_abbrev, self.exit_on_error = add_help, allow_abbrev, exit_on_error
        self._action_groups = []
        self._subparsers = None
        self._positionals = self.add_argument_group('positional arguments')
        self._optionals = self.add_argument_group('options')

        self.register('type', None, lambda s: s)
        if add_help:
            mark = '-' if '-' in prefix_chars else prefix_chars[0]
            self.add_argument(mark + 'h', mark * 2 + 'help', action='help', default=SUPPRESS,
                              help='show this help message and exit')
        for parent in parents:
            self._take_from(parent)

    def __repr__(self):
        shown = [(k, getattr(self, k)) for k in ('prog', 'usage', 'description', 'formatter_class',
                                                 'conflict_handler', 'add_help')]
        return _repr_call(self, [], shown)

    def _get_kwargs(self):
        return [(k, getattr(self, k)) for k in ('prog', 'usage', 'description', 'formatter_class',
                                                'conflict_handler', 'add_help')]

    def _add_action(self, action):
        # Arguments added to the parser itself land in its default sections.
        home = self._optionals if action.option_strings else self._positionals
        return home._add_action(action)

    def _take_from(self, parent):
        """parents=: copy the parent's arguments, with its groups and mutually exclusive groups."""
        by_title = {g.title: g for g in self._action_groups}
        home = {}
        for group in parent._action_groups:
            mine = by_title.get(group.title)
            if mine is None:
                mine = self.add_argument_group(group.title, group.description)
                by_title[group.title] = mine
            for action in group._group_actions:
                home[action] = mine
        for group in parent._mutually_exclusive_groups:
            mine = home.get(group._group_actions[0], self) if group._group_actions else self
            copy = mine.add_mutually_exclusive_group(required=group.required)
            for action in group._group_actions:
                home[action] = copy
        for action in parent._actions:
            home.get(action, self)._add_action(action)
        self._reg.defaults.update(parent._defaults)

    def add_subparsers(self, **kwargs):
        if self._subparsers is not None:
            self.error('cannot have multiple subparser arguments')
        kwargs.setdefault('parser_class', type(self))
        if 'title' in kwargs or 'description' in kwargs:
            title = kwargs.pop('title', 'subcommands')
            self._subparsers = self.add_argument_group(title, kwargs.pop('description', None))
        else:
            self._subparsers = self._positionals
        if kwargs.get('prog') is None:
            formatter = self._get_formatter()
            formatter.add_usage(self.usage, self._positional_actions(), self._mutually_exclusive_groups, '')
            kwargs['prog'] = formatter.format_help().strip()
        kind = kwargs.pop('action', 'parsers')
        action_class = self._reg.kinds.get(kind, kind) if isinstance(kind, str) else kind
        action = action_class(option_strings=[], **kwargs)
        self._subparsers._add_action(action)
        return action

    def _positional_actions(self):
        return [a for a in self._reg.actions if not a.option_strings]

    def _optional_actions(self):
        return [a for a in self._reg.actions if a.option_strings]

    # -- parsing ----------------------------------------------------------------------------------------
    def parse_args(self, args=None, namespace=None):
        namespace, rest = self.parse_known_args(args, namespace)
        if rest:
            self.error('unrecognized arguments: %s' % ' '.join(rest))
        return namespace

    def parse_known_args(self, args=None, namespace=None):
        args = _sys.argv[1:] if args is None else list(args)
        if namespace is None:
            namespace = Namespace()
        for action in self._reg.actions:
            if action.dest is not SUPPRESS and action.default is not SUPPRESS and not hasattr(namespace, action.dest):
                setattr(namespace, action.dest, action.default)
        for dest, value in self._reg.defaults.items():
            if not hasattr(namespace, dest):
                setattr(namespace, dest, value)
        try:
            namespace, rest = self._parse(args, namespace)
        except ArgumentError as err:
            if not self.exit_on_error:
                raise
            self.error(str(err))
        if hasattr(namespace, _LEFTOVER):
            rest.extend(getattr(namespace, _LEFTOVER))
            delattr(namespace, _LEFTOVER)
        return namespace, rest

    def _parse(self, args, namespace):
        if self.fromfile_prefix_chars is not None:
            args = self._expand_files(args)
        run = _Run(self, args, namespace)
        return run.go()

    def _expand_files(self, args):
        out = []
        for arg in args:
            if not arg or arg[0] not in self.fromfile_prefix_chars:
                out.append(arg)
                continue
            try:
                with open(arg[1:]) as handle:
                    lines = []
                    for line in handle.read().splitlines():
                        lines.extend(self.convert_arg_line_to_args(line))
                out.extend(self._expand_files(lines))
            except OSError as err:
                self.error(str(err))
        return out

    def convert_arg_line_to_args(self, arg_line):
        return [arg_line]

    def parse_intermixed_args(self, args=None, namespace=None):
        namespace, rest = self.parse_known_intermixed_args(args, namespace)
        if rest:
            self.error('unrecognized arguments: %s' % ' '.join(rest))
        return namespace

    def parse_known_intermixed_args(self, args=None, namespace=None):
        # Two passes: options first (positionals switched off), then positionals over what is left.
        positionals = self._positional_actions()
        for action in positionals:
            if action.nargs in (PARSER, REMAINDER):
                raise TypeError('parse_intermixed_args: positional arg with nargs=%s' % action.nargs)
        for group in self._mutually_exclusive_groups:
            if any(a in positionals for a in group._group_actions):
                raise TypeError('parse_intermixed_args: positional in mutuallyExclusiveGroup')
        kept_usage = self.usage
        try:
            if self.usage is None:
                self.usage = self.format_usage()[len('usage: '):]
            kept = [(a, a.nargs, a.default) for a in positionals]
            for action in positionals:
                action.nargs = SUPPRESS
                action.default = SUPPRESS
            try:
                namespace, left = self.parse_known_args(args, namespace)
            finally:
                for action, nargs, default in kept:
                    action.nargs, action.default = nargs, default
            for action in positionals:
                if getattr(namespace, action.dest, None) == []:
                    delattr(namespace, action.dest)
            flags = self._optional_actions()
            kept_req = [(a, a.required) for a in flags]
            kept_groups = [(g, g.required) for g in self._mutually_exclusive_groups]
            for action in flags:
                action.required = False
            for group in self._mutually_exclusive_groups:
                group.required = False
            try:
                namespace, extras = self.parse_known_args(left, namespace)
            finally:
                for action, req in kept_req:
                    action.required = req
                for group, req in kept_groups:
                    group.required = req
        finally:
            self.usage = kept_usage
        return namespace, extras

    # -- output -----------------------------------------------------------------------------------------
    def _get_formatter(self):
        return self.formatter_class(prog=self.prog)

    def format_usage(self):
        formatter = self._get_formatter()
        formatter.add_usage(self.usage, self._reg.actions, self._mutually_exclusive_groups)
        return formatter.format_help()

    def format_help(self):
        formatter = self._get_formatter()
        formatter.add_usage(self.usage, self._reg.actions, self._mutually_exclusive_groups)
        formatter.add_text(self.description)
        for group in self._action_groups:
            formatter.start_section(group.title)
            formatter.add_text(group.description)
            formatter.add_arguments(group._group_actions)
            formatter.end_section()
        formatter.add_text(self.epilog)
        return formatter.format_help()

    def print_usage(self, file=None):
        self._print_message(self.format_usage(), _sys.stdout if file is None else file)

    def print_help(self, file=None):
        self._print_message(self.format_help(), _sys.stdout if file is None else file)

    def _print_message(self, message, file=None):
        # A closed or missing stream must not turn a usage message into a traceback.
        if not message:
            return
        try:
            (file or _sys.stderr).write(message)
        except (AttributeError, OSError):
            return

    def exit(self, status=0, message=None):
        if message:
            self._print_message(message, _sys.stderr)
        raise SystemExit(status)

    def error(self, message):
        self.print_usage(_sys.stderr)
        self.exit(2, '%s: error: %s\n' % (self.prog, message))


class _Run:
    """One parse of one command line: the classified strings and what has been seen so far."""

    def __init__(self, parser, args, namespace):
        self.parser = parser
        self.args = args
        self.ns = namespace
        self.seen = set()
        self.seen_set = set()          # actions given a value other than their default
        self.extras = []
        self.rivals = {}
        for group in parser._mutually_exclusive_groups:
            for member in group._group_actions:
                self.rivals.setdefault(member, []).extend(m for m in group._group_actions if m is not member)
        # Each string is 'O' (an option), 'A' (a value) or '-' (the '--' separator); after '--' all are 'A'.
        self.flags_at = {}
        kinds = []
        after_dashes = False
        for i, arg in enumerate(args):
            if after_dashes:
                kinds.append('A')
            elif arg == '--':
                kinds.append('-')
                after_dashes = True
            else:
                found = self._as_option(arg)
                if found is None:
                    kinds.append('A')
                else:
                    self.flags_at[i] = found
                    kinds.append('O')
        self.kinds = ''.join(kinds)
        self.waiting = parser._positional_actions()

    # -- classification ---------------------------------------------------------------------------------
    def _as_option(self, arg):
        p = self.parser
        chars = p.prefix_chars
        if not arg or arg[0] not in chars:
            return None
        table = p._option_string_actions
        if arg in table:
            return table[arg], arg, None
        if len(arg) == 1:
            return None
        if '=' in arg:
            flag, value = arg.split('=', 1)
            if flag in table:
                return table[flag], flag, value
        candidates = self._prefix_matches(arg)
        if len(candidates) > 1:
            names = ', '.join(flag for _, flag, _ in candidates)
            p.error('ambiguous option: %s could match %s' % (arg, names))
        if candidates:
            return candidates[0]
        if _NEGATIVE.match(arg) and not p._has_negative_number_optionals:
            return None
        if ' ' in arg:
            return None
        return None, arg, None

    def _prefix_matches(self, arg):
        p = self.parser
        chars = p.prefix_chars
        table = p._option_string_actions
        found = []
        if arg[0] in chars and arg[1] in chars:
            if p.allow_abbrev:
                stem, value = (arg.split('=', 1) + [None])[:2] if '=' in arg else (arg, None)
                for flag in table:
                    if flag.startswith(stem):
                        found.append((table[flag], flag, value))
        elif arg[0] in chars:
            # '-xVALUE': a short flag with its value glued on; or an abbreviated single-dash long flag.
            short, glued = arg[:2], arg[2:]
            for flag in table:
                if flag == short:
                    found.append((table[flag], flag, glued))
                elif flag.startswith(arg):
                    found.append((table[flag], flag, None))
        else:
            p.error('unexpected option string: %s' % arg)
        return found

    # -- the main loop ----------------------------------------------------------------------------------
    def go(self):
        option_positions = sorted(self.flags_at)
        last_option = option_positions[-1] if option_positions else -1
        at = 0
        while at <= last_option:
            next_option = min(i for i in option_positions if i >= at)
            if at != next_option:
                moved = self._positionals(at)
                if moved > at:
                    at = moved
                    continue
                at = moved
            if at not in self.flags_at:
                self.extras.extend(self.args[at:next_option])
                at = next_option
            at = self._option(at)
        at = self._positionals(at)
        self.extras.extend(self.args[at:])
        self._final_checks()
        return self.ns, self.extras

    def _positionals(self, at):
        tail = self.kinds[at:]
        counts = []
        for upto in range(len(self.waiting), 0, -1):
            pattern = ''.join(_nargs_regex(a) for a in self.waiting[:upto])
            m = _re.match(pattern, tail)
            if m is not None:
                counts = [len(g) for g in m.groups()]
                break
        for action, count in zip(self.waiting, counts):
            self._apply(action, self.args[at:at + count])
            at += count
        self.waiting = self.waiting[len(counts):]
        return at

    def _option(self, at):
        action, flag, glued = self.flags_at[at]
        chars = self.parser.prefix_chars
        todo = []
        while True:
            if action is None:
                self.extras.append(self.args[at])
                return at + 1
            if glued is None:
                first = at + 1
                count = self._count_for(action, self.kinds[first:])
                end = first + count
                todo.append((action, self.args[first:end], flag))
                break
            count = self._count_for(action, 'A')
            if count == 0 and flag[1] not in chars and glued != '':
                # '-abc': -a takes no value, so 'bc' are more single-letter flags.
                todo.append((action, [], flag))
                flag = flag[0] + glued[0]
                table = self.parser._option_string_actions
                if flag not in table:
                    raise ArgumentError(action, 'ignored explicit argument %r' % glued)
                action = table[flag]
                glued = glued[1:] or None
            elif count == 1:
                end = at + 1
                todo.append((action, [glued], flag))
                break
            else:
                raise ArgumentError(action, 'ignored explicit argument %r' % glued)
        for action, values, flag in todo:
            self._apply(action, values, flag)
        return end

    def _count_for(self, action, kinds):
        m = _re.match(_nargs_regex(action), kinds)
        if m is None:
            n = action.nargs
            if n is None:
                msg = 'expected one argument'
            elif n == OPTIONAL:
                msg = 'expected at most one argument'
            elif n == ONE_OR_MORE:
                msg = 'expected at least one argument'
            else:
                msg = ('expected %s argument' if n == 1 else 'expected %s arguments') % n
            raise ArgumentError(action, msg)
        return len(m.group(1))

    # -- values -----------------------------------------------------------------------------------------
    def _apply(self, action, strings, flag=None):
        self.seen.add(action)
        value = self._values(action, strings)
        if value is not action.default:
            self.seen_set.add(action)
            for rival in self.rivals.get(action, ()):
                if rival in self.seen_set:
                    raise ArgumentError(action, 'not allowed with argument %s' % _name_of(rival))
        if value is not SUPPRESS:
            action(self.parser, self.ns, value, flag)

    def _values(self, action, strings):
        n = action.nargs
        if n not in (PARSER, REMAINDER) and '--' in strings:
            strings = list(strings)
            strings.remove('--')
        if not strings and n == OPTIONAL:
            value = action.const if action.option_strings else action.default
            if isinstance(value, str):
                value = self._convert(action, value)
                self._check_choice(action, value)
            return value
        if not strings and n == ZERO_OR_MORE and not action.option_strings:
            value = action.default if action.default is not None else strings
            self._check_choice(action, value)
            return value
        if len(strings) == 1 and n in (None, OPTIONAL):
            value = self._convert(action, strings[0])
            self._check_choice(action, value)
            return value
        if n == REMAINDER:
            return [self._convert(action, s) for s in strings]
        if n == PARSER:
            value = [self._convert(action, s) for s in strings]
            self._check_choice(action, value[0])
            return value
        if n == SUPPRESS:
            return SUPPRESS
        value = [self._convert(action, s) for s in strings]
        for one in value:
            self._check_choice(action, one)
        return value

    def _convert(self, action, text):
        reg = self.parser._reg
        func = reg.types.get(action.type, action.type)
        if not callable(func):
            raise ArgumentError(action, '%r is not callable' % (func,))
        try:
            return func(text)
        except ArgumentTypeError as err:
            raise ArgumentError(action, str(err))
        except (TypeError, ValueError):
            kind = getattr(action.type, '__name__', repr(action.type))
            raise ArgumentError(action, 'invalid %s value: %r' % (kind, text))

    def _check_choice(self, action, value):
        if action.choices is not None and value not in action.choices:
            listed = ', '.join(repr(c) for c in action.choices)
            raise ArgumentError(action, 'invalid choice: %r (choose from %s)' % (value, listed))

    def _final_checks(self):
        missing = []
        for action in self.parser._actions:
            if action in self.seen:
                continue
            if action.required:
                missing.append(_name_of(action))
            elif (action.default is not None and isinstance(action.default, str)
                  and hasattr(self.ns, action.dest) and action.default is getattr(self.ns, action.dest)):
                # A string default goes through type= as if given on the command line.
                setattr(self.ns, action.dest, self._convert(action, action.default))
        if missing:
            self.parser.error('the following arguments are required: %s' % ', '.join(missing))
        for group in self.parser._mutually_exclusive_groups:
            if group.required and not any(a in self.seen_set for a in group._group_actions):
                names = [_name_of(a) for a in group._group_actions if a.help is not SUPPRESS]
                self.parser.error('one of the arguments %s is required' % ' '.join(names))
