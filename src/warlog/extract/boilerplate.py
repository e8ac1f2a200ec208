"""Lines that are page furniture, not reporting: photo credits, bylines, footers.

Events and actors must never come from them (a photo agency is not a belligerent).
"""

from __future__ import annotations

import re

from spacy.tokens import Span

_FURNITURE = re.compile(
    r"""^\s*(
        (photo|image|picture|video)\s*(by|credit|courtesy|:)      # photo credits
      | \(?(file\s+)?photo\b                                          # "(File photo)"
      | .{0,60}\bvia\s+(ap|getty|afp|reuters)\b.{0,30}$               # agency credit lines
      | (this|the)\s+(story|article|report)\s+(is|was)\s+(from|published|dated|updated)\b.{0,40}$  # datelines
      | (published|updated|posted)(\s+on\s+|\s*:\s*)[^.]{0,30}\d[^.]{0,20}$  # "Updated: Mar 1, 2002"
      | by\s+[A-Z][\w.'-]+(\s+[A-Z][\w.'-]+){0,3}\s*$                  # bylines
      | (please\s+let\s+us\s+know|leave\s+a\s+comment|comments?\b|share\s+this|subscribe|sign\s+up|click\s+here|read\s+more|related:|related\s+(stories|articles|news|coverage)\b|also\s+read\b|advertisement|all\s+rights\s+reserved|copyright|©)
    )""",
    re.IGNORECASE | re.VERBOSE,
)


def is_furniture(sent: Span) -> bool:
    """True for a sentence that is a credit line, byline or site footer."""
    text = sent.text.strip()
    if not text:
        return True
    return bool(_FURNITURE.match(text))
