(Thread-[12] started){1,2}
(Thread-[12] started)?
(Thread-[12] finished){1,2}
(Thread-[12] finished)?
