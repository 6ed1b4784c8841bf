"""The embedded default model: features, network, training and evaluation, and the policy (docs/model.md)."""
