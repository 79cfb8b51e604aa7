(Process [0-4] started){0,5}
(Process [0-4] started){0,5}
(Process [0-4] started){0,5}
(Process [0-4] started){0,5}
(Process [0-4] started){0,5}
