"""Extraction round 18a (issue 9): whole real articles from Egyptian and Sudanese papers and pan-Arab TV sites, every
statement listed. Layouts that sent a statement to the wrong person: a speaker region that opens with a preposition
(«… أنه اتفق مع واشنطن على …») was read as a subject, so the president's next participles went to «مع
واشنطن»; and after a woman writer's warning that names a tracked leader as the object of someone's mockery,
a masculine verbal noun («ووصفه له بـ…») was given to that leader, as if she were an agency reporting his acts.
Every sentence here is written for this file."""

from stance.extract import extract_statements
from tests.conftest import actor_of, said


# ---------------------------------------------------------------- the one described is the object, not the speaker
def test_a_tracked_leader_described_right_after_the_verb_is_the_object():
    text = "أكد المتحدث باسم الكرملين دميتري بيسكوف أن الزيارة ناجحة. ووصف كيم جونغ أون بأنه شريك يعتمد عليه."
    assert actor_of(text, "شريك يعتمد عليه", date="2024-06-20") == "peskov"


def test_a_title_line_describing_a_leader_gives_him_no_statement():
    text = 'وصف زعيم كوريا الشمالية بـ"الديكتاتور الصغير" يشعل غضب بيونغ يانغ'
    assert all(actor != "kim" for actor, _ in said(text, date="2017-04-04"))


def test_a_subject_then_an_object_before_the_description_still_speaks():
    text = "ووصف بيسكوف التصريحات الأخيرة بأنها استفزازية."
    assert actor_of(text, "استفزازية", date="2024-06-20") == "peskov"


def test_a_verb_with_its_own_object_pronoun_keeps_the_name_after_it_as_subject():
    text = "ووصفه بيسكوف بالخطوة غير المسؤولة."
    assert actor_of(text, "غير المسؤولة", date="2024-06-20") == "peskov"


def test_a_described_leader_opening_a_long_region_is_not_the_speaker_of_a_later_clause():
    text = ('وصف زعيم كوريا الشمالية بـ"الولد المتهور"، من جانب واشنطن هل يقود إلى مواجهة؟، '
            'أم أنها مجرد حرب كلامية بين العاصمتين.')
    assert all(actor != "kim" for actor, _ in said(text, date="2017-09-20"))


# ---------------------------------------------------------------- «على لسان» after a verb whose marker is على
def test_an_affirm_verb_with_ala_lisan_gives_the_words_to_the_named_spokesman():
    text = "أكد الكرملين على لسان المتحدث باسمه دميتري بيسكوف أن المحادثات ستتواصل الأسبوع المقبل."
    found = [s for s in extract_statements(text, date="2024-02-10") if "المحادثات ستتواصل" in s.text]
    assert found and found[0].actor == "peskov" and not found[0].text.startswith("لسان")


def test_a_feminine_body_relaying_a_tracked_man_agrees_with_the_body_not_him():
    text = "وشددت الرئاسة الروسية على لسان بيسكوف على أن موسكو لن تقبل أي شروط مسبقة."
    assert actor_of(text, "لن تقبل أي شروط", date="2024-02-10") == "peskov"


def test_the_ala_marker_still_opens_the_words_without_lisan():
    text = "وشدد بيسكوف على أهمية استمرار الاتصالات مع واشنطن."
    assert actor_of(text, "أهمية استمرار الاتصالات", date="2024-02-10") == "peskov"
