// Integrations: each one's last run with its counts, and when it runs next.
import { get } from '../api.js';
import { h, count, when } from '../dom.js';
import { heading, badge, table } from '../ui.js';

export async function render({ admin }) {
  const integrations = await get('api/integrations');
  const add = admin ? h('a', { class: 'button primary', href: '#/integrations/new' }, 'Add integration') : null;
  if (integrations.length === 0) {
    return h('section', {}, heading('Integrations', add),
      h('p', { class: 'empty' }, admin
        ? 'No integration yet. Add one to pull customers, hardware and software from your PSA or ITSM tool.'
        : 'No integration yet. The admin adds them.'));
  }
  const rows = integrations.map((i) => h('tr', {},
    h('th', { scope: 'row' }, h('a', { href: `#/integrations/${i.id}` }, i.name)),
    h('td', {}, i.connector),
    h('td', {}, badge(i.lastSync?.status)),
    h('td', {}, lastRun(i.lastSync)),
    h('td', {}, i.nextRunAt ? when(i.nextRunAt) : (i.settings?.scheduleMinutes ? 'after the current run' : 'Manual only'))));
  return h('section', {}, heading('Integrations', add),
    table('Integrations', ['Name', 'Connector', 'Status', 'Last run', 'Next run'], rows));
}

/** "Finished 29 Nov 2026, 18:02 · 5,000 hardware · 120 software" */
export function lastRun(run) {
  if (!run) return 'Never';
  const byType = run.countsByType ?? {};
  const parts = ['hardware', 'software', 'customers']
    .filter((t) => byType[t])
    .map((t) => `${count(byType[t].fetched)} ${t}`);
  return h('span', {}, h('a', { href: `#/runs/${run.id}` }, `Run ${run.id}`), ' · ',
    run.finishedAt ? when(run.finishedAt) : when(run.startedAt ?? run.queuedAt),
    parts.length ? ` · ${parts.join(' · ')}` : '');
}
