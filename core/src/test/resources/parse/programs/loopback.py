# Loopback TCP: a server thread accepts one client and echoes upper-cased bytes back.
import socket, threading

srv = socket.socket()
srv.bind(("127.0.0.1", 0))
srv.listen(1)
port = srv.getsockname()[1]

def serve():
    conn, _ = srv.accept()
    data = conn.recv(100)
    conn.sendall(data.upper())
    conn.close()

t = threading.Thread(target=serve)
t.start()
client = socket.create_connection(("127.0.0.1", port))
client.sendall(b"hello\x01\xff")
client.recv(100)
client.close()
t.join()
srv.close()
