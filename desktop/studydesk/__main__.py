import sys

from studydesk.launch import main

sys.exit(main())
