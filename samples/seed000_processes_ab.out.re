Process [AB] starting
Process [AB] starting
Process [AB] finished
Process [AB] finished
All processes completed
