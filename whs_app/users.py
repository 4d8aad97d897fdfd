"""Users and roles: packers and supervisors, their PINs, and the supervisor's approval.

A supervisor approves an action on the spot with login and PIN. Changing users is itself a
supervisor action: every change here names the approving supervisor and checks the PIN in the
same transaction as the change, so a wrong PIN changes nothing. Every change and every refused
approval is audited (the PIN itself never: only that it was set).
"""
from __future__ import annotations

import re

from whs_app.actor import Actor
from whs_app.clock import Clock, stamp
from whs_app.findings import say
from whs_app.store import Store

ROLES = ("packer", "supervisor")
PIN_DIGITS = (4, 12)
_LOGIN = re.compile(r"[A-Za-z0-9_.\-]{1,32}")


class UserChangeRefused(ValueError):
    """The change was not made; the message says why (bilingual)."""


def supervisor_problem(store: Store, supervisor: str | None, pin: str | None) -> str | None:
    """Why (login, PIN) is not a supervisor's approval, or None when it is."""
    if not supervisor or not pin:
        return say("需要主管账号和 PIN", "a supervisor's login and PIN are needed")
    user = store.people.user(supervisor)
    if user is None or user["role"] != "supervisor":
        return say(f"{supervisor} 不是主管", f"{supervisor} is not a supervisor")
    if not store.people.check_pin(supervisor, pin):
        return say(f"主管 {supervisor} 的 PIN 不对", f"wrong PIN for supervisor {supervisor}")
    return None


def pin_problem(pin: str) -> str | None:
    low, high = PIN_DIGITS
    if not pin.isascii() or not pin.isdigit() or not low <= len(pin) <= high:
        return say(f"PIN 必须是 {low} 到 {high} 位数字", f"a PIN is {low} to {high} digits")
    return None


class Users:
    def __init__(self, store: Store, clock: Clock, actor: Actor) -> None:
        self.store, self.clock, self.actor = store, clock, actor

    def approve(self, supervisor: str, pin: str) -> bool:
        """Is this a supervisor's login and PIN? A refusal is audited (who tried, at which station)."""
        problem = supervisor_problem(self.store, supervisor, pin)
        if problem is not None:
            self._refused(supervisor, "approve", problem)
        return problem is None

    def add(self, login: str, name: str, role: str, pin: str | None, supervisor: str, supervisor_pin: str) -> int:
        login, name = login.strip(), name.strip()
        self._approved(supervisor, supervisor_pin, "add", login)
        with self.store.transaction():
            _refuse(self._login_problem(login) or self._name_problem(name) or self._role_problem(role)
                    or (pin_problem(pin) if pin else None)
                    or (say("主管必须有 PIN", "a supervisor needs a PIN") if role == "supervisor" and not pin else None))
            user_id = self.store.people.add_user(login, name, role, pin or None)
            self._audit("user.added", login, {"name": name, "role": role, "pin": bool(pin), "supervisor": supervisor})
        return user_id

    def set_pin(self, login: str, pin: str, supervisor: str, supervisor_pin: str) -> None:
        """Set or reset a user's PIN."""
        self._approved(supervisor, supervisor_pin, "set_pin", login)
        with self.store.transaction():
            _refuse(self._user_problem(login) or pin_problem(pin))
            self.store.people.set_pin(login, pin)
            self._audit("user.pin_set", login, {"supervisor": supervisor})

    def set_role(self, login: str, role: str, supervisor: str, supervisor_pin: str) -> None:
        self._approved(supervisor, supervisor_pin, "set_role", login)
        with self.store.transaction():
            _refuse(self._user_problem(login) or self._role_problem(role))
            user = self.store.people.user(login)
            if user["role"] == role:
                return
            _refuse(self._demotion_problem(user, role))
            if role == "supervisor" and not self.store.people.has_pin(login):
                _refuse(say(f"{login} 还没有 PIN：先设 PIN 再设为主管",
                            f"{login} has no PIN yet: set a PIN before making them a supervisor"))
            self.store.people.set_role(login, role)
            self._audit("user.role_changed", login, {"from": user["role"], "to": role, "supervisor": supervisor})

    # -- checks ----------------------------------------------------------------------------------
    def _approved(self, supervisor: str, supervisor_pin: str, action: str, login: str) -> None:
        """Raise, changing nothing but the audit of the refusal, unless a supervisor approves."""
        problem = supervisor_problem(self.store, supervisor, supervisor_pin)
        if problem is not None:
            self._refused(supervisor, action, problem, login)
            raise UserChangeRefused(problem)

    def _login_problem(self, login: str) -> str | None:
        if not _LOGIN.fullmatch(login):
            return say(f"账号 {login!r} 无效：1-32 位字母、数字、_ . -",
                       f"login {login!r} is not valid: 1-32 letters, digits, _ . -")
        if self.store.people.user(login) is not None:
            return say(f"账号 {login} 已存在", f"login {login} exists already")
        return None

    @staticmethod
    def _name_problem(name: str) -> str | None:
        return say("请填写姓名", "the user's name is missing") if not name else None

    @staticmethod
    def _role_problem(role: str) -> str | None:
        if role not in ROLES:
            return say(f"角色 {role!r} 无效，可选 {', '.join(ROLES)}", f"role {role!r}: choose one of {', '.join(ROLES)}")
        return None

    def _user_problem(self, login: str) -> str | None:
        return None if self.store.people.user(login) else say(f"没有账号 {login}", f"no user {login}")

    def _demotion_problem(self, user: dict | None, role: str) -> str | None:
        if user and user["role"] == "supervisor" and role != "supervisor" and self.store.people.count_supervisors() == 1:
            return say(f"{user['login']} 是最后一位主管，不能改为 {role}",
                       f"{user['login']} is the last supervisor and cannot become {role}")
        return None

    # -- audit -----------------------------------------------------------------------------------
    def _audit(self, action: str, login: str, detail: dict) -> None:
        self.store.audit.record(stamp(self.clock.now()), self.actor, action, "user", login, detail)

    def _refused(self, supervisor: str | None, action: str, problem: str, login: str | None = None) -> None:
        with self.store.transaction():
            self._audit("user.approval_refused", supervisor or "", {"action": action, "for": login, "reason": problem})


def _refuse(problem: str | None) -> None:
    if problem is not None:
        raise UserChangeRefused(problem)
