# warnings: the "error" action raises the warning; uncaught, it ends the program
import warnings
warnings.simplefilter("error")
print("before")
warnings.warn("turned into an error", RuntimeWarning)
print("not reached")
