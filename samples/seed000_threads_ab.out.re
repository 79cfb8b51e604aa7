(Thread [AB] starting){0,2}
(Thread [AB] starting){0,2}
(Thread [AB] finished){0,2}
(Thread [AB] finished){0,2}
All threads completed
