# str.encode / bytes.decode of an encoding the built-in codecs do not know reach the bundled
# codecs registry whatever sys.modules['codecs'] or sys.meta_path hold (CPython imports
# codecs at start-up; Bastion runs its bundled module by itself when needed).
import sys
import types


class Finder:
    def find_spec(self, name, path=None, target=None):
        if name == 'codecs':
            print('finder asked for codecs')
        return None


finder = Finder()
sys.meta_path.insert(0, finder)


def attempt(label, f):
    try:
        print(label, ascii(f()))
    except BaseException as e:
        print(label, type(e).__name__, e)


saved = sys.modules.pop('codecs', None)
sys.modules['codecs'] = types.ModuleType('codecs')  # a module without the registry
attempt('fake unknown encode', lambda: 'x'.encode('nosuch'))
attempt('fake unknown decode', lambda: b'x'.decode('no-such'))
attempt('fake utf-8', lambda: '\xe9'.encode('utf-8'))
sys.modules['codecs'] = None
attempt('None unknown encode', lambda: 'x'.encode('nosuch'))
attempt('None latin-1', lambda: b'\xe9'.decode('latin-1'))
sys.meta_path.remove(finder)
del sys.modules['codecs']
if saved is not None:
    sys.modules['codecs'] = saved
import codecs


def search(name):
    if name == 'test_mine':
        return codecs.CodecInfo(lambda s, errors='strict': (b'M' + s.encode(), len(s)),
                                lambda b, errors='strict': ('m' + bytes(b).decode(), len(b)), name='test-mine')
    return None


codecs.register(search)
attempt('registered encode', lambda: 'ab'.encode('test-mine'))
attempt('registered decode', lambda: b'xy'.decode('TEST_MINE'))
codecs.unregister(search)
attempt('unregistered', lambda: 'ab'.encode('test-mine'))
