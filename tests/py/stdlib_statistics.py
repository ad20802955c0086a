import statistics as st

data = [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]
print(st.mean([1, 2, 3, 4, 4]), st.mean([1, 2, 3]), st.mean(data), st.mean([0.1] * 10))
print(st.fmean([3.5, 4.0, 5.25]), st.fmean([1, 2, 3], weights=[3, 2, 1]))
print(st.median([1, 3, 5]), st.median([1, 3, 5, 7]), st.median_low([1, 3, 5, 7]), st.median_high([1, 3, 5, 7]))
print(st.mode([1, 1, 2, 3, 3, 3, 3, 4]), st.mode(["red", "blue", "blue", "red", "green", "red", "red"]))
print(st.multimode("aabbbbccddddeeffffgg"), st.multimode([]))
print(st.variance(data), st.pvariance(data), st.stdev(data), st.pstdev(data))
print(st.variance([1, 2, 3, 4, 5]), st.pvariance([1, 2, 3, 4]), st.stdev([1, 2, 3, 4, 5]), st.pstdev([2, 4, 4, 4, 5, 5, 7, 9]))
print(st.variance([0.1, 0.2, 0.3, 0.4]), st.stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]))
print(st.median_grouped([52, 52, 53, 54]), st.quantiles([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], n=4))
print(st.geometric_mean([54, 24, 36]), st.harmonic_mean([40, 60]))
for bad in [lambda: st.mean([]), lambda: st.variance([1]), lambda: st.stdev([]), lambda: st.median([]), lambda: st.mode([])]:
    try:
        bad()
    except st.StatisticsError as e:
        print("StatisticsError:", e)
print(issubclass(st.StatisticsError, ValueError))
