"""Generate the generator-owned parts of ``generated/tradovate_api`` from ``spec/``.

    python codegen/generate.py [--check]

1. bundle and validate the spec (``build/openapi.json``);
2. parse it with openapi-python-client and render our templates (``codegen/templates``): one
   module per model and enum under ``models/``, ``_operations.py`` (every operation, the socket
   tables, the lazy namespace attributes of the client object) and one module per namespace under
   ``_namespaces/`` (one method per operation, loaded on first use). The templates get a *plan*
   computed here;
3. format with ruff and replace those files in ``generated/tradovate_api``.

The generator owns ``models/``, ``_namespaces/`` and ``_operations.py`` only (``OWNED``); everything else in the
package is hand-written source. The output depends only on the inputs. ``--check`` generates
into a temporary directory and fails if the owned files differ.
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
OUTPUT = ROOT / "generated" / PACKAGE
BUNDLE = ROOT / "build" / "openapi.json"
RUFF_CONFIG = ROOT / "codegen" / "ruff-generated.toml"
SCHEMA_REF = "#/components/schemas/"


def raw(value: Any) -> str:
    """The text of a generator string (our spec is trusted; templates quote it with ``pystr``)."""
    get = getattr(value, "get_untrusted_value", None)
    return str(get() if get is not None else value)


# ---------------------------------------------------------------------------------------------
# Field kinds: the one place that maps a parsed property to its annotation and runtime kind
# (what each kind *does* lives in tradovate_api/_kinds.py, one class per kind).


@dataclass(frozen=True)
class Kind:
    name: str  # int number str bool datetime date enum model list any
    cls: str = ""  # enum or model class
    module: str = ""
    item: Kind | None = None

    @property
    def annotation(self) -> str:
        if self.item is not None:
            return f"list[{self.item.annotation}]"
        return self.cls or SCALAR_ANNOTATIONS[self.name]

    @property
    def runtime(self) -> str:
        """The kind object in the model's field table (source)."""
        if self.item is not None:
            return f"_codec.List({self.item.runtime})"
        if self.name == "enum":
            return f"_codec.Enum({self.cls})"
        if self.name == "model":  # by name, imported on first use (importing a model stays cheap)
            return f"_codec.ModelRef({json.dumps(self.cls)}, __package__)"
        return f"_codec.{self.name.upper()}"

    def classes(self) -> set[tuple[str, str]]:
        """(module, class) of every enum or model this kind refers to."""
        if self.item is not None:
            return self.item.classes()
        return {(self.module, self.cls)} if self.cls else set()

    def models(self) -> set[str]:
        """The classes of the models this kind refers to (referred to by name at run time)."""
        if self.item is not None:
            return self.item.models()
        return {self.cls} if self.name == "model" else set()


SCALAR_ANNOTATIONS = {
    "int": "int",
    "number": "float",
    "str": "str",
    "bool": "bool",
    "datetime": "datetime.datetime",
    "date": "datetime.date",
    "any": "Any",
}
SCALARS = {
    IntProperty: "int",
    FloatProperty: "number",
    StringProperty: "str",
    BooleanProperty: "bool",
    DateTimeProperty: "datetime",
    DateProperty: "date",
}


def describe(prop: Any) -> tuple[Kind, bool]:
    """(kind, nullable) of a property parsed by openapi-python-client."""
    if isinstance(prop, UnionProperty):
        inner = [p for p in prop.inner_properties if not isinstance(p, NoneProperty)]
        nullable = len(inner) < len(prop.inner_properties)
        return (describe(inner[0])[0] if len(inner) == 1 else Kind("any")), nullable
    for cls, name in SCALARS.items():
        if type(prop) is cls:
            return Kind(name), False
    if isinstance(prop, EnumProperty | ModelProperty):
        name = "enum" if isinstance(prop, EnumProperty) else "model"
        return Kind(name, str(prop.class_info.name), str(prop.class_info.module_name)), False
    if isinstance(prop, ListProperty):
        return Kind("list", item=describe(prop.inner_property)[0]), False
    return Kind("any"), False


# An acronym inside a JSON name (``realizedPnL``, ``showKIDs``, ``outdatedTaC``): one word in the
# Python name (``realized_pnl``, ``show_kids``, ``outdated_tac``), where openapi-python-client
# splits it (``realized_pn_l``); the old split name stays as a deprecated alias.
_ACRONYM = re.compile(r"(?<=[a-z0-9])[A-Z][a-z]?[A-Z]+s?(?=[A-Z][a-z]|[0-9_]|$)")
_WORD = re.compile(r"[A-Z][a-z]?[A-Z]+s?(?=[A-Z][a-z]|[0-9_]|$)|[A-Z]+(?=[A-Z][a-z]|[0-9_]|$)|[A-Z]?[a-z]+|[0-9]+")


def field_names(key: str, generated: str) -> tuple[str, list[str]]:
    """The attribute name of a JSON property and its deprecated aliases."""
    if _ACRONYM.search(key) is None:
        return generated, []
    better = "_".join(word.lower() for word in _WORD.findall(key))
    return (better, [generated]) if better != generated else (generated, [])


@dataclass
class FieldPlan:
    attr: str
    key: str
    kind: Kind
    required: bool
    nullable: bool
    secret: bool
    description: str
    aliases: list[str] = field(default_factory=list)

    @property
    def annotation(self) -> str:
        text = self.kind.annotation + (" | None" if self.nullable else "")
        return text if self.required else f"{text} | Unset"

    @property
    def table_row(self) -> str:
        flags = [", required=False" if not self.required else "", ", nullable=True" if self.nullable else ""]
        flags.append(", secret=True" if self.secret else "")
        return f"F({json.dumps(self.attr)}, {json.dumps(self.key)}, {self.kind.runtime}{''.join(flags)}),"


@dataclass
class ModelPlan:
    name: str
    description: str
    fields: list[FieldPlan]
    open: bool
    imports: list[str]  # the enums of the field table
    type_imports: list[str]  # the models inside, for the annotations only (the table names them)

    def uses(self, annotation: str) -> bool:
        return any(annotation in f.annotation for f in self.fields)


def plan_model(model: Any, schema: dict[str, Any]) -> ModelPlan:
    """What the model template renders for one schema, fields in spec order (required first)."""
    props = schema.get("properties") or {}
    fields = []
    for prop in model.required_properties + model.optional_properties:
        kind, nullable = describe(prop)
        spec_prop = props.get(raw(prop.name), {})
        attr, aliases = field_names(raw(prop.name), str(prop.python_name))
        fields.append(
            FieldPlan(
                attr=attr,
                aliases=aliases,
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
    own = str(model.class_info.name)
    refs = sorted({ref for f in fields for ref in f.kind.classes() if ref[1] != own})
    models = {cls for f in fields for cls in f.kind.models()}
    return ModelPlan(
        name=own,
        description=str(schema.get("description", "")).strip() or own,
        fields=fields,
        open=schema.get("additionalProperties", False) not in (False, None),
        imports=[f"from .{module} import {cls}" for module, cls in refs if cls not in models],
        type_imports=[f"from .{module} import {cls}" for module, cls in refs if cls in models],
    )


def check_acyclic(plans: dict[str, ModelPlan]) -> None:
    """Model references must not form a cycle (the spec has none; the codec's compiled functions
    and the simulator's examples follow references depth first)."""
    state: dict[str, int] = {}

    def visit(name: str, trail: list[str]) -> None:
        if state.get(name) == 2:
            return
        if state.get(name) == 1:
            raise SystemExit(f"model reference cycle: {' -> '.join([*trail, name])}")
        state[name] = 1
        for f in plans[name].fields:
            for _, cls in sorted(f.kind.classes()):
                if cls in plans:
                    visit(cls, [*trail, name])
        state[name] = 2

    for name in sorted(plans):
        visit(name, [])


# ---------------------------------------------------------------------------------------------
# Operations: the client object's namespaces (rendered by templates/operations.py.jinja)

ENTITY_OPS = ("item", "items", "list", "find", "suggest", "deps", "ldeps", "create", "update")
ENTITY_MIXINS = {"list": "ListAll", "ldeps": "LDeps"}  # the rest: the op capitalised (_resource.py)
PY_TYPES = {"integer": "int", "string": "str", "number": "float", "boolean": "bool"}


@dataclass
class Param:
    name: str
    python: str
    annotation: str
    array: bool
    min_items: int
    required: bool
    description: str
    kind: str = "str"  # what the runtime checks before sending (tradovate_api._http.QUERY_KINDS)


def query_kind(schema: dict[str, Any]) -> str:
    """The runtime's kind of a query parameter's schema (of each item for an array)."""
    kind = schema["type"]
    if kind == "integer":
        if schema.get("minimum") == 0:
            return "count"
        return "int32" if schema.get("format") == "int32" else "int64"
    return {"string": "str", "number": "number", "boolean": "bool"}[kind]


@dataclass(frozen=True)
class RateLimitPlan:
    """An operation's ``x-rate-limit``. Without ``countsSuccesses`` every request is counted:
    a client-side budget that counts too much never runs into the server's limit."""

    per_hour: int
    backoff_seconds: float
    counts_successes: bool

    @classmethod
    def of(cls, spec: dict[str, Any] | None) -> RateLimitPlan | None:
        if spec is None:
            return None
        return cls(int(spec["perHour"]), float(spec["backoffSeconds"]), bool(spec.get("countsSuccesses", True)))

    @property
    def source(self) -> str:
        return f"RateLimit({self.per_hour}, {self.backoff_seconds!r}, {self.counts_successes})"


@dataclass
class OperationPlan:
    operation_id: str
    method: str
    path: str
    method_name: str
    summary: str
    description: str
    params: list[Param]
    body: str | None
    result: str | None
    result_list: bool
    idempotent: bool
    auth: bool
    failure: dict[str, Any] | None
    rate_limit: RateLimitPlan | None = None

    @property
    def returns(self) -> str:
        """The return annotation (models through the ``m`` alias of ``tradovate_api.models``)."""
        if not self.result:
            return "None"
        return f"list[m.{self.result}]" if self.result_list else f"m.{self.result}"


@dataclass
class NamespacePlan:
    attr: str
    cls: str
    description: str
    entity: dict[str, Any] | None = None  # model, create body, path segment, mixins
    operations: list[OperationPlan] = field(default_factory=list)


def class_of(schema: dict[str, Any], prefix: str) -> str:
    ref = schema.get("$ref", "")
    if not ref.startswith(SCHEMA_REF):
        raise SystemExit(f"inline schemas are not supported in operations: {schema}")
    return str(ClassName(ref[len(SCHEMA_REF) :], prefix))


def plan_operation(path: str, method: str, op: dict[str, Any], doc: dict[str, Any], prefix: str) -> OperationPlan:
    params = []
    for param in op.get("parameters", []):
        schema = param["schema"]
        array = schema.get("type") == "array"
        py = PY_TYPES[(schema["items"] if array else schema)["type"]]
        params.append(
            Param(
                name=param["name"],
                python=str(param.get("x-python-name") or PythonIdentifier(param["name"], prefix)),
                annotation=f"Sequence[{py}]" if array else py,
                array=array,
                min_items=schema.get("minItems", 0),
                required=param.get("required", False),
                description=str(param.get("description", "")).strip(),
                kind=query_kind(schema["items"] if array else schema),
            )
        )
    content = op.get("requestBody", {}).get("content", {}).get("application/json")
    body = class_of(content["schema"], prefix) if content else None
    result, result_list = None, False
    resp = op["responses"]["200"].get("content", {}).get("application/json")
    if resp:
        schema = resp["schema"]
        if schema.get("type") == "array":
            result_list, schema = True, schema["items"]
        result = class_of(schema, prefix)
    failure = None
    if result and not result_list:
        failure = doc["components"]["schemas"][result_schema_name(resp["schema"])].get("x-failure")
    return OperationPlan(
        operation_id=op["operationId"],
        method=method.upper(),
        path=path,
        method_name=op.get("x-method") or snake(op["operationId"]),
        summary=str(op.get("summary", "")).strip().rstrip("."),
        description=str(op.get("description", "")).strip(),
        params=params,
        body=body,
        result=result,
        result_list=result_list,
        idempotent=method == "get" or bool(op.get("x-idempotent")),
        auth=op.get("security", doc.get("security")) != [],
        failure=failure,
        rate_limit=RateLimitPlan.of(op.get("x-rate-limit")),
    )


def result_schema_name(schema: dict[str, Any]) -> str:
    return str(schema.get("$ref", "")).removeprefix(SCHEMA_REF)


def snake(name: str) -> str:
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", name).lower()


def plan_namespaces(doc: dict[str, Any], prefix: str) -> list[NamespacePlan]:
    """Group every operation by its namespace (``x-namespace``, set by the bundler)."""
    spaces: dict[str, NamespacePlan] = {}
    for path, item in doc["paths"].items():
        for method, op in item.items():
            attr = op.get("x-namespace") or snake(path.strip("/").split("/")[0])
            space = spaces.get(attr)
            if space is None:
                cls = "".join(part.capitalize() for part in attr.split("_"))
                space = spaces[attr] = NamespacePlan(attr=attr, cls=cls, description="")
            entity = op.get("x-entity")
            if entity is None:
                space.operations.append(plan_operation(path, method, op, doc, prefix))
                continue
            plan = plan_operation(path, method, op, doc, prefix)
            segment = path.strip("/").split("/")[0]
            prefix = op["operationId"][: -len(entity["operation"])]
            info = space.entity or {"segment": segment, "prefix": prefix, "ops": [], "model": None, "create": None}
            info["ops"].append(entity["operation"])
            if entity["operation"] in ("item", "find"):
                info["model"] = plan.result
            elif entity["operation"] == "create":
                info["create"] = plan.body
            elif entity["operation"] == "update":
                info["model"] = info["model"] or plan.body
            elif plan.result:
                info["model"] = info["model"] or plan.result
            space.entity = info
    for space in spaces.values():
        space.operations.sort(key=lambda o: o.method_name)
        if space.entity:
            space.entity["ops"] = [o for o in ENTITY_OPS if o in space.entity["ops"]]
            model = space.entity["model"]
            schema = doc["components"]["schemas"].get(model, {})
            space.description = str(schema.get("description", "")).strip()
        names = [o.method_name for o in space.operations] + (space.entity["ops"] if space.entity else [])
        if len(names) != len(set(names)):
            raise SystemExit(f"namespace {space.attr}: duplicate method names {sorted(names)}")
    return [spaces[k] for k in sorted(spaces)]


@dataclass
class SocketEndpointPlan:
    endpoint: str
    sockets: list[str]
    request: str | None
    response: str | None
    failure: dict[str, Any] | None


def plan_socket(doc: dict[str, Any], prefix: str) -> tuple[list[SocketEndpointPlan], list[tuple[str, str, bool]]]:
    """The socket-only endpoints and the pushed events of ``x-websocket`` (for ``_operations.py``)."""
    section = doc.get("x-websocket") or {}
    schemas = doc["components"]["schemas"]
    endpoints = []
    for name, entry in sorted(section.get("endpoints", {}).items()):
        request = class_of(entry["request"], prefix) if "request" in entry else None
        response = class_of(entry["response"], prefix) if "response" in entry else None
        failure = schemas[result_schema_name(entry["response"])].get("x-failure") if response else None
        endpoints.append(SocketEndpointPlan(name, list(entry["sockets"]), request, response, failure))
    events = [
        (name, class_of(event["data"], prefix), bool(event.get("jsonText")))
        for name, event in sorted(section.get("events", {}).items())
    ]
    return endpoints, events


# ---------------------------------------------------------------------------------------------

OWNED = ("models", "_namespaces", "_operations.py")  # what the generator writes inside the package
HEADER = "# Generated by `make gen` from spec/ (edit the spec or codegen/, never this file).\n"


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
    """Write the generator-owned parts of the package (``OWNED``) into ``out_dir``."""
    doc = bundle.bundle(spec)
    bundle.validate(doc)
    BUNDLE.parent.mkdir(exist_ok=True)
    text = bundle.dumps(doc)
    if not BUNDLE.exists() or BUNDLE.read_text(encoding="utf-8") != text:
        BUNDLE.write_text(text, encoding="utf-8")

    work = out_dir.parent / "openapi-python-client"
    config = Config.from_sources(
        ConfigFile(package_name_override=PACKAGE, post_hooks=[]),
        MetaType.NONE,
        document_source=BUNDLE,
        file_encoding="utf-8",
        overwrite=True,
        output_path=work,
    )
    openapi = GeneratorData.from_dict(doc, config=config)
    if isinstance(openapi, GeneratorError):
        raise SystemExit(f"{openapi.header}\n{openapi.detail}")
    schemas = doc["components"]["schemas"]
    by_class = {str(ClassName(name, config.field_prefix)): name for name in schemas}
    plans = {str(m.class_info.name): plan_model(m, schemas[by_class[m.class_info.name]]) for m in openapi.models}
    check_acyclic(plans)
    project = Project(openapi=openapi, config=config, custom_template_path=TEMPLATES)
    env = project.env
    env.add_extension("jinja2.ext.do")
    env.filters["pystr"] = lambda value: json.dumps(str(value), ensure_ascii=False)
    env.globals.update(
        header=HEADER,
        plan_model=lambda model: plans[model.class_info.name],
        enum_schema=lambda enum: schemas[by_class[enum.class_info.name]],
        lazy_exports=lazy_exports,
        mixin_names={op: ENTITY_MIXINS.get(op, op.capitalize()) for op in ENTITY_OPS},
        entity_var=lambda space: f"_ENTITY_{space.attr.upper()}",
    )
    problems = [e for e in project.build() if e.level == ErrorLevel.ERROR or "skip" not in (e.header or "").lower()]
    problems = [e for e in problems if not (e.level == ErrorLevel.WARNING and e.header == "Skipping Integration")]
    if problems:
        raise SystemExit("\n\n".join(f"{e.level}: {e.header}\n{e.detail}" for e in problems))
    out_dir.mkdir(parents=True)
    shutil.copytree(work / "models", out_dir / "models")  # MetaType.NONE: no package folder
    spaces = plan_namespaces(doc, config.field_prefix)
    modules = {str(c.class_info.name): str(c.class_info.module_name) for c in [*openapi.models, *openapi.enums]}
    socket_endpoints, socket_events = plan_socket(doc, config.field_prefix)
    source = env.get_template("operations.py.jinja").render(
        spaces=spaces,
        modules=modules,
        header=HEADER,
        socket_endpoints=socket_endpoints,
        socket_events=socket_events,
    )
    (out_dir / "_operations.py").write_text(source, encoding="utf-8")
    namespaces = out_dir / "_namespaces"
    namespaces.mkdir()
    (namespaces / "__init__.py").write_text(
        env.get_template("namespaces_init.py.jinja").render(spaces=spaces, header=HEADER), encoding="utf-8"
    )
    template = env.get_template("namespace.py.jinja")
    for space in spaces:
        text = template.render(space=space, header=HEADER)
        (namespaces / f"{space.attr}.py").write_text(text, encoding="utf-8")
    shutil.rmtree(work)
    for cmd in (
        [ruff, "check", "--quiet", "--fix-only", "--config", str(RUFF_CONFIG), str(out_dir)],
        [ruff, "format", "--quiet", "--config", str(RUFF_CONFIG), str(out_dir)],
    ):
        subprocess.run(cmd, check=True, cwd=out_dir.parent)
    for cache in [*out_dir.rglob("__pycache__"), *out_dir.rglob(".ruff_cache")]:
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


def owned_paths(package: Path) -> list[Path]:
    return [package / name for name in OWNED]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if generated/ is not what the spec gives")
    parser.add_argument("--ruff", default=shutil.which("ruff") or "ruff")
    parser.add_argument("--spec", type=Path, default=ROOT / "spec")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="tradovate-gen-") as tmp:
        out = Path(tmp) / "owned"
        try:
            generate(out, str(Path(args.ruff).resolve()) if "/" in args.ruff else args.ruff, args.spec)
        except bundle.SpecError as exc:
            print(f"spec error:\n{exc}", file=sys.stderr)
            return 1
        if args.check:
            diff = []
            for name in OWNED:
                mine, fresh = OUTPUT / name, out / name
                if not mine.exists():
                    diff.append(f"missing from generated/: {name}")
                elif mine.is_dir():
                    diff += [f"{name}/{d}" for d in differences(mine, fresh)]
                elif not filecmp.cmp(mine, fresh, shallow=False):
                    diff.append(f"differs: {name}")
            diff += stray_generated_files()
            if diff:
                print("generated/ is stale; run `make gen` and commit the result:", file=sys.stderr)
                print("\n".join(f"  {d}" for d in diff[:40]), file=sys.stderr)
                return 1
            print("generated/ is up to date")
            return 0
        for name in OWNED:
            target = OUTPUT / name
            if target.is_dir():
                shutil.rmtree(target)
            elif target.exists():
                target.unlink()
            if (out / name).is_dir():
                shutil.copytree(out / name, target)
            else:
                shutil.copyfile(out / name, target)
    count = sum(1 for p in owned_paths(OUTPUT) for _ in (p.rglob("*.py") if p.is_dir() else [p]))
    print(f"generated {count} modules in {OUTPUT.relative_to(ROOT)} ({', '.join(OWNED)})")
    return 0


def stray_generated_files() -> list[str]:
    """Files outside the generator's share that claim to be generated (left over, or copied)."""
    owned = owned_paths(OUTPUT)
    out = []
    for path in sorted(OUTPUT.rglob("*.py")):
        if any(path == p or p in path.parents for p in owned):
            continue
        if path.read_text(encoding="utf-8").startswith(HEADER):
            out.append(f"generated header outside the generator's files: {path.relative_to(OUTPUT)}")
    return out


if __name__ == "__main__":
    sys.exit(main())
