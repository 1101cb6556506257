"""The training tab: why a network needs a non-linear activation (TensorFlow Playground, offline)."""
