"""Page images: one PDF page rendered to PNG with pypdfium2 (which pdfplumber already brings).

The highlight is not drawn into the image: the page view lays an SVG box over it, in PDF points,
so one image per page serves every citation on it and the browser can cache it. pdfium is not
thread-safe, so rendering is serialised; a few recent images stay in memory.
"""

from __future__ import annotations

import io
import threading
from collections import OrderedDict
from pathlib import Path

TARGET_WIDTH_PX = 1100  # wide enough to read on a laptop screen, small enough to load fast
MAX_SCALE = 3.0
CACHE_IMAGES = 48


class PageImages:
    def __init__(self, target_width: int = TARGET_WIDTH_PX) -> None:
        self.target_width = target_width
        self._lock = threading.Lock()
        self._cache: OrderedDict[tuple[str, str, int], bytes] = OrderedDict()

    def png(self, doc_id: str, sha256: str, pdf: Path, number: int) -> bytes:
        """Page `number` (1-based) of `pdf` as PNG bytes. Raises IndexError for a page it lacks."""
        key = (doc_id, sha256, number)
        with self._lock:
            cached = self._cache.get(key)
            if cached is not None:
                self._cache.move_to_end(key)
                return cached
            data = self._render(pdf, number)
            self._cache[key] = data
            while len(self._cache) > CACHE_IMAGES:
                self._cache.popitem(last=False)
            return data

    def forget(self, doc_id: str) -> None:
        with self._lock:
            for key in [k for k in self._cache if k[0] == doc_id]:
                del self._cache[key]

    def _render(self, pdf: Path, number: int) -> bytes:
        import pypdfium2

        document = pypdfium2.PdfDocument(str(pdf))
        try:
            if not 1 <= number <= len(document):
                raise IndexError(number)
            page = document[number - 1]
            try:
                width, _height = page.get_size()
                scale = min(MAX_SCALE, self.target_width / max(width, 1.0))
                bitmap = page.render(scale=scale)
                image = bitmap.to_pil()
                buffer = io.BytesIO()
                image.save(buffer, format="PNG")
                bitmap.close()
            finally:
                page.close()
        finally:
            document.close()
        return buffer.getvalue()
