"""Extraction tests for the names of speakers: spellings and misspellings of the tracked people,
Latin-script surnames, given names alone, namesakes (other Kims, other Johns, Korean and Gulf full names), names
that name a place, the gender of the verb against the person, and joint speakers. Each case is a short invented
sentence."""

from datetime import date

import pytest

from stance.lexicon import Lexicon, default_lexicon
from stance.normalize import normalize
from tests.conftest import actor_of, actors, found, said, undated_actors

CAMPAIGN_DAY = date(2022, 2, 27)


# ================================================================ spellings and misspellings
# ---------------------------------------------------------------- spellings seen in real copy
def test_misspelled_leader_names_resolve():
    assert found("وقال جون أون أمام النواب إن التعبئة مستمرة.", "2024-01-16") == [("kim", "التعبئة مستمرة")]
    assert found("أكد كيم جين أون أن الصواريخ الجديدة جاهزة.", "2019-01-27") == [("kim", "الصواريخ الجديدة جاهزة")]


def test_john_alone_before_another_surname_is_not_the_leader():
    assert found("وقال جون كيربي إن الأمر يخضع للمراجعة.", "2023-05-02") == [("kirby", "الأمر يخضع للمراجعة")]


# ---------------------------------------------------------------- a misspelling seen in the press
def test_kirby_misspelt_with_a_final_sin():
    assert found("وأشار كيربس إلى أن الاجتماع المقبل سيعقد في واشنطن.") == [
        ("kirby", "الاجتماع المقبل سيعقد في واشنطن")]


# ---------------------------------------------------------------- a misspelling of Kirby's name
def test_kirby_with_a_doubled_ba_in_quotation_marks_is_kirby():
    text = "واعتبر ” كيبربي ” في حديث لقناة عربية أن الهجمات على السفن تهدد التجارة العالمية."
    assert actor_of(text, "تهدد التجارة", date="2024-01-12") == "kirby"


# ---------------------------------------------------------------- Kirby's name cut short, another John
def test_kirby_with_the_last_letter_dropped_after_his_given_name_is_kirby():
    text = "أعلن المتحدث باسم البيت الأبيض جون كيرب، أن “المفاوضات تسير على نحو مشجع”."
    assert actor_of(text, "المفاوضات تسير", date="2024-02-22") == "kirby"


def test_another_john_with_a_longer_surname_is_not_kirby():
    text = "قال المدرب جون كيربر إن الفريق جاهز للمباراة."
    assert actor_of(text, "الفريق جاهز", date="2024-02-22") == "other"


# ---------------------------------------------------------------- spellings of the Kims
@pytest.mark.parametrize("name", ["كيم جونغ إل", "كيم جونج إل", "كيم إل سونغ", "كيم إل سونج"])
def test_the_father_and_grandfather_spelled_with_il_are_not_kim_jong_un(name):
    assert undated_actors(f"وقال {name} في خطاب قديم أعيد بثه إن الوحدة حتمية.") == ["other"]


def test_kim_jong_yun_is_a_spelling_of_kim_jong_un():
    assert undated_actors("وقال كيم جونغ يون إن الجيش في حالة تأهب.") == ["kim"]


# ---------------------------------------------------------------- «الكريملن»: another spelling of the Kremlin
def test_spokesman_of_the_kremlin_spelt_without_the_second_ya_is_peskov_after_his_name():
    text = ("وأكد دميتري بيسكوف أن موسكو تتابع المحادثات بين الجارتين. "
            "ولفت المتحدث باسم الكريملن إلى أن بلاده ترحب بأي لقاء مباشر بينهما.")
    assert actor_of(text, "ترحب بأي لقاء") == "peskov"


def test_kremlin_spokesman_with_a_kasra_on_the_variant_spelling_and_an_article_date():
    text = "وقال الناطق الرسمي باسم الكريملِن إن الرئيس سيشارك في القمة عبر الفيديو."
    assert actor_of(text, "سيشارك في القمة", date="2023-09-14") == "peskov"


def test_the_variant_spelling_is_a_role_surface_of_the_lexicon():
    lexicon = default_lexicon()
    found = lexicon.find(normalize("قال المتحدث باسم الكرملن اليوم"))
    assert [m.kind for m in found] == ["role"] and found[0].actor == "peskov"


def test_spelling_variants_expand_offices_of_a_custom_lexicon():
    data = {"actors": {"x": {"names": ["زيد عمرو"], "roles": ["رئيس ديوان المملكة"]}},
            "spelling_variants": {"ديوان": ["مكتب"]}}
    lexicon = Lexicon(data)
    assert [m.actor for m in lexicon.find(normalize("قال رئيس مكتب المملكة إن"))] == ["x"]


# ---------------------------------------------------------------- Latin-script surnames
def test_latin_yoon_alone_is_the_president():
    text = "وقال Yoon إن سيول لن تتهاون مع أي تهديد."
    assert found(text) == [("yoon", "سيول لن تتهاون مع أي تهديد")]


def test_latin_yoon_takes_the_arabic_full_name_before_it():
    text = "وصل يون سوك يول إلى مدريد أمس. وقال Yoon إن الزيارة ناجحة."
    assert ("yoon", "الزيارة ناجحة") in found(text)


def test_latin_yoon_with_other_given_names_is_someone_else():
    text = "وقال Yoon Mi-hyang إن الحزب سيطعن في القرار."
    got = found(text)
    assert got == [("other", "الحزب سيطعن في القرار")]


def test_latin_kim_after_his_sister_is_the_sister():
    text = "وقالت كيم يو جونغ إن المناورات استفزاز. وأضافت Kim أن الرد سيكون حازما."
    assert all(actor == "other" for actor, _ in found(text))


def test_latin_kim_with_unknown_given_names_is_not_the_leader():
    text = "وقال Kim Tae-woo إن المفاوضات متعثرة."
    assert found(text) == [("other", "المفاوضات متعثرة")]


def test_latin_surname_forms_share_the_family_name():
    lex = default_lexicon()
    text = "yoon"
    (m,) = lex.find(text)
    assert (m.kind, m.actor) == ("surname", "yoon")
    (arabic,) = lex.find("يون")
    assert m.surname == arabic.surname


def test_latin_spelling_in_brackets_after_the_arabic_name_is_no_namesake():
    text = ("أدى يون سوك يول (Yoon Suk-youl) اليمين رئيسا للبلاد. "
            "ودعا يون الجارة الشمالية إلى التخلي عن برنامجها النووي.")
    got = found(text, "2022-05-10")
    assert got and all(actor == "yoon" for actor, _ in got)


# ================================================================ namesakes and bare surnames
def test_kim_with_a_shul_given_name_is_a_namesake():
    text = "ونقلت الوكالة عن كيم يونج شول، رئيس لجنة السلام، القول إن واشنطن لا تفهم الوضع."
    got = found(text, "2019-12-09")
    assert got and all(a == "other" for a, _ in got)


def test_attribution_opener_with_a_bare_surname_takes_the_latest_full_name():
    text = "وقال كيم جونغ أون إن الصواريخ جاهزة. ووفقا لكيم، فإن أي هجوم سيقابل برد ساحق."
    assert actors(text) == ["kim", "kim"]


def test_attribution_opener_with_a_bare_surname_after_a_minister_named_kim():
    text = "وقال وزير الدفاع الكوري الجنوبي كيم يونغ هيون إن الجيش مستعد. ووفقا لكيم، فإن الردع قوي."
    assert actors(text) == ["other", "other"]


def test_gulf_honorific_opens_a_long_name_before_a_renewal():
    text = "وأعاد سعادة السفير سالم بن ناصر الهنائي التأكيد على دعم بلاده لحل الدولتين."
    found = said(text, "2024-11-20")
    assert found == [("other", "على دعم بلاده لحل الدولتين")]


# ---------------------------------------------------------------- namesakes
def test_last_part_of_a_hyphenated_name_is_not_a_surname():
    # «لي ناك-يون» (Lee Nak-yon) ends in «يون»; it is not Yoon Suk Yeol.
    text = "وقال رئيس الوزراء الكوري الجنوبي لي ناك-يون إن الحوار مع الشمال ضروري."
    assert [a for a, _ in found(text, "2018-02-11")] == ["other"]


def test_unknown_full_name_with_the_surname_keeps_the_bare_surname_for_that_person():
    text = ("وقال المتحدث باسم المكتب، يون يانج تشان، إن الاجتماع كان مثمرا. "
            "وأضاف يون أن المشاورات ستستمر الشهر المقبل.")
    assert [a for a, _ in found(text, "2017-07-03")] == ["other", "other"]


def test_a_place_after_the_surname_is_not_a_given_name():
    # «كيم بيونغ يانج»: Kim ... Pyongyang, the leader, not a namesake with two given names.
    text = "غادر الزعيم كيم بيونغ يانج صباحا. وقال كيم إن الزيارة ستعزز التعاون."
    assert found(text) == [("kim", "الزيارة ستعزز التعاون")]


# ---------------------------------------------------------------- a namesake Kim with a transliterated given name
def test_namesake_kim_with_a_g_transliterated_given_name():
    text = "وقال نائب وزير الخارجية كيم سون غيونغ أمام الجمعية العامة إن بلاده لا تعلق على الشائعات."
    assert found(text, "2024-10-20") == [("other", "بلاده لا تعلق على الشائعات")]


# ---------------------------------------------------------------- given names inside other Korean names
def test_given_name_inside_an_unknown_korean_name_is_not_yoon():
    text = "وأفادت الصحيفة أن نائب الوزير كيم يون هيون، قال إن المفاوضات ستستأنف قريبا."
    got = found(text, "2023-02-10")
    assert got and all(a == "other" for a, _ in got)
    assert ("other", "المفاوضات ستستأنف قريبا") in got


def test_given_name_inside_a_namesake_is_not_a_mention_of_its_own():
    from stance.lexicon import default_lexicon
    from stance.normalize import normalize
    mentions = default_lexicon().find(normalize("التقى الوزير كيم يون هيون نظيره"))
    assert [m.kind for m in mentions] == ["not_actor"]


# ---------------------------------------------------------------- a bare surname after a title the tracked person never held
@pytest.mark.parametrize("title", ["الوزير", "السفير", "النائب", "والوزير"])
def test_a_bare_kim_after_a_title_kim_jong_un_never_held_is_someone_else(title):
    assert actors(f"بيونغ يانغ - وقال {title} كيم إن الجيش يراقب الحدود عن كثب.") == ["other"]


def test_a_quoted_surname_after_such_a_title_is_someone_else_too():
    assert actors('وأكد الوزير "يون" أن الحكومة ستراجع الميزانية.') == ["other"]


def test_a_later_bare_surname_takes_the_minister_named_by_title():
    text = ("جاء ذلك في تصريح أدلى به الوزير كيم أمام لجنة الدفاع البرلمانية. "
            "وأضاف كيم أن التحركات قرب موقع التجارب ما زالت مستمرة.")
    assert "kim" not in actors(text)


def test_a_title_the_tracked_person_holds_still_means_him():
    assert actors("وقال الزعيم كيم إن الردع النووي سيتعزز.") == ["kim"]
    assert actors("وقال الرئيس يون إن سيول لن تتهاون مع أي استفزاز.") == ["yoon"]


def test_a_title_two_words_before_the_surname_does_not_count():
    # «الوزير» ends a different phrase; the name after the verb is the tracked one.
    text = "وبعد لقائه الوزير، قال يون إن التعاون سيتوسع."
    assert actors(text) == ["yoon"]


def test_user_lexicon_extends_other_titles():
    from stance.lexicon import load_lexicon

    lex = load_lexicon({"other_titles": ["العمدة"]})
    from stance.normalize import normalize

    text = normalize("وقال العمدة كيم إن المدينة آمنة")
    kinds = [(m.kind, m.actor) for m in lex.find(text)]
    assert kinds == [("not_actor", None)]


# ---------------------------------------------------------------- Korean full names with syllables the lexicon lacked
@pytest.mark.parametrize("name", ["يون بيونغ سيه", "كيم توك هون", "كيم دونغ هون"])
def test_more_korean_full_names_are_namesakes(name):
    text = f"قال {name} إن التعاون ضروري. وأكد {name.split()[0]} أن سيول لن تتراجع."
    assert "kim" not in actors(text) and "yoon" not in actors(text)


# ---------------------------------------------------------------- another given name before a tracked family name
@pytest.mark.parametrize("text", [
    "وقال نيكولاي بيسكوف، نجل المتحدث باسم الكرملين، إن والده يعمل بلا توقف.",
    "وقال الدبلوماسي الروسي يوري بيسكوف إن الحوار ما زال ممكنا.",
    "وقال جيمس كيربي، أستاذ العلوم السياسية، إن الانتخابات ستكون متقاربة.",
])
def test_a_given_name_the_tracked_person_does_not_bear_makes_a_namesake(text):
    assert actors(text) == ["other"]


@pytest.mark.parametrize("text, who", [
    ("وقال دميتري بيسكوف إن الكرملين لا يعلق.", "peskov"),
    ("وقال جون كيربي إن واشنطن تراقب.", "kirby"),
    ("وقال المتحدث بيسكوف إن الكرملين لا يعلق.", "peskov"),
])
def test_the_tracked_persons_own_given_name_or_a_title_keeps_him(text, who):
    assert actors(text) == [who]


# ---------------------------------------------------------------- namesake Kims with a given name «تيه»
def test_kim_with_a_hyphenated_given_name_tae_is_not_kim_jong_un():
    text = 'وقال المستشار الأمني كيم تيه-هيو في لقاء مع الصحفيين يوم الأربعاء: "الشراكة مع الخليج أساسية لنا".'
    assert actor_of(text, "الشراكة مع الخليج", date="2023-10-20") == "other"


def test_kim_with_the_given_name_tae_without_a_hyphen_is_not_kim_jong_un():
    text = "وأوضح كيم تيه هيو أن سيول سترسل مساعدات إنسانية إلى المنطقة."
    assert actor_of(text, "سترسل مساعدات", date="2023-10-20") == "other"


def test_a_later_bare_kim_after_kim_tae_hyo_stays_with_him():
    text = ("وأوضح نائب المستشار كيم تيه-هيو أن الزيارة ستشمل الرياض والدوحة.\n"
            "وقال كيم إن الرئيس سيبحث مشاريع الطاقة مع مضيفيه.")
    assert actor_of(text, "مشاريع الطاقة", date="2023-10-20") == "other"


def test_kim_jong_un_himself_still_resolves_after_the_new_syllables():
    text = "وقال الزعيم كيم جونغ أون إن بلاده ستواصل تعزيز قدراتها الدفاعية."
    assert actor_of(text, "تعزيز قدراتها", date="2024-05-02") == "kim"


def test_kim_yang_written_with_ghain_is_a_namesake():
    text = "وأكد كيم يانغ جون أن الزعيم بصحة جيدة."
    assert actor_of(text, "بصحة جيدة", date="2020-05-03") == "other"


# ---------------------------------------------------------------- more Korean given syllables
def test_prime_minister_kim_hwang_sik_and_the_bare_kim_after_him_are_not_kim_jong_un():
    text = ("قال رئيس الحكومة الكورية الجنوبية كيم هوانغ سيك اليوم إن الشمال ما زال يهدد الاستقرار. "
            "ونقلت وكالة محلية عن كيم قوله إن الحرب لم تنته بعد. وأكد كيم أن الجاهزية يجب أن تبقى عالية.")
    found = said(text, date="2012-06-25")
    assert len(found) == 3 and all(a == "other" for a, _ in found)


def test_kim_jang_soo_with_a_jim_spelling_is_a_namesake():
    text = "وأوضح كيم جانج سو أن الوفد العسكري سيزور الحدود الأسبوع المقبل."
    assert actor_of(text, "الوفد العسكري", date="2013-05-02") == "other"


# ---------------------------------------------------------------- more namesake Kims, and a misspelling of the leader
@pytest.mark.parametrize("name", ["كيم جونغ غيو", "كيم كانغ-إيل", "كيم إيوي كيوم", "كيم راك غيوم", "كيم كون هي"])
def test_korean_officials_called_kim_with_these_given_names_are_namesakes(name):
    text = f"وقال المسؤول {name} إن الاجتماع المقبل سيعقد في موعده."
    assert actor_of(text, "الاجتماع المقبل", date="2019-03-01") == "other"
    later = text + " وأضاف كيم أن جدول الأعمال لم يكتمل بعد."
    assert actor_of(later, "جدول الأعمال", date="2019-03-01") == "other"


def test_kim_yang_un_after_the_leaders_title_is_a_misspelling_of_kim_jong_un():
    text = "كتب رئيس كوريا الشمالية كيم يانج اون عبر حسابه، قائلا: أن بلاده لن تقبل الإساءة إلى قيادتها."
    assert actor_of(text, "لن تقبل الإساءة", date="2024-01-25") == "kim"


# ---------------------------------------------------------------- a full name that names a place
def test_a_bare_kim_after_a_square_named_for_his_grandfather_is_still_kim():
    text = ("أكد الزعيم كيم جونغ أون أن الجيش سيبقى في حالة تأهب.\n"
            "وخلال العرض الذي أقيم في ساحة كيم إيل سونغ وسط العاصمة، قال كيم إن الصواريخ الجديدة جاهزة للنشر.")
    assert undated_actors(text, "2024-02-08") == ["kim", "kim"]


def test_a_place_head_with_a_glued_preposition_counts_too():
    text = ("قال كيم جونغ أون إن الحزب سيعقد مؤتمره في موعده.\n"
            "وفي كلمة ألقاها بجامعة كيم إيل سونغ، أوضح كيم أن التعليم أولوية.")
    assert undated_actors(text, "2024-02-08") == ["kim", "kim"]


def test_the_founder_himself_still_takes_the_bare_surname():
    text = "في خطاب قديم أعيد بثه، قال كيم إيل سونغ إن الوحدة حتمية.\nوأضاف كيم أن الشعب سينتصر."
    assert undated_actors(text, "2024-02-08") == ["other", "other"]


def test_user_lexicon_extends_place_heads():
    from stance.lexicon import load_lexicon
    from stance.normalize import normalize

    lex = load_lexicon({"place_heads": ["جسر"]})
    assert lex.names_a_place(normalize("عند جسر كيم إيل سونغ"), len("عند جسر "))


# ---------------------------------------------------------------- long Gulf names before «إلى»
@pytest.mark.parametrize("text, who", [
    ("ولفت الشيخ عبد الله بن حمد إلى ضرورة الإسراع في إعادة الإعمار.", "عبد الله بن حمد"),
    ("وأشار الأمير فيصل بن عبد العزيز آل سعود إلى أهمية المباحثات الثنائية.", "آل سعود"),
])
def test_a_long_arabic_name_counts_as_one_before_the_marker(text, who):
    [(actor, words)] = said(text, CAMPAIGN_DAY)
    assert actor == "other"
    assert who not in words  # the name is the speaker, not part of what he said
    assert words.startswith(("ضرورة", "أهمية"))


def test_five_ordinary_words_before_the_marker_still_open_no_statement():
    # an unnamed five-word subject before «إلى» is not read as a speaker by the name count
    assert said("وأشار التقرير السنوي الأخير للجنة المالية إلى تراجع الإيرادات.", CAMPAIGN_DAY) == []


# ================================================================ a given name alone
def test_bare_given_names_of_the_south_korean_president():
    assert found("وقال سوك يول إن المؤسسات ستصمد.", "2024-12-05") == [("yoon", "المؤسسات ستصمد")]


# ---------------------------------------------------------------- a given name alone after the full name
def test_a_given_name_alone_after_the_full_name_is_the_tracked_person():
    text = ("أوضح الناطق باسم الكرملين ديمتري بيسكوف أن موسكو تدرس العرض الأوروبي.\n"
            "وقال ديمتري إن الرد سيصدر خلال أيام.")
    assert undated_actors(text) == ["peskov", "peskov"]


def test_kirby_by_his_given_name_too():
    text = ("قال جون كيربي إن البيت الأبيض يتابع حركة السفن في المضيق.\n"
            "وأضاف جون أن واشنطن لم تتلق طلبا رسميا بعد.")
    assert undated_actors(text) == ["kirby", "kirby"]


def test_the_given_name_takes_the_latest_person_who_bears_it():
    text = ("قال ديمتري بيسكوف إن موسكو تدرس العرض.\n"
            "وقال نائب رئيس مجلس الأمن الروسي ديمتري ميدفيديف إن أوروبا تخسر.\n"
            "وأضاف ديمتري أن الحرب الاقتصادية فشلت.")
    assert undated_actors(text)[-1] == "other"


def test_a_given_name_without_the_full_name_before_is_someone_else():
    assert undated_actors("وقال جون إن الطائرة هبطت بسلام.") == ["other"]


def test_a_feminine_verb_with_the_given_name_is_not_him():
    text = "قال جون كيربي إن واشنطن تتابع التطورات.\nوقالت جون إن الإدارة مترددة."
    assert undated_actors(text)[-1] == "other"


def test_user_lexicon_may_add_given_names():
    from stance.lexicon import load_lexicon

    lex = load_lexicon({"actors": {"peskov": {"names": ["بيسكوف"], "given_names": ["ميتيا"]}}})
    assert lex.given_name_owner("ميتيا") == "peskov"
    assert lex.given_name_owner("ديمتري") is None  # the user's list replaces the shipped one for that actor


# ================================================================ the gender of the verb and of the person
def test_a_relay_with_a_feminine_relay_word_is_a_woman_not_kim_jong_un():
    text = "ونقلت وكالة محلية عن كيم قولها إن الرد سيأتي قريبا."
    assert actor_of(text, "الرد سيأتي", date="2023-09-18") == "other"


def test_a_relay_with_a_masculine_relay_word_is_still_kim():
    text = "ونقلت الوكالة الرسمية عن الزعيم كيم جونغ أون قوله إن الرد سيأتي قريبا."
    assert actor_of(text, "الرد سيأتي", date="2023-09-18") == "kim"


# ---------------------------------------------------------------- a masculine verb after the only Kim being a woman
def test_masculine_verb_after_the_only_kim_being_his_sister_is_still_her():
    """Translated copy often puts a masculine verb after Kim Yo Jong («كما شدد كيم يو جونغ»); with no other Kim
    named, a bare «كيم» after her is her, not Kim Jong Un."""
    text = "وقالت كيم يو جونغ إن سيول ستندم على المناورات. وأضاف كيم أن الرد سيأتي سريعا."
    assert actors(text) == ["other", "other"]


def test_masculine_verb_after_a_male_kim_and_his_sister_is_still_the_male_kim():
    text = ("وقال كيم جونغ أون إن المناورات عدوانية. وقالت شقيقته كيم يو جونغ إن سيول ستندم. "
            "وأضاف كيم أن الجيش جاهز.")
    assert actors(text) == ["kim", "other", "kim"]


def test_masculine_verb_after_his_sister_when_the_leader_was_referred_to_is_the_leader():
    text = ("وذكرت وكالة الأنباء المركزية الكورية أن الزعيم أكد أن الأسطول سيتوسع. "
            "وقالت كيم يو جونغ إن سيول ستندم. وأكد كيم أن التجارب ستتواصل.")
    assert actors(text) == ["kim", "other", "kim"]


# ---------------------------------------------------------------- three-letter feminine present forms
def test_three_letter_feminine_present_verb_is_not_a_tracked_man():
    text = ("شقيقة رئيس كوريا الشمالية تنتقد سيول وتصف وزراءها بـ\"العاجزين\"\n\n"
            "قالت كيم يو جونغ إن الجنوب سيندم على قراره.")
    got = found(text, "2022-11-24")
    assert got and all(a == "other" for a, _ in got)


# ---------------------------------------------------------------- a feminine past form carrying an object pronoun
@pytest.mark.parametrize("text", [
    "وانتقدت وكالة الأنباء الرسمية في بيونغ يانغ زيارة الرئيس يون سوك يول ووصفتها بأنها \"عرض دعائي\".",
    "وأبقت الصين رحلة الزعيم كيم جونغ أون طي الكتمان، ووصفتها \"بالخاصة\".",
    "ورحبت الحكومة اليابانية بتصريحات جون كيربي واعتبرته \"حليفا صادقا\".",
])
def test_a_feminine_verb_with_an_object_pronoun_is_not_the_tracked_man_named_before_it(text):
    # «ووصفتها»: the ت before the object pronoun makes the verb feminine, so its subject is the agency, the
    # country or the government, never the man named right before it
    got = found(text, "2023-06-01")
    assert got and all(a == "other" for a, _ in got)


def test_a_masculine_verb_with_an_object_pronoun_after_his_words_stays_his():
    text = "وقال الرئيس يون سوك يول إن الزيارة ناجحة، ووصفها بأنها \"نقطة تحول\"."
    assert found(text, "2023-06-01") == [("yoon", "الزيارة ناجحة"), ("yoon", "نقطة تحول")]


# ---------------------------------------------------------------- a feminine verb before a man's full name
def test_feminine_verb_before_a_full_tracked_name_is_a_slip_and_stays_his():
    text = ("أعربت الناطق باسم وزارة الخارجية الأمريكية جون كيربي عن انزعاج واشنطن من القتال في الجنوب، "
            "مؤكدة أن استمرار المعارك لا يخدم أحدا.")
    found = said(text, "2016-11-02")
    assert found == [("kirby", "انزعاج واشنطن من القتال في الجنوب"), ("kirby", "استمرار المعارك لا يخدم أحدا")]


def test_feminine_verb_with_a_feminine_title_or_a_bare_surname_is_still_a_woman():
    assert actor_of("وقالت المتحدثة باسم الوزارة جون كيربي إن الجولة انتهت.", "الجولة انتهت", "2016-11-02") == "other"
    assert actor_of("وأكدت بيسكوف أن الجولة انتهت.", "الجولة انتهت", "2021-11-02") == "other"
    assert actor_of("وقالت زوجة دميتري بيسكوف إن الحفل تأجل.", "الحفل تأجل", "2021-11-02") == "other"


# ================================================================ joint speakers
def test_counterpart_joint_subject_goes_to_the_tracked_one():
    text = "وقال الرئيس الأمريكي جو بايدن ونظيره الكوري الجنوبي يون سوك يول إن الردع الموسع سيتعزز."
    assert found(text) == [("yoon", "الردع الموسع سيتعزز")]


def test_counterpart_joint_subject_without_a_tracked_one_stays_other():
    text = "وقال الرئيس الأمريكي جو بايدن ونظيره الفرنسي إيمانويل ماكرون إن الدعم سيستمر."
    assert actors(text) == ["other"]


def test_counterpart_joint_subject_with_the_tracked_one_only_in_a_relative_clause_is_not_his():
    # Kim is the object inside «، الذي استقبل كيم أمس،», not one of the joint speakers; this raised StopIteration
    # (the whole article failed) before.
    text = "وقال بوتين، الذي استقبل كيم أمس، ونظيره الأمريكي بايدن إن التعاون سيتوسع."
    assert actors(text) == ["other"]


# ---------------------------------------------------------------- two leaders named together
def test_two_leaders_after_a_paragraph_naming_them_with_a_blank_line():
    text = ("وقع الرئيس الروسي فلاديمير بوتين والزعيم الكوري الشمالي كيم جونغ أون اتفاقية جديدة.\n\n"
            "وأكد الزعيمان، في بيان مشترك، أن التعاون سيتوسع.")
    assert found(text, "2024-06-19") == [("kim", "التعاون سيتوسع")]


def test_two_leaders_opening_the_article_are_named_after():
    text = ("بانمونجوم – أكد الزعيمان في إعلان مشترك أن صفحة جديدة فتحت.\n"
            "وعبر الزعيم الكوري الشمالي كيم جونغ أون الخط الفاصل سيرا.")
    assert found(text, "2018-04-27")[0] == ("kim", "صفحة جديدة فتحت")


def test_joint_speakers_with_a_bare_surname():
    text = ("أكد يون ونظيره الأمريكي أن أي هجوم سيقابل برد حاسم.\n"
            "وتعهد الزعيمان بأن تنشئ الدولتان هيئة تشاور دائمة.")
    assert [a for a, _ in found(text, "2023-04-27")] == ["yoon", "yoon"]


# ---------------------------------------------------------------- namesakes, joint speakers
def test_bare_surname_after_another_persons_office_is_a_namesake():
    text = ("وقال الزعيم الكوري الشمالي كيم جونغ أون إن بلاده لن تتفاوض. "
            "وقال وزير الخارجية الكوري الجنوبي كيم إن سيول تنسق مع حلفائها.")
    assert actors(text) == ["kim", "other"]


def test_bare_surname_after_a_title_of_his_own_is_still_his():
    text = "وقال الزعيم الكوري الشمالي كيم إن بلاده لن تتفاوض."
    assert actors(text) == ["kim"]


def test_masculine_verb_with_a_bare_surname_skips_a_woman_of_that_name():
    text = ("وقال كيم جونغ أون إن المناورات استفزاز. وقالت شقيقته كيم يو جونغ إن الرد سيكون قاسيا. "
            "وأكد كيم أن الجيش في حالة تأهب.")
    assert actors(text) == ["kim", "other", "kim"]


def test_feminine_verb_with_a_bare_surname_stays_with_the_woman():
    text = "وقالت كيم يو جونغ إن الرد سيكون قاسيا. وأضافت كيم أن صبر بلادها نفد."
    assert actors(text) == ["other", "other"]


def test_office_and_tracked_person_as_joint_subjects_of_a_feminine_verb():
    text = "وأكدت الرئاسة الكورية الجنوبية والرئيس يون سوك يول أن سيول لن تتهاون مع أي هجوم."
    assert found(text) == [("yoon", "سيول لن تتهاون مع أي هجوم")]


def test_feminine_verb_with_a_tracked_man_alone_is_still_someone_else():
    assert actors("وقالت يون إن الاجتماع تأجل.") == ["other"]


# ---------------------------------------------------------------- agreements and pledges of two leaders
def test_agreement_with_a_complementizer_is_a_joint_statement():
    text = "واتفق يون ورئيس الوزراء الأسترالي على أن أمن الممرات البحرية أولوية مشتركة."
    assert found(text) == [("yoon", "أمن الممرات البحرية أولوية مشتركة")]


def test_agreement_of_the_two_leaders_after_a_meeting():
    text = ("واستقبل يون المستشار الألماني في سيول. "
            "واتفق الزعيمان على أن العقوبات على بيونغ يانغ يجب أن تبقى سارية.")
    assert found(text) == [("yoon", "العقوبات على بيونغ يانغ يجب أن تبقى سارية")]


def test_agreement_on_a_noun_is_no_statement():
    assert found("واتفق الجانبان على موعد الجولة المقبلة من المشاورات.") == []


def test_pledge_of_the_two_leaders_with_b():
    text = "واستقبل يون الرئيس الفلبيني في سيول. وتعهد الزعيمان بتوسيع التبادل التجاري خلال العامين المقبلين."
    assert found(text) == [("yoon", "توسيع التبادل التجاري خلال العامين المقبلين")]


def test_pledge_of_two_other_leaders_is_not_tracked():
    text = "والتقى ماكرون وشولتس في برلين. وتعهد الزعيمان بتوسيع التعاون الدفاعي."
    assert [a for a, _ in found(text)] == ["other"]


# ---------------------------------------------------------------- officials around the tracked four, named in full
@pytest.mark.parametrize("text", [
    "وقال سونغ كيم إن بلاده تريد استئناف المحادثات.",
    "وقال المبعوث الأمريكي سونج كيم إن العقوبات ستبقى.",
    "وقال لي كيو يون إن الرئيس سيستقبل الوفد غدا.",
    "وقال كوان يونغ سيه إن سيول لن تقبل أي استفزاز.",
    "وقال نو كوانغ تشول إن القوات جاهزة لأي طارئ.",
    "وقال تشوي ريونغ هيه إن الشعب يقف خلف الحزب.",
    "وقال سيرغي ناريشكين إن العواصم الغربية تخطط للتصعيد.",
    "وقال دميتري بوليانسكي إن المجلس لن يتبنى القرار.",
    "وقال كيم توك هون إن المصانع ضاعفت إنتاجها.",
    "وقال مايك والتز إن البيت الأبيض يدرس الخيارات.",
])
def test_an_official_named_in_full_around_the_tracked_four_is_other(text):
    assert actors(text, "2024-06-01") == ["other"]


@pytest.mark.parametrize("text", [
    "وقالت ليندا توماس غرينفيلد إن بيونغ يانغ تتحدى المجلس.",
    "وقالت سابرينا سينغ إن الجنود انتقلوا إلى الجبهة.",
    "وقالت كيم كيون هي إنها ستجيب عن أسئلة المحققين.",
    "وقالت هيون سونغ وول إن الفرقة ستقدم عروضها في الجنوب.",
])
def test_a_woman_named_in_full_around_the_tracked_four_is_other(text):
    assert actors(text, "2024-06-01") == ["other"]


def test_a_namesake_kim_in_western_order_keeps_the_bare_surname_after_him():
    # «سونغ كيم»: the family name last; a later bare «كيم» is the envoy, not the leader.
    text = "وقال سونغ كيم إن واشنطن مستعدة للقاء. وأضاف كيم أن الرسالة وصلت إلى بيونغ يانغ."
    assert actors(text, "2024-06-01") == ["other", "other"]


# ---------------------------------------------------------------- round 28: Korean names whose last syllable is «يون»
@pytest.mark.parametrize("name", ["لي سانغ يون", "بارك جي يون", "تشوي مين يون", "جانغ هو يون", "سونغ يون"])
def test_a_korean_name_ending_in_the_syllable_yun_is_not_yoon(name):
    text = f"وقال {name} إن الحكومة ستراجع خطة الطاقة."
    assert actor_of(text, "خطة الطاقة", date="2023-05-02") == "other"


def test_a_korean_name_ending_in_yun_keeps_its_whole_mention():
    from stance.extract import extract_statements
    got = extract_statements("وقال بارك جي يون إن الحكومة ستراجع خطة الطاقة.", date="2023-05-02")
    assert [(s.actor, s.actor_mention) for s in got] == [("other", "بارك جي يون")]


def test_a_later_bare_yoon_is_the_president_not_the_official_whose_name_ends_in_yun():
    text = ("قال الرئيس الكوري الجنوبي يون سوك يول إن القمة كانت مثمرة.\n"
            "وقالت المتحدثة كانغ مين يون إن الزيارة ستستمر يومين.\n"
            "وأضاف يون أن الاتفاقات ستوقع قريبا.")
    assert actor_of(text, "الاتفاقات ستوقع", date="2023-05-02") == "yoon"


@pytest.mark.parametrize("text", [
    "وقال الرئيس يون إن الحوار مع الجيران ضروري.",
    "والمسؤول عن القرار هو يون، وقال إن الحوار مع الجيران ضروري.",
    "التقى كيم جونغ أون و يون سوك يول أمس.\nوقال يون إن الحوار مع الجيران ضروري.",
])
def test_yoon_after_an_arabic_word_or_another_name_that_looks_like_a_syllable_stays_yoon(text):
    assert actor_of(text, "الحوار مع الجيران", date="2023-05-02") == "yoon"


@pytest.mark.parametrize("name", ["كيم يونغ بوك", "كيم يونغ-بوك", "يون مي هيانغ", "يون سيونغ بين"])
def test_korean_names_with_syllables_the_lexicon_lacked_are_namesakes(name):
    text = f"وقال {name} إن التعاون ضروري. وأكد {name.split()[0]} أن سيول لن تتراجع."
    assert "kim" not in actors(text, "2023-05-02") and "yoon" not in actors(text, "2023-05-02")


# ---------------------------------------------------------------- round 28: the leader's title before a bare surname
@pytest.mark.parametrize("text", [
    "قال وزير الدفاع كيم يونغ هيون إن القوات في حالة تأهب.\nوقال الزعيم كيم إن الردع سيتعزز.",
    "تفقد كيم جونغ أون المصنع برفقة رئيس الوزراء كيم توك هون.\nوقال الزعيم \"كيم\" إن الردع سيتعزز.",
    "قال وزير الدفاع كيم يونغ هيون إن القوات في حالة تأهب.\nوالزعيم كيم قال إن الردع سيتعزز.",
])
def test_the_leaders_title_before_a_bare_kim_passes_over_a_minister_named_kim(text):
    assert actor_of(text, "الردع سيتعزز", date="2024-03-05") == "kim"


def test_the_presidents_title_before_a_bare_yoon_passes_over_a_lawmaker_named_yoon():
    text = "قال النائب يون سانغ هيون إن الحزب منقسم.\nوقال الرئيس يون إن الحكومة ستواصل الإصلاح."
    assert actor_of(text, "الحكومة ستواصل", date="2024-03-05") == "yoon"


@pytest.mark.parametrize("text", [
    # no title: the bare surname takes the most recent full name (ANNOTATION.md §2)
    "تفقد كيم جونغ أون المصنع برفقة رئيس الوزراء كيم توك هون.\nوقال كيم إن الردع سيتعزز.",
    # a title anyone may bear: the comrade, the minister
    "قال وزير الدفاع كيم يونغ هيون إن القوات في حالة تأهب.\nوقال الرفيق كيم إن الردع سيتعزز.",
    "قال وزير الدفاع كيم يونغ هيون إن القوات في حالة تأهب.\nوقال الوزير كيم إن الردع سيتعزز.",
    # a former president bears the title too
    "قال الرئيس الأسبق كيم يونغ سام إن الديمقراطية انتصرت.\nوقال الرئيس كيم إن الردع سيتعزز.",
])
def test_a_bare_kim_without_the_leaders_title_or_after_a_former_president_stays_the_namesake(text):
    assert actor_of(text, "الردع سيتعزز", date="2024-03-05") == "other"


# ---------------------------------------------------------------- round 28: spellings with «ق» for «ng», joined or Persian letters
@pytest.mark.parametrize("name", ["كيم جونق أون", "كيم جونغون", "كيم چونغ أون"])
def test_gulf_and_joined_spellings_of_the_leader_after_another_kim_are_him(name):
    text = f"قال رئيس الوزراء كيم توك هون إن المصانع جاهزة.\nوقال {name} إن الجيش سيواصل التدريبات."
    assert actor_of(text, "الجيش سيواصل", date="2024-03-05") == "kim"


def test_a_korean_name_spelled_with_qaf_for_ng_is_a_namesake():
    text = "قال كيم يونق هيون إن الجيش سيواصل التدريبات.\nوأضاف كيم أن الحدود هادئة."
    assert "kim" not in actors(text, "2024-03-05")


def test_latin_yun_spelling_of_the_president_is_him():
    assert actor_of("وقال Yun Suk-yeol إن الحكومة مستقرة.", "الحكومة مستقرة", date="2023-03-05") == "yoon"


# ---------------------------------------------------------------- round 28: the last syllable of Yoon's name written alone
@pytest.mark.parametrize("later", ["وقال يول إن الخطوة ضرورية لحماية البلاد.",
                                   "وقال \"يول\" إن الخطوة ضرورية لحماية البلاد.",
                                   "وبرر «يول» قراره بأنه خطوة ضرورية لحماية البلاد."])
def test_the_last_syllable_of_yoons_name_alone_after_his_full_name_is_him(later):
    text = "أعلن الرئيس الكوري الجنوبي يون سوك يول الأحكام العرفية.\n" + later
    assert actor_of(text, "ضرورية لحماية البلاد", date="2024-12-03") == "yoon"


@pytest.mark.parametrize("text", [
    "وقال يول إن الخطوة ضرورية لحماية البلاد.",
    "أعلن الرئيس يون سوك يول الأحكام العرفية.\nقال الباحث لي سانغ يول إن الخطوة خطيرة.\n"
    "وقال يول إن الخطوة ضرورية لحماية البلاد.",
])
def test_the_syllable_alone_without_his_full_name_or_after_another_name_ending_in_it_is_someone_else(text):
    assert actor_of(text, "ضرورية لحماية البلاد", date="2024-12-03") == "other"


def test_a_second_bare_use_of_the_last_syllable_goes_back_to_his_full_name():
    text = ("أعلن الرئيس الكوري الجنوبي يون سوك يول الأحكام العرفية.\n"
            "وبرر \"يول\" قراره بأنه خطوة ضرورية لحماية البلاد.\n"
            "وقال يول في خطاب متلفز إن المعارضة شلت الحكومة.")
    assert actor_of(text, "المعارضة شلت", date="2024-12-03") == "yoon"


# ---------------------------------------------------------------- round 28: «يوون» for Yoon, «الكوروي» for «الكوري»
def test_the_spelling_yoown_is_the_surname_of_the_president():
    text = "أدى يون سوك يول اليمين رئيسا.\nوقال يوون إن بلاده ستدعم الشمال إذا تخلى عن السلاح النووي."
    assert actor_of(text, "ستدعم الشمال", date="2022-05-10") == "yoon"
    other = "قال النائب يوون سانغ هيون إن الحزب منقسم.\nوقال يوون إن بلاده ستدعم الشمال."
    assert actor_of(other, "ستدعم الشمال", date="2022-05-10") == "other"


def test_a_misspelled_nisba_in_the_northern_leaders_role_still_means_him():
    assert actor_of("وقال الزعيم الكوروي الشمالي إن الحزب سيبقى موحدا.", "الحزب سيبقى", date="2020-12-17") == "kim"
