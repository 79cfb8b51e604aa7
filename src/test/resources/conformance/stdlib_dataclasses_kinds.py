from dataclasses import dataclass, field, InitVar, KW_ONLY, fields
from typing import ClassVar
import typing
for body in ["x: ClassVar[int] = field(default_factory=list, kw_only=True)",
             "x: ClassVar[int] = field(default=1, kw_only=True)",
             "x: InitVar[int] = field(default_factory=list)",
             "x: list = []",
             "x: 'ClassVar[int]' = 3",
             "x: 'typing.ClassVar[int]' = 3",
             "x: 'InitVar[int]' = 3\n    def __post_init__(self, x): print('post', x)",
             "x: int = 1\n    _: KW_ONLY\n    y: int = 2",
             "x: dict = field(default_factory=dict)"]:
    src = "@dataclass\nclass C:\n    " + body + "\nprint([(f.name, f.kw_only, f._field_type) for f in fields(C)]); print(C())"
    try:
        exec(src, {"dataclass": dataclass, "field": field, "InitVar": InitVar, "ClassVar": ClassVar, "KW_ONLY": KW_ONLY, "fields": fields, "typing": typing})
    except Exception as e:
        print(type(e).__name__, e)
