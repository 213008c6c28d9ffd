"""One writer per data directory: a second launch asks the first to come forward, then exits."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

_TIMEOUT_MS = 500


def server_name(data_dir: Path) -> str:
    """A per-user, per-data-directory name for the local socket."""
    digest = hashlib.sha256(str(data_dir.resolve()).encode()).hexdigest()[:16]
    user = str(os.getuid()) if hasattr(os, "getuid") else os.environ.get("USERNAME", "user")
    return f"debttracker-{user}-{digest}"


def notify_running_instance(data_dir: Path) -> bool:
    """True when another instance owns ``data_dir`` (it was asked to raise its window)."""
    socket = QLocalSocket()
    socket.connectToServer(server_name(data_dir))
    if not socket.waitForConnected(_TIMEOUT_MS):
        return False
    socket.write(b"raise\n")
    socket.waitForBytesWritten(_TIMEOUT_MS)
    socket.disconnectFromServer()
    return True


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
