// Customers with their hardware and software counts, a page at a time.
import { get, asPage, query } from '../api.js';
import { h, count } from '../dom.js';
import { heading, pager, table } from '../ui.js';

const SIZE = 50;

export async function render({ query: q }) {
  const search = q.get('q') ?? '';
  const pageNo = Number(q.get('page') ?? 0);
  const [data, hardware, software] = await Promise.all([
    get(`api/customers${query({ q: search, page: pageNo, size: SIZE })}`),
    get('api/cis?class=hardware&size=1'), get('api/cis?class=software&size=1')]);
  const page = asPage(data);
  const href = (n) => `#/customers${query({ q: search, page: n })}`;
  const input = h('input', { id: 'customer-search', type: 'search', name: 'q', value: search });
  const form = h('form', { class: 'filters', role: 'search' },
    h('label', { for: 'customer-search' }, 'Search customers'), input, h('button', { type: 'submit' }, 'Search'));
  form.addEventListener('submit', (event) => { event.preventDefault(); location.hash = href(0); });
  const items = Array.isArray(page.items) ? page.items : [];
  const rows = items.map((c) => h('tr', {},
    h('th', { scope: 'row' }, h('a', { href: `#/cis${query({ customer: c.id })}` }, c.name), c.active === false ? ' (inactive)' : ''),
    h('td', { class: 'number' }, h('a', { href: `#/cis${query({ customer: c.id, class: 'hardware' })}`, 'aria-label': `${count(c.hardwareCount)} hardware CIs of ${c.name}` }, count(c.hardwareCount))),
    h('td', { class: 'number' }, h('a', { href: `#/cis${query({ customer: c.id, class: 'software' })}`, 'aria-label': `${count(c.softwareCount)} software CIs of ${c.name}` }, count(c.softwareCount)))));
  const totals = h('p', { class: 'totals', id: 'inventory-totals' },
    h('a', { href: '#/cis?class=hardware' }, h('strong', { id: 'total-hardware' }, count(hardware.total)), ' hardware'), ' and ',
    h('a', { href: '#/cis?class=software' }, h('strong', { id: 'total-software' }, count(software.total)), ' software'),
    ' configuration items across all customers.');
  const csv = h('a', { class: 'button', id: 'export-customers', href: `api/customers.csv${query({ q: search })}`, download: 'customers.csv' }, 'Download CSV');
  return h('section', {}, heading('Customers', csv), totals, form,
    items.length === 0 ? h('p', { class: 'empty' }, search ? 'No customer matches.' : 'No customers yet: connect an integration.')
      : [table('Customers with hardware and software counts', ['Customer', h('th', { scope: 'col', class: 'number' }, 'Hardware'), h('th', { scope: 'col', class: 'number' }, 'Software')], rows),
        pager(page, href, 'Customer pages')]);
}
