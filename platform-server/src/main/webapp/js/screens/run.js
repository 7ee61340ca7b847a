// One run, updating without a reload: progress, percentage, time left and what it waits for; when it
// ends, counts per type, every failure and warning in words, a hold of the mass-missing guard (with
// release for an admin) and a preview's samples.
import { get, post } from '../api.js';
import { h, count, when, duration, announce } from '../dom.js';
import { heading, badge, table, definitionList, problemBox, changeList } from '../ui.js';

const POLL_MS = 1000;
const FINISHED = new Set(['succeeded', 'failed', 'cancelled']);
const COLUMNS = ['fetched', 'created', 'updated', 'unchanged', 'skipped', 'failed', 'missing', 'retired', 'excluded'];

const WAITING = {
  'rate-budget': 'Waiting for the connector\'s request budget (the pacing you configured for this instance)',
  'rate-limited': 'The source answered "too many requests"; waiting as it asked',
  retry: 'A request failed for a passing reason; waiting before trying again',
};

const FAILURE_HELP = {
  configuration: 'Check the integration\'s settings (URLs, tenant).',
  authentication: 'Check the client ID and secret, then test the connection.',
  permission: 'Grant the API application the permission named above in the source system.',
  rate_limited: 'The source kept refusing requests; lower the request budget or try later.',
  transient: 'The source or the network failed for a while; the next run usually succeeds.',
  data: 'The source sent data AssetBridge could not read.',
  interrupted: 'The server stopped during the run; start it again.',
  internal: 'AssetBridge failed; the server log has the details.',
};

export async function render({ params, admin, onLeave }) {
  const screen = new RunScreen(params.id, admin);
  await screen.refresh();
  onLeave(() => screen.stop());
  return screen.element;
}

class RunScreen {
  constructor(id, admin) {
    this.id = id;
    this.admin = admin;
    this.body = h('div', { id: 'run' });
    this.feedback = h('div', { 'aria-live': 'polite' });
    this.element = h('section', {}, heading(`Run ${id}`), this.feedback, this.body);
    this.timer = null;
    this.stopped = false;
    this.lastStatus = null;
  }

  async refresh() {
    const run = await get(`api/syncs/${this.id}`);
    if (!this.integration) this.integration = await get(`api/integrations/${run.integrationId}`);
    if (FINISHED.has(run.status) && run.mode !== 'preview') this.changes = await get(`api/syncs/${this.id}/changes?size=50`);
    if (this.stopped) return;
    this.body.replaceChildren(...this.view(run));
    if (this.lastStatus && this.lastStatus !== run.status) announce(`Run ${run.id}: ${run.status}.`);
    this.lastStatus = run.status;
    if (!FINISHED.has(run.status)) {
      this.timer = setTimeout(() => this.refresh().catch((e) => this.feedback.replaceChildren(problemBox(e))), POLL_MS);
    }
  }

  stop() {
    this.stopped = true;
    clearTimeout(this.timer);
  }

  view(run) {
    const parts = [
      definitionList([
        ['Integration', h('a', { href: `#/integrations/${run.integrationId}` }, this.integration.name)],
        ['Status', badge(run.status)],
        ['Trigger', run.trigger === 'scheduled' ? 'Scheduled' : 'Manual'],
        ['Mode', run.mode ?? 'full'],
        ['Queued', when(run.queuedAt)], ['Started', when(run.startedAt)], ['Finished', when(run.finishedAt)],
        ['Requests', count(run.requests)],
      ]),
    ];
    if (!FINISHED.has(run.status)) parts.push(this.progress(run));
    if (this.admin && !FINISHED.has(run.status)) {
      parts.push(h('button', { type: 'button', id: 'cancel-run', onclick: () => this.cancel() }, 'Cancel run'));
    }
    if (run.failure) {
      parts.push(h('div', { class: 'problem', role: 'alert', id: 'run-failure' },
        h('h2', {}, 'Why it failed'), h('p', {}, run.failure.message), h('p', {}, FAILURE_HELP[run.failure.kind] ?? '')));
    }
    if (run.held) parts.push(this.held(run.held));
    if (run.preview) parts.push(...this.preview(run.preview));
    if ((run.warnings ?? []).length) {
      parts.push(h('h2', {}, 'Warnings'), h('ul', { class: 'warnings', id: 'run-warnings' },
        run.warnings.map((w) => h('li', {}, w.resourceType ? `${w.resourceType}: ` : '', w.message))));
    }
    if (run.countsByType) parts.push(h('h2', {}, 'Counts per type'), this.counts(run));
    if (this.changes) parts.push(h('h2', {}, 'What this run changed'), changeList(this.changes, true));
    return parts;
  }

  held(held) {
    const released = Boolean(held.releasedAt);
    return h('div', { class: released ? 'held' : 'problem', id: 'run-held' },
      h('h2', {}, released ? 'Missing CIs held back, then released' : 'Missing CIs held back'),
      h('p', {}, `${count(held.missing)} CIs would have become missing, more than the threshold of ${count(held.threshold)}; `
        + (released ? `${held.releasedBy} released the hold ` : 'nothing was marked. Check the source (a lost permission, a changed filter) before releasing.'),
      released ? when(held.releasedAt) : null),
      h('p', {}, 'By type: ', Object.entries(held.byType ?? {}).map(([t, n]) => `${t} ${count(n)}`).join(', ')),
      (held.sample ?? []).length ? h('ul', { class: 'sample' }, held.sample.map((c) =>
        h('li', {}, h('a', { href: `#/cis/${c.id}` }, c.name || c.sourceId), ` (${c.resourceType} ${c.sourceId})`))) : null,
      this.admin && !released
        ? h('button', { type: 'button', id: 'release-missing', onclick: () => this.release() }, 'Release: mark them missing') : null);
  }

  preview(preview) {
    const section = (title, items, withFields) => [h('h3', {}, title),
      items.length === 0 ? h('p', { class: 'empty' }, 'None.') : h('ul', { class: 'sample' }, items.map((c) =>
        h('li', {}, `${c.name ?? ''} (${c.sourceId})`, withFields && c.fields?.length
          ? h('ul', {}, c.fields.map((f) => h('li', {}, `${f.field}: ${f.old ?? '—'} → ${f.new ?? '—'}`))) : null)))];
    return [h('h2', {}, 'Preview: what a sync would do'),
      h('p', {}, 'Nothing was written. The counts below are what the sync would produce; samples of up to 20 CIs each:'),
      h('div', { id: 'run-preview' },
        section('Would create', preview.created ?? [], false),
        section('Would update', preview.updated ?? [], true),
        section('Would mark missing', preview.missing ?? [], false))];
  }

  progress(run) {
    const p = run.progress ?? {};
    const percent = p.percent ?? null;
    const words = [];
    if (p.resourceType) words.push(`Reading ${p.resourceType}`);
    words.push(`${count(p.pages)} pages`, p.total != null ? `${count(p.records)} of ${count(p.total)} records` : `${count(p.records)} records`);
    const eta = duration(p.etaSeconds);
    if (eta) words.push(`about ${eta} left`);
    const waiting = run.waitingFor || run.waitingUntil
      ? h('p', { class: 'waiting', id: 'run-waiting' },
        WAITING[run.waitingFor] ?? 'Waiting', run.waitingUntil ? [' until ', when(run.waitingUntil)] : '', '. ', run.waitingMessage ?? '')
      : null;
    return h('div', { class: 'progress' },
      h('label', { for: 'run-progress' }, 'Progress'),
      percent === null
        ? h('progress', { id: 'run-progress' })
        : h('progress', { id: 'run-progress', max: 100, value: percent }),
      h('p', {}, h('strong', { id: 'run-percent' }, percent === null ? (run.status === 'queued' ? 'Queued' : 'Working') : `${Math.floor(percent)} %`),
        ' — ', h('span', { id: 'run-detail' }, words.join(', '))),
      waiting);
  }

  counts(run) {
    const rows = Object.entries(run.countsByType).map(([type, c]) => h('tr', {},
      h('th', { scope: 'row' }, type), COLUMNS.map((k) => h('td', { class: 'number' }, count(c[k] ?? 0)))));
    return table('Counts per resource type', [h('th', { scope: 'col' }, 'Type'), ...COLUMNS.map((k) => h('th', { scope: 'col', class: 'number' }, k))], rows);
  }

  async cancel() {
    try {
      await post(`api/syncs/${this.id}/cancel`);
      announce('Cancelling the run.');
    } catch (error) {
      this.feedback.replaceChildren(problemBox(error));
    }
  }

  async release() {
    try {
      await post(`api/syncs/${this.id}/release-missing`);
      await this.refresh();
    } catch (error) {
      this.feedback.replaceChildren(problemBox(error));
    }
  }
}
