# -*- coding: latin-1 -*-
# A script file in Latin-1, declared by its coding cookie (PEP 263).
s = "café über"
print(s, len(s), s.encode("utf-8"))
