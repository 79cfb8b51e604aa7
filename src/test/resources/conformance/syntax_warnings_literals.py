x=[0x1for x in (1,2)]
print(x)
y=1or 2
z=1.5if 1 else 0
w=1e5and 0
v=0o7or 1
b=0b1or 1
print(1_0in[10])
print(0in[1])
