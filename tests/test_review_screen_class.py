"""The screen's first-character test in SQL (one character class, runs written as ranges) is exactly
membership of the text's first character: no more, no less."""
from hypothesis import HealthCheck, given, settings, strategies as st

from whs_app.review_rules import screen
from whs_app.store.review import _starts_with

#: The characters special in a class (] - ^), runs with and without gaps, and the screen's own.
CHARS = sorted(set("]-^[\\,./0123abxyz中") | set().union(*screen(()).starts.values()) - {""})


@settings(max_examples=200, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(chars=st.frozensets(st.sampled_from(CHARS + [""]), max_size=30))
def test_the_class_matches_exactly_the_first_characters_given(store, chars):
    test, params = _starts_with("t.x", chars, store.backend == "sqlite")
    texts = ["", *CHARS, *(f"{c}z" for c in CHARS)]
    sql = f"SELECT CASE WHEN {test} THEN 1 ELSE 0 END FROM (SELECT ? AS x) t"
    found = [store.scalar(sql, (*params, text)) for text in texts]
    assert found == [int(text[:1] in chars if text else "" in chars) for text in texts], (sorted(chars), params)
