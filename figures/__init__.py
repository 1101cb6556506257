"""Qt-free figure descriptions (FigureSpec) and their builders, shared by the screen and every export."""
