"""Helpers shared by test_exports.py and test_torture.py: read every kgraph export with a real
client (networkx, python-igraph, kuzu, Graphviz, the csv module) and bring what each one read
into one comparable shape.

Canonical shapes (one per reader):
    nodes: {node id: {"label", "kind", "mentions", "docs", "aliases": [..], "attrs": {..}, ...}}
    edges: {(source, target, type, modality): {"id", "weight", "docs", "items", "context", ...}}
"""

from __future__ import annotations

import csv
import json
import os
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import igraph
import networkx as nx

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent

# Node fields every export carries; anything else on a node is a gazetteer attribute column.
NODE_FIXED = {"id", "label", "kind", "mentions", "docs", "aliases", "color"}
# GraphML-only node keys (the colour as Gephi and graphology read it).
GRAPHML_COLOR = ("r", "g", "b")


def out_dir() -> Path:
    return Path(os.environ.get("KGRAPH_OUT", str(REPO / "out")))


def kgraph_bin() -> Path:
    return Path(os.environ.get("KGRAPH_BIN", str(REPO / "target" / "release" / "kgraph")))


# ---------------------------------------------------------------------------------------------
# The documented Neo4j CSV transformations (src/export/csv.rs)


def one_line(s: str) -> str:
    """Line breaks and tabs become one space (a run of them, or one after a space, adds none)."""
    out = []
    space = False
    for c in s:
        if c in "\n\r\t":
            if not space:
                out.append(" ")
            space = True
        else:
            out.append(c)
            space = c == " "
    return "".join(out)


def neo4j_text(s: str) -> str:
    """A text value as nodes.csv / edges.csv write it."""
    out = one_line(s).replace("\\", "\u29f5")
    if out[:1] in ("=", "+", "-", "@"):
        out = "'" + out
    return out


def neo4j_array(values: list[str]) -> str:
    return ";".join(neo4j_text(v).replace(";", ",") for v in values)


def dot_text(s: str) -> str:
    """A name as graph.dot shows it: control characters other than line breaks become spaces."""
    out = []
    for c in s:
        if c == "\r":
            continue
        if c != "\n" and ord(c) < 0x20:
            out.append(" ")
        else:
            out.append(c)
    return "".join(out)


RESERVED_FIELDS = {"id", "name", "label", "kind", "mentions", "docs", "aliases", "color", "r", "g", "b"}


def export_names(columns: list[str]) -> dict[str, str]:
    """Gazetteer attribute column → the name every export gives it (src/export/json.rs,
    attribute_columns): kept when a lowercase ASCII identifier no fixed field takes, otherwise
    `attr_` + the lowercased name with characters outside [a-z0-9_] as `_`, then `_2`, `_3`..."""
    taken = set(RESERVED_FIELDS)
    out = {}
    for column in sorted(columns):
        plain = re.fullmatch(r"[a-z][a-z0-9_]*", column) is not None
        name = column
        if not plain or name in taken:
            base = re.sub(r"[^a-z0-9_]", "_", ("attr_" + column).lower())
            name, n = base, 2
            while name in taken:
                name, n = f"{base}_{n}", n + 1
        taken.add(name)
        out[column] = name
    return out


def hex_color(r: int, g: int, b: int) -> str:
    return f"#{r:02x}{g:02x}{b:02x}"


# ---------------------------------------------------------------------------------------------
# Readers


def split_joined(s: str | None) -> list[str]:
    """GraphML and GEXF carry lists joined with '; '."""
    return s.split("; ") if s else []


def read_json(path: Path) -> tuple[nx.MultiDiGraph, dict, dict]:
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    g = nx.node_link_graph(data, edges="links")
    nodes = {}
    for n, d in g.nodes(data=True):
        nodes[n] = {
            "label": d["label"],
            "kind": d["kind"],
            "mentions": d["mentions"],
            "docs": d["docs"],
            "aliases": list(d["aliases"]),
            "color": d["color"],
            "attrs": {k: v for k, v in d.items() if k not in NODE_FIXED},
        }
    edges = {}
    for s, t, key, d in g.edges(keys=True, data=True):
        k = (s, t, d["type"], d["modality"])
        assert k not in edges, f"graph.json: two edges {k}"
        edges[k] = {
            "id": key,
            "weight": d["weight"],
            "docs": d["docs"],
            "items": list(d["items"]),
            "via": list(d.get("via", [])),
            "context": d["context"],
            "evidence": d["evidence"],
            "first_seen": d["first_seen"] or "",
            "last_seen": d["last_seen"] or "",
            "color": d["color"],
        }
    return g, nodes, edges


def read_graphml_nx(path: Path) -> tuple[nx.Graph, dict, dict]:
    g = nx.read_graphml(path)
    nodes = {}
    for n, d in g.nodes(data=True):
        nodes[n] = {
            "label": d["label"],
            "kind": d["kind"],
            "mentions": d["mentions"],
            "docs": d["docs"],
            "aliases": split_joined(d.get("aliases")),
            "color": hex_color(d["r"], d["g"], d["b"]),
            "attrs": {
                k: v for k, v in d.items() if k not in NODE_FIXED and k not in GRAPHML_COLOR
            },
        }
    edges = {}
    for s, t, key, d in g.edges(keys=True, data=True):
        k = (s, t, d["type"], d["modality"])
        assert k not in edges, f"graph.graphml: two edges {k}"
        edges[k] = {
            "id": key,
            "weight": d["weight"],
            "docs": d["docs"],
            "items": split_joined(d.get("items")),
            "via": split_joined(d.get("via")),
            "context": d["context"],
            "cooccurrence": d["cooccurrence"],
            "evidence": d.get("evidence", ""),
            "first_seen": d.get("first_seen", ""),
            "last_seen": d.get("last_seen", ""),
            "color": hex_color(d["r"], d["g"], d["b"]),
        }
    return g, nodes, edges


def read_graphml_igraph(path: Path) -> tuple[igraph.Graph, dict, dict]:
    g = igraph.Graph.Read_GraphML(str(path))
    nodes = {}
    for v in g.vs:
        a = v.attributes()
        nodes[a["id"]] = {
            "label": a["label"],
            "kind": a["kind"],
            "mentions": int(a["mentions"]),
            "docs": int(a["docs"]),
            "aliases": split_joined(a["aliases"]),
            "color": hex_color(int(a["r"]), int(a["g"]), int(a["b"])),
            # igraph gives every vertex every attribute; absent ones read as "".
            "attrs": {
                k: x
                for k, x in a.items()
                if k not in NODE_FIXED and k not in GRAPHML_COLOR and x not in ("", None)
            },
        }
    edges = {}
    for e in g.es:
        a = e.attributes()
        k = (g.vs[e.source]["id"], g.vs[e.target]["id"], a["type"], a["modality"])
        assert k not in edges, f"igraph: two edges {k}"
        edges[k] = {
            "weight": a["weight"],
            "docs": int(a["docs"]),
            "items": split_joined(a["items"]),
            "via": split_joined(a["via"]),
            "context": a["context"],
            "evidence": a["evidence"],
            "color": hex_color(int(a["r"]), int(a["g"]), int(a["b"])),
        }
    return g, nodes, edges


def read_gexf_nx(path: Path) -> tuple[nx.Graph, dict, dict]:
    g = nx.read_gexf(path)
    nodes = {}
    for n, d in g.nodes(data=True):
        c = d["viz"]["color"]
        nodes[n] = {
            "label": d["label"],
            "kind": d["kind"],
            "mentions": d["mentions"],
            "docs": d["docs"],
            "aliases": split_joined(d.get("aliases")),
            "color": hex_color(c["r"], c["g"], c["b"]),
            "attrs": {k[len("attr_") :]: v for k, v in d.items() if k.startswith("attr_")},
            "start": d.get("start"),
            "end": d.get("end"),
        }
    edges = {}
    for s, t, key, d in g.edges(keys=True, data=True):
        k = (s, t, d["type"], d["modality"])
        assert k not in edges, f"graph.gexf: two edges {k}"
        edges[k] = {
            "id": key,
            "weight": d["weight"],
            "docs": d["docs"],
            "items": split_joined(d.get("items")),
            "via": split_joined(d.get("via")),
            "cooccurrence": d["cooccurrence"],
            "evidence": d.get("evidence", ""),
            "evidence_count": d["evidence_count"],
            "label": d["label"],
            "start": d.get("start"),
            "end": d.get("end"),
        }
    return g, nodes, edges


def read_gexf_kinds(path: Path) -> dict:
    """networkx drops GEXF's edge `kind`; read it (and the colour) straight from the XML."""
    ns = {"g": "http://gexf.net/1.3", "viz": "http://gexf.net/1.3/viz"}
    root = ET.parse(path).getroot()
    out = {}
    for e in root.iterfind("g:graph/g:edges/g:edge", ns):
        c = e.find("viz:color", ns)
        out[e.get("id")] = {
            "kind": e.get("kind"),
            "type": e.get("type"),
            "color": hex_color(int(c.get("r")), int(c.get("g")), int(c.get("b"))),
        }
    return out


def read_csv_rows(path: Path) -> tuple[list[str], list[list[str]]]:
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f, strict=True))
    return rows[0], rows[1:]


def read_neo4j_csv(out: Path) -> tuple[dict, dict]:
    """nodes.csv / edges.csv as dicts keyed like the other readers, values as the files hold them."""
    nh, nrows = read_csv_rows(out / "nodes.csv")
    eh, erows = read_csv_rows(out / "edges.csv")
    col = {h: i for i, h in enumerate(nh)}
    attrs = [h for h in nh if ":" not in h and h not in ("name", "kind")]
    nodes = {}
    for r in nrows:
        nodes[r[col["id:ID(Entity)"]]] = {
            "label": r[col["name"]],
            "kind": r[col["kind"]],
            "mentions": int(r[col["mentions:int"]]),
            "docs": int(r[col["docs:int"]]),
            "aliases": r[col["aliases:string[]"]].split(";") if r[col["aliases:string[]"]] else [],
            "attrs": {a: r[col[a]] for a in attrs if r[col[a]]},
            "labels": r[col[":LABEL"]].split(";"),
        }
    ecol = {h: i for i, h in enumerate(eh)}
    edges = {}
    for r in erows:
        k = (
            r[ecol[":START_ID(Entity)"]],
            r[ecol[":END_ID(Entity)"]],
            r[ecol[":TYPE"]].lower(),
            r[ecol["modality"]],
        )
        assert k not in edges, f"edges.csv: two rows {k}"
        items = r[ecol["items:string[]"]]
        via = r[ecol["via:string[]"]]
        edges[k] = {
            "type": r[ecol[":TYPE"]],
            "weight": int(r[ecol["weight:int"]]),
            "docs": int(r[ecol["docs:int"]]),
            "items": items.split(";") if items else [],
            "via": via.split(";") if via else [],
            "context": r[ecol["context:boolean"]] == "true",
            "evidence": r[ecol["evidence"]],
            "first_seen": r[ecol["first_seen"]],
            "last_seen": r[ecol["last_seen"]],
        }
    return nodes, edges


# ---------------------------------------------------------------------------------------------
# A strict checker of the neo4j-admin database import header rules

NEO4J_TYPES = {
    "int",
    "long",
    "short",
    "byte",
    "float",
    "double",
    "boolean",
    "char",
    "string",
    "point",
    "date",
    "localtime",
    "time",
    "localdatetime",
    "datetime",
    "duration",
}
INT_RE = re.compile(r"^-?[0-9]+$")
FLOAT_RE = re.compile(r"^-?([0-9]+\.?[0-9]*|\.[0-9]+)([eE][-+]?[0-9]+)?$|^-?(NaN|Infinity)$")
ID_SPACE_RE = re.compile(r"^\(([A-Za-z_][A-Za-z0-9_]*)\)$")
SYMBOL_RE = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
INT_RANGE = {"byte": 8, "short": 16, "int": 32, "long": 64}


def parse_header(header: list[str], kind: str) -> list[dict]:
    """Parses neo4j-admin header fields (`name:type`, `:ID(space)`, `:LABEL`, ...); raises
    AssertionError naming the column on anything neo4j-admin would reject or misread."""
    fields = []
    names = set()
    for i, h in enumerate(header):
        where = f"{kind} header column {i + 1} {h!r}"
        assert h == h.strip(), f"{where}: surrounding whitespace"
        name, sep, typ = h.partition(":")
        assert ":" not in typ, f"{where}: more than one ':'"
        f = {"header": h, "name": name, "role": "property", "type": "string", "array": False}
        if sep:
            base = typ
            m = re.match(r"^(ID|START_ID|END_ID)(\(.*\))?$", typ)
            if m:
                f["role"] = m.group(1)
                f["space"] = None
                if m.group(2):
                    sm = ID_SPACE_RE.match(m.group(2))
                    assert sm, f"{where}: bad id space"
                    f["space"] = sm.group(1)
            elif typ in ("LABEL", "TYPE", "IGNORE"):
                f["role"] = typ
                assert name == "", f"{where}: :{typ} takes no property name"
            else:
                array = base.endswith("[]")
                base = base[:-2] if array else base
                assert base.lower() in NEO4J_TYPES, f"{where}: unknown type {base!r}"
                f["type"] = base.lower()
                f["array"] = array
        if f["role"] == "property" or (f["role"] == "ID" and name):
            assert name, f"{where}: empty property name"
            assert name not in names, f"{where}: property {name!r} twice"
            names.add(name)
        fields.append(f)
    roles = [f["role"] for f in fields]
    if kind == "nodes":
        assert roles.count("ID") == 1, "nodes header: exactly one :ID column"
        assert roles.count("LABEL") <= 1, "nodes header: more than one :LABEL column"
        assert not {"START_ID", "END_ID", "TYPE"} & set(roles), "nodes header: relationship field"
    else:
        for r in ("START_ID", "END_ID", "TYPE"):
            assert roles.count(r) == 1, f"edges header: exactly one :{r} column"
        assert "ID" not in roles and "LABEL" not in roles, "edges header: node field"
    return fields


def check_value(f: dict, value: str, where: str) -> None:
    if value == "":
        return  # an empty field is a missing property
    values = value.split(";") if f["array"] else [value]
    for v in values:
        t = f["type"]
        if t in INT_RANGE:
            assert INT_RE.match(v), f"{where}: {v!r} is not an {t}"
            bits = INT_RANGE[t]
            assert -(2 ** (bits - 1)) <= int(v) < 2 ** (bits - 1), f"{where}: {v!r} overflows {t}"
        elif t in ("float", "double"):
            assert FLOAT_RE.match(v), f"{where}: {v!r} is not a {t}"
        elif t == "boolean":
            assert v.lower() in ("true", "false"), f"{where}: {v!r} is not a boolean"
        elif t == "char":
            assert len(v) == 1, f"{where}: {v!r} is not a char"
        elif t == "date":
            assert re.match(r"^\d{4}-\d{2}-\d{2}$", v), f"{where}: {v!r} is not a date"


def check_neo4j_import(out: Path) -> dict:
    """Checks nodes.csv + edges.csv as `neo4j-admin database import full --nodes=nodes.csv
    --relationships=edges.csv` reads them with its defaults (delimiter ',', array delimiter ';',
    quote '"', no --multiline-fields). Returns counts."""
    ids: dict[str, set] = {}
    nh, nrows = read_csv_rows(out / "nodes.csv")
    nfields = parse_header(nh, "nodes")
    id_col = next(i for i, f in enumerate(nfields) if f["role"] == "ID")
    space = nfields[id_col]["space"]
    seen: set = set()
    for line, r in enumerate(nrows, start=2):
        where = f"nodes.csv:{line}"
        assert len(r) == len(nh), f"{where}: {len(r)} fields, header has {len(nh)}"
        for f, v in zip(nfields, r):
            check_plain(v, f"{where} {f['header']}")
            if f["role"] == "property":
                check_value(f, v, f"{where} {f['header']}")
            elif f["role"] == "LABEL":
                labels = v.split(";")
                assert all(SYMBOL_RE.match(x) for x in labels), f"{where}: bad labels {v!r}"
        node_id = r[id_col]
        assert node_id, f"{where}: empty id"
        assert node_id not in seen, f"{where}: duplicate id {node_id!r}"
        seen.add(node_id)
    ids[space] = seen
    eh, erows = read_csv_rows(out / "edges.csv")
    efields = parse_header(eh, "edges")
    col = {f["role"]: i for i, f in enumerate(efields) if f["role"] != "property"}
    for end in ("START_ID", "END_ID"):
        assert efields[col[end]]["space"] in ids, f"edges header: :{end} id space not in nodes"
    types = set()
    for line, r in enumerate(erows, start=2):
        where = f"edges.csv:{line}"
        assert len(r) == len(eh), f"{where}: {len(r)} fields, header has {len(eh)}"
        for f, v in zip(efields, r):
            check_plain(v, f"{where} {f['header']}")
            if f["role"] == "property":
                check_value(f, v, f"{where} {f['header']}")
        for end in ("START_ID", "END_ID"):
            v = r[col[end]]
            assert v in ids[efields[col[end]]["space"]], f"{where}: :{end} {v!r} is no node"
        assert SYMBOL_RE.match(r[col["TYPE"]]), f"{where}: bad :TYPE {r[col['TYPE']]!r}"
        types.add(r[col["TYPE"]])
    return {"nodes": len(nrows), "edges": len(erows), "types": types}


def check_plain(v: str, where: str) -> None:
    """What kgraph promises of every CSV value: one line, no backslash, no spreadsheet formula."""
    assert "\n" not in v and "\r" not in v, f"{where}: line break (needs --multiline-fields)"
    assert "\\" not in v, f"{where}: backslash (LOAD CSV reads \\\" as a quote)"
    assert v[:1] not in ("=", "+", "-", "@"), f"{where}: {v!r} starts like a formula"


def check_cypher_columns(out: Path) -> None:
    """Every row.`column` that import.cypher reads is a header column."""
    text = (out / "import.cypher").read_text(encoding="utf-8")
    nh, _ = read_csv_rows(out / "nodes.csv")
    eh, _ = read_csv_rows(out / "edges.csv")
    used = set(re.findall(r"row\.`([^`]+)`", text)) | set(re.findall(r"row\.([A-Za-z_]\w*)", text))
    assert used, "import.cypher reads no column"
    missing = used - set(nh) - set(eh)
    assert not missing, f"import.cypher reads columns no CSV has: {sorted(missing)}"


# ---------------------------------------------------------------------------------------------
# kuzu: the CSVs loaded as a user would, one Entity node table and one rel table per :TYPE

KUZU_TYPES = {
    "int": "INT64",
    "long": "INT64",
    "short": "INT64",
    "byte": "INT64",
    "float": "DOUBLE",
    "double": "DOUBLE",
    "boolean": "BOOLEAN",
}
CSV_OPTIONS = "(header=true, delim=',', quote='\"', escape='\"')"


def kuzu_query(conn, q: str) -> list[list]:
    r = conn.execute(q)
    rows = []
    while r.has_next():
        rows.append(r.get_next())
    return rows


def cypher_string(s: str | Path) -> str:
    return "'" + str(s).replace("\\", "\\\\").replace("'", "\\'") + "'"


def kuzu_ident(name: str) -> str:
    return "`" + name.replace("`", "") + "`"


def kuzu_load(out: Path, db_dir: Path):
    """Creates a kuzu database from nodes.csv + edges.csv, translating the neo4j-admin header:
    `name:int` → INT64, `name:boolean` → BOOLEAN, `name:string[]` → STRING[] split at ';',
    `:ID` → the primary key, `:LABEL` → a `labels` list, one REL table per `:TYPE` value."""
    import kuzu

    db = kuzu.Database(str(db_dir / "db"))
    conn = kuzu.Connection(db)
    nh, _ = read_csv_rows(out / "nodes.csv")
    nfields = parse_header(nh, "nodes")
    eh, erows = read_csv_rows(out / "edges.csv")
    efields = parse_header(eh, "edges")

    def translate(fields):
        load_cols, table_cols, exprs = [], [], []
        for i, f in enumerate(fields):
            c = f"c{i}"
            base = KUZU_TYPES.get(f["type"], "STRING")
            if f["role"] == "property":
                load_cols.append(f"{c} {'STRING' if f['array'] else base}")
                table_cols.append((f["name"], f"{base}[]" if f["array"] else base))
                exprs.append(f"string_split({c}, ';')" if f["array"] else c)
            elif f["role"] == "ID":
                load_cols.append(f"{c} STRING")
                table_cols.append((f["name"] or "id", "STRING"))
                exprs.append(c)
            elif f["role"] == "LABEL":
                load_cols.append(f"{c} STRING")
                table_cols.append(("labels", "STRING[]"))
                exprs.append(f"string_split({c}, ';')")
            else:  # START_ID, END_ID, TYPE: the FROM/TO columns and the table
                load_cols.append(f"{c} STRING")
        return load_cols, table_cols, exprs

    load_cols, table_cols, exprs = translate(nfields)
    pk = next(f["name"] or "id" for f in nfields if f["role"] == "ID")
    cols = ", ".join(f"{kuzu_ident(n)} {t}" for n, t in table_cols)
    conn.execute(f"CREATE NODE TABLE Entity({cols}, PRIMARY KEY ({kuzu_ident(pk)}))")
    conn.execute(
        f"COPY Entity FROM (LOAD WITH HEADERS ({', '.join(load_cols)}) "
        f"FROM {cypher_string(out / 'nodes.csv')} {CSV_OPTIONS} RETURN {', '.join(exprs)})"
    )
    load_cols, table_cols, exprs = translate(efields)
    idx = {f["role"]: i for i, f in enumerate(efields)}
    types = sorted({r[idx["TYPE"]] for r in erows})
    for t in types:
        cols = "".join(f", {kuzu_ident(n)} {ty}" for n, ty in table_cols)
        conn.execute(f"CREATE REL TABLE {kuzu_ident(t)}(FROM Entity TO Entity{cols})")
        conn.execute(
            f"COPY {kuzu_ident(t)} FROM (LOAD WITH HEADERS ({', '.join(load_cols)}) "
            f"FROM {cypher_string(out / 'edges.csv')} {CSV_OPTIONS} "
            f"WHERE c{idx['TYPE']} = '{t}' "
            f"RETURN c{idx['START_ID']}, c{idx['END_ID']}, {', '.join(exprs)})"
        )
    return db, conn, types


# ---------------------------------------------------------------------------------------------
# Graphviz


def dot_to_svg(path: Path) -> str | None:
    """`dot -Tsvg`: None when Graphviz is absent; asserts exit 0 and nothing on stderr."""
    dot = shutil.which("dot")
    if dot is None:
        return None
    r = subprocess.run([dot, "-Tsvg", str(path)], capture_output=True, timeout=300)
    assert r.returncode == 0, f"dot exited {r.returncode}: {r.stderr.decode(errors='replace')}"
    assert r.stderr == b"", f"dot wrote to stderr: {r.stderr.decode(errors='replace')}"
    return r.stdout.decode("utf-8")


def svg_nodes(svg: str) -> dict[str, str]:
    """node id → its label lines joined with '\\n', from Graphviz's SVG."""
    ns = {"s": "http://www.w3.org/2000/svg"}
    root = ET.fromstring(svg)
    out = {}
    for g in root.iter("{http://www.w3.org/2000/svg}g"):
        if g.get("class") != "node":
            continue
        title = g.find("s:title", ns).text
        texts = [t.text or "" for t in g.iter("{http://www.w3.org/2000/svg}text")]
        out[title] = "\n".join(texts)
    return out


def dot_node_ids(path: Path) -> set[str]:
    """Node statements of graph.dot (outside the legend): `"id" [label=...]`."""
    ids = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        m = re.match(r'^  "((?:[^"\\]|\\.)*)" \[label=', line)
        if m:
            ids.add(re.sub(r"\\(.)", r"\1", m.group(1)))
    return ids


def run_kgraph(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    binary = kgraph_bin()
    assert binary.exists(), f"{binary} not found: build it with cargo build --release"
    return subprocess.run(
        [str(binary), *args], capture_output=True, text=True, cwd=cwd, timeout=600
    )
