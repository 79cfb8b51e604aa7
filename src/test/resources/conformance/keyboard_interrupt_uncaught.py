# An uncaught KeyboardInterrupt: CPython's traceback, finally blocks ran, and exit status 130
# (CPython ends by SIGINT itself, which a shell sees as 130).
print("printed before")
try:
    try:
        raise KeyboardInterrupt
    except KeyboardInterrupt:
        print("except KeyboardInterrupt ran")
        raise
finally:
    print("finally ran")
