# Seed 002 (002_3a78bc68e671cc93.txt): the threading example with only the
# print syntax fixed. calc_quad() still takes no arguments but is started with
# args=(number,), so thread 2 dies with a TypeError (reported on stderr by the
# threading module); the program itself still exits with status 0.
import threading

def calc_square(number):
    print('Square:', number * number)

def calc_quad():
    print('Quad:', number * number * number * number)

if __name__ == "__main__":
    number = 7
    thread1 = threading.Thread(target=calc_square, args=(number,))
    thread2 = threading.Thread(target=calc_quad, args=(number,))
    # Will execute both in parallel
    thread1.start()
    thread2.start()
    # Joins threads back to the parent process, which is this
    # program
    thread1.join()
    thread2.join()
