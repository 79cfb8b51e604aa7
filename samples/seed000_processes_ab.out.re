(Process [AB] (starting|finished)){0,2}
(Process [AB] (starting|finished)){0,2}
(Process [AB] (starting|finished)){0,2}
(Process [AB] (starting|finished)){0,2}
All processes completed
