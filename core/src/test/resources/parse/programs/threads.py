# Several threads doing file I/O at once: forces <unfinished ...>/<... resumed> pairs in the trace.
import os, threading

def work(n):
    for i in range(20):
        with open("/etc/passwd", "rb") as f:
            f.read()
        try:
            os.stat("/nonexistent/%d/%d" % (n, i))
        except FileNotFoundError:
            pass

threads = [threading.Thread(target=work, args=(n,)) for n in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
