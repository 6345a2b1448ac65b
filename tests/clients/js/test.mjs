// kgraph's GEXF and GraphML read by the parsers Gephi Lite uses (graphology-gexf and
// graphology-graphml on @xmldom/xmldom), into a graphology MultiGraph: nodes, edges, labels,
// kinds, weights and colours must agree with graph.json.
//
// Run: KGRAPH_OUT=/path/to/out node --test test.mjs   (default: the repository's out/)

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import graphology from 'graphology';
import gexf from 'graphology-gexf';
import graphml from 'graphology-graphml';

const { MultiGraph } = graphology;
const here = path.dirname(fileURLToPath(import.meta.url));
const OUT = process.env.KGRAPH_OUT || path.resolve(here, '..', '..', '..', 'out');

const read = (f) => readFileSync(path.join(OUT, f), 'utf8');
const skip = existsSync(path.join(OUT, 'graph.json')) ? false : `no kgraph output in ${OUT}`;

function hex(r, g, b) {
  return '#' + [r, g, b].map((x) => Number(x).toString(16).padStart(2, '0')).join('');
}

// "rgb(r,g,b)" (graphology-gexf) or "#rrggbb" (graphology-graphml) → "#rrggbb"
function normColor(c) {
  const m = /^rgba?\((\d+),(\d+),(\d+)(?:,[\d.]+)?\)$/.exec(String(c).replace(/\s/g, ''));
  return m ? hex(m[1], m[2], m[3]) : String(c).toLowerCase();
}

function loadJson() {
  const data = JSON.parse(read('graph.json'));
  const nodes = new Map(data.nodes.map((n) => [n.id, n]));
  const links = new Map(data.links.map((l) => [l.key, l]));
  assert.equal(links.size, data.links.length, 'graph.json: edge keys are unique');
  return { data, nodes, links };
}

function kindOf(link) {
  return link.modality === 'asserted' ? link.type : `${link.type}_${link.modality}`;
}

function checkGraph(name, graph, json, { kinds }) {
  assert.equal(graph.multi, true, `${name}: a multigraph`);
  assert.equal(graph.order, json.nodes.size, `${name}: node count`);
  assert.equal(graph.size, json.links.size, `${name}: edge count`);
  for (const [id, n] of json.nodes) {
    assert.ok(graph.hasNode(id), `${name}: node ${id}`);
    const a = graph.getNodeAttributes(id);
    assert.equal(a.label, n.label, `${name}: ${id} label`);
    assert.equal(a.kind, n.kind, `${name}: ${id} kind`);
    assert.equal(a.mentions, n.mentions, `${name}: ${id} mentions`);
    assert.equal(normColor(a.color), n.color, `${name}: ${id} colour`);
  }
  for (const [key, l] of json.links) {
    assert.ok(graph.hasEdge(key), `${name}: edge ${key}`);
    assert.equal(graph.source(key), l.source, `${name}: ${key} source`);
    assert.equal(graph.target(key), l.target, `${name}: ${key} target`);
    assert.equal(graph.isDirected(key), true, `${name}: ${key} directed`);
    const a = graph.getEdgeAttributes(key);
    assert.equal(a.weight, l.weight, `${name}: ${key} weight`);
    assert.equal(a.type, l.type, `${name}: ${key} type`);
    assert.equal(a.modality, l.modality, `${name}: ${key} modality`);
    assert.equal(a.docs, l.docs, `${name}: ${key} docs`);
    assert.equal(normColor(a.color), l.color, `${name}: ${key} colour`);
    if (kinds) assert.equal(a.kind, kindOf(l), `${name}: ${key} kind`);
    assert.equal(a.items || '', l.items.join('; '), `${name}: ${key} items`);
    assert.equal(a.via || '', (l.via || []).join('; '), `${name}: ${key} via`);
  }
}

test('graphology-gexf reads graph.gexf as graph.json says', { skip }, () => {
  const json = loadJson();
  // Strict options (no undeclared attribute, no edge to a missing node): what a valid file passes.
  const graph = gexf.parse(MultiGraph, read('graph.gexf'), {
    addMissingNodes: false,
    allowUndeclaredAttributes: false,
  });
  checkGraph('gexf', graph, json, { kinds: true });
  // Columns are named by their titles, not by opaque ids.
  const first = graph.getNodeAttributes(graph.nodes()[0]);
  for (const k of ['kind', 'mentions', 'docs']) assert.ok(k in first, `gexf node column ${k}`);
  // Node attributes other than the fixed ones carry graph.json's values under attr_NAME.
  for (const [id, n] of json.nodes) {
    const a = graph.getNodeAttributes(id);
    for (const [k, v] of Object.entries(n)) {
      if (['id', 'label', 'kind', 'mentions', 'docs', 'aliases', 'color'].includes(k)) continue;
      assert.equal(a[`attr_${k}`], v, `gexf: ${id} attr_${k}`);
    }
    assert.equal(a.aliases || '', n.aliases.join('; '), `gexf: ${id} aliases`);
    assert.ok(a.size > 0, `gexf: ${id} size`);
  }
});

test('graphology-graphml reads graph.graphml as graph.json says', { skip }, () => {
  const json = loadJson();
  const graph = graphml.parse(MultiGraph, read('graph.graphml'), { addMissingNodes: false });
  checkGraph('graphml', graph, json, { kinds: false });
  for (const [id, n] of json.nodes) {
    const a = graph.getNodeAttributes(id);
    for (const [k, v] of Object.entries(n)) {
      if (['id', 'aliases', 'color'].includes(k)) continue;
      assert.equal(a[k], v, `graphml: ${id} ${k}`);
    }
    assert.equal(a.aliases, n.aliases.join('; '), `graphml: ${id} aliases`);
  }
});

test('parallel edges stay apart in both files', { skip }, () => {
  const json = loadJson();
  const pairs = new Map();
  for (const l of json.links.values()) {
    const k = `${l.source}\u0000${l.target}`;
    pairs.set(k, (pairs.get(k) || 0) + 1);
  }
  const g1 = gexf.parse(MultiGraph, read('graph.gexf'));
  const g2 = graphml.parse(MultiGraph, read('graph.graphml'));
  for (const [k, n] of pairs) {
    const [s, t] = k.split('\u0000');
    assert.equal(g1.outEdges(s, t).length, n, `gexf: ${s} -> ${t}`);
    assert.equal(g2.outEdges(s, t).length, n, `graphml: ${s} -> ${t}`);
  }
});
