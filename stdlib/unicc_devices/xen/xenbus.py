"""The xenbus handshake between a frontend (this guest) and its backend
(in dom0), through the `state` keys of their xenstore directories
(Xen's io/xenbus.h): the frontend says Initialising, waits for the backend
to be ready (InitWait), publishes its ring references and event channel
with Initialised in one transaction, and is Connected once the backend
is.  Closing goes Closing -> Closed the same way.  netfront and blkfront
are built on Frontend.
"""

from __future__ import annotations

from unicc_devices.xen.xenstore import Xenstore, XenstoreError

UNKNOWN, INITIALISING, INIT_WAIT, INITIALISED, CONNECTED, CLOSING, CLOSED = 0, 1, 2, 3, 4, 5, 6
NAMES = ["Unknown", "Initialising", "InitWait", "Initialised", "Connected", "Closing", "Closed",
         "Reconfiguring", "Reconfigured"]


def state_name(state: int) -> str:
    return NAMES[state] if 0 <= state < len(NAMES) else f"state {state}"


class XenbusError(OSError):
    """The backend is missing, closed or in a state the handshake cannot continue from."""


def read_state(xs: Xenstore, directory: str) -> int:
    """The state key of a device directory; Unknown if absent or not a number."""
    try:
        value = xs.read(directory + "/state")
    except XenstoreError as e:
        if e.error == "ENOENT":
            return UNKNOWN
        raise
    return int(value) if value.isdigit() else UNKNOWN


class Frontend:
    """The frontend half of device `node` (e.g. "device/vif/0", relative
    to our domain's directory)."""

    def __init__(self, xs: Xenstore, node: str) -> None:
        self.xs = xs
        self.node = node
        try:
            self.backend = xs.read(node + "/backend")
            self.backend_id = int(xs.read(node + "/backend-id"))
        except XenstoreError as e:
            raise XenbusError(f"no Xen device {node}: {e}") from None
        self.token = "xenbus:" + node
        self.log: list[int] = []    # the backend states seen, in order

    def set_state(self, state: int) -> None:
        self.xs.write(self.node + "/state", str(state))

    def wait_backend(self, wanted: list[int]) -> int:
        """Wait until the backend's state is one of wanted; Closed or Closing
        when not wanted end the wait with XenbusError."""
        path = self.backend + "/state"
        self.xs.watch(path, self.token)
        try:
            while True:
                state = read_state(self.xs, self.backend)
                if not self.log or self.log[-1] != state:
                    self.log.append(state)
                if state in wanted:
                    return state
                if state in (CLOSING, CLOSED):
                    raise XenbusError(f"the backend {self.backend} is {state_name(state)}")
                try:
                    self.xs.next_event(self.token)
                except XenstoreError as e:
                    raise XenbusError(f"the backend {self.backend} stayed {state_name(state)}: {e}") from None
        finally:
            if not self.xs.broken:            # a client that gave up can unwatch nothing
                self.xs.unwatch(path, self.token)

    def connect(self, keys: dict[str, str], published: int = INITIALISED) -> None:
        """Initialising -> (backend InitWait) -> publish keys and the state
        `published` -> (backend Connected) -> Connected.  Backends differ:
        blkback connects on Initialised, Linux's netback only once the
        frontend says Connected (then pass published=CONNECTED)."""
        self.set_state(INITIALISING)
        self.wait_backend([INIT_WAIT, CONNECTED])
        while True:
            tx = self.xs.transaction_start()
            for k, v in keys.items():
                self.xs.write(f"{self.node}/{k}", v, tx)
            self.xs.write(self.node + "/state", str(published), tx)
            if self.xs.transaction_end(tx):
                break
        self.wait_backend([CONNECTED])
        if published != CONNECTED:
            self.set_state(CONNECTED)

    def watch(self) -> None:
        """From now on the backend's state changes are seen by lost()."""
        self.xs.watch(self.backend + "/state", self.token)

    def lost(self) -> int:
        """The backend's state if it is Closing or Closed (gone: the
        toolstack detached the device), else 0; looks only when a watch
        event came (watch() first), and never waits."""
        self.xs.poll_events()
        if all(token != self.token for _, token in self.xs.watch_events):
            return 0
        self.xs.watch_events = [e for e in self.xs.watch_events if e[1] != self.token]
        state = read_state(self.xs, self.backend)
        self.log.append(state)
        return state if state in (CLOSING, CLOSED) else 0

    def close(self) -> None:
        """Closing -> (backend Closing or Closed) -> Closed."""
        self.set_state(CLOSING)
        self.wait_backend([CLOSING, CLOSED])
        self.set_state(CLOSED)
