(Thread-[12] started){0,2}
(Thread-[12] started){0,2}
(Thread-[12] finished){0,2}
(Thread-[12] finished){0,2}
