"""The apps depend one way, and no module imports itself in a circle.

``comparisons`` may use ``careers``; ``careers`` never imports ``comparisons``. The
imports are read from the source, at module level and inside functions alike.
"""

import ast
import itertools
from pathlib import Path

from django.conf import settings

APPS = ["careers", "comparisons", "config"]


def modules():
    """{dotted module name: path} of every module of the project's apps but migrations."""
    found = {}
    for app in APPS:
        for path in (Path(settings.BASE_DIR) / app).rglob("*.py"):
            if "migrations" in path.parts:
                continue
            parts = path.relative_to(settings.BASE_DIR).with_suffix("").parts
            name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
            found[name] = path
    return found


def imports(name, path):
    """The project modules that a module imports, resolved to dotted names."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            found.add(base)
            found.update(f"{base}.{alias.name}" for alias in node.names)
    known = modules()
    return {module for module in found if module in known and module != name}


def graph():
    return {name: imports(name, path) for name, path in modules().items()}


def test_careers_never_imports_comparisons():
    offenders = {
        name: sorted(m for m in used if m.split(".")[0] == "comparisons")
        for name, used in graph().items()
        if name.split(".")[0] == "careers"
    }
    assert {name: used for name, used in offenders.items() if used} == {}


def test_no_module_imports_itself_in_a_circle():
    edges = graph()
    cycles = []

    def visit(name, trail):
        for used in sorted(edges[name]):
            if used in trail:
                cycles.append(trail[trail.index(used) :] + [used])
            elif used not in done:
                visit(used, [*trail, used])
        done.add(name)

    done = set()
    for name in sorted(edges):
        if name not in done:
            visit(name, [name])
    # A package's __init__ importing its own submodules is not a cycle of concern.
    cycles = [
        c
        for c in cycles
        if not any(a.startswith(f"{b}.") or b.startswith(f"{a}.") for a, b in itertools.pairwise(c))
    ]
    assert cycles == []


def test_the_import_graph_is_read():
    # Guards the two tests above against passing on an empty graph.
    edges = graph()
    assert "careers.models" in edges["careers.figures"] or "careers.formatting" in edges["careers.figures"]
    assert "careers.pages" in edges["comparisons.pages"]
