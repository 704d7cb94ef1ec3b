"""clausecheck: read vendor DPAs and AI terms on your own machine, with verified citations."""

__version__ = "0.1.0"
