"""getuser() (the login name) and getpass() (a password read from the terminal)."""

import os
import sys
import warnings

__all__ = ['getpass', 'getuser', 'GetPassWarning']


class GetPassWarning(UserWarning):
    pass


def getuser():
    """The login name: $LOGNAME, $USER, $LNAME or $USERNAME, else the password database's entry for our uid."""
    for name in ('LOGNAME', 'USER', 'LNAME', 'USERNAME'):
        user = os.environ.get(name)
        if user:
            return user
    uid = None
    try:
        with open('/proc/self/status') as f:
            for line in f:
                if line.startswith('Uid:'):
                    uid = line.split()[1]
                    break
        with open('/etc/passwd') as f:
            for line in f:
                fields = line.split(':')
                if len(fields) > 2 and fields[2] == uid:
                    return fields[0]
    except OSError:
        pass
    raise OSError('No username set in the environment')


def getpass(prompt='Password: ', stream=None):
    """Reads a password after writing prompt (to stream, by default stderr).

    gilpy cannot switch the terminal's echo off, so, as CPython does where it cannot, this warns with
    GetPassWarning and reads the line with echo on.
    """
    if stream is None:
        stream = sys.stderr
    warnings.warn("Can not control echo on the terminal.", GetPassWarning, stacklevel=2)
    print("Warning: Password input may be echoed.", file=stream)
    stream.write(prompt)
    stream.flush()
    line = sys.stdin.readline()
    if not line:
        raise EOFError
    return line[:-1] if line.endswith('\n') else line
