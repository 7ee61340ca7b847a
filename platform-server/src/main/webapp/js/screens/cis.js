// Configuration items: search, filters, sort and paging all done by the server, 50 rows at a time.
// The status tabs are the missing, retired and excluded views.
import { get, query } from '../api.js';
import { h, count, when } from '../dom.js';
import { heading, badge, pager, table } from '../ui.js';

const SIZE = 50;
const STATUSES = [['', 'All'], ['active', 'Active'], ['inactive', 'Inactive'], ['missing', 'Missing'], ['retired', 'Retired'], ['excluded', 'Excluded']];
const FILTERS = ['q', 'class', 'status', 'customer', 'site', 'integration', 'sort'];

export async function render({ query: q }) {
  const filters = Object.fromEntries(FILTERS.map((k) => [k, q.get(k) ?? '']));
  const pageNo = Number(q.get('page') ?? 0);
  const [page, customer, site] = await Promise.all([
    get(`api/cis${query({ ...filters, sort: filters.sort || 'name', page: pageNo, size: SIZE })}`),
    filters.customer ? findLabel('customer', filters.customer) : null,
    filters.site ? findLabel('site', filters.site) : null,
  ]);
  const href = (changes) => `#/cis${query({ ...filters, page: 0, ...changes })}`.replace(/([?&])page=0(&|$)/, '$1').replace(/[?&]$/, '');
  const csv = h('a', { class: 'button', id: 'export-cis', href: `api/cis.csv${query(filters)}`, download: 'cis.csv' }, 'Download CSV');
  return h('section', {}, heading('Configuration items', csv),
    statusTabs(filters, href),
    filterForm(filters, customer, site, href),
    page.items.length === 0 ? h('p', { class: 'empty', id: 'no-cis' }, 'No configuration item matches these filters.')
      : [ciTable(page.items, filters, href), pager(page, (n) => href({ page: n }), 'Result pages')]);
}

/** The customer's or site's name for the filter's label: one CI row carries it (no list is loaded). */
async function findLabel(kind, id) {
  const one = await get(`api/cis${query({ [kind]: id, size: 1 })}`);
  return one.items[0]?.[kind] ?? { id, name: `${kind === 'site' ? 'Site' : 'Customer'} ${id}` };
}

function statusTabs(filters, href) {
  return h('nav', { class: 'tabs', 'aria-label': 'Status' }, STATUSES.map(([value, label]) =>
    h('a', { href: href({ status: value }), 'aria-current': filters.status === value ? 'page' : null }, label)));
}

function filterForm(filters, customer, site, href) {
  const search = h('input', { id: 'ci-search', type: 'search', name: 'q', value: filters.q, placeholder: 'name, serial, asset tag, model…' });
  const ciClass = h('select', { id: 'ci-class', name: 'class' },
    [['', 'Hardware and software'], ['hardware', 'Hardware'], ['software', 'Software']].map(([v, l]) => h('option', { value: v, selected: filters.class === v }, l)));
  const form = h('form', { class: 'filters', role: 'search' },
    h('div', { class: 'field' }, h('label', { for: 'ci-search' }, 'Search'), search),
    h('div', { class: 'field' }, h('label', { for: 'ci-class' }, 'Class'), ciClass),
    h('button', { type: 'submit' }, 'Search'),
    customer ? h('p', { class: 'chip' }, `Customer: ${customer.name} `, h('a', { href: href({ customer: '', site: '' }) }, 'show all customers')) : null,
    site ? h('p', { class: 'chip' }, `Site: ${site.name} `, h('a', { href: href({ site: '' }) }, 'show all sites')) : null);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    location.hash = href({ q: search.value.trim(), class: ciClass.value });
  });
  return form;
}

function sortHeader(label, key, filters, href) {
  const current = filters.sort || 'name';
  const ascending = current === key;
  const descending = current === `-${key}`;
  return h('th', { scope: 'col', 'aria-sort': ascending ? 'ascending' : descending ? 'descending' : null },
    h('a', { href: href({ sort: ascending ? `-${key}` : key }) }, label,
      h('span', { 'aria-hidden': 'true' }, ascending ? ' ▲' : descending ? ' ▼' : ''),
      h('span', { class: 'visually-hidden' }, ascending ? ', sorted ascending; sort descending' : ', sort')));
}

function ciTable(items, filters, href) {
  const rows = items.map((ci) => h('tr', {},
    h('th', { scope: 'row' }, h('a', { href: `#/cis/${ci.id}` }, ci.name || `CI ${ci.id}`)),
    h('td', {}, ci.class ?? ci.ciClass ?? ''),
    h('td', {}, ci.type ?? ''),
    h('td', {}, badge(ci.status)),
    h('td', { class: 'serial' }, ci.serialNumber ?? ''),
    h('td', {}, ci.customer ? h('a', { href: href({ customer: ci.customer.id, site: '' }) }, ci.customer.name) : ''),
    h('td', {}, ci.site ? h('a', { href: href({ site: ci.site.id, customer: ci.customer?.id ?? '' }) }, ci.site.name) : ''),
    h('td', {}, when(ci.updatedAt))));
  return table('Configuration items',
    [sortHeader('Name', 'name', filters, href), 'Class', 'Type', 'Status', 'Serial number', 'Customer', 'Site', sortHeader('Updated', 'updatedAt', filters, href)],
    rows);
}
