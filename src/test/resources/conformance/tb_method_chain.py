s = "abc"
n = s.upper().lower().nope()
