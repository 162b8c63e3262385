// Reads V8 heap snapshots (v8.writeHeapSnapshot(), one per thread) without DevTools:
//   node --max-old-space-size=6000 bench/heap-snapshot.mjs diff A.heapsnapshot B.heapsnapshot
//     live bytes by constructor in A and B, and what grew from A to B;
//   node --max-old-space-size=6000 bench/heap-snapshot.mjs holders A.heapsnapshot [count]
//     the objects that retain the most (dominator tree, weak edges left out), each with the path
//     it is held by. bench/results.md "## h-heap" used both on a build's two threads.
import { readFileSync } from 'node:fs';

function load(path) {
  const s = JSON.parse(readFileSync(path, 'utf8'));
  const m = s.snapshot.meta;
  const nf = m.node_fields.length;
  const ef = m.edge_fields.length;
  const at = (fields, name) => fields.indexOf(name);
  const h = {
    s,
    nf,
    ef,
    types: m.node_types[0],
    etypes: m.edge_types[0],
    iT: at(m.node_fields, 'type'),
    iN: at(m.node_fields, 'name'),
    iS: at(m.node_fields, 'self_size'),
    iE: at(m.node_fields, 'edge_count'),
    eT: at(m.edge_fields, 'type'),
    eN: at(m.edge_fields, 'name_or_index'),
    eTo: at(m.edge_fields, 'to_node'),
    N: s.nodes.length / nf,
  };
  h.first = new Uint32Array(h.N + 1);
  for (let i = 0, e = 0; i < h.N; i++) {
    h.first[i] = e;
    e += s.nodes[i * nf + h.iE];
    h.first[i + 1] = e;
  }
  return h;
}

const nodeName = (h, i) =>
  `${h.types[h.s.nodes[i * h.nf + h.iT]]}:${h.s.strings[h.s.nodes[i * h.nf + h.iN]].slice(0, 60)}`;

function byConstructor(h) {
  const out = new Map();
  for (let i = 0; i < h.N; i++) {
    const type = h.types[h.s.nodes[i * h.nf + h.iT]];
    const key = ['object', 'native', 'closure'].includes(type) ? nodeName(h, i) : `(${type})`;
    const e = out.get(key) ?? { n: 0, size: 0 };
    e.n++;
    e.size += h.s.nodes[i * h.nf + h.iS];
    out.set(key, e);
  }
  return out;
}

const mb = (bytes) => (bytes / 1e6).toFixed(2);

function diff(a, b) {
  const [ca, cb] = [byConstructor(load(a)), byConstructor(load(b))];
  const none = { n: 0, size: 0 };
  const rows = [...new Set([...ca.keys(), ...cb.keys()])].map((k) => ({
    k,
    a: ca.get(k) ?? none,
    b: cb.get(k) ?? none,
  }));
  const total = (side) => rows.reduce((t, r) => t + r[side].size, 0);
  console.log(`live MB: ${mb(total('a'))} -> ${mb(total('b'))}`);
  console.log('largest in B (count, MB):');
  for (const r of rows.sort((x, y) => y.b.size - x.b.size).slice(0, 25))
    console.log(`  ${r.k.padEnd(70)} ${r.b.n} ${mb(r.b.size)}`);
  console.log('grown from A to B (count, MB):');
  for (const r of rows.sort((x, y) => y.b.size - y.a.size - (x.b.size - x.a.size)).slice(0, 25))
    console.log(`  ${r.k.padEnd(70)} ${r.a.n} -> ${r.b.n} ${mb(r.b.size - r.a.size)}`);
}

function holders(path, count) {
  const h = load(path);
  const { s, nf, ef, N, first } = h;
  const followed = (e) => !['weak', 'shortcut'].includes(h.etypes[s.edges[e * ef + h.eT]]);
  const target = (e) => s.edges[e * ef + h.eTo] / nf;
  // Post-order from the root (node 0), then Cooper, Harvey and Kennedy's iterative dominators.
  const order = new Int32Array(N).fill(-1);
  const post = [];
  const seen = new Uint8Array(N);
  const stack = [[0, first[0]]];
  seen[0] = 1;
  while (stack.length > 0) {
    const top = stack[stack.length - 1];
    if (top[1] < first[top[0] + 1]) {
      const e = top[1]++;
      const to = target(e);
      if (followed(e) && !seen[to]) {
        seen[to] = 1;
        stack.push([to, first[to]]);
      }
    } else {
      order[top[0]] = post.length;
      post.push(top[0]);
      stack.pop();
    }
  }
  const preds = Array.from({ length: N }, () => []);
  for (let i = 0; i < N; i++) {
    if (!seen[i]) continue;
    for (let e = first[i]; e < first[i + 1]; e++) if (followed(e)) preds[target(e)].push(i);
  }
  const idom = new Int32Array(N).fill(-1);
  idom[0] = 0;
  const meet = (x, y) => {
    let [a, b] = [x, y];
    while (a !== b) {
      while (order[a] < order[b]) a = idom[a];
      while (order[b] < order[a]) b = idom[b];
    }
    return a;
  };
  for (let changed = true; changed; ) {
    changed = false;
    for (let k = post.length - 2; k >= 0; k--) {
      const v = post[k];
      let d = -1;
      for (const p of preds[v]) if (idom[p] !== -1) d = d === -1 ? p : meet(p, d);
      if (d !== -1 && idom[v] !== d) {
        idom[v] = d;
        changed = true;
      }
    }
  }
  const retained = new Float64Array(N);
  for (let i = 0; i < N; i++) retained[i] = s.nodes[i * nf + h.iS];
  for (const v of post) if (v !== 0 && idom[v] >= 0) retained[idom[v]] += retained[v];
  const edgeName = (p, v) => {
    for (let e = first[p]; e < first[p + 1]; e++) {
      if (target(e) !== v) continue;
      const type = h.etypes[s.edges[e * ef + h.eT]];
      const n = s.edges[e * ef + h.eN];
      return type === 'element' || type === 'hidden' ? `[${n}]` : s.strings[n];
    }
    return '?';
  };
  const label = (v) => {
    const parts = [];
    for (let c = v, d = 0; d < 4 && c !== 0; d++, c = idom[c])
      parts.push(`${edgeName(idom[c], c)}<${nodeName(h, c)}`);
    return parts.join(' | ');
  };
  const big = [];
  for (let i = 1; i < N; i++)
    if (retained[i] > 300_000 && !nodeName(h, i).includes('synthetic')) big.push(i);
  big.sort((x, y) => retained[y] - retained[x]);
  for (const i of big.slice(0, count))
    console.log(`${mb(retained[i]).padStart(6)} ${label(i).slice(0, 240)}`);
}

const [command, a, b] = process.argv.slice(2);
if (command === 'diff' && a && b) diff(a, b);
else if (command === 'holders' && a) holders(a, Number(b ?? 40));
else {
  console.error('usage: heap-snapshot.mjs diff A B | holders A [count]');
  process.exitCode = 2;
}
