import re, time
text = ("The quick brown fox jumps over the lazy dog 12345, foo@bar.com; " * 16000)[:1000000]
def t(label, f, n=7):
    ts = []
    for _ in range(n):
        t0 = time.perf_counter(); r = f(); ts.append(time.perf_counter() - t0)
    ts.sort()
    print("%s %.4f %d" % (label, ts[n // 2], len(r)))
t("findall_words", lambda: re.findall(r"\w+", text))
t("findall_bword", lambda: re.findall(r"\b[a-z]+\b", text))
t("findall_email", lambda: re.findall(r"[\w.]+@[\w.]+", text))
t("findall_digits", lambda: re.findall(r"\d+", text))
