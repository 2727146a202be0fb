"""stance.normalize spells out camel-tools' normalization steps instead of importing them (a faster start):
the result must be the camel-tools composition, character by character."""

import subprocess
import sys

import pytest

from stance.normalize import _extra_table, normalize, normalize_char, normalize_with_offsets


def camel_normalize_char(char: str) -> str:
    """The composition stance.normalize used before: camel-tools' functions, then the extra map."""
    from camel_tools.utils.charmap import CharMapper
    from camel_tools.utils.dediac import dediac_ar
    from camel_tools.utils.normalize import (normalize_alef_ar, normalize_alef_maksura_ar,
                                             normalize_teh_marbuta_ar, normalize_unicode)

    mapper = CharMapper({chr(k): v for k, v in _extra_table().items()})
    out = normalize_unicode(char)
    out = dediac_ar(out)
    out = normalize_alef_ar(out)
    out = normalize_alef_maksura_ar(out)
    out = normalize_teh_marbuta_ar(out)
    return mapper.map_string(out).lower()


def code_points():
    """Every code point of the Basic Multilingual Plane (Arabic and its presentation forms included) and a
    stride through the rest, surrogates left out."""
    for cp in range(0x10000):
        if not 0xD800 <= cp <= 0xDFFF:
            yield chr(cp)
    yield from (chr(cp) for cp in range(0x10000, 0x110000, 61))


def test_normalize_char_equals_camel_tools_composition():
    pytest.importorskip("camel_tools")
    different = [(hex(ord(c)), normalize_char(c), camel_normalize_char(c)) for c in code_points()
                 if normalize_char(c) != camel_normalize_char(c)]
    assert different == []


def test_known_mappings():
    assert normalize("أَعْرَبَ إلى مدينةٍ") == "اعرب الي مدينه"
    assert normalize("\ufdfc") == "ريال"
    assert normalize("«بيسكوف»") == '"بيسكوف"'
    nt = normalize_with_offsets("قالَ")
    assert nt.text == "قال" and nt.span_to_original(0, 3) == (0, 3) and list(nt.origin) == [0, 1, 2]


def test_importing_normalize_does_not_import_camel_tools():
    code = "import sys, stance.normalize as n; n.normalize('قال'); print(any(m.startswith('camel_tools') for m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    assert out == "False"
