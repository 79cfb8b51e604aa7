import re
# \b and \B keep Python's Unicode word characters whether or not the subject is ASCII
cases = ["café étoile ébène x", "naïve über ab_c 12", "ab cd", "ax x", "a b", "plain ascii words_here 42", "", " ",
         "x²y 3½", "Ⓐb", "é", "e\u0301t", "a\u200db"]
for text in cases:
    print(repr(text), re.findall(r"\b\w+\b", text), re.findall(r"\B\w", text), re.sub(r"\b", "|", text),
          re.split(r"\B", text), [m.span() for m in re.finditer(r"\b", text)])
print(re.findall(r"\b[a-z]+\b", "The quick brown fox, 12 foo@bar.com" * 3))
print(re.findall(r"(?a)\b\w+\b", "naïve über"), re.findall(rb"\b\w+\b", b"ab c\xe9d"))
p = re.compile(r"\bfoo\b")
print(p.search("a foo b").span(), p.search("afoo b"), p.search("é foo é").span(), p.findall("foo foo", 1), p.findall("foo foo", 0, 5))
