(Process [AB] starting){0,2}
(Process [AB] starting){0,2}
(Process [AB] finished){0,2}
(Process [AB] finished){0,2}
All processes completed
