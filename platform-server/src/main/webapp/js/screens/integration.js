// One integration: its configuration (never a secret value), actions (Preview, Connect now), a hold of
// the mass-missing guard, and its run history.
import { get, post, del } from '../api.js';
import { h, count, when, announce } from '../dom.js';
import { heading, badge, table, definitionList, problemBox } from '../ui.js';

export async function render({ params, admin, go }) {
  const [integration, runs] = await Promise.all([
    get(`api/integrations/${params.id}`),
    get(`api/integrations/${params.id}/syncs?limit=20`),
  ]);
  const connector = await get(`api/connectors/${encodeURIComponent(integration.connector)}`);
  const feedback = h('div', { id: 'feedback', 'aria-live': 'polite' });
  const actions = admin ? [
    h('a', { class: 'button', href: `#/integrations/${integration.id}/edit` }, 'Edit'),
    h('a', { class: 'button', href: `#/integrations/${integration.id}/settings` }, 'Sync settings'),
    h('button', { type: 'button', id: 'preview-sync', onclick: () => connectNow(integration.id, feedback, go, 'preview') }, 'Preview'),
    h('button', { type: 'button', id: 'connect-now', class: 'primary', onclick: () => connectNow(integration.id, feedback, go) }, 'Connect now'),
  ] : [h('a', { class: 'button', href: `#/integrations/${integration.id}/settings` }, 'Sync settings')];
  const facts = connector.properties.map((p) => [p.label,
    p.secret ? (integration.secrets?.[p.name]?.set ? 'set' : 'not set') : displayValue(integration.config?.[p.name])]);
  return h('section', {},
    heading(integration.name, actions),
    feedback,
    integration.held ? h('div', { class: 'problem', id: 'integration-held' },
      h('p', {}, `The last sync held back ${count(integration.held.missing)} CIs from becoming missing (threshold ${count(integration.held.threshold)}). `,
        h('a', { href: `#/runs/${integration.held.runId}` }, `Review run ${integration.held.runId}`))) : null,
    definitionList([['Connector', connector.displayName], ...facts,
      ['Next run', integration.nextRunAt ? when(integration.nextRunAt) : (integration.settings?.scheduleMinutes ? 'after the current run' : 'Manual only')]]),
    h('h2', {}, 'Run history'),
    runs.length === 0 ? h('p', { class: 'empty' }, 'No run yet.') : runTable(runs, admin, feedback),
    admin ? h('div', { class: 'danger-zone' }, h('h2', {}, 'Remove'),
      h('p', {}, 'Removing the integration deletes its customers, sites, configuration items and runs.'),
      h('button', { type: 'button', class: 'danger', onclick: () => remove(integration, feedback, go) }, `Remove ${integration.name}`)) : null);
}

function displayValue(value) {
  if (value === undefined || value === null || value === '') return '—';
  return typeof value === 'boolean' ? (value ? 'yes' : 'no') : String(value);
}

function runTable(runs, admin, feedback) {
  const rows = runs.map((r) => h('tr', {},
    h('th', { scope: 'row' }, h('a', { href: `#/runs/${r.id}` }, `Run ${r.id}`)),
    h('td', {}, badge(r.status)),
    h('td', {}, r.trigger === 'scheduled' ? 'Scheduled' : 'Manual'),
    h('td', {}, when(r.startedAt ?? r.queuedAt)),
    h('td', {}, when(r.finishedAt)),
    h('td', { class: 'number' }, count(r.counts?.fetched)),
    h('td', {}, admin && (r.status === 'queued' || r.status === 'running')
      ? h('button', { type: 'button', onclick: () => cancel(r.id, feedback) }, `Cancel run ${r.id}`) : '')));
  return table('Runs of this integration, newest first',
    ['Run', 'Status', 'Trigger', 'Started', 'Finished', h('th', { scope: 'col', class: 'number' }, 'CIs fetched'), h('th', { scope: 'col' }, h('span', { class: 'visually-hidden' }, 'Actions'))],
    rows);
}

async function cancel(runId, feedback) {
  try {
    await post(`api/syncs/${runId}/cancel`);
    announce(`Run ${runId} is being cancelled.`);
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  } catch (error) {
    feedback.replaceChildren(problemBox(error));
  }
}

export async function connectNow(id, feedback, go, mode) {
  try {
    const run = await post(`api/integrations/${id}/syncs${mode ? `?mode=${mode}` : ''}`);
    go(`/runs/${run.id}`);
  } catch (error) {
    if (error.status === 409 && error.problem.runId) go(`/runs/${error.problem.runId}`);
    else feedback.replaceChildren(problemBox(error));
  }
}

async function remove(integration, feedback, go) {
  if (!window.confirm(`Remove ${integration.name} and everything it synced?`)) return;
  try {
    await del(`api/integrations/${integration.id}`);
    go('/integrations');
  } catch (error) {
    feedback.replaceChildren(problemBox(error));
  }
}
