# Text processing: generate words, count them in dicts, build an index of word -> positions, join,
# split, format and slice strings; checksum: counts, a hash-free digest of the results.
import sys

SYLLABLES = ["ka", "lo", "mi", "ne", "ru", "sa", "to", "vi", "ze", "qua", "ph", "or"]


def words(n):
    state = 7
    out = []
    for _ in range(n):
        state = (state * 69069 + 1) & 0xFFFFFFFF
        k = 1 + (state >> 16) % 3
        w = ""
        s = state
        for _ in range(k):
            w += SYLLABLES[s % len(SYLLABLES)]
            s //= len(SYLLABLES)
        out.append(w)
    return out


def count(ws):
    counts = {}
    for w in ws:
        counts[w] = counts.get(w, 0) + 1
    return counts


def index(ws):
    positions = {}
    for i, w in enumerate(ws):
        if w in positions:
            positions[w].append(i)
        else:
            positions[w] = [i]
    return positions


def digest(text):
    h = 0
    for ch in text:
        h = (h * 31 + ord(ch)) & 0xFFFFFFFF
    return h


def report(counts):
    lines = []
    for w, c in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
        lines.append("%-10s %5d %s" % (w, c, w.upper()[::-1]))
    return "\n".join(lines)


def transform(ws):
    text = " ".join(ws)
    parts = text.split(" ")
    caps = [p.capitalize() for p in parts if p.startswith(("k", "m", "s"))]
    replaced = text.replace("qua", "QU").replace("ph", "f")
    fields = ",".join(f"{w}:{len(w)}" for w in ws[:5000])
    return len(parts), len(caps), len(replaced), replaced.count("QU"), fields.find("zeze"), len(fields.split(","))


def main(n, loops):
    ws = words(n)
    for _ in range(loops):
        counts = count(ws)
        positions = index(ws)
        merged = {}
        for w, ps in positions.items():
            key = w[:2]
            merged[key] = merged.get(key, 0) + len(ps) * counts[w]
        text = report(counts)
        info = transform(ws)
    print("dict_strings", n, loops, len(counts), len(positions), sorted(merged.items())[:3], digest(text), info)


main(int(sys.argv[1]) if len(sys.argv) > 1 else 200000, int(sys.argv[2]) if len(sys.argv) > 2 else 9)
