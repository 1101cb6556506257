"""The activation explorer tab: catalogue, curves, stacked plots, readout, marks, notes and the vector view."""
