# Seed 001 (001_818a468232708149.txt), "Threads vs Processes at the OS
# Level": every process has its own PID (printed; varies run to run).
import os

print(os.getpid())
