# random: more seeded sequences (gauss, weighted choices, large samples, steps, state round trip, instances)
import random
random.seed(12345)
print(random.gauss(0, 1), random.gauss(10, 2), random.normalvariate(0, 1))
print(random.choices(["a", "b", "c"], weights=[5, 1, 1], k=6), random.choices("xyz", cum_weights=[1, 2, 10], k=4))
print(random.sample(range(1000), 8), random.randrange(100, 0, -7), random.randrange(-50, 50, 3))
print(random.getrandbits(1), random.getrandbits(32), random.getrandbits(33), random.getrandbits(200))
print(random.randint(-10 ** 30, 10 ** 30), random.triangular(0, 10, 3), random.expovariate(2.0))
state = random.getstate()
a = [random.random() for _ in range(3)]
random.setstate(state)
print(a == [random.random() for _ in range(3)])
r1, r2 = random.Random(99), random.Random(99)
print(r1.random() == r2.random(), r1.randint(1, 1000), r2.randint(1, 1000))
random.seed(b"bytes seed")
print(random.random())
random.seed(-42)
print(random.random())
random.seed(2 ** 100 + 7)
print(random.random())
deck = [1, 2, 3, 4, 5, 6, 7, 8]
random.seed(3)
random.shuffle(deck)
print(deck)
for bad in [lambda: random.choice([]), lambda: random.randrange(0), lambda: random.randrange(1, 1),
            lambda: random.randrange(0, 10, 0), lambda: random.sample([1, 2], 3), lambda: random.getrandbits(-1)]:
    try:
        bad()
    except (IndexError, ValueError) as e:
        print(type(e).__name__, e)
