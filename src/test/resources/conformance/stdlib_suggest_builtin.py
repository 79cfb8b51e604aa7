# "Did you mean" for a misspelt builtin, from module level.
pritn("hello")
