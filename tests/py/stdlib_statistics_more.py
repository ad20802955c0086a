# statistics: mean/median variants, mode/multimode, variance/stdev, quantiles, fmean,
# with ints, floats and fractions-free data, and the errors for empty data.
import statistics as st

data = [2, 4, 4, 4, 5, 5, 7, 9]
print(st.mean(data), st.median(data), st.median_low([1, 3, 5, 7]), st.median_high([1, 3, 5, 7]))
print(st.mode(data), st.multimode('aabbbcc' + 'cc'), st.pstdev(data), st.pvariance(data))
print(round(st.stdev(data), 10), round(st.variance(data), 10), st.fmean([1.5, 2.5]), st.mean([1.5, 2.5, 3]))
print(st.quantiles(range(1, 11), n=4), st.median_grouped([1, 2, 2, 3]) if hasattr(st, 'median_grouped') else None)
print(st.geometric_mean([1, 10, 100]) if hasattr(st, 'geometric_mean') else None, st.harmonic_mean([40, 60]))
for bad in (lambda: st.mean([]), lambda: st.stdev([1]), lambda: st.mode([]), lambda: st.median([])):
    try:
        bad()
    except st.StatisticsError as e:
        print('StatisticsError:', e)
print(issubclass(st.StatisticsError, ValueError), st.mean(range(101)), type(st.mean([1, 2])).__name__)
