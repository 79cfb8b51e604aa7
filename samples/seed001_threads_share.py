# Seed 001 (001_818a468232708149.txt), "Threads Share Memory": a thread
# appends to a module-level list, and the change is visible to the caller.
# The article shows only the list and worker(); the driver below the marker
# was added to run worker() in a thread and print the shared list.
shared_data = []

def worker():
    shared_data.append("thread")

# --- driver (not in the article) ---
import threading
t = threading.Thread(target=worker)
t.start()
t.join()
print(shared_data)
