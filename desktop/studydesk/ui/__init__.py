"""Qt widgets: thin, fed by the core's objects and following their announcements.

The core they are built on is imported first, before Qt: once PySide6 is
imported it reads the source of every module imported after it, to see
whether it uses PySide6 (PYSIDE-2029), and the core, with the standard
library it needs, never does. That is about 10 ms of start-up.
"""

import studydesk.core.check  # noqa: F401
import studydesk.core.history  # noqa: F401
