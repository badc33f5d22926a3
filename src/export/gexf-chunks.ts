import type { Network } from '../store/store.js';
import { networkCountry } from './network-country.js';
import { xmlText } from './xml-text.js';

/**
 * The actor network as GEXF 1.2 (Gephi's own format, which NetworkX reads too): a directed graph,
 * nodes labelled with the actor's name and carrying its code, country and events, edges weighted
 * by their number of events and carrying their mean Goldstein value.
 */
export function* gexfChunks(network: Network): Generator<string> {
  yield [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://www.gexf.net/1.2draft" version="1.2">',
    '  <meta><creator>newsgraph</creator><description>actors and the events between them</description></meta>',
    '  <graph mode="static" defaultedgetype="directed">',
    '    <attributes class="node">',
    '      <attribute id="code" title="code" type="string"/>',
    '      <attribute id="country" title="country" type="string"/>',
    '      <attribute id="events" title="events" type="integer"/>',
    '    </attributes>',
    '    <attributes class="edge">',
    '      <attribute id="events" title="events" type="integer"/>',
    '      <attribute id="goldsteinMean" title="goldsteinMean" type="double"/>',
    '    </attributes>',
    '    <nodes>',
    '',
  ].join('\n');
  for (const node of network.nodes) {
    const country = networkCountry(node);
    const values = [
      ...(node.code ? [attvalue('code', node.code)] : []),
      ...(country ? [attvalue('country', country)] : []),
      attvalue('events', String(node.events)),
    ];
    yield `      <node id="${xmlText(node.id)}" label="${xmlText(node.name)}"><attvalues>${values.join('')}</attvalues></node>\n`;
  }
  yield '    </nodes>\n    <edges>\n';
  for (const [index, edge] of network.edges.entries()) {
    const values = [
      attvalue('events', String(edge.events)),
      attvalue('goldsteinMean', String(edge.goldsteinMean)),
    ];
    yield `      <edge id="${index}" source="${xmlText(edge.source)}" target="${xmlText(edge.target)}" weight="${edge.events}"><attvalues>${values.join('')}</attvalues></edge>\n`;
  }
  yield '    </edges>\n  </graph>\n</gexf>\n';
}

function attvalue(id: string, value: string): string {
  return `<attvalue for="${id}" value="${xmlText(value)}"/>`;
}
