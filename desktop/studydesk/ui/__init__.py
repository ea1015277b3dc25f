"""Qt widgets: thin views over studydesk.core."""
