"""Generate the client package ``generated/tradovate_api`` from ``spec/``.

    python codegen/generate.py [--check]

1. bundle and validate the spec (``build/openapi.json``);
2. run openapi-python-client with our templates (``codegen/templates``). The templates get a
   *plan* for every model and endpoint, computed here from the generator's parsed properties
   and the bundled document (for our ``x-`` extensions);
3. copy the hand-written runtime modules (``codegen/runtime``) into the package;
4. format with ruff and replace ``generated/tradovate_api``.

The output depends only on the inputs: no timestamps, no caches, sorted everything.
``--check`` generates into a temporary directory and fails if ``generated/`` differs.
"""

from __future__ import annotations

import argparse
import filecmp
import json
import re
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openapi_python_client import Project
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.errors import ErrorLevel, GeneratorError
from openapi_python_client.parser.properties.boolean import BooleanProperty
from openapi_python_client.parser.properties.date import DateProperty
from openapi_python_client.parser.properties.datetime import DateTimeProperty
from openapi_python_client.parser.properties.enum_property import EnumProperty
from openapi_python_client.parser.properties.float import FloatProperty
from openapi_python_client.parser.properties.int import IntProperty
from openapi_python_client.parser.properties.list_property import ListProperty
from openapi_python_client.parser.properties.model_property import ModelProperty
from openapi_python_client.parser.properties.none import NoneProperty
from openapi_python_client.parser.properties.string import StringProperty
from openapi_python_client.parser.properties.union import UnionProperty
from openapi_python_client.strings import ClassName, PythonIdentifier

sys.path.insert(0, str(Path(__file__).parent))
import bundle

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = "tradovate_api"
TEMPLATES = ROOT / "codegen" / "templates"
RUNTIME = ROOT / "codegen" / "runtime"
OUTPUT = ROOT / "generated" / PACKAGE
BUNDLE = ROOT / "build" / "openapi.json"
RUFF_CONFIG = ROOT / "codegen" / "ruff-generated.toml"
SCHEMA_REF = "#/components/schemas/"


def raw(value: Any) -> str:
    """The text of a generator string (our spec is trusted; templates quote it with ``pystr``)."""
    get = getattr(value, "get_untrusted_value", None)
    return str(get() if get is not None else value)


# ---------------------------------------------------------------------------------------------
# Plans: what the templates render


@dataclass(frozen=True)
class Kind:
    name: str  # int number str bool datetime date enum model list any
    expected: str  # JSON Schema wording for drift messages
    cls: str = ""  # enum or model class
    module: str = ""
    item: Kind | None = None

    @property
    def annotation(self) -> str:
        if self.name == "list":
            assert self.item is not None
            return f"list[{self.item.annotation}]"
        return {
            "int": "int",
            "number": "float",
            "str": "str",
            "bool": "bool",
            "datetime": "datetime.datetime",
            "date": "datetime.date",
            "any": "Any",
        }.get(self.name, self.cls)


SCALARS = {
    IntProperty: Kind("int", "integer"),
    FloatProperty: Kind("number", "number"),
    StringProperty: Kind("str", "string"),
    BooleanProperty: Kind("bool", "boolean"),
    DateTimeProperty: Kind("datetime", "date-time"),
    DateProperty: Kind("date", "date"),
}


def describe(prop: Any) -> tuple[Kind, bool]:
    """(kind, nullable) of a parsed property."""
    if isinstance(prop, UnionProperty):
        inner = [p for p in prop.inner_properties if not isinstance(p, NoneProperty)]
        nullable = len(inner) < len(prop.inner_properties)
        if len(inner) == 1:
            return describe(inner[0])[0], nullable
        return Kind("any", "any value"), nullable
    for cls, kind in SCALARS.items():
        if type(prop) is cls:
            return kind, False
    if isinstance(prop, EnumProperty):
        return Kind("enum", "string", prop.class_info.name, prop.class_info.module_name), False
    if isinstance(prop, ModelProperty):
        return Kind("model", "object", prop.class_info.name, prop.class_info.module_name), False
    if isinstance(prop, ListProperty):
        item, _ = describe(prop.inner_property)
        return Kind("list", "array", item=item), False
    return Kind("any", "any value"), False


@dataclass
class FieldPlan:
    attr: str
    key: str
    kind: Kind
    required: bool
    nullable: bool
    secret: bool
    description: str

    @property
    def annotation(self) -> str:
        text = self.kind.annotation
        if self.nullable:
            text += " | None"
        if not self.required:
            text += " | Unset"
        return text


@dataclass
class ModelPlan:
    name: str
    module: str
    schema: dict[str, Any]
    fields: list[FieldPlan]
    open: bool
    imports: list[str] = field(default_factory=list)
    decode: str = ""
    info: str = ""
    has_lists: bool = False

    @property
    def description(self) -> str:
        return str(self.schema.get("description", "")).strip()


class Planner:
    def __init__(self, doc: dict[str, Any], openapi: GeneratorData, prefix: str) -> None:
        self.doc = doc
        self.schemas: dict[str, Any] = doc["components"]["schemas"]
        self.by_class = {ClassName(name, prefix): name for name in self.schemas}
        self.prefix = prefix
        self.models: dict[str, ModelPlan] = {}
        self.modules: dict[str, str] = {
            str(c.class_info.name): str(c.class_info.module_name) for c in [*openapi.models, *openapi.enums]
        }
        for model in openapi.models:
            self.models[model.class_info.name] = self._plan_model(model)
        self._mark_lists()
        for plan in self.models.values():
            plan.decode = self._decode_body(plan)
            plan.info = self._info(plan)
            plan.imports = self._imports(plan)
        self._check_acyclic()
        self.operations = {(method, path): op for path, item in doc["paths"].items() for method, op in item.items()}

    # models --------------------------------------------------------------------------------
    def _plan_model(self, model: Any) -> ModelPlan:
        schema = self.schemas[self.by_class[model.class_info.name]]
        props = schema.get("properties") or {}
        fields = []
        for prop in model.required_properties + model.optional_properties:
            kind, nullable = describe(prop)
            spec_prop = props.get(raw(prop.name), {})
            fields.append(
                FieldPlan(
                    attr=str(prop.python_name),
                    key=raw(prop.name),
                    kind=kind,
                    required=bool(prop.required),
                    nullable=nullable,
                    secret=bool(spec_prop.get("x-secret")),
                    description=str(spec_prop.get("description", "")).strip(),
                )
            )
        order = list(props)
        fields.sort(key=lambda f: (not f.required, order.index(f.key) if f.key in order else len(order)))
        return ModelPlan(
            name=model.class_info.name,
            module=model.class_info.module_name,
            schema=schema,
            fields=fields,
            open=schema.get("additionalProperties", False) not in (False, None),
        )

    def _mark_lists(self) -> None:
        changed = True
        for plan in self.models.values():
            plan.has_lists = any(f.kind.name == "list" for f in plan.fields)
        while changed:
            changed = False
            for plan in self.models.values():
                if plan.has_lists:
                    continue
                if any(f.kind.name == "model" and self.models[f.kind.cls].has_lists for f in plan.fields):
                    plan.has_lists = changed = True

    def _check_acyclic(self) -> None:
        def refs(plan: ModelPlan) -> set[str]:
            out = set()
            for f in plan.fields:
                k = f.kind.item if f.kind.name == "list" else f.kind
                if k is not None and k.name == "model":
                    out.add(k.cls)
            return out

        state: dict[str, int] = {}

        def visit(name: str, trail: list[str]) -> None:
            if state.get(name) == 2:
                return
            if state.get(name) == 1:
                raise SystemExit(f"model reference cycle: {' -> '.join([*trail, name])}; the templates import eagerly")
            state[name] = 1
            for ref in sorted(refs(self.models[name])):
                visit(ref, [*trail, name])
            state[name] = 2

        for name in sorted(self.models):
            visit(name, [])

    def _imports(self, plan: ModelPlan) -> list[str]:
        models = {(p.module, p.name) for p in self.models.values()}
        names = set()
        for f in plan.fields:
            k = f.kind.item if f.kind.name == "list" else f.kind
            if k is not None and k.name in ("enum", "model") and k.cls != plan.name:
                names.add((k.module, k.cls))
        out = []
        for module, cls in sorted(names):
            decoder = (
                f", _decode as _decode_{cls}, _from_wire as _from_wire_{cls}, _Wire as _{cls}_wire"
                if (module, cls) in models
                else ""
            )
            out.append(f"from .{module} import {cls}{decoder}")
        return out

    def _decode_body(self, plan: ModelPlan) -> str:
        """The body of ``_decode(d)``: one straight-line block per field.

        A required field is a subscript in a ``try`` (free unless the key is missing, which is
        drift), an optional one a ``d.get``; then a class check and a slot store. Keys the model
        does not declare are found by counting: ``d`` has extras exactly when ``len(d)`` exceeds
        the number of declared fields that were present.
        """
        name = plan.name
        lines = [f"o: {name} = _new(_{name}Raw)"]
        if plan.fields:
            lines.append("missing = 0")
        if any(not f.required for f in plan.fields):
            lines.append("g = d.get")
        for f in plan.fields:
            lines += self._decode_field(name, f)
            lines.append(f"o.{f.attr} = v")
        report = "" if not plan.open else ", report=False"
        present = f"len(d) + missing == {len(plan.fields)}" if plan.fields else "not d"
        lines += [
            f"if {present}:",
            "    o.additional_properties = _codec.NO_EXTRAS",
            "else:",
            f"    o.additional_properties = _codec.extras({name}, d, _KEYS{report})",
            "o._json = d",
            f"o.__class__ = {name}",
            "return o",
        ]
        return "\n".join(lines)

    @staticmethod
    def _decode_field(model: str, f: FieldPlan) -> list[str]:
        """Statements leaving the decoded value of ``f`` in ``v`` (and counting it if absent)."""
        k, key = f.kind, json.dumps(f.key)
        args = f"{f.required}, {f.nullable}"

        def bad(expected: str, value: str = "v") -> str:
            return f"v = _codec.bad({model}, {key}, {json.dumps(expected)}, {value}, {args})"

        # (condition that the value needs no work, statements converting a good value, expected)
        checks = {
            "int": "v.__class__ is int",
            "str": "v.__class__ is str",
            "bool": "v.__class__ is bool",
            "number": "v.__class__ is float or v.__class__ is int",
        }
        negated = {
            "int": "v.__class__ is not int",
            "str": "v.__class__ is not str",
            "bool": "v.__class__ is not bool",
            "number": "v.__class__ is not float and v.__class__ is not int",
        }
        convert: list[str] = []
        if k.name in checks:
            good = checks[k.name]
        elif k.name in ("datetime", "date"):
            good = "v.__class__ is str"
            parse = "_fromiso" if k.name == "datetime" else "_fromdate"
            convert = [
                "try:",
                f"    v = {parse}(v)",
                "except ValueError:",
                f"    v = _codec.bad_format({model}, {key}, {json.dumps(k.expected)}, v)",
            ]
        elif k.name == "enum":
            good = "v.__class__ is str"
            convert = [
                "try:",
                f"    v = _{k.cls}_values[v]",
                "except KeyError:",
                f"    v = _codec.unknown_enum({model}, {key}, {k.cls}, v)",
            ]
        elif k.name == "model":
            good = "v.__class__ is dict"
            convert = [f"v = _decode_{k.cls}(v)"]
        elif k.name == "list":
            assert k.item is not None
            good = "v.__class__ is list"
            if k.item.name == "model":
                c = k.item.cls
                convert = [f"v = _codec.decode_models({model}, {key}, _decode_{c}, v, _{c}_wire, _from_wire_{c})"]
            elif k.item.name not in ("any", "list"):
                convert = [f"v = _codec.decode_items({model}, {key}, {Planner.item_decoder(k.item)}, v)"]
        else:
            good = ""
        expected = "string" if k.name == "enum" else k.expected

        def checked(indent: str) -> list[str]:
            if not good:
                return []
            if convert:
                return [
                    f"{indent}if {good}:",
                    *(f"{indent}    {line}" for line in convert),
                    f"{indent}else:",
                    f"{indent}    {bad(expected)}",
                ]
            return [f"{indent}if {negated[k.name]}:", f"{indent}    {bad(expected)}"]

        if f.required:
            return [
                "try:",
                f"    v = d[{key}]",
                "except KeyError:",
                f"    {bad(expected, 'UNSET')}",
                "    missing += 1",
                "else:",
                *(checked("    ") or ["    pass"]),
            ]
        if not good:
            return [f"v = g({key}, UNSET)", "if v is UNSET:", "    missing += 1"]
        return [
            f"v = g({key}, UNSET)",
            f"if {good}:",
            *(f"    {line}" for line in convert or ["pass"]),
            "elif v is UNSET:",
            "    missing += 1",
            "else:",
            f"    {bad(expected)}",
        ]

    @staticmethod
    def wire_type(k: Kind, nullable: bool = False) -> str:
        """The msgspec type of a field in the model's wire Struct (source code)."""
        if k.name == "list":
            assert k.item is not None
            if k.item.name in ("model", "list", "any"):
                text = "list[Any]"  # items are checked one list at a time, to fall back per list
            else:
                text = f"list[{Planner.wire_type(k.item)}]"
        else:
            text = {
                "int": "int",
                "number": "_codec.NUMBER",
                "str": "str",
                "bool": "bool",
                "datetime": "datetime.datetime",
                "date": "datetime.date",
                "enum": k.cls,
                "model": f"_{k.cls}_wire",
                "any": "Any",
            }[k.name]
        return f"{text} | None" if nullable else text

    def wire_fields(self, plan: ModelPlan) -> str:
        rows = []
        for f in plan.fields:
            default = "_codec.REQUIRED" if f.required else "UNSET"
            rows.append(
                f"({json.dumps(f.attr)}, {json.dumps(f.key)}, {self.wire_type(f.kind, f.nullable)}, {default}),"
            )
        return "\n".join(rows)

    def from_wire_body(self, plan: ModelPlan) -> str:
        name = plan.name
        lines = [f"o: {name} = _new(_{name}Raw)"]
        for f in plan.fields:
            k, key = f.kind, json.dumps(f.key)
            if k.name == "model":
                lines += [
                    f"v = w.{f.attr}",
                    f"if v.__class__ is _{k.cls}_wire:",
                    f"    v = _from_wire_{k.cls}(v, d[{key}])",
                    f"o.{f.attr} = v",
                ]
            elif k.name == "list" and k.item is not None and k.item.name == "model":
                c = k.item.cls
                lines += [
                    f"v = w.{f.attr}",
                    "if v.__class__ is list:",
                    f"    v = _codec.decode_models({name}, {key}, _decode_{c}, v, _{c}_wire, _from_wire_{c})",
                    f"o.{f.attr} = v",
                ]
            else:
                lines.append(f"o.{f.attr} = w.{f.attr}")
        lines += [
            "o.additional_properties = _codec.NO_EXTRAS",
            "o._json = d",
            f"o.__class__ = {name}",
            "return o",
        ]
        return "\n".join(lines)

    @staticmethod
    def item_decoder(k: Kind) -> str:
        if k.name == "enum":
            return f"_{k.cls}_decoder"
        return f"_codec.decode_{k.name}"

    @staticmethod
    def to_json(k: Kind) -> str:
        if k.name == "list":
            assert k.item is not None
            return f"_codec.list_json({Planner.to_json(k.item)})"
        return {
            "datetime": "_codec.datetime_json",
            "date": "_codec.date_json",
            "enum": "_codec.enum_json",
            "model": "_codec.model_json",
        }.get(k.name, "_codec.plain_json")

    def _check(self, k: Kind) -> str:
        if k.name == "model":
            return "MODEL" if self.models[k.cls].has_lists else "NONE"
        if k.name != "list":
            return "NONE"
        assert k.item is not None
        if k.item.name == "model":
            return "LIST_OF_DEEP_MODELS" if self.models[k.item.cls].has_lists else "LIST_OF_MODELS"
        if k.item.name in ("datetime", "date", "list"):
            return "LIST_REBUILD"
        return "LIST_OF_VALUES"

    def _info(self, plan: ModelPlan) -> str:
        rows = []
        for f in plan.fields:
            args = [json.dumps(f.attr), json.dumps(f.key), self.to_json(f.kind)]
            check = self._check(f.kind)
            if check != "NONE" or f.secret:
                args.append(f"_codec.Check.{check}")
            if f.secret:
                args.append("secret=True")
            rows.append(f"_codec.Field({', '.join(args)}),")
        return "\n".join(rows)

    def enum_decoders(self, plan: ModelPlan) -> list[str]:
        names = set()
        for f in plan.fields:
            if f.kind.name == "list" and f.kind.item is not None and f.kind.item.name == "enum":
                names.add(f.kind.item.cls)
        return sorted(names)

    def enum_lookups(self, plan: ModelPlan) -> list[str]:
        return sorted({f.kind.cls for f in plan.fields if f.kind.name == "enum"})

    def uses(self, plan: ModelPlan, *names: str) -> bool:
        def walk(k: Kind) -> bool:
            return k.name in names or (k.item is not None and walk(k.item))

        return any(walk(f.kind) for f in plan.fields)

    # enums ---------------------------------------------------------------------------------
    def enum_schema(self, enum: Any) -> dict[str, Any]:
        return dict(self.schemas[self.by_class[enum.class_info.name]])

    # endpoints -----------------------------------------------------------------------------
    def endpoint(self, endpoint: Any) -> dict[str, Any]:
        path = raw(endpoint.path)
        op = self.operations[(endpoint.method.lower(), path)]
        params = []
        for param in op.get("parameters", []):
            schema = param["schema"]
            array = schema.get("type") == "array"
            base = schema["items"] if array else schema
            py = {"integer": "int", "string": "str", "number": "float", "boolean": "bool"}[base["type"]]
            params.append(
                {
                    "name": param["name"],
                    "python": str(param.get("x-python-name") or PythonIdentifier(param["name"], self.prefix)),
                    "annotation": f"list[{py}]" if array else py,
                    "array": array,
                    "min_items": schema.get("minItems", 0),
                    "required": param.get("required", False),
                    "description": str(param.get("description", "")).strip(),
                }
            )
        body = None
        content = op.get("requestBody", {}).get("content", {}).get("application/json")
        if content:
            body = self._class_of(content["schema"])
        result = None
        result_list = False
        resp = op["responses"]["200"].get("content", {}).get("application/json")
        if resp:
            schema = resp["schema"]
            if schema.get("type") == "array":
                result_list = True
                schema = schema["items"]
            result = self._class_of(schema)
        imports = sorted({(self.modules[c], c) for c in (body, result) if c})
        return {
            "op": op,
            "operation_id": op["operationId"],
            "method": endpoint.method.upper(),
            "path": path,
            "summary": str(op.get("summary", "")).strip(),
            "description": str(op.get("description", "")).strip(),
            "params": params,
            "body": body,
            "result": result,
            "result_list": result_list,
            "idempotent": endpoint.method.lower() == "get" or bool(op.get("x-idempotent")),
            "auth": op.get("security", self.doc.get("security")) != [],
            "imports": [f"from ...models.{m} import {c}" for m, c in imports],
            "rate_limit": op.get("x-rate-limit"),
        }

    def _class_of(self, schema: dict[str, Any]) -> str:
        ref = schema.get("$ref", "")
        if not ref.startswith(SCHEMA_REF):
            raise SystemExit(f"inline schemas are not supported in operations: {schema}")
        return str(ClassName(ref[len(SCHEMA_REF) :], self.prefix))


# ---------------------------------------------------------------------------------------------


def lazy_exports(imports: list[str]) -> list[tuple[str, str]]:
    """("Order", "order") pairs from the generator's ``from .order import Order`` lines."""
    out = []
    for line in imports:
        m = re.fullmatch(r"from \.(\w+) import (\w+)", line)
        if not m:
            raise SystemExit(f"unexpected models import {line!r}")
        out.append((m.group(2), m.group(1)))
    return sorted(out)


def generate(out_dir: Path, ruff: str, spec: Path = ROOT / "spec") -> None:
    doc = bundle.bundle(spec)
    bundle.validate(doc)
    BUNDLE.parent.mkdir(exist_ok=True)
    text = bundle.dumps(doc)
    if not BUNDLE.exists() or BUNDLE.read_text(encoding="utf-8") != text:
        BUNDLE.write_text(text, encoding="utf-8")

    config = Config.from_sources(
        ConfigFile(package_name_override=PACKAGE, post_hooks=[]),
        MetaType.NONE,
        document_source=BUNDLE,
        file_encoding="utf-8",
        overwrite=True,
        output_path=out_dir,
    )
    openapi = GeneratorData.from_dict(doc, config=config)
    if isinstance(openapi, GeneratorError):
        raise SystemExit(f"{openapi.header}\n{openapi.detail}")
    planner = Planner(doc, openapi, config.field_prefix)
    project = Project(openapi=openapi, config=config, custom_template_path=TEMPLATES)
    project.env.filters["pystr"] = lambda value: json.dumps(str(value), ensure_ascii=False)
    project.env.globals.update(
        planner=planner,
        plan_model=lambda model: planner.models[model.class_info.name],
        plan_endpoint=planner.endpoint,
        lazy_exports=lazy_exports,
        spec=doc,
    )
    errors = [e for e in project.build() if e.level == ErrorLevel.ERROR or "skip" not in (e.header or "").lower()]
    errors = [e for e in errors if not (e.level == ErrorLevel.WARNING and e.header == "Skipping Integration")]
    if errors:
        raise SystemExit("\n\n".join(f"{e.level}: {e.header}\n{e.detail}" for e in errors))
    for source in sorted(RUNTIME.glob("*.py")):
        shutil.copyfile(source, out_dir / source.name)
    (out_dir / "py.typed").write_text("", encoding="utf-8")
    for cmd in (
        [ruff, "check", "--quiet", "--fix-only", "--config", str(RUFF_CONFIG), str(out_dir)],
        [ruff, "format", "--quiet", "--config", str(RUFF_CONFIG), str(out_dir)],
    ):
        subprocess.run(cmd, check=True, cwd=out_dir.parent)
    for cache in out_dir.rglob("__pycache__"):
        shutil.rmtree(cache)
    for cache in out_dir.rglob(".ruff_cache"):
        shutil.rmtree(cache)


def differences(a: Path, b: Path) -> list[str]:
    cmp = filecmp.dircmp(a, b, ignore=["__pycache__", ".ruff_cache"])
    out: list[str] = []

    def walk(c: filecmp.dircmp[str], prefix: str) -> None:
        out.extend(f"only in generated/: {prefix}{n}" for n in c.left_only)
        out.extend(f"missing from generated/: {prefix}{n}" for n in c.right_only)
        _, mismatch, errors = filecmp.cmpfiles(c.left, c.right, c.common_files, shallow=False)
        out.extend(f"differs: {prefix}{n}" for n in mismatch + errors)
        for name, sub in sorted(c.subdirs.items()):
            walk(sub, f"{prefix}{name}/")

    walk(cmp, "")
    return sorted(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if generated/ is not what the spec gives")
    parser.add_argument("--ruff", default=shutil.which("ruff") or "ruff")
    parser.add_argument("--spec", type=Path, default=ROOT / "spec")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="tradovate-gen-") as tmp:
        out = Path(tmp) / PACKAGE
        try:
            generate(out, str(Path(args.ruff).resolve()) if "/" in args.ruff else args.ruff, args.spec)
        except bundle.SpecError as exc:
            print(f"spec error:\n{exc}", file=sys.stderr)
            return 1
        if args.check:
            diff = differences(OUTPUT, out) if OUTPUT.exists() else ["generated/ does not exist"]
            if diff:
                print("generated/ is stale; run `make gen` and commit the result:", file=sys.stderr)
                print("\n".join(f"  {d}" for d in diff[:40]), file=sys.stderr)
                return 1
            print("generated/ is up to date")
            return 0
        if OUTPUT.exists():
            shutil.rmtree(OUTPUT)
        OUTPUT.parent.mkdir(exist_ok=True)
        shutil.copytree(out, OUTPUT)
    count = sum(1 for _ in OUTPUT.rglob("*.py"))
    print(f"generated {OUTPUT.relative_to(ROOT)} ({count} modules)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
