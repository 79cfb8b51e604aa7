# Digits of pi by the unbounded spigot (big-integer arithmetic); checksum: the last digits and a digit sum.
import sys


def pi_digits(count):
    q, r, t, k, n, l = 1, 0, 1, 1, 3, 3
    produced = 0
    while produced < count:
        if 4 * q + r - t < n * t:
            yield n
            produced += 1
            q, r, n = 10 * q, 10 * (r - n * t), (10 * (3 * q + r)) // t - 10 * n
        else:
            q, r, t, k, n, l = q * k, (2 * q + r) * l, t * l, k + 1, (q * (7 * k + 2) + r * l) // (t * l), l + 2


def main(count):
    digits = []
    total = 0
    for d in pi_digits(count):
        digits.append(str(d))
        total += d
    text = "".join(digits)
    print("pidigits", count, text[:20], text[-20:], total)


main(int(sys.argv[1]) if len(sys.argv) > 1 else 4000)
