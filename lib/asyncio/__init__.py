# asyncio for Bastion: the event loop, futures, tasks and their combinators,
# synchronisation primitives and queues, written in Python from the 3.11
# documentation. No I/O (sockets, subprocesses, signals) and no threads: the
# loop runs callbacks and timers only. Each submodule says what it owns.

from .exceptions import *
from .coroutines import *
from .events import *
from .base_events import *
from .futures import *
from .tasks import *
from .timeouts import *
from .taskgroups import *
from .locks import *
from .queues import *
from .runners import *

from . import events as _events
DefaultEventLoopPolicy = _events.DefaultEventLoopPolicy
SelectorEventLoop = EventLoop

# As CPython 3.11's: TaskGroup is left out (from asyncio import * does not
# bring it there either) and so is EventLoop (a 3.13 name).
__all__ = (exceptions.__all__ + coroutines.__all__ + events.__all__ +
           futures.__all__ + tasks.__all__ + timeouts.__all__ +
           locks.__all__ + queues.__all__ + runners.__all__ +
           ('BaseEventLoop', 'DefaultEventLoopPolicy', 'SelectorEventLoop',
            '_set_running_loop'))
