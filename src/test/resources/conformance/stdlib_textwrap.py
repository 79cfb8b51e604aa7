# textwrap: wrap, fill, dedent, indent, shorten, TextWrapper options
import textwrap

sample = """The textwrap module provides some convenience functions, as well as TextWrapper, the class that
does all the work. If you're just wrapping or filling one or two text strings, the convenience functions
should be good enough; otherwise, you should use an instance of TextWrapper for efficiency."""
print(textwrap.fill(sample))
print(textwrap.fill(sample, width=40))
for line in textwrap.wrap(sample, width=25):
    print(repr(line))
print(textwrap.wrap("Look, goof-ball -- use the -b option! A well-known, state-of-the-art e-mail.", 12))
print(textwrap.wrap("Look, goof-ball -- use the -b option! A well-known, state-of-the-art e-mail.", 12,
                    break_on_hyphens=False))
print(textwrap.wrap("supercalifragilisticexpialidocious is a long word", 10))
print(textwrap.wrap("supercalifragilisticexpialidocious is a long word", 10, break_long_words=False))
print(textwrap.wrap("pre-processing-of-hyphenated-words-that-are-long", 15))
print(textwrap.wrap("---------- dashes x-ray 1-2-3 a--b", 6))
print(textwrap.wrap("Hello there.  How are you? I am fine.  Thanks!", 20, fix_sentence_endings=True))
print(textwrap.wrap("tab\there\tand\tthere  spaces\nnewline", 12))
print(textwrap.wrap("tab\there", 30, expand_tabs=False), textwrap.wrap("tab\there", 30, tabsize=4))
print(textwrap.wrap("keep\nnewlines\tas is", 40, replace_whitespace=False, expand_tabs=False))
print(textwrap.wrap("   leading and trailing   ", 10), textwrap.wrap("   leading and trailing   ", 10,
                                                                     drop_whitespace=False))
print(textwrap.wrap(""), textwrap.wrap("   "), textwrap.fill("   \n  "))
print(textwrap.fill(sample, width=50, initial_indent="* ", subsequent_indent="  "))
print(textwrap.fill(sample, width=30, max_lines=3))
print(textwrap.fill(sample, width=30, max_lines=2, placeholder=" (more)"))
print(textwrap.shorten("Hello  world!", width=12), "|", textwrap.shorten("Hello  world!", width=11))
print(textwrap.shorten("Hello world", width=10, placeholder="..."))
print(textwrap.shorten(sample, 60), "|", textwrap.shorten("  short  text  ", 50))
try:
    textwrap.wrap("text", 0)
except ValueError as e:
    print("ValueError:", e)
try:
    textwrap.shorten("some words here", 3)
except ValueError as e:
    print("ValueError:", e)
code = '''
    def hello():
        print("hi")
      
    # comment
'''
print(repr(textwrap.dedent(code)))
print(repr(textwrap.dedent("  a\n\tb\n")), repr(textwrap.dedent("\t\ta\n\t  b")), repr(textwrap.dedent("no indent\n  x")))
print(repr(textwrap.dedent("  one\n    two\n  \n   three")))
print(textwrap.indent("one\ntwo\n\nthree\n", "> "))
print(repr(textwrap.indent("one\n  \ntwo", "+ ", lambda line: True)))
print(repr(textwrap.indent("a\r\nb\rc", "-")))
w = textwrap.TextWrapper(width=30, initial_indent="    ", subsequent_indent="  ", break_long_words=False)
print(w.wrap("A TextWrapper object can be reused for many paragraphs without being rebuilt each time."))
w.width = 20
print(w.fill("Attributes can be changed between calls."))
print(textwrap.fill("word " * 20, width=23, max_lines=4, placeholder=" ..."))
print(textwrap.wrap("unicode wörds like naïve café-au-lait résumé", 15))
