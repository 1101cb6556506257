"""Headless commands: exports of activations, weights and depth runs. CSV needs no Qt; images go through gui.export."""
