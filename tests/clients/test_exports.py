"""kgraph's exports, opened by the clients people use: networkx (GraphML, GEXF, node-link JSON),
python-igraph (GraphML), a strict neo4j-admin header check and the kuzu Cypher engine (the Neo4j
CSVs), Graphviz (DOT), and the json module (JSON Lines). Every reader must see the same graph.

The folder comes from KGRAPH_OUT (default: the repository's out/).
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from collections import Counter, defaultdict

import pytest

import kgclients as kc

OUT = kc.out_dir()
FILES = [
    "graph.graphml",
    "graph.gexf",
    "graph.dot",
    "nodes.csv",
    "edges.csv",
    "import.cypher",
    "graph.json",
    "relations.jsonl",
    "mentions.jsonl",
]

pytestmark = pytest.mark.skipif(
    not (OUT / "graph.json").exists(), reason=f"no kgraph output in {OUT} (set KGRAPH_OUT)"
)


@pytest.fixture(scope="module")
def js():
    return kc.read_json(OUT / "graph.json")


@pytest.fixture(scope="module")
def gml():
    return kc.read_graphml_nx(OUT / "graph.graphml")


@pytest.fixture(scope="module")
def ig():
    return kc.read_graphml_igraph(OUT / "graph.graphml")


@pytest.fixture(scope="module")
def gexf():
    return kc.read_gexf_nx(OUT / "graph.gexf")


@pytest.fixture(scope="module")
def neo():
    return kc.read_neo4j_csv(OUT)


def test_every_file_is_written():
    for f in FILES:
        if f == "mentions.jsonl" and not (OUT / f).exists():
            continue  # opt-in (--format all); test_mentions_jsonl_… says so when it skips
        assert (OUT / f).is_file(), f"{f} missing in {OUT}"
        assert (OUT / f).stat().st_size > 0, f"{f} is empty"


def test_graph_is_not_trivial(js):
    _, nodes, edges = js
    assert len(nodes) >= 2 and edges, "the graph has no edges: nothing would be compared"


# --- networkx and igraph read each file -------------------------------------------------------


def test_networkx_reads_graphml(gml, js):
    g, nodes, edges = gml
    assert g.is_directed() and g.is_multigraph()
    assert g.number_of_nodes() == js[0].number_of_nodes()
    assert g.number_of_edges() == js[0].number_of_edges()


def test_networkx_reads_gexf(gexf, js):
    g, nodes, edges = gexf
    assert g.is_directed()
    assert g.number_of_nodes() == js[0].number_of_nodes()
    assert g.number_of_edges() == js[0].number_of_edges()


def test_networkx_reads_node_link_json(js):
    g, nodes, edges = js
    assert g.is_directed() and g.is_multigraph()
    assert g.graph.get("name") == "kgraph"


def test_igraph_reads_graphml(ig, js):
    g, nodes, edges = ig
    assert g.is_directed()
    assert g.vcount() == js[0].number_of_nodes()
    assert g.ecount() == js[0].number_of_edges()


# --- the readers agree ------------------------------------------------------------------------


def compare_nodes(name, got, want, fields):
    assert set(got) == set(want), f"{name}: node ids differ from graph.json"
    for n in want:
        for f in fields:
            assert got[n][f] == want[n][f], f"{name}: node {n} {f}: {got[n][f]!r} != {want[n][f]!r}"


def test_nodes_agree_across_graphml_gexf_json_igraph(js, gml, ig, gexf):
    want = js[1]
    fields = ["label", "kind", "mentions", "docs", "aliases", "attrs", "color"]
    compare_nodes("networkx graphml", gml[1], want, fields)
    compare_nodes("igraph graphml", ig[1], want, fields)
    compare_nodes("networkx gexf", gexf[1], want, fields)


def test_edges_agree_across_graphml_gexf_json_igraph(js, gml, ig, gexf):
    want = js[2]
    for name, got in [("networkx graphml", gml[2]), ("igraph", ig[2]), ("networkx gexf", gexf[2])]:
        assert set(got) == set(want), f"{name}: edges differ: {set(got) ^ set(want)}"
        for k, w in want.items():
            g = got[k]
            assert g["weight"] == w["weight"], f"{name} {k}: weight"
            assert g["docs"] == w["docs"], f"{name} {k}: docs"
            assert g["items"] == w["items"], f"{name} {k}: items"
            assert g["via"] == w["via"], f"{name} {k}: via"
            assert g["evidence"] == w["evidence"], f"{name} {k}: evidence"
            if "context" in g:
                assert g["context"] == w["context"], f"{name} {k}: context"
            if "color" in g:
                assert g["color"] == w["color"], f"{name} {k}: colour"
            if "id" in g:
                assert g["id"] == w["id"], f"{name} {k}: edge id"
            if "cooccurrence" in g:
                assert g["cooccurrence"] == (k[2] == "co_occurs"), f"{name} {k}: cooccurrence"
    for k, w in want.items():
        assert gml[2][k]["first_seen"] == w["first_seen"], f"graphml {k}: first_seen"
        assert gml[2][k]["last_seen"] == w["last_seen"], f"graphml {k}: last_seen"
        assert gexf[2][k]["evidence_count"] == w["weight"], f"gexf {k}: evidence_count"
        assert gexf[2][k]["label"] == k[2], f"gexf {k}: label"


def test_nodes_agree_with_neo4j_csv(js, neo):
    nodes, _ = neo
    want = js[1]
    assert set(nodes) == set(want), "nodes.csv ids differ from graph.json"
    for n, w in want.items():
        got = nodes[n]
        assert got["label"] == kc.neo4j_text(w["label"]), f"nodes.csv {n}: name"
        assert got["kind"] == w["kind"]
        assert got["mentions"] == w["mentions"] and got["docs"] == w["docs"], f"nodes.csv {n}"
        assert got["aliases"] == (
            kc.neo4j_array(w["aliases"]).split(";") if w["aliases"] else []
        ), f"nodes.csv {n}: aliases"
        assert got["attrs"] == {a: kc.neo4j_text(v) for a, v in w["attrs"].items()}, n
        assert got["labels"][0] == "Entity" and got["labels"][1].lower() == w["kind"], n


def test_edges_agree_with_neo4j_csv(js, neo):
    _, edges = neo
    want = js[2]
    assert set(edges) == set(want), f"edges.csv differs: {set(edges) ^ set(want)}"
    for k, w in want.items():
        got = edges[k]
        assert got["type"] == k[2].upper(), f"edges.csv {k}: :TYPE"
        assert got["weight"] == w["weight"] and got["docs"] == w["docs"], f"edges.csv {k}"
        want_items = kc.neo4j_array(w["items"]).split(";") if w["items"] else []
        assert got["items"] == want_items, f"edges.csv {k}: items"
        want_via = kc.neo4j_array(w["via"]).split(";") if w["via"] else []
        assert got["via"] == want_via, f"edges.csv {k}: via"
        assert got["context"] == w["context"], f"edges.csv {k}: context"
        assert got["evidence"] == kc.neo4j_text(w["evidence"]), f"edges.csv {k}: evidence"
        assert got["first_seen"] == w["first_seen"] and got["last_seen"] == w["last_seen"]


# --- format rules the clients depend on -------------------------------------------------------


def test_graphml_keys_are_typed_as_clients_allow():
    ns = "{http://graphml.graphdrawing.org/xmlns}"
    root = ET.parse(OUT / "graph.graphml").getroot()
    assert root.tag == f"{ns}graphml", "GraphML needs xmlns=http://graphml.graphdrawing.org/xmlns"
    ids, names = set(), set()
    for key in root.iter(f"{ns}key"):
        assert key.get("attr.type") in {"boolean", "int", "long", "float", "double", "string"}
        assert key.get("id") not in ids, f"key id {key.get('id')} twice"
        ids.add(key.get("id"))
        domain_name = (key.get("for"), key.get("attr.name"))
        assert domain_name not in names, f"attr.name {domain_name} twice"
        names.add(domain_name)
    graph = root.find(f"{ns}graph")
    assert graph.get("edgedefault") == "directed"
    edge_ids = [e.get("id") for e in graph.iter(f"{ns}edge")]
    assert len(edge_ids) == len(set(edge_ids)), "duplicate GraphML edge ids"


def test_gexf_attributes_and_parallel_edges(js):
    ns = {"g": "http://gexf.net/1.3"}
    root = ET.parse(OUT / "graph.gexf").getroot()
    assert root.tag == "{http://gexf.net/1.3}gexf" and root.get("version") == "1.3"
    graph = root.find("g:graph", ns)
    assert graph.get("defaultedgetype") == "directed"
    for attrs in graph.iterfind("g:attributes", ns):
        titles = [a.get("title") for a in attrs.iterfind("g:attribute", ns)]
        lowered = [t.lower() for t in titles]
        assert len(set(lowered)) == len(lowered), f"titles equal ignoring case: {titles}"
        for a in attrs.iterfind("g:attribute", ns):
            assert a.get("id") == a.get("title"), "attribute id should equal its title"
    if graph.get("mode") == "dynamic":
        assert graph.get("timeformat") == "date"
        for el in graph.iter():
            for end in ("start", "end"):
                if el.get(end) is not None:
                    assert re.match(r"^\d{4}-\d{2}-\d{2}$", el.get(end)), el.get(end)
    kinds = kc.read_gexf_kinds(OUT / "graph.gexf")
    per_pair = defaultdict(list)
    by_id = {w["id"]: (k, w) for k, w in js[2].items()}
    assert set(kinds) == set(by_id), "GEXF edge ids differ from graph.json keys"
    for eid, e in kinds.items():
        (s, t, typ, modality), w = by_id[eid]
        assert e["type"] in (None, "directed"), f"{eid}: type={e['type']} (networkx refuses it)"
        want_kind = typ if modality == "asserted" else f"{typ}_{modality}"
        assert e["kind"] == want_kind, f"{eid}: kind {e['kind']!r}"
        assert e["color"] == w["color"], f"{eid}: colour"
        per_pair[(s, t)].append(e["kind"])
    for pair, ks in per_pair.items():
        assert len(ks) == len(set(ks)), f"parallel edges {pair} share a kind: {ks}"


def test_neo4j_admin_header_rules(js):
    counts = kc.check_neo4j_import(OUT)
    assert counts["nodes"] == len(js[1])
    assert counts["edges"] == len(js[2])
    assert counts["types"] == {k[2].upper() for k in js[2]}


def test_import_cypher_reads_existing_columns():
    kc.check_cypher_columns(OUT)


def test_kuzu_loads_the_csvs_and_answers_cypher(tmp_path, neo):
    pytest.importorskip("kuzu")
    db, conn, types = kc.kuzu_load(OUT, tmp_path)
    nodes, edges = neo
    assert kc.kuzu_query(conn, "MATCH (n:Entity) RETURN count(n)") == [[len(nodes)]]
    for t in types:
        n = sum(1 for e in edges.values() if e["type"] == t)
        assert kc.kuzu_query(conn, f"MATCH ()-[r:{t}]->() RETURN count(r)") == [[n]], t
    # The query of the issue: its rows equal the SUPPLIES rows of edges.csv.
    assert "SUPPLIES" in types, "no SUPPLIES edge: the Cypher check would prove nothing"
    got = kc.kuzu_query(conn, "MATCH (a)-[r:SUPPLIES]->(b) RETURN a.name, b.name, r.weight")
    want = [
        [nodes[s]["label"], nodes[t]["label"], e["weight"]]
        for (s, t, _, _), e in edges.items()
        if e["type"] == "SUPPLIES"
    ]
    norm = lambda rows: sorted((a or "", b or "", w) for a, b, w in rows)  # noqa: E731
    assert norm(got) == norm(want)
    # Arrays arrive as lists, booleans as booleans.
    for nid, aliases in kc.kuzu_query(conn, "MATCH (n:Entity) RETURN n.id, n.aliases"):
        assert (aliases or []) == nodes[nid]["aliases"], nid
    rows = kc.kuzu_query(conn, "MATCH (a)-[r]->(b) RETURN a.id, b.id, label(r), r.modality, r.context")
    assert len(rows) == len(edges)
    for a, b, label, modality, context in rows:
        assert edges[(a, b, label.lower(), modality)]["context"] == context


def test_graphviz_renders_dot(js):
    svg = kc.dot_to_svg(OUT / "graph.dot")
    if svg is None:
        pytest.skip("Graphviz `dot` is not installed (apt-get install graphviz)")
    shown = kc.svg_nodes(svg)
    ids = kc.dot_node_ids(OUT / "graph.dot")
    assert ids, "graph.dot shows no node"
    nodes = js[1]
    for n in ids:
        assert n in nodes, f"graph.dot node {n!r} is not in graph.json"
        assert n in shown, f"Graphviz did not draw {n!r}"
        assert shown[n] == kc.dot_text(nodes[n]["label"]), f"{n}: label {shown[n]!r}"


# --- JSON Lines -------------------------------------------------------------------------------


def read_jsonl(name):
    with open(OUT / name, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def test_mentions_jsonl_counts_are_node_mentions(js):
    if not (OUT / "mentions.jsonl").exists():
        pytest.skip("mentions.jsonl is opt-in (--format all); this out folder has the defaults")
    mentions = read_jsonl("mentions.jsonl")
    counts = Counter(m["entity"] for m in mentions)
    nodes = js[1]
    for entity, n in counts.items():
        assert entity in nodes, f"mentions.jsonl names {entity}, which is no node"
        assert nodes[entity]["mentions"] == n, f"{entity}: {n} mention lines"


def test_relations_jsonl_make_the_typed_edges(js):
    relations = read_jsonl("relations.jsonl")
    sentences = defaultdict(set)
    for r in relations:
        assert r["type"] in {"supplies", "deploys", "sanctions"}
        if r["source"] is None:
            continue
        targets = [r["target"]["id"]] if r["target"] else [i["id"] for i in r["items"]]
        for t in targets:
            sentences[(r["source"]["id"], t, r["type"], r["modality"])].add(
                (r["doc"], r["sentence"])
            )
    typed = {k: e for k, e in js[2].items() if k[2] != "co_occurs"}
    for k, e in typed.items():
        assert k in sentences, f"edge {k} has no relation line"
        assert e["weight"] == len(sentences[k]), f"edge {k}: weight vs relation sentences"
    for k in sentences:
        if k[3] == "asserted":
            assert k in typed, f"asserted relation {k} made no edge"
