"""Packing values into bytes laid out as C structs, and back (the work is done by gilpy's _struct, in Java)."""

from _struct import (Struct, calcsize, error, iter_unpack, pack, pack_into, unpack, unpack_from,
                     _clearcache)

__all__ = ['calcsize', 'pack', 'pack_into', 'unpack', 'unpack_from', 'iter_unpack', 'Struct', 'error']
