"""Users and roles (whs_app/users.py): every change needs a supervisor's PIN, is audited, and bad
input changes nothing."""
from __future__ import annotations

import pytest

from whs_app.actor import Actor
from whs_app.users import UserChangeRefused, Users


@pytest.fixture
def users(warehouse, store, clock) -> Users:
    return Users(store, clock, Actor("OFFICE", "boss"))


def audit(store, login: str) -> list[tuple[str, str]]:
    return [(event["action"], event["user_login"]) for event in store.audit.for_entity("user", login)]


def test_add_a_packer_and_a_supervisor(users, store):
    users.add("packer3", "王五", "packer", None, "boss", "2468")
    users.add("lead", "赵组长", "supervisor", "9753", "boss", "2468")
    listed = {user["login"]: user for user in store.people.users()}
    assert listed["packer3"]["role"] == "packer" and not listed["packer3"]["has_pin"]
    assert listed["lead"]["role"] == "supervisor" and store.people.check_pin("lead", "9753")
    assert audit(store, "lead") == [("user.added", "boss")]
    detail = store.audit.for_entity("user", "lead")[0]["detail"]
    assert "9753" not in detail and '"supervisor":"boss"' in detail


@pytest.mark.parametrize("login, name, role, pin, says", [
    ("packer1", "again", "packer", None, "exists already"),
    ("has space", "x", "packer", None, "not valid"),
    ("p9", "", "packer", None, "name is missing"),
    ("p9", "x", "admin", None, "choose one of"),
    ("p9", "x", "supervisor", None, "needs a PIN"),
    ("p9", "x", "packer", "12", "4 to 12 digits"),
    ("p9", "x", "packer", "12ab", "4 to 12 digits"),
])
def test_bad_users_are_refused_and_change_nothing(users, store, login, name, role, pin, says):
    before = store.people.users()
    with pytest.raises(UserChangeRefused, match=says):
        users.add(login, name, role, pin, "boss", "2468")
    assert store.people.users() == before
    assert store.audit.count("user.added") == 0


def test_a_wrong_supervisor_pin_changes_nothing_and_is_audited(users, store):
    with pytest.raises(UserChangeRefused, match="wrong PIN"):
        users.set_pin("packer1", "4321", "boss", "0000")
    with pytest.raises(UserChangeRefused, match="not a supervisor"):
        users.add("p9", "x", "packer", None, "packer2", "1234")
    assert not store.people.has_pin("packer1")
    assert store.people.user("p9") is None
    refusals = [event["detail"] for event in store.audit.for_entity("user", "boss")]
    assert len(refusals) == 1 and '"action":"set_pin"' in refusals[0] and '"for":"packer1"' in refusals[0]
    assert store.audit.count("user.approval_refused") == 2


def test_set_and_reset_a_pin(users, store):
    users.set_pin("packer1", "1234", "boss", "2468")
    users.set_pin("packer1", "5678", "boss", "2468")
    assert store.people.check_pin("packer1", "5678") and not store.people.check_pin("packer1", "1234")
    assert audit(store, "packer1") == [("user.pin_set", "boss")] * 2
    with pytest.raises(UserChangeRefused, match="no user ghost"):
        users.set_pin("ghost", "1234", "boss", "2468")


def test_roles_change_with_a_pin_and_the_last_supervisor_stays(users, store):
    with pytest.raises(UserChangeRefused, match="has no PIN yet"):
        users.set_role("packer1", "supervisor", "boss", "2468")
    with pytest.raises(UserChangeRefused, match="last supervisor"):
        users.set_role("boss", "packer", "boss", "2468")
    users.set_pin("packer1", "1234", "boss", "2468")
    users.set_role("packer1", "supervisor", "boss", "2468")
    users.set_role("boss", "packer", "packer1", "1234")
    assert store.people.user("boss")["role"] == "packer"
    assert [s["login"] for s in store.people.supervisors()] == ["packer1"]
    assert ("user.role_changed", "boss") in audit(store, "packer1")


def test_approve_is_true_only_for_a_supervisor_with_the_right_pin(users, store):
    assert users.approve("boss", "2468")
    assert not users.approve("boss", "1111")
    assert not users.approve("packer1", "")
    assert store.audit.count("user.approval_refused") == 2
