# Seed 002 (002_3a78bc68e671cc93.txt): the multiprocessing example with only
# the print syntax fixed. calc_quad() takes no arguments but is started with
# args=(number,): the child process fails with a TypeError (traceback on
# stderr, child exit code 1) while the parent carries on and prints None.
import multiprocessing

def calc_square(number):
    print('Square:', number * number)
    result = number * number
    print(result)

def calc_quad():
    print('Quad:', number * number * number * number)

if __name__ == "__main__":
    number = 7
    result = None
    p1 = multiprocessing.Process(target=calc_square, args=(number,))
    p2 = multiprocessing.Process(target=calc_quad, args=(number,))
    p1.start()
    p2.start()
    p1.join()
    p2.join()
    # Wont print because processes run using their own memory location
    print(result)
