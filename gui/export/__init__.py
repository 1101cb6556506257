"""Rendering figures to PNG/SVG/PDF/CSV, the export dialogs and the gallery."""
