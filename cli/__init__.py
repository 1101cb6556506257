"""Headless commands: ``export`` (one figure's CSV or image) and ``gallery`` (a handout folder).

Layout:

* :mod:`cli.parser`: the argument pieces, one function per subcommand and per export kind
  (no torch, no Qt: ``main.py`` builds the parser before the window opens);
* :mod:`cli.export`: runs ``export``: picks the kind the flags ask for, computes, writes;
* :mod:`cli.activation`, :mod:`cli.initialization`, :mod:`cli.depth`: the export kinds, each
  ``selected(args)`` and ``build(args) -> Export`` (a FigureSpec plus notes and side files);
* :mod:`cli.gallery`: runs ``gallery``;
* :mod:`cli.common`: exit codes, output format, parameter parsing, the ``Export`` result;
* :mod:`cli.images`: the one door to Qt (``gui.app`` and ``gui.export``), for images only.
  A ``.csv`` is :func:`figures.table.figure_csv_text` of the same FigureSpec, with no Qt.

A new export kind (``--train``, ``--vector``…) is a module ``cli/<kind>.py`` with
``selected(args)`` and ``build(args)``, one line in :data:`cli.export.KINDS`, and its flags as
``add_<kind>_arguments(group)`` in :mod:`cli.parser`, listed in ``EXPORT_KINDS`` there.
"""
