"""Torture test: a gazetteer whose names hold quotes, backslashes, XML and CSV metacharacters,
Cyrillic, emoji, right-to-left scripts, a leading `=`, a tab and a line break; an input that
relates them; then every client reads every export back and must find the names unchanged — or
changed only as documented: in the Neo4j CSV line breaks and tabs become spaces, a backslash
becomes U+29F5, a leading = + - @ gets a leading apostrophe, and ';' inside an array element
becomes ','; in the DOT picture control characters other than line breaks become spaces.

Runs the binary from KGRAPH_BIN (default target/release/kgraph). The output folder is a temporary
one, or KGRAPH_TORTURE_OUT when set (run.sh sets it and then runs the Node test on it).
"""

from __future__ import annotations

import csv
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import kgclients as kc

STATES = [
    # id, name, aliases, iso2, iso3, capital, demonyms
    ["state:ZL", "<Zeta;Land>", 'Зета-Ленд|Zeta & "Land"', "ZL", "ZLD", "Back\\slash City", "Zetan|Zetans"],
    ["state:HB", "מדינת עבר", "دولة الشرق", "HB", "HBR", 'עיר, "בירה"', ""],
    ["state:EM", "Emoji 🚀 Republic", "+Rocket Land", "EM", "EMJ", "", ""],
]
PEOPLE = [
    # id, name, aliases, state, role, then columns of the user's own whose names clash with
    # exported fields, with each other ignoring case, or with Neo4j's header syntax
    ["person:quote", 'Dr. "Quote" O\'Neil, Jr.', "@Quoter|O'Neil", "state:ZL",
     '=SUM(A1); "Chief" <Boss> & ]]> -- \\', "Label?", "ROLE", "12x", "#fff", "kind \"k\""],
]
PEOPLE_EXTRA = ["label", "Role", "x:int", "color", 'Notes & "Q"']
ORGANIZATIONS = [
    # id, name, aliases, type, state, parent
    ["org:evil", '=Evil & Co "Q"', "Evil\\Corp|-Evil-", "company", "state:ZL", ""],
    ["org:tab", "Tab\tSeparated Org", "", "company", "state:HB", ""],
    ["org:line", "Line\nBreak Corp", "", "company", "state:EM", ""],
    ["org:slash", "Slash Works\\", "", "company", "", "org:evil"],
]
WEAPONS = [
    # id, name, aliases, category, designations, origin
    ["weapon:drone", 'Drones, "Kamikaze" <Mk;2>', "drones|drone|дроны", "drone", "-MK;2", "state:ZL"],
    ["weapon:boom", "💥 Boom\\Shell", "boom shells|قذائف", "ammunition", "", ""],
]
FILES = {
    "states.csv": (["id", "name", "aliases", "iso2", "iso3", "capital", "demonyms"], STATES),
    "people.csv": (["id", "name", "aliases", "state", "role", *PEOPLE_EXTRA], PEOPLE),
    "organizations.csv": (["id", "name", "aliases", "type", "state", "parent"], ORGANIZATIONS),
    "weapons.csv": (["id", "name", "aliases", "category", "designations", "origin"], WEAPONS),
}
KINDS = {"states.csv": "state", "people.csv": "person", "organizations.csv": "organization",
         "weapons.csv": "weapon"}

DOCS = [
    {
        "id": "doc-1",
        "date": "2025-05-30",
        "text": 'Evil & Co "Q" supplied <Zeta;Land> with drones. '
        "Зета-Ленд received 💥 Boom\\Shell from מדינת עבר. "
        "Emoji 🚀 Republic imposed sanctions on Evil\\Corp.",
    },
    {
        "id": "doc-2",
        # Not an ISO date, and byte 10 falls inside a character: GEXF must leave it out, not crash.
        "date": "2025年05月30日",
        "text": "دولة الشرق shipped дроны to Tab Separated Org. "
        "Dr. \"Quote\" O'Neil, Jr. sent قذائف to Emoji 🚀 Republic. "
        'Evil & Co "Q" may supply <Zeta;Land> with drones. '
        "Line Break Corp supplied Slash Works\\ with drones.",
    },
]

# Typed edges the rules must find: (source, target, type, modality) → item ids.
EXPECTED_EDGES = {
    ("org:evil", "state:ZL", "supplies", "asserted"): ["weapon:drone"],
    ("org:evil", "state:ZL", "supplies", "hedged"): ["weapon:drone"],
    ("state:HB", "state:ZL", "supplies", "asserted"): ["weapon:boom"],
    ("state:EM", "org:evil", "sanctions", "asserted"): [],
    ("state:HB", "org:tab", "supplies", "asserted"): ["weapon:drone"],
    ("person:quote", "state:EM", "supplies", "asserted"): ["weapon:boom"],
    # Slash Works acts for its parent, Evil & Co: what it receives, its parent receives.
    ("org:line", "org:evil", "supplies", "asserted"): ["weapon:drone"],
}


def expected_entities() -> dict:
    columns = {c for header, _ in FILES.values() for c in header[3:]}
    names = kc.export_names(sorted(columns))
    out = {}
    for file, (header, rows) in FILES.items():
        for row in rows:
            rec = dict(zip(header, row))
            out[rec["id"]] = {
                "label": rec["name"],
                "kind": KINDS[file],
                "aliases": [a for a in rec["aliases"].split("|") if a],
                "attrs": {names[k]: v for k, v in list(rec.items())[3:] if v},
            }
    return out


ENTITIES = expected_entities()
NAME = {i: e["label"] for i, e in ENTITIES.items()}


def write_inputs(root: Path) -> tuple[Path, Path]:
    gaz = root / "gazetteer"
    gaz.mkdir()
    for file, (header, rows) in FILES.items():
        with open(gaz / file, "w", encoding="utf-8", newline="") as f:
            w = csv.writer(f)
            w.writerow(header)
            w.writerows(rows)
    shutil.copy(kc.REPO / "gazetteer" / "rules.txt", gaz / "rules.txt")
    corpus = root / "input.jsonl"
    with open(corpus, "w", encoding="utf-8") as f:
        for d in DOCS:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    return gaz, corpus


@pytest.fixture(scope="module")
def build(tmp_path_factory):
    root = tmp_path_factory.mktemp("torture")
    gaz, corpus = write_inputs(root)
    out = Path(os.environ.get("KGRAPH_TORTURE_OUT") or root / "out")
    if out.exists():
        shutil.rmtree(out)
    r = kc.run_kgraph("build", str(corpus), "--gazetteer", str(gaz), "--out", str(out),
                      "--include-hedged", "--dot-cooccur-min", "1", "-j", "2",
                      # Hostile names and sentences in every format, co-occurrence evidence too.
                      "--format", "all", "--cooccurrence-text")
    assert r.returncode == 0, f"kgraph build failed ({r.returncode}):\n{r.stdout}\n{r.stderr}"
    return {"root": root, "gaz": gaz, "corpus": corpus, "out": out}


def test_gazetteer_is_valid(build):
    r = kc.run_kgraph("gazetteer", "check", "--gazetteer", str(build["gaz"]))
    assert r.returncode == 0, r.stdout + r.stderr


def test_every_entity_and_expected_edge_is_in_the_graph(build):
    _, nodes, edges = kc.read_json(build["out"] / "graph.json")
    assert set(nodes) == set(ENTITIES)
    for k, items in EXPECTED_EDGES.items():
        assert k in edges, f"missing edge {k}; have {sorted(e for e in edges if e[2] != 'co_occurs')}"
        assert edges[k]["items"] == [NAME[i] for i in items], k


def check_exact(reader: str, nodes: dict, edges: dict, *, items=True) -> None:
    """Names, aliases and attribute values exactly as in the gazetteer."""
    for i, want in ENTITIES.items():
        got = nodes[i]
        assert got["label"] == want["label"], f"{reader}: {i} label {got['label']!r}"
        assert got["kind"] == want["kind"], f"{reader}: {i} kind"
        assert got["aliases"] == want["aliases"], f"{reader}: {i} aliases {got['aliases']!r}"
        assert got["attrs"] == want["attrs"], f"{reader}: {i} attrs {got['attrs']!r}"
    if items:
        for k, want in EXPECTED_EDGES.items():
            assert edges[k]["items"] == [NAME[x] for x in want], f"{reader}: {k} items"


def test_json_networkx_reads_names_unchanged(build):
    _, nodes, edges = kc.read_json(build["out"] / "graph.json")
    check_exact("graph.json", nodes, edges)


def test_graphml_networkx_reads_names_unchanged(build):
    _, nodes, edges = kc.read_graphml_nx(build["out"] / "graph.graphml")
    check_exact("networkx graphml", nodes, edges)


def test_graphml_igraph_reads_names_unchanged(build):
    _, nodes, edges = kc.read_graphml_igraph(build["out"] / "graph.graphml")
    check_exact("igraph graphml", nodes, edges)


def test_gexf_networkx_reads_names_unchanged(build):
    g, nodes, edges = kc.read_gexf_nx(build["out"] / "graph.gexf")
    check_exact("networkx gexf", nodes, edges)
    # ISO dates make spells; the other document's date makes none.
    assert g.graph["mode"] == "dynamic"
    assert edges[("state:EM", "org:evil", "sanctions", "asserted")]["start"] == "2025-05-30"
    assert edges[("state:HB", "org:tab", "supplies", "asserted")]["start"] is None


def test_neo4j_csv_names_changed_only_as_documented(build):
    out = build["out"]
    kc.check_neo4j_import(out)
    nodes, edges = kc.read_neo4j_csv(out)
    for i, want in ENTITIES.items():
        got = nodes[i]
        assert got["label"] == kc.neo4j_text(want["label"]), f"nodes.csv {i}: {got['label']!r}"
        assert got["aliases"] == (
            kc.neo4j_array(want["aliases"]).split(";") if want["aliases"] else []
        ), f"nodes.csv {i}: aliases {got['aliases']!r}"
        assert got["attrs"] == {a: kc.neo4j_text(v) for a, v in want["attrs"].items()}, i
    # The documented changes, spelled out once.
    assert nodes["org:evil"]["label"] == "'=Evil & Co \"Q\""
    assert nodes["org:tab"]["label"] == "Tab Separated Org"
    assert nodes["org:line"]["label"] == "Line Break Corp"
    assert nodes["org:slash"]["label"] == "Slash Works\u29f5"
    assert nodes["org:evil"]["aliases"] == ["Evil\u29f5Corp", "'-Evil-"]
    assert nodes["state:ZL"]["label"] == "<Zeta;Land>"  # ';' is kept outside arrays
    # The user's own columns, renamed so that none clashes (json.rs, attribute_columns).
    nh, _ = kc.read_csv_rows(out / "nodes.csv")
    for col in ("attr_label", "attr_role", "role", "attr_x_int", "attr_color", "attr_notes____q_"):
        assert col in nh, f"nodes.csv header {nh} lacks {col}"
    assert nodes["person:quote"]["attrs"]["attr_x_int"] == "12x"
    drone = edges[("org:evil", "state:ZL", "supplies", "asserted")]["items"]
    assert drone == ['Drones, "Kamikaze" <Mk,2>']  # ... and becomes ',' inside one
    kc.check_cypher_columns(out)


def test_kuzu_cypher_reads_names(build, tmp_path):
    pytest.importorskip("kuzu")
    out = build["out"]
    _, conn, types = kc.kuzu_load(out, tmp_path)
    assert "SUPPLIES" in types
    names = dict(kc.kuzu_query(conn, "MATCH (n:Entity) RETURN n.id, n.name"))
    assert names == {i: kc.neo4j_text(n) for i, n in NAME.items()}
    got = kc.kuzu_query(conn, "MATCH (a)-[r:SUPPLIES]->(b) RETURN a.name, b.name, r.weight")
    nodes, edges = kc.read_neo4j_csv(out)
    want = [[nodes[s]["label"], nodes[t]["label"], e["weight"]]
            for (s, t, _, _), e in edges.items() if e["type"] == "SUPPLIES"]
    assert sorted(map(tuple, got)) == sorted(map(tuple, want))
    assert got.count([kc.neo4j_text(NAME["org:evil"]), kc.neo4j_text(NAME["state:ZL"]), 1]) == 2
    rows = kc.kuzu_query(conn, "MATCH (a)-[r:SUPPLIES]->(b) WHERE a.id = 'org:evil' "
                               "RETURN r.modality, r.items ORDER BY r.modality")
    assert rows == [["asserted", ['Drones, "Kamikaze" <Mk,2>']],
                    ["hedged", ['Drones, "Kamikaze" <Mk,2>']]]
    aliases = dict(kc.kuzu_query(conn, "MATCH (n:Entity) RETURN n.id, n.aliases"))
    assert aliases["state:ZL"] == ["Зета-Ленд", 'Zeta & "Land"']


def test_graphviz_draws_names(build):
    svg = kc.dot_to_svg(build["out"] / "graph.dot")
    if svg is None:
        pytest.skip("Graphviz `dot` is not installed (apt-get install graphviz)")
    shown = kc.svg_nodes(svg)
    typed = {n for k in EXPECTED_EDGES for n in k[:2]}
    for i in typed:
        assert i in shown, f"Graphviz did not draw {i}"
    for i in shown:
        if i.startswith("legend:"):
            continue
        assert shown[i] == kc.dot_text(NAME[i]), f"{i}: Graphviz shows {shown[i]!r}"
    assert shown["org:line"] == "Line\nBreak Corp"  # two lines
    assert shown["org:tab"] == "Tab Separated Org"


def test_jsonl_reads_names_unchanged(build):
    out = build["out"]
    text = {d["id"]: d["text"] for d in DOCS}
    relations = [json.loads(line) for line in open(out / "relations.jsonl", encoding="utf-8")]
    assert relations
    for r in relations:
        for end in ("source", "target"):
            if r[end]:
                assert r[end]["name"] == NAME[r[end]["id"]]
        for i in r["items"]:
            assert i["name"] == NAME[i["id"]]
    seen = set()
    for line in open(out / "mentions.jsonl", encoding="utf-8"):
        m = json.loads(line)
        seen.add(m["entity"])
        # Offsets are byte offsets into the document text.
        raw = text[m["doc"]].encode("utf-8")[m["start"] : m["end"]].decode("utf-8")
        assert raw == m["text"], m
    assert seen == set(ENTITIES), f"never mentioned: {set(ENTITIES) - seen}"


def test_generic_client_checks_pass_on_torture_output(build):
    """test_exports.py (every reader agrees, header rules, kuzu, Graphviz) on this output."""
    env = dict(os.environ, KGRAPH_OUT=str(build["out"]), PYTHONDONTWRITEBYTECODE="1")
    r = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "test_exports.py"],
        cwd=kc.HERE, env=env, capture_output=True, text=True, timeout=600,
    )
    assert r.returncode == 0, r.stdout[-6000:] + r.stderr[-2000:]


def test_output_is_deterministic(build, tmp_path):
    """Same input, other thread count and document order: the same bytes in every file."""
    docs = list(reversed(DOCS))
    corpus = tmp_path / "reversed.jsonl"
    corpus.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs), "utf-8")
    runs = []
    for jobs, src in (("1", build["corpus"]), ("2", corpus)):
        out = tmp_path / f"out-{jobs}"
        r = kc.run_kgraph("build", str(src), "--gazetteer", str(build["gaz"]), "--out", str(out),
                          "--include-hedged", "--dot-cooccur-min", "1", "-j", jobs,
                          "--format", "all", "--cooccurrence-text")
        assert r.returncode == 0, r.stderr
        runs.append(out)
    for f in ("graph.graphml", "graph.gexf", "graph.dot", "nodes.csv", "edges.csv",
              "import.cypher", "graph.json"):
        a = (build["out"] / f).read_bytes()
        assert a == (runs[0] / f).read_bytes() == (runs[1] / f).read_bytes(), f"{f} differs"
