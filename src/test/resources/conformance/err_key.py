# KeyError: str(e) is the repr of the key; uncaught one shows it on the last line
d = {"a": 1}
for k in ["b", 2, (1, 2), ""]:
    try:
        d[k]
    except KeyError as e:
        print("KeyError", e, repr(e), e.args)
print(d["missing key"])
