# asyncio.exceptions: the exception classes asyncio raises (CancelledError,
# InvalidStateError, TimeoutError = builtins.TimeoutError as in 3.11).

__all__ = ('BrokenBarrierError', 'CancelledError', 'InvalidStateError',
           'TimeoutError', 'SendfileNotAvailableError')


class CancelledError(BaseException):
    """The Future or Task was cancelled."""


TimeoutError = TimeoutError   # 3.11: asyncio.TimeoutError is the builtin


class InvalidStateError(Exception):
    """The operation is not allowed in this state."""


class SendfileNotAvailableError(RuntimeError):
    """Sendfile syscall is not available (never raised: Bastion has no I/O)."""


class BrokenBarrierError(RuntimeError):
    """Barrier is broken by barrier.abort() call."""
