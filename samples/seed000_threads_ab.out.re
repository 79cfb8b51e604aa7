(Thread [AB] starting){1,2}
(Thread [AB] starting)?
(Thread [AB] finished){1,2}
(Thread [AB] finished)?
All threads completed
