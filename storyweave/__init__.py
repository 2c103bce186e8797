"""storyweave: raw news articles in, trustworthy events and stories out."""

__version__ = "0.1.0"
