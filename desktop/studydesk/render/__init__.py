"""What Study Desk draws for paper and files rather than for the screen:
printable worksheets and chart images, through Qt's painting. No widgets and
nothing from ui/, so the command line can use it without the window."""
