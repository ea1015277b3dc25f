"""Study Desk: an article beside comprehension quizzes and charts of its figures."""

__version__ = "0.1.0"
