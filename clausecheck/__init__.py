"""clausecheck: read vendor DPAs and AI terms on your own machine, with verified citations."""

import os

__version__ = "0.1.0"

# Nothing leaves the machine. Libraries read these switches when they start, so they are set
# when the package is imported, before any of them is:
# - onnxruntime (1.32 on Linux) sends usage events to a Microsoft collector; a strace of a
#   plain analysis showed its DNS look-ups (tests/test_no_egress_process.py).
# - chromadb's product telemetry (also switched off in its Settings, index.py).
os.environ["ORT_DISABLE_TELEMETRY"] = "1"
os.environ["ANONYMIZED_TELEMETRY"] = "False"
