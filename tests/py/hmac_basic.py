# hmac: RFC 2202 and RFC 4231 test cases, the HMAC object (update, copy, digest, name,
# sizes), digestmod as name / constructor / module, compare_digest, and the error messages;
# hashlib.pbkdf2_hmac with RFC 6070's vectors.
import hashlib
import hmac


def show(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__, e)
    else:
        print('ok', r)


# RFC 2202 (HMAC-MD5, HMAC-SHA1) and RFC 4231 (HMAC-SHA-2) cases 1-4, 6, 7
cases = [
    (b'\x0b' * 16, b'Hi There'),
    (b'Jefe', b'what do ya want for nothing?'),
    (b'\xaa' * 16, b'\xdd' * 50),
    (bytes(range(1, 26)), b'\xcd' * 50),
    (b'\xaa' * 80, b'Test Using Larger Than Block-Size Key - Hash Key First'),
    (b'\xaa' * 131, b'Test Using Larger Than Block-Size Key - Hash Key First'),
    (b'\xaa' * 131, b'This is a test using a larger than block-size key and a larger than block-size data. '
                    b'The key needs to be hashed before being used by the HMAC algorithm.'),
]
for name in ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'sha3_256', 'blake2b']:
    for key, msg in cases:
        print(name, len(key), hmac.new(key, msg, name).hexdigest())

h = hmac.new(b'key', b'The quick brown fox ', 'sha256')
c = h.copy()
h.update(b'jumps over the lazy dog')
c.update(bytearray(b'jumps over the lazy dog'))
print(h.hexdigest(), h.digest() == c.digest(), h.name, h.digest_size, h.block_size)
print(hmac.new(b'key', digestmod=hashlib.sha1).name, hmac.new(b'key', digestmod='md5').digest_size,
      hmac.new(b'key', digestmod=hashlib.sha384).block_size)
print(hmac.new(bytearray(b'key'), b'msg', digestmod=lambda d=b'': hashlib.sha512(d)).hexdigest()[:32])
print(hmac.digest(b'key', b'msg', 'sha256').hex(), hmac.digest(b'key', b'msg', hashlib.md5).hex())
print(hmac.HMAC.blocksize, hmac.digest_size, hmac.trans_5C[:4], hmac.trans_36[-4:])
print(type(h).__name__, hasattr(hmac, '__all__'))

# compare_digest
print(hmac.compare_digest(b'abc', b'abc'), hmac.compare_digest(b'abc', b'abd'),
      hmac.compare_digest(b'abc', b'ab'), hmac.compare_digest(b'', b''))
print(hmac.compare_digest('abc', 'abc'), hmac.compare_digest('abc', 'abx'),
      hmac.compare_digest(bytearray(b'x'), memoryview(b'x')))
print(hmac.compare_digest is hashlib.pbkdf2_hmac, hmac.compare_digest(h.digest(), c.digest()))
show(lambda: hmac.compare_digest(b'a', 'a'))
show(lambda: hmac.compare_digest('a', b'a'))
show(lambda: hmac.compare_digest('\xe9', '\xe9'))
show(lambda: hmac.compare_digest(1, 1))
show(lambda: hmac.compare_digest(b'a'))
show(lambda: hmac.compare_digest(a=b'a', b=b'a'))

# errors
show(lambda: hmac.new(b'k'))
show(lambda: hmac.new(b'k', b'm'))
show(lambda: hmac.new('k', digestmod='sha256'))
show(lambda: hmac.new(b'k', 'm', digestmod='sha256'))
show(lambda: hmac.new(b'k', b'm', 'sha256').update('x'))

# pbkdf2_hmac: RFC 6070 (SHA-1) and the same inputs with SHA-256
for name in ['sha1', 'sha256']:
    for pw, salt, n, dklen in [(b'password', b'salt', 1, 20), (b'password', b'salt', 2, 20),
                               (b'password', b'salt', 4096, 20),
                               (b'passwordPASSWORDpassword', b'saltSALTsaltSALTsaltSALTsaltSALTsalt', 4096, 25),
                               (b'pass\0word', b'sa\0lt', 4096, 16)]:
        print(name, n, hashlib.pbkdf2_hmac(name, pw, salt, n, dklen).hex())
print(hashlib.pbkdf2_hmac('sha512', b'pw', b'salt', 3).hex())
print(hashlib.pbkdf2_hmac('md5', bytearray(b'pw'), memoryview(b'salt'), 2, None).hex())
print(hashlib.pbkdf2_hmac(hash_name='sha256', password=b'p' * 200, salt=b's', iterations=2, dklen=100).hex())
show(lambda: hashlib.pbkdf2_hmac('sha256', b'pw', b'salt', 0))
show(lambda: hashlib.pbkdf2_hmac('sha256', b'pw', b'salt', 1, 0))
show(lambda: hashlib.pbkdf2_hmac('sha256', b'pw', b'salt', 2**31))
show(lambda: hashlib.pbkdf2_hmac('sha256', b'pw', b'salt', 1, 2**31))
show(lambda: hashlib.pbkdf2_hmac('sha256', 'pw', b'salt', 1))
show(lambda: hashlib.pbkdf2_hmac('sha256', b'pw', 'salt', 1))
show(lambda: hashlib.pbkdf2_hmac('sha256', b'pw', b'salt', 1.0))
show(lambda: hashlib.pbkdf2_hmac('sha256', b'pw', b'salt'))
