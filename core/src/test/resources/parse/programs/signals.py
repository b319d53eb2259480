# Signals: handlers interrupting a blocking pipe read (ERESTARTSYS / EINTR), SIGCHLD, a child killed by SIGKILL.
import os, signal

signal.signal(signal.SIGUSR1, lambda *a: None)
signal.signal(signal.SIGUSR2, lambda *a: None)
r, w = os.pipe()
pid = os.fork()
if pid == 0:
    os.kill(os.getppid(), signal.SIGUSR1)
    os.kill(os.getppid(), signal.SIGUSR2)
    os.write(w, b"x")
    os._exit(3)
os.read(r, 1)
os.waitpid(pid, 0)
victim = os.fork()
if victim == 0:
    os.kill(os.getpid(), signal.SIGKILL)
os.waitpid(victim, 0)
os.kill(os.getpid(), signal.SIGUSR2)
