from stance.normalize import normalize, normalize_with_offsets


def test_alef_forms_collapse():
    assert normalize("أإآٱا") == "ااااا"


def test_alef_maksura_teh_marbuta_and_persian_letters():
    assert normalize("كيربى") == normalize("كيربي")
    assert normalize("مدرسة") == "مدرسه"
    assert normalize("کیم") == "كيم"


def test_diacritics_and_tatweel_removed():
    assert normalize("مُضِيفًا") == "مضيفا"
    assert normalize("بيـــسكوف") == "بيسكوف"


def test_quote_marks_unified():
    assert normalize("«قال» “نعم” „لا”") == '"قال" "نعم" "لا"'


def test_offsets_map_back_to_original():
    original = "قال المتحدثُ: «لا تعليـــق»"
    nt = normalize_with_offsets(original)
    start = nt.text.index("لا تعليق")
    o_start, o_end = nt.span_to_original(start, start + len("لا تعليق"))
    assert original[o_start:o_end] == "لا تعليـــق"
    assert nt.original_to_normalized(o_start) == start


def test_ligature_expansion_keeps_offsets():
    original = "ﻻ بد"  # lam-alef ligature expands to two letters
    nt = normalize_with_offsets(original)
    assert nt.text.startswith("لا")
    assert nt.span_to_original(0, 2) == (0, 1)


def test_hashtag_marks_read_as_plain_words_with_offsets_kept():
    original = "قال منسق الاتصالات في #البيت_الأبيض، جون #كيربي"
    nt = normalize_with_offsets(original)
    assert nt.text == normalize("قال منسق الاتصالات في البيت الأبيض، جون كيربي")
    start = nt.text.index("البيت الابيض")
    o_start, o_end = nt.span_to_original(start, start + len("البيت الابيض"))
    assert original[o_start:o_end] == "البيت_الأبيض"
