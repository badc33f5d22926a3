import type { Network } from '../store/store.js';
import { networkCountry } from './network-country.js';
import { xmlText } from './xml-text.js';

/**
 * The actor network as GraphML (read by NetworkX, igraph, yEd, Cytoscape and Gephi): a directed
 * graph whose nodes carry the actor's name, code, country and events, and whose edges carry
 * their number of events and mean Goldstein value.
 */
export function* graphmlChunks(network: Network): Generator<string> {
  yield [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    '  <key id="name" for="node" attr.name="name" attr.type="string"/>',
    '  <key id="code" for="node" attr.name="code" attr.type="string"/>',
    '  <key id="country" for="node" attr.name="country" attr.type="string"/>',
    '  <key id="node_events" for="node" attr.name="events" attr.type="int"/>',
    '  <key id="edge_events" for="edge" attr.name="events" attr.type="int"/>',
    '  <key id="goldstein_mean" for="edge" attr.name="goldsteinMean" attr.type="double"/>',
    '  <graph id="actors" edgedefault="directed">',
    '',
  ].join('\n');
  for (const node of network.nodes) {
    const country = networkCountry(node);
    const data = [
      datum('name', node.name),
      ...(node.code ? [datum('code', node.code)] : []),
      ...(country ? [datum('country', country)] : []),
      datum('node_events', String(node.events)),
    ];
    yield `    <node id="${xmlText(node.id)}">${data.join('')}</node>\n`;
  }
  for (const edge of network.edges) {
    const data = [
      datum('edge_events', String(edge.events)),
      datum('goldstein_mean', String(edge.goldsteinMean)),
    ];
    yield `    <edge source="${xmlText(edge.source)}" target="${xmlText(edge.target)}">${data.join('')}</edge>\n`;
  }
  yield '  </graph>\n</graphml>\n';
}

function datum(key: string, value: string): string {
  return `<data key="${key}">${xmlText(value)}</data>`;
}
