"""The depth tab: what activations and initialisers do to a deep network, layer by layer."""
