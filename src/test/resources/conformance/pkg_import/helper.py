# Helper module for main.py (not a test by itself: only top-level scripts and */main.py run).
CONSTANT = 42
load_count = 0
load_count += 1
public_name = "exported by *"
_private = "hidden from *"
def greet(name):
    return f"hello, {name}"
class Counter:
    def __init__(self):
        self.value = 0
    def inc(self):
        self.value += 1
if __name__ == "__main__":
    print("never when imported")
