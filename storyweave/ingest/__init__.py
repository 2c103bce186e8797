"""Readers turn files into RawDocuments; `read_inputs` walks paths and dispatches by format."""

from storyweave.ingest.files import SUPPORTED_SUFFIXES, read_inputs
from storyweave.ingest.options import ReadOptions

__all__ = ["SUPPORTED_SUFFIXES", "ReadOptions", "read_inputs"]
