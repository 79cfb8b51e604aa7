"""The two codec functions pickle's protocols 0-2 name for bytes (_codecs.encode(text, 'latin1'))."""


def encode(obj, encoding='utf-8', errors='strict'):
    return obj.encode(encoding, errors)


def decode(obj, encoding='utf-8', errors='strict'):
    return obj.decode(encoding, errors)
