import sys

from studydesk.cli import main

sys.exit(main())
