"""A JSON Schema (draft-07) checker for the keywords JSON:API's official schema uses, so that the sandbox's answers
are checked against that schema as published without adding a dependency: $ref (local), allOf, anyOf, oneOf, not,
type, properties, patternProperties, additionalProperties, propertyNames, required, dependencies, items,
uniqueItems, pattern. `format` is an annotation in draft-07 and is not checked; an unknown keyword fails loudly
so that nothing the schema asks is skipped silently."""

from __future__ import annotations

import json
import re
from typing import Any

ANNOTATIONS = {"$schema", "$id", "$comment", "title", "description", "definitions", "format", "default",
               "examples"}
TYPES = {"object": dict, "array": list, "string": str, "null": type(None), "boolean": bool}


class SchemaError(AssertionError):
    pass


def _is_type(value: Any, name: str) -> bool:
    if name in ("number", "integer"):
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            return False
        return name == "number" or float(value).is_integer()
    return isinstance(value, TYPES[name])


def _unique(items: list[Any]) -> bool:
    seen = [json.dumps(i, sort_keys=True) for i in items]
    return len(seen) == len(set(seen))


class Validator:
    def __init__(self, schema: dict[str, Any]) -> None:
        self.root = schema

    def _resolve(self, ref: str) -> Any:
        if not ref.startswith("#"):
            raise SchemaError(f"only local references are supported: {ref}")
        node: Any = self.root
        for part in ref[1:].split("/")[1:]:
            node = node[part.replace("~1", "/").replace("~0", "~")]
        return node

    def errors(self, value: Any, schema: Any = None, where: str = "") -> list[str]:
        schema = self.root if schema is None else schema
        if schema is True:
            return []
        if schema is False:
            return [f"{where or '/'}: nothing is allowed here"]
        out: list[str] = []
        for key, rule in schema.items():
            if key in ANNOTATIONS:
                continue
            out += self._keyword(key, rule, schema, value, where)
        return out

    def _keyword(self, key: str, rule: Any, schema: dict[str, Any], value: Any, where: str) -> list[str]:
        here = where or "/"
        if key == "$ref":
            return self.errors(value, self._resolve(rule), where)
        if key == "allOf":
            return [e for sub in rule for e in self.errors(value, sub, where)]
        if key == "anyOf":
            results = [self.errors(value, sub, where) for sub in rule]
            return [] if any(not r for r in results) else [f"{here}: matches none of anyOf ({results[0][:1]})"]
        if key == "oneOf":
            passing = sum(1 for sub in rule if not self.errors(value, sub, where))
            return [] if passing == 1 else [f"{here}: matches {passing} of oneOf, not exactly one"]
        if key == "not":
            return [f"{here}: matches what `not` forbids"] if not self.errors(value, rule, where) else []
        if key == "type":
            names = rule if isinstance(rule, list) else [rule]
            return [] if any(_is_type(value, n) for n in names) else [f"{here}: not of type {rule}"]
        if key == "pattern":
            return [] if not isinstance(value, str) or re.search(rule, value) else [f"{here}: {value!r} !~ {rule}"]
        if key == "required":
            missing = [k for k in rule if isinstance(value, dict) and k not in value]
            return [f"{here}: required {missing}"] if missing else []
        if key == "uniqueItems":
            return [f"{here}: items repeat"] if rule and isinstance(value, list) and not _unique(value) else []
        if key == "items":
            if not isinstance(value, list):
                return []
            return [e for n, item in enumerate(value) for e in self.errors(item, rule, f"{where}/{n}")]
        if key == "dependencies":
            if not isinstance(value, dict):
                return []
            out: list[str] = []
            for name, dep in rule.items():
                if name not in value:
                    continue
                if isinstance(dep, list):
                    out += [f"{here}: {name} needs {d}" for d in dep if d not in value]
                else:
                    out += self.errors(value, dep, where)
            return out
        if key == "propertyNames":
            if not isinstance(value, dict):
                return []
            return [e for name in value for e in self.errors(name, rule, f"{where}/{name}(name)")]
        if key in ("properties", "patternProperties", "additionalProperties"):
            return self._members(key, schema, value, where)
        raise SchemaError(f"keyword {key!r} is not supported by this checker")

    def _members(self, key: str, schema: dict[str, Any], value: Any, where: str) -> list[str]:
        """properties, patternProperties and additionalProperties, each member checked once (from `properties`)."""
        if key != "properties" and "properties" in schema:
            return []
        if key == "additionalProperties" and "patternProperties" in schema:
            return []
        if not isinstance(value, dict):
            return []
        props = schema.get("properties", {})
        patterns = schema.get("patternProperties", {})
        extra = schema.get("additionalProperties", True)
        out: list[str] = []
        for name, member in value.items():
            rules = ([props[name]] if name in props else []) + \
                [sub for pattern, sub in patterns.items() if re.search(pattern, name)]
            if not rules:
                rules = [extra]
            for sub in rules:
                out += self.errors(member, sub, f"{where}/{name}")
        return out


def validate(value: Any, schema: dict[str, Any]) -> list[str]:
    return Validator(schema).errors(value)
