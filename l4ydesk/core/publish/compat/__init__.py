"""The v0 compatibility engine: deterministic, idempotent rules that make generated apps build."""

from l4ydesk.core.publish.compat.engine import RULES, apply_rules
from l4ydesk.core.publish.compat.model import CompatResult, RuleChange
from l4ydesk.core.publish.compat.project import NotAnAppError

__all__ = ["RULES", "CompatResult", "NotAnAppError", "RuleChange", "apply_rules"]
