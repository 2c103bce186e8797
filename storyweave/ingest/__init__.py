"""Readers turn files into RawDocuments; `read_inputs` walks paths and dispatches by format."""

from storyweave.ingest.files import SUPPORTED_SUFFIXES, read_inputs

__all__ = ["SUPPORTED_SUFFIXES", "read_inputs"]
