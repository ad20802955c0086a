# A BaseException subclass escapes `except Exception` and ends the program.
class Stop(BaseException):
    pass


try:
    try:
        raise Stop('halt')
    except Exception:
        print('not caught here')
finally:
    print('finally ran')
