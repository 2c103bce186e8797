"""Clustering metrics, labelled data loaders and the evaluation runner."""
