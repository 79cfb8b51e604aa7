Process [0-4] started
Process [0-4] started
Process [0-4] started
Process [0-4] started
Process [0-4] started
