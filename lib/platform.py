"""Facts about the platform (the 3.11 `platform` interface) — Bastion's fixed answers.

Bastion's bundled platform module. An embedded interpreter must not tell a script about
the machine it runs on, so every answer is a constant of the interpreter, never read from
the host: the system is 'Linux' (matching `sys.platform`, which is fixed to 'linux'), the
implementation is 'Bastion', the Python version is `sys.version_info`'s, the word size is
64 bits, and every host fact CPython would look up (node name, release, version, machine,
processor, libc, distribution, compiler, build) is the empty string — what CPython itself
answers when it cannot tell. `freedesktop_os_release()` raises OSError as CPython does
where no os-release file exists.
"""

import collections
import sys

__version__ = '1.0.8'

_SYSTEM = 'Linux'


class uname_result(collections.namedtuple("uname_result_base",
                                          "system node release version machine")):
    """uname() result: the five fields and `processor` (which CPython computes lazily)."""

    _fields = ('system', 'node', 'release', 'version', 'machine', 'processor')

    @property
    def processor(self):
        return ''

    def __iter__(self):
        yield from tuple.__iter__(self)
        yield self.processor

    def __getitem__(self, key):
        return tuple(self)[key]

    def __len__(self):
        return len(tuple(iter(self)))

    def __eq__(self, other):
        if isinstance(other, uname_result):
            return tuple(self) == tuple(other)
        return NotImplemented

    def __ne__(self, other):
        result = self.__eq__(other)
        return result if result is NotImplemented else not result

    def __hash__(self):
        return hash(('uname_result',) + tuple(self))

    def __reduce__(self):
        return uname_result, tuple(self)[:len(self._fields) - 1]

    @classmethod
    def _make(cls, iterable):
        values = tuple(iterable)
        if len(values) != 5:
            raise TypeError(f'Expected 5 arguments, got {len(values)}')
        return tuple.__new__(cls, values)

    def _replace(self, **kwds):
        result = self._make(map(kwds.pop, ('system', 'node', 'release', 'version', 'machine'),
                                tuple.__iter__(self)))
        if kwds:
            raise ValueError(f'Got unexpected field names: {list(kwds)!r}')
        return result


_uname = uname_result(_SYSTEM, '', '', '', '')


def uname():
    return _uname


def system():
    return _SYSTEM


def node():
    return ''


def release():
    return ''


def version():
    return ''


def machine():
    return ''


def processor():
    return ''


def architecture(executable=sys.executable, bits='', linkage=''):
    """(bits, linkage): '64bit' and '' (the executable is not examined)."""
    return ('64bit', linkage)


def platform(aliased=False, terse=False):
    """A one-line description: 'Linux'."""
    return _SYSTEM


def system_alias(system, release, version):
    """(system, release, version) with CPython's renamings of old Solaris names."""
    if system == 'SunOS':
        if release < '5':
            return system, release, version
        parts = release.split('.')
        if parts:
            try:
                major = int(parts[0])
            except ValueError:
                pass
            else:
                parts[0] = str(major - 3)
                release = '.'.join(parts)
        if release < '6':
            system = 'Solaris'
        else:
            system = 'Solaris'
    elif system in ('win32', 'win16'):
        system = 'Windows'
    return system, release, version


def python_implementation():
    return 'Bastion'


def python_version():
    return '%d.%d.%d' % sys.version_info[:3]


def python_version_tuple():
    return tuple(str(part) for part in sys.version_info[:3])


def python_branch():
    return ''


def python_revision():
    return ''


def python_build():
    return ('', '')


def python_compiler():
    return ''


def libc_ver(executable=None, lib='', version='', chunksize=16384):
    return (lib, version)


def mac_ver(release='', versioninfo=('', '', ''), machine=''):
    return release, versioninfo, machine


def win32_ver(release='', version='', csd='', ptype=''):
    return release, version, csd, ptype


def win32_edition():
    return None


def win32_is_iot():
    return False


def java_ver(release='', vendor='', vminfo=('', '', ''), osinfo=('', '', '')):
    return release, vendor, vminfo, osinfo


def freedesktop_os_release():
    import errno
    raise OSError(errno.ENOENT, "Unable to read files /etc/os-release, /usr/lib/os-release")
