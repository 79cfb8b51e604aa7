# Lexing: indentation with tabs, mixed block depths, blank lines and comments
def f(n):
	if n > 0:
		return "pos"
	else:
		return "non-pos"

class C:
	def m(self):
		for i in range(2):
			if i:
				return i


	# comment at odd indent
	x = 5

print(f(1), f(-1))
print(C().m(), C.x)
if True:
    pass
    # comment

    y = [1,
  2,
        3]
print(y)
while False: pass
if 1: print("one-line if")
for i in range(3): print(i, end=" ")
print()
x = 1; y = 2; print(x + y)
