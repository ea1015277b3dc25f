"""The File menu's tools for teachers: a draft quiz from an article and its
review, Moodle GIFT in and out, worksheets, and the history as CSV."""
