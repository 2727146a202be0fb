"""Other people named near a tracked speaker: world leaders and officials the lexicon knows (actors.json
not_actors) are speakers of their own acts, and a person a tracked man only talks about (inside his words, in
the object of his verb, in the question he was asked) does not take over the verb that goes on with him.
Every sentence here is written for this file."""

from tests.conftest import actor_of, said

DAY = "2023-06-14"


# ---------------------------------------------------------------- known people speak for themselves
def test_a_leader_named_bare_after_an_object_verb_is_not_the_previous_speaker():
    text = "وقال كيربي إن واشنطن تتابع الموقف عن كثب.\nوانتقد أردوغان العقوبات الجديدة على أنقرة."
    assert actor_of(text, "العقوبات الجديدة", DAY) == "other"
    text = "وقال بيسكوف إن موسكو تدرس المقترح.\nورفض شولتس الاتهامات الموجهة إلى برلين."
    assert actor_of(text, "الاتهامات الموجهة", DAY) == "other"


def test_a_known_woman_is_a_woman():
    text = "وقال بيسكوف إن الكرملين لم يتلق أي دعوة.\nوأكدت ميلوني أن روما ستواصل دعم كييف."
    assert actor_of(text, "روما ستواصل", DAY) == "other"


# ---------------------------------------------------------------- a person he talks about
def test_a_name_inside_his_words_does_not_take_the_next_verb():
    text = "قال جون كيربي إن جولة بوتين الخليجية لافتة، واعتبرها محاولة لتوسيع نفوذ موسكو في المنطقة."
    assert said(text, DAY) == [("kirby", "جولة بوتين الخليجية لافتة"),
                               ("kirby", "محاولة لتوسيع نفوذ موسكو في المنطقة")]


def test_a_name_in_the_object_of_his_verb_does_not_take_the_next_verb():
    text = "انتقد جون كيربي زيارة الرئيس الروسي فلاديمير بوتين لبيونغ يانغ، وأكد أنها تهدد الاستقرار في المنطقة."
    assert [a for a, _ in said(text, DAY)] == ["kirby", "kirby"]


def test_a_name_after_an_opening_verb_that_quotes_nothing():
    # «علّق على» with a topic gives no words itself; the verb joined after the comma is still his
    text = "علق جون كيربي على زيارة الرئيس الروسي فلاديمير بوتين لبيونغ يانغ، واعتبرها مؤشرا مقلقا على تعاون عسكري."
    assert actor_of(text, "مؤشرا مقلقا", DAY) == "kirby"


def test_the_person_he_was_asked_about_does_not_answer():
    text = ("وأضاف كيربي أن بكين تستعد لمناورات واسعة. وحين سئل عن موعد لقاء الرئيس بوتين بنظيره الصيني، "
            "قال: «لن أتكهن بجدول أعمال الآخرين»."
            )
    assert actor_of(text, "لن أتكهن", DAY) == "kirby"


def test_a_headline_subject_keeps_the_verb_joined_after_his_object():
    text = "كيم جونغ أون يستقبل بوتين ويتعهد بدعم ثابت لموسكو\n\nاستقبل الزعيم الكوري الشمالي ضيفه في المطار."
    assert actor_of(text, "دعم ثابت", DAY) == "kim"


# ---------------------------------------------------------------- what stays as it was
def test_an_outlet_relaying_the_leader_still_goes_on_with_him():
    text = "أفادت الوكالة بأن الزعيم كيم جونغ أون زار مصنعا للذخيرة، وأكد أن بلاده ستضاعف إنتاجها."
    assert actor_of(text, "ستضاعف إنتاجها", DAY) == "kim"


def test_an_act_reported_right_after_the_complementizer_is_that_persons():
    text = "قال كيربي إن الرئيس بايدن أبلغ نتنياهو أن واشنطن تعارض أي عملية في رفح."
    assert actor_of(text, "واشنطن تعارض", DAY) == "other"


def test_a_named_subject_after_the_verb_is_the_subject():
    text = "وقال بيسكوف إن موسكو تدرس المقترح.\nوقال أردوغان إن أنقرة مستعدة للوساطة."
    assert actor_of(text, "أنقرة مستعدة", DAY) == "other"
