"""Pattern data shipped with vnextract (installed as ``extractor.builtin_patterns``)."""
