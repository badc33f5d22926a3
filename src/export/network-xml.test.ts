import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import type { Network } from '../store/store.js';
import { gexfChunks } from './gexf-chunks.js';
import { graphmlChunks } from './graphml-chunks.js';

const network: Network = {
  nodes: [
    { id: 'ISRGOV', code: 'ISRGOV', name: 'Netanyahu', events: 3 },
    { id: 'IGOUNO', code: 'IGOUNO', name: 'United Nations', events: 2 },
    // A name from an article: untrusted, with markup, quotes and a control character.
    { id: 'name:<x>', code: null, name: 'Tom & "Jerry" <script>\u0001', events: 1 },
  ],
  edges: [
    { source: 'ISRGOV', target: 'IGOUNO', events: 2, goldsteinMean: -1.5 },
    { source: 'name:<x>', target: 'ISRGOV', events: 1, goldsteinMean: 3 },
  ],
};

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  isArray: (_name: string, _path: unknown, _isLeaf: boolean, isAttribute: boolean) => !isAttribute,
});
const parse = (chunks: Iterable<string>) => parser.parse([...chunks].join(''), true);

interface Attribute {
  for?: string;
  key?: string;
  value?: string;
  '#text'?: string;
}

describe('gexfChunks', () => {
  const graph = parse(gexfChunks(network)).gexf[0].graph[0];
  const nodes = graph.nodes[0].node;
  const values = (node: { attvalues: [{ attvalue: Attribute[] }] }) =>
    Object.fromEntries(node.attvalues[0].attvalue.map((value) => [value.for, value.value]));

  it('is a directed graph with a node per actor, labelled with its name', () => {
    expect(graph.defaultedgetype).toBe('directed');
    expect(nodes.map((node: { id: string }) => node.id)).toEqual(['ISRGOV', 'IGOUNO', 'name:<x>']);
    expect(nodes[0].label).toBe('Netanyahu');
  });

  it("gives each node its code, its code's country (none for an international one) and its events", () => {
    expect(values(nodes[0])).toEqual({ code: 'ISRGOV', country: 'ISR', events: '3' });
    expect(values(nodes[1])).toEqual({ code: 'IGOUNO', events: '2' });
  });

  it('escapes markup in names and drops characters XML cannot hold', () => {
    expect(nodes[2].label).toBe('Tom & "Jerry" <script>');
  });

  it('weighs each edge by its events and carries its mean Goldstein value', () => {
    const [edge] = graph.edges[0].edge;
    expect(edge).toMatchObject({ source: 'ISRGOV', target: 'IGOUNO', weight: '2' });
    expect(values(edge)).toEqual({ events: '2', goldsteinMean: '-1.5' });
  });
});

describe('graphmlChunks', () => {
  const graph = parse(graphmlChunks(network)).graphml[0].graph[0];
  const data = (element: { data: Attribute[] }) =>
    Object.fromEntries(element.data.map((datum) => [datum.key, datum['#text']]));

  it('is a directed graph whose nodes carry name, code, country and events', () => {
    expect(graph.edgedefault).toBe('directed');
    expect(graph.node).toHaveLength(3);
    expect(data(graph.node[0])).toEqual({
      name: 'Netanyahu',
      code: 'ISRGOV',
      country: 'ISR',
      node_events: '3',
    });
    expect(data(graph.node[2]).name).toBe('Tom & "Jerry" <script>');
  });

  it('gives each edge its events and mean Goldstein value', () => {
    expect(graph.edge[1]).toMatchObject({ source: 'name:<x>', target: 'ISRGOV' });
    expect(data(graph.edge[1])).toEqual({ edge_events: '1', goldstein_mean: '3' });
  });
});
