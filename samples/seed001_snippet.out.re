\['thread'\]
Inside process: \['process'\]
PID: \d+
Main process: \[\]
hello
Main PID: \d+
