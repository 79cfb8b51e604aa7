# hashlib and hmac: every algorithm against known digests, object API, errors, pbkdf2, hmac.
import hashlib
import hmac

msgs = [b"", b"abc", b"The quick brown fox jumps over the lazy dog", bytes(range(256)) * 5, b"x" * 200]
for name in sorted(hashlib.algorithms_guaranteed):
    for m in msgs:
        h = hashlib.new(name, m)
        if name.startswith("shake"):
            print(name, len(m), h.hexdigest(20), h.digest(3))
        else:
            print(name, len(m), h.hexdigest())
    h = getattr(hashlib, name)()
    print(name, h.name, h.digest_size, h.block_size, type(h).__name__)

# incremental updates equal one update, across block boundaries
for name in ["md5", "sha256", "sha3_256", "blake2b", "blake2s", "shake_128"]:
    data = bytes(i % 251 for i in range(5000))
    one = hashlib.new(name, data)
    inc = hashlib.new(name)
    for i in range(0, len(data), 37):
        inc.update(data[i:i + 37])
    args = (16,) if name.startswith("shake") else ()
    print(name, one.digest(*args) == inc.digest(*args))
    c = inc.copy()
    c.update(b"more")
    print(name, c.hexdigest(*args) != inc.hexdigest(*args), inc.digest(*args) == one.digest(*args))

# bytearray input, keyword 'string', upper-case names in new()
print(hashlib.sha1(bytearray(b"abc")).hexdigest())
print(hashlib.md5(string=b"abc").hexdigest())
print(hashlib.new("SHA256", b"abc").name)
print(hashlib.sha256(b"a", usedforsecurity=False).hexdigest()[:16])

# blake2 parameters
print(hashlib.blake2b(b"abc", digest_size=16).hexdigest())
print(hashlib.blake2b(b"abc", key=b"secret", salt=b"salty", person=b"me").hexdigest())
print(hashlib.blake2s(b"abc", digest_size=20, key=b"k" * 32).hexdigest())
print(hashlib.blake2s(b"abc", salt=b"12345678", person=b"abcdefgh").hexdigest())
print(hashlib.blake2b(b"", key=b"k").hexdigest())
print(hashlib.blake2b(b"x" * 128).hexdigest())
print(hashlib.blake2b(b"x" * 129).hexdigest())
print(hashlib.blake2b(b"leaf", fanout=2, depth=2, leaf_size=4096, node_offset=1, node_depth=0, inner_size=64, last_node=True).hexdigest())
print(hashlib.blake2s(b"leaf", fanout=2, depth=2, leaf_size=4096, node_offset=3, node_depth=1, inner_size=32, last_node=True).hexdigest())
print(hashlib.blake2b.MAX_DIGEST_SIZE, hashlib.blake2b.SALT_SIZE, hashlib.blake2s.MAX_KEY_SIZE, hashlib.blake2s.PERSON_SIZE)
print(hashlib.blake2b(digest_size=20).digest_size, hashlib.blake2b().block_size, hashlib.blake2s().block_size)

# pbkdf2
print(hashlib.pbkdf2_hmac("sha256", b"password", b"salt", 1000).hex())
print(hashlib.pbkdf2_hmac("sha1", b"password", b"salt", 2, 40).hex())
print(hashlib.pbkdf2_hmac("sha512", b"p" * 200, b"s", 3, dklen=10).hex())
print(hashlib.pbkdf2_hmac("md5", bytearray(b"pw"), b"salt", 5).hex())

import io
print(hashlib.file_digest(io.BytesIO(b"file data"), "sha256").hexdigest())
print(hashlib.file_digest(io.BytesIO(b"file data"), hashlib.md5).hexdigest())
print(sorted(hashlib.algorithms_guaranteed))
print(hashlib.algorithms_guaranteed <= hashlib.algorithms_available)
print(hashlib.__all__)

def err(f, *a, **k):
    try:
        f(*a, **k)
    except Exception as e:
        print(type(e).__name__, e)

err(hashlib.new, "nope")
err(hashlib.sha256, "text")
err(hashlib.sha256().update, 5)
err(hashlib.sha256().update, "text")
err(hashlib.sha256(b"x").digest, 1)
err(hashlib.shake_128().digest)
err(hashlib.shake_128().hexdigest, -1)
err(hashlib.blake2b, digest_size=65)
err(hashlib.blake2s, digest_size=0)
err(hashlib.blake2b, key=b"k" * 65)
err(hashlib.blake2s, salt=b"s" * 9)
err(hashlib.blake2b, person=b"p" * 17)
err(hashlib.pbkdf2_hmac, "sha256", b"p", b"s", 0)
err(hashlib.pbkdf2_hmac, "nope", b"p", b"s", 1)
err(hashlib.pbkdf2_hmac, "sha256", b"p", b"s", 1, 0)
try:
    hashlib.file_digest(io.StringIO("x"), "md5")
except ValueError as e:
    print(str(e).endswith("is not a file-like object in binary reading mode."))

# hmac
key = b"key"
m = b"The quick brown fox jumps over the lazy dog"
for dm in ["md5", "sha1", "sha256", "sha512", "sha3_256", "blake2b"]:
    print(dm, hmac.new(key, m, dm).hexdigest())
print(hmac.new(key, m, hashlib.sha256).hexdigest())
print(hmac.new(b"k" * 200, m, "sha256").hexdigest())
print(hmac.digest(key, m, "sha1").hex())
h = hmac.new(key, digestmod="sha256")
print(h.name, h.digest_size, h.block_size)
h.update(b"The quick ")
c = h.copy()
h.update(b"brown fox jumps over the lazy dog")
print(h.hexdigest() == hmac.new(key, m, "sha256").hexdigest(), c.hexdigest() != h.hexdigest())
print(h.digest() == hmac.digest(key, m, "sha256"))
print(hmac.compare_digest(b"abc", b"abc"), hmac.compare_digest(b"abc", b"abd"), hmac.compare_digest("ab", "ab"))
print(hmac.compare_digest(bytearray(b"a"), b"a"), hmac.compare_digest(b"a", b"ab"))
err(hmac.new, b"k")
err(hmac.new, "k", digestmod="md5")
err(hmac.new, b"k", digestmod="nope")
err(hmac.compare_digest, "a", b"a")
err(hmac.compare_digest, 1, 2)
err(hmac.compare_digest, "é", "é")
print(hmac.HMAC.__name__, hmac.digest_size, len(hmac.trans_36), hmac.trans_5C[:4])
