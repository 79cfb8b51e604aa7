# SyntaxError from seed 002's typo: a colon outside the string in a call
print("never printed")
print('Square': , 7 * 7)
