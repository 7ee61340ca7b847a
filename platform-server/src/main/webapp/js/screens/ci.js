// One configuration item: every field the server stores, every attribute and its change history.
import { get } from '../api.js';
import { h, when } from '../dom.js';
import { heading, badge, definitionList, table, changeList } from '../ui.js';

const LABELS = {
  id: 'AssetBridge id', integrationId: 'Integration', sourceId: 'Id in the source', class: 'Class', ciClass: 'Class', name: 'Name',
  type: 'Type', status: 'Status', serialNumber: 'Serial number', assetTag: 'Asset tag', manufacturer: 'Manufacturer',
  model: 'Model', customer: 'Customer', site: 'Site', warrantyStart: 'Warranty start', warrantyEnd: 'Warranty end',
  updatedAt: 'Updated in AssetBridge',
};

export async function render({ params }) {
  const [ci, history] = await Promise.all([get(`api/cis/${params.id}`), get(`api/cis/${params.id}/history?size=50`)]);
  const facts = Object.entries(ci).filter(([k]) => k !== 'attributes').map(([k, v]) => [LABELS[k] ?? words(k), show(k, v, ci)]);
  const attributes = Object.entries(ci.attributes ?? {});
  return h('section', {}, heading(ci.name || `CI ${ci.id}`,
    h('a', { class: 'button', href: `#/cis${ci.customer ? `?customer=${ci.customer.id}` : ''}` }, 'Back to the list')),
  definitionList(facts),
  h('h2', {}, 'Attributes'),
  attributes.length === 0 ? h('p', { class: 'empty' }, 'No other attributes.')
    : table('Attributes from the source', ['Attribute', 'Value'], attributes.map(([k, v]) =>
      h('tr', {}, h('th', { scope: 'row' }, k), h('td', {}, typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v ?? ''))))),
  h('h2', {}, 'History'),
  h('p', {}, 'What syncs changed on this CI, newest first; its creation is its first sync.'),
  changeList(history, false));
}

function show(key, value, ci) {
  if (value === null || value === undefined || value === '') return '—';
  if (key === 'status') return badge(value);
  if (key === 'integrationId') return h('a', { href: `#/integrations/${value}` }, `Integration ${value}`);
  if (key === 'customer') return h('a', { href: `#/cis?customer=${value.id}` }, value.name);
  if (key === 'site') return h('a', { href: `#/cis?site=${value.id}${ci.customer ? `&customer=${ci.customer.id}` : ''}` }, value.name);
  if (/At$/.test(key) || /Time$/.test(key)) return when(value);
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/** purchaseDate → "Purchase date" */
function words(key) {
  const spaced = key.replace(/([A-Z])/g, ' $1').toLowerCase();
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}
