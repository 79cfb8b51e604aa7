# Seed 002 (002_3a78bc68e671cc93.txt), from the article's comments: a reader
# expected a thread's `result` to be visible in the main thread and got None;
# the reply says to declare `result` global. With `global`, the thread writes
# the shared module variable (threads share memory), so 49 is printed.
import threading

def calc_square(number):
    global result
    print('Square:', number * number)
    result = number * number

if __name__ == "__main__":
    number = 7
    result = None
    thread1 = threading.Thread(target=calc_square, args=(number,))
    thread1.start()
    thread1.join()
    print(result)
