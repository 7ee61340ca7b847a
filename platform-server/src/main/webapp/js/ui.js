// Pieces several screens share: headings, error boxes, status badges, pagers.
import { h, count } from './dom.js';

export function heading(text, ...actions) {
  return h('div', { class: 'heading' }, h('h1', { tabindex: '-1' }, text), h('div', { class: 'actions' }, actions));
}

/** A problem the user can act on, in words, as an alert. */
export function problemBox(error) {
  return h('div', { class: 'problem', role: 'alert' }, h('p', {}, error.message));
}

const STATUS_WORDS = {
  queued: 'Queued', running: 'Running', succeeded: 'Succeeded', failed: 'Failed', cancelled: 'Cancelled',
  active: 'Active', inactive: 'Inactive', missing: 'Missing', retired: 'Retired', excluded: 'Excluded',
};

export function badge(status) {
  if (!status) return h('span', { class: 'badge' }, 'Never run');
  return h('span', { class: `badge badge-${status}` }, STATUS_WORDS[status] ?? status);
}

/** "Showing 1–50 of 5,000" with Previous and Next links built by hrefFor(page). */
export function pager(page, hrefFor, label) {
  const first = page.total === 0 ? 0 : page.page * page.size + 1;
  const last = Math.min(page.total, (page.page + 1) * page.size);
  const lastPage = Math.max(0, Math.ceil(page.total / page.size) - 1);
  return h('nav', { class: 'pager', 'aria-label': label },
    h('span', { class: 'range' }, `Showing ${count(first)}–${count(last)} of ${count(page.total)}`),
    page.page > 0 ? h('a', { href: hrefFor(page.page - 1), rel: 'prev' }, 'Previous') : null,
    page.page < lastPage ? h('a', { href: hrefFor(page.page + 1), rel: 'next' }, 'Next') : null);
}

export function table(caption, headers, rows) {
  return h('table', {},
    h('caption', { class: 'visually-hidden' }, caption),
    h('thead', {}, h('tr', {}, headers.map((x) => (x instanceof Node ? x : h('th', { scope: 'col' }, x))))),
    h('tbody', {}, rows));
}

export function definitionList(pairs) {
  return h('dl', { class: 'facts' }, pairs.filter(Boolean).map(([k, v]) => [h('dt', {}, k), h('dd', {}, v ?? '—')]));
}

/** The words for a resource type id, from the connector's descriptor when known. */
export function typeLabel(connector, id) {
  return connector?.resourceTypes?.find((t) => t.id === id)?.label ?? id;
}

const CHANGE_WORDS = {
  updated: 'Updated', reactivated: 'Back', missing: 'Missing', retired: 'Retired', excluded: 'Excluded',
};

/** A page of change history (GET …/history or …/changes) as a table, newest first; withCi names the CI. */
export function changeList(page, withCi) {
  if (page.total === 0) return h('p', { class: 'empty' }, 'No changes.');
  const rows = page.items.map((c) => h('tr', {},
    h('td', {}, new Date(c.at).toLocaleString()),
    withCi ? h('td', {}, h('a', { href: `#/cis/${c.ci.id}` }, c.ci.name || c.ci.sourceId)) : null,
    h('td', {}, CHANGE_WORDS[c.kind] ?? c.kind),
    h('td', {}, [c.status ? `${c.status.from} → ${c.status.to}` : null,
      ...c.fields.map((f) => h('div', {}, `${f.field}: ${f.old ?? '—'} → ${f.new ?? '—'}`))]),
    h('td', {}, h('a', { href: `#/runs/${c.runId}` }, `Run ${c.runId}`))));
  const headers = ['When', ...(withCi ? ['CI'] : []), 'Change', 'What', 'Run'];
  return [table('Changes, newest first', headers, rows),
    page.total > page.items.length ? h('p', {}, `Showing the newest ${count(page.items.length)} of ${count(page.total)}.`) : null];
}
