"""Facts about the platform gilpy runs on (read from the Linux kernel's /proc files) and about gilpy itself.

python_implementation() answers 'gilpy', as sys.implementation.name does: gilpy is not CPython, and a
program that tests for 'CPython' to use CPython-only internals should not take that path here.
"""

import collections
import os
import sys

__version__ = '1.0.8'


def _kernel(name, default=''):
    try:
        with open('/proc/sys/kernel/' + name) as f:
            return f.read().strip()
    except OSError:
        return default


uname_result = collections.namedtuple('uname_result', 'system node release version machine')

_uname_cache = None


def uname():
    """(system, node, release, version, machine) of this computer."""
    global _uname_cache
    if _uname_cache is None:
        machine = _kernel('arch')
        _uname_cache = uname_result(_kernel('ostype', 'Linux'), _kernel('hostname'), _kernel('osrelease'),
                                    _kernel('version'), machine)
    return _uname_cache


def system():
    """The operating system's name, e.g. 'Linux'."""
    return uname().system


def node():
    """The computer's network name."""
    return uname().node


def release():
    """The kernel release."""
    return uname().release


def version():
    """The kernel's version string."""
    return uname().version


def machine():
    """The machine type, e.g. 'x86_64'."""
    return uname().machine


def processor():
    """The processor name ('' where the system does not say, as on Linux)."""
    return ''


def architecture(executable=sys.executable, bits='', linkage=''):
    """(bits, linkage) of the interpreter: gilpy runs on a 64-bit JVM."""
    return ('64bit', 'ELF')


def python_implementation():
    """'gilpy' (see the module's doc)."""
    return 'gilpy'


def python_version():
    """'major.minor.patch' of the Python language gilpy implements."""
    return '%d.%d.%d' % sys.version_info[:3]


def python_version_tuple():
    """python_version() as a tuple of strings."""
    return tuple(python_version().split('.'))


def python_build():
    return ('gilpy', '')


def python_compiler():
    """What runs the interpreter: the Java version."""
    text = sys.version
    return text[text.index('(') + 1:text.rindex(')')].split(', ')[-1] if '(' in text else ''


def python_branch():
    return ''


def python_revision():
    return ''


def platform(aliased=False, terse=False):
    """One line naming the system: system-release-machine."""
    u = uname()
    if terse:
        return '%s-%s' % (u.system, u.release)
    return '-'.join(x for x in (u.system, u.release, u.machine) if x)


def libc_ver(executable=None, lib='', version='', chunksize=16384):
    return (lib, version)


def mac_ver(release='', versioninfo=('', '', ''), machine=''):
    return (release, versioninfo, machine)


def win32_ver(release='', version='', csd='', ptype=''):
    return (release, version, csd, ptype)


def freedesktop_os_release():
    """The fields of /etc/os-release (or /usr/lib/os-release) as a dict."""
    for path in ('/etc/os-release', '/usr/lib/os-release'):
        try:
            with open(path) as f:
                lines = f.read().splitlines()
        except OSError:
            continue
        info = {'NAME': 'Linux', 'ID': 'linux', 'PRETTY_NAME': 'Linux'}
        for line in lines:
            if '=' in line and not line.startswith('#'):
                key, value = line.split('=', 1)
                value = value.strip()
                if value[:1] in '"\'' and value[-1:] == value[:1]:
                    value = value[1:-1]
                info[key.strip()] = value
        return info
    raise OSError(2, 'No such file or directory', '/etc/os-release')
