"""The weight-initialisation tab: histograms of torch.nn.init samples against their theory."""
