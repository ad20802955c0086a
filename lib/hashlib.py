# hashlib for Bastion: CPython 3.11's interface over the native _hashlib module, whose
# digests (support/digest.cpp) are written from their standards: md5, sha1, sha224, sha256,
# sha384, sha512, sha3_224/256/384/512, shake_128/256 and blake2b/blake2s with every
# parameter. The types, names, reprs and error messages are CPython's (_hashlib.HASH,
# _hashlib.HASHXOF, _blake2.blake2b ...); every algorithm is always available, and
# usedforsecurity= is accepted and ignored as where OpenSSL is not in FIPS mode.
# Original code written for Bastion after CPython 3.11's documented behaviour.

import _hashlib

__always_supported = ('md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512',
                      'blake2b', 'blake2s',
                      'sha3_224', 'sha3_256', 'sha3_384', 'sha3_512',
                      'shake_128', 'shake_256')

algorithms_guaranteed = set(__always_supported)
algorithms_available = set(__always_supported)

__all__ = __always_supported + ('new', 'algorithms_guaranteed', 'algorithms_available',
                                'pbkdf2_hmac', 'file_digest')

md5 = _hashlib.openssl_md5
sha1 = _hashlib.openssl_sha1
sha224 = _hashlib.openssl_sha224
sha256 = _hashlib.openssl_sha256
sha384 = _hashlib.openssl_sha384
sha512 = _hashlib.openssl_sha512
sha3_224 = _hashlib.openssl_sha3_224
sha3_256 = _hashlib.openssl_sha3_256
sha3_384 = _hashlib.openssl_sha3_384
sha3_512 = _hashlib.openssl_sha3_512
shake_128 = _hashlib.openssl_shake_128
shake_256 = _hashlib.openssl_shake_256
blake2b = _hashlib.blake2b
blake2s = _hashlib.blake2s
pbkdf2_hmac = _hashlib.pbkdf2_hmac

_blake2_constructors = {'blake2b': blake2b, 'blake2s': blake2s}


def new(name, data=b'', **kwargs):
    if name in _blake2_constructors:
        return _blake2_constructors[name](data, **kwargs)
    return _hashlib.new(name, data, **kwargs)


def file_digest(fileobj, digest, /, *, _bufsize=2**18):
    if isinstance(digest, str):
        digestobj = new(digest)
    else:
        digestobj = digest()

    if hasattr(fileobj, "getbuffer"):
        digestobj.update(fileobj.getbuffer())
        return digestobj

    if not (hasattr(fileobj, "readinto") and hasattr(fileobj, "readable")
            and fileobj.readable()):
        raise ValueError(
            f"'{fileobj!r}' is not a file-like object in binary reading mode."
        )

    buf = bytearray(_bufsize)
    view = memoryview(buf)
    while True:
        size = fileobj.readinto(buf)
        if size == 0:
            break
        digestobj.update(view[:size])
    return digestobj
