"""An agency asked with one of its units in brackets (「内閣府（防災担当）」「総務省（自治行政局担当）」).

The graph knows the agency, not the unit; the agency's other offices and councils, which an answer
about the agency holds (「下部組織を含む」), are not the unit asked about (内閣府's こども家庭庁 is not
内閣府（防災担当）).  Takes the question as typed and the :class:`~kg.ask.outcomes.Reading` it was
read as; gives the reading kept to what names the agency itself, or the reading unchanged where no
unit is said after the agency's name.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg.ask.names import UNIT_RE
from kg.ask.outcomes import Reading
from kg.ask.text import fold


def kept_to_the_agency_itself(question: str, reading: Reading) -> Reading:
    """``reading`` without the agency's other bodies where the question names a unit of it."""
    agencies = [e for e in reading.entities if e.kind == "agency"]
    if len(agencies) != 1 or "（下部組織を含む）" not in reading.reading:
        return reading
    agency = agencies[0]
    folded = fold(question)
    m = re.search(re.escape(fold(agency.label)) + UNIT_RE.pattern, folded)
    if m is None:
        return reading
    below = f"?body org:subOrganizationOf* <{agency.iri}> ."
    if below not in reading.sparql:
        return reading
    itself = f"VALUES ?body {{ <{agency.iri}> }}"
    unit = m[0][len(fold(agency.label)) :]
    return replace(
        reading,
        sparql=reading.sparql.replace(below, itself),
        key_sparql=reading.key_sparql and reading.key_sparql.replace(below, itself),
        reading=reading.reading.replace(
            "（下部組織を含む）", f"そのもの（{unit[1:-1]}はグラフになく、他の下部組織は含めない）"
        ),
    )
