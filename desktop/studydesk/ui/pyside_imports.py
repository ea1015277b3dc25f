"""A quicker answer to the question PySide6 asks of every imported module.

Once PySide6 is imported, the first import statement naming any module has
PySide6 read that module's whole source through `inspect.getsource` (decoding
it and splitting it into lines) to see whether it mentions "PySide6", and so
whether its `__feature__` switches apply (PYSIDE-2029). At start-up that is
55 modules and ~6 ms, over half of it for stdlib modules such as typing,
zipfile and shutil. The same question is answered here by searching the
file's bytes, about ten times faster.

Only the lookup is replaced, and only when PySide6 has the function this was
written against; anything unexpected goes to PySide6's own version.
tests/ui/test_pyside_imports.py holds the two to the same answers.
"""

from __future__ import annotations

import sys

_FEATURE_MODULE = "shibokensupport.feature"


def install() -> bool:
    """Use the quicker lookup; False if this PySide6 does not have the hook."""
    feature = sys.modules.get(_FEATURE_MODULE)
    original = getattr(feature, "_mod_uses_pyside", None)
    if original is None or getattr(original, "studydesk", False):
        return original is not None

    def mod_uses_pyside(module) -> bool:
        path = getattr(module, "__file__", None)
        if not isinstance(path, str) or not path.endswith(".py"):
            return original(module)
        try:
            with open(path, "rb") as source:
                return b"PySide6" in source.read()
        except OSError:
            return original(module)

    mod_uses_pyside.studydesk = True
    mod_uses_pyside.original = original
    feature._mod_uses_pyside = mod_uses_pyside
    return True
