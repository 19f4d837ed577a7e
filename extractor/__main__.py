"""python -m extractor: the extract command."""

from .cli import main

main()
