"""The web face of storyweave: JSON API and server-rendered pages over one database."""

from storyweave.web.app import ServeOptions, create_app

__all__ = ["ServeOptions", "create_app"]
