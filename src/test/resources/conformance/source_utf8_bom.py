# A script file that starts with a UTF-8 byte order mark.
s = "café"
print(s, len(s))
