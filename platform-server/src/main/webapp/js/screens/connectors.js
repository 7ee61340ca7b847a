// Installed connectors with what each one asks for, and plugin jars that failed to load, with the reason.
import { get } from '../api.js';
import { h } from '../dom.js';
import { heading, table } from '../ui.js';

export async function render() {
  const [connectors, problems] = await Promise.all([get('api/connectors'), get('api/connectors/problems')]);
  return h('section', {}, heading('Connectors'),
    connectors.map((c) => h('article', { class: 'connector' },
      h('h2', {}, `${c.displayName} `, h('span', { class: 'version' }, `${c.type} · version ${c.version}`)),
      table(`Settings of ${c.displayName}`, ['Setting', 'Type', 'Required', 'Default', 'What it is'], c.properties.map((p) => h('tr', {},
        h('th', { scope: 'row' }, p.label, h('br'), h('code', {}, p.name)),
        h('td', {}, p.secret ? `${p.type}, secret` : p.type),
        h('td', {}, p.required ? 'required' : 'optional'),
        h('td', {}, p.defaultValue === null || p.defaultValue === undefined ? '—' : String(p.defaultValue)),
        h('td', {}, p.description ?? '')))),
      h('p', {}, 'Resource types: ', c.resourceTypes.map((t) => `${t.label}${t.ciClass ? ` (${t.ciClass})` : ''}`).join(', '), '.'))),
    h('h2', {}, 'Plugin problems'),
    problems.length === 0 ? h('p', { id: 'no-plugin-problems' }, 'Every plugin jar loaded.')
      : h('ul', { class: 'problem', id: 'plugin-problems' }, problems.map((p) => h('li', {}, h('strong', {}, p.source), `: ${p.message}`))));
}
