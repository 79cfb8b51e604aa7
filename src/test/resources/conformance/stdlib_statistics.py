# statistics: averages, spread, quantiles, exact results and StatisticsError messages
import statistics
from statistics import (mean, fmean, median, median_low, median_high, median_grouped, mode, multimode, stdev,
                        pstdev, variance, pvariance, quantiles, harmonic_mean, geometric_mean, StatisticsError,
                        correlation, covariance, linear_regression)

data = [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]
print(mean([1, 2, 3, 4, 4]), mean([1, 2, 3]), mean([1, 2]), mean([-1.0, 2.5, 3.25, 5.75]), mean(data))
print(mean([1e50, 1, -1e50] * 1000), mean([0.1] * 10), mean([True, False, True]), mean(range(1, 101)))
print(fmean([3.5, 4.0, 5.25]), fmean(iter([1, 2, 3])), fmean([85, 92, 83, 91], weights=[0.20, 0.20, 0.30, 0.30]))
print(median([1, 3, 5]), median([1, 3, 5, 7]), median_low([1, 3, 5, 7]), median_high([1, 3, 5, 7]),
      median([5, 1, 3]), median(["b", "a", "c"]))
print(median_grouped([52, 52, 53, 54]), median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5]), median_grouped([1, 3, 3, 5, 7], 2))
print(mode([1, 1, 2, 3, 3, 3, 3, 4]), mode(["red", "blue", "blue", "red", "green", "red", "red"]), mode('aabbbc'))
print(multimode('aabbbbccddddeeffffgg'), multimode(''), multimode([1, 2, 3]))
print(stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), pstdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), stdev([1, 2, 3, 4]),
      pstdev([2, 4, 4, 4, 5, 5, 7, 9]))
print(variance(data), variance([1, 2, 3, 4]), variance([1, 3, 5]), pvariance([0.0, 0.25, 0.25, 1.25, 1.5, 1.75, 2.75, 3.25]),
      pvariance([1, 2, 3, 4]), variance(data, mean(data)), pvariance([1, 2, 3], mu=2))
print(quantiles([105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99, 91, 103, 129,
                 106, 101, 84, 111, 74, 87, 86, 103, 103, 106, 86, 111, 75, 87, 102, 121, 111, 88, 89, 101, 106, 95,
                 103, 107, 101, 81, 109, 104], n=10))
print(quantiles([1, 2, 3, 4, 5, 6, 7, 8], n=4), quantiles([1, 2, 3, 4, 5, 6, 7, 8], n=4, method='inclusive'),
      quantiles([1.0, 5.0], n=3))
print(harmonic_mean([40, 60]), harmonic_mean([2.5, 3, 10]), harmonic_mean([40, 60], weights=[5, 30]), harmonic_mean([5]),
      round(geometric_mean([54, 24, 36]), 9))
print(round(correlation([1, 2, 3, 4, 5], [2, 4, 5, 4, 5]), 12), covariance([1, 2, 3, 4], [1, 3, 2, 4]),
      linear_regression([1, 2, 3, 4, 5], [3, 5, 7, 9, 11]))
scores = [88, 92, 79, 93, 85, 90, 72, 95]
print(f"mean={mean(scores)} median={median(scores)} stdev={stdev(scores):.3f} var={variance(scores):.3f}")
for fn, arg in [(mean, []), (fmean, []), (median, []), (median_low, []), (median_high, []), (mode, []),
                (stdev, [1]), (pstdev, []), (variance, [1]), (pvariance, []), (harmonic_mean, []),
                (geometric_mean, [-1, 2]), (harmonic_mean, [1, -2]), (quantiles, [1])]:
    try:
        fn(arg)
    except StatisticsError as e:
        print(f"{fn.__name__}: StatisticsError: {e}")
try:
    quantiles([1, 2, 3], n=0)
except StatisticsError as e:
    print("StatisticsError:", e, isinstance(e, ValueError))
try:
    mean(["a", "b"])
except TypeError as e:
    print("TypeError:", e)
