"""Lessons: bundled session files with a text to read and a question to ask (model Qt-free; menu, panel, start page)."""
