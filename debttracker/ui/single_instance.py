"""One writer per data directory: a second launch asks the first to come forward, then exits."""

from __future__ import annotations

import os
import time
import zlib
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

_TIMEOUT_MS = 500


def server_name(data_dir: Path) -> str:
    """A per-user, per-data-directory name for the local socket."""
    path = str(data_dir.resolve()).encode()
    # two stdlib checksums (64 bits): hashlib would load OpenSSL before the first paint
    digest = f"{zlib.crc32(path):08x}{zlib.adler32(path):08x}"
    user = str(os.getuid()) if hasattr(os, "getuid") else os.environ.get("USERNAME", "user")
    return f"debttracker-{user}-{digest}"


def notify_running_instance(data_dir: Path, wait_s: float = 0.0) -> bool:
    """True when another instance owns ``data_dir`` (it was asked to raise its window).

    ``wait_s``: keep trying that long -- an instance that holds the lock but is still in its
    first fraction of a second has not started listening yet."""
    deadline = time.monotonic() + wait_s
    while True:
        socket = QLocalSocket()
        socket.connectToServer(server_name(data_dir))
        if socket.waitForConnected(_TIMEOUT_MS):
            socket.write(b"raise\n")
            socket.waitForBytesWritten(_TIMEOUT_MS)
            socket.disconnectFromServer()
            return True
        if time.monotonic() >= deadline:
            return False
        time.sleep(0.1)


class SingleInstanceServer(QObject):
    """Listens for later launches on the same data directory and emits :attr:`raise_requested`."""

    raise_requested = Signal()

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        name = server_name(data_dir)
        if not self._server.listen(name):
            QLocalServer.removeServer(name)  # a stale socket left by a killed instance
            self._server.listen(name)
        self._server.newConnection.connect(self._on_connection)

    def is_listening(self) -> bool:
        return self._server.isListening()

    def _on_connection(self) -> None:
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            socket.readyRead.connect(self._on_ready_read)
            socket.disconnected.connect(socket.deleteLater)

    def _on_ready_read(self) -> None:
        socket = self.sender()
        if isinstance(socket, QLocalSocket) and b"raise" in bytes(socket.readAll().data()):
            self.raise_requested.emit()

    def close(self) -> None:
        self._server.close()
