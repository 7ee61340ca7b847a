// Webhooks (admin only): where failed runs are reported, each one's last delivery, a test, removal,
// and a form to add one. The secret is sent once and never shown again.
import { get, post, del } from '../api.js';
import { h, when, announce } from '../dom.js';
import { heading, problemBox, table } from '../ui.js';

const EVENTS = [['run.failed', 'A run failed'], ['run.warnings', 'A run succeeded with warnings'], ['run.held', 'A run was held for review']];

export async function render({ admin }) {
  if (!admin) {
    return h('section', {}, heading('Webhooks'), h('p', { class: 'empty' }, 'Only the admin sees and changes webhooks.'));
  }
  const webhooks = await get('api/webhooks');
  const feedback = h('div', { id: 'webhook-feedback' });
  const rows = webhooks.map((w) => h('tr', {},
    h('th', { scope: 'row' }, h('code', {}, w.url)),
    h('td', {}, w.events.join(', ')),
    h('td', {}, w.secret.set ? 'signed' : 'unsigned'),
    h('td', {}, w.lastDelivery ? [`${w.lastDelivery.event}: ${w.lastDelivery.status}`, ' · ', when(w.lastDelivery.lastAttemptAt ?? w.lastDelivery.createdAt)] : 'Nothing sent yet'),
    h('td', {},
      h('button', { type: 'button', onclick: () => act(() => post(`api/webhooks/${w.id}/test`), feedback, (d) => `Test sent: ${d.status}${d.lastError ? ` (${d.lastError})` : ''}.`) }, `Send test to webhook ${w.id}`),
      ' ',
      h('button', { type: 'button', class: 'danger', onclick: () => act(() => del(`api/webhooks/${w.id}`), feedback, () => 'Webhook removed.', true) }, `Remove webhook ${w.id}`))));
  return h('section', {}, heading('Webhooks'),
    h('p', {}, 'AssetBridge posts a signed JSON event to each URL when a run fails or succeeds with warnings, and retries for 24 hours. ',
      'The payload and its signature are described in docs/admin-api.md.'),
    feedback,
    webhooks.length === 0 ? h('p', { class: 'empty', id: 'no-webhooks' }, 'No webhook yet.')
      : table('Webhooks', ['URL', 'Events', 'Signature', 'Last delivery', 'Actions'], rows),
    addForm(feedback));
}

async function act(call, feedback, message, reload = false) {
  try {
    const result = await call();
    announce(message(result));
    feedback.replaceChildren(h('p', { role: 'status' }, message(result)));
    if (reload) window.dispatchEvent(new HashChangeEvent('hashchange'));
  } catch (error) {
    feedback.replaceChildren(problemBox(error));
  }
}

function addForm(feedback) {
  const url = h('input', { id: 'webhook-url', type: 'url', required: true, placeholder: 'https://hooks.example.com/assetbridge' });
  const secret = h('input', { id: 'webhook-secret', type: 'password', autocomplete: 'new-password' });
  const boxes = EVENTS.map(([value, label]) => h('label', {}, h('input', { type: 'checkbox', name: 'events', value, checked: value === 'run.failed' }), ` ${label}`));
  const form = h('form', { class: 'form', id: 'add-webhook' },
    h('h2', {}, 'Add a webhook'),
    h('div', { class: 'field' }, h('label', { for: 'webhook-url' }, 'URL'), url),
    h('div', { class: 'field' }, h('label', { for: 'webhook-secret' }, 'Secret (optional, signs each delivery)'), secret),
    h('fieldset', {}, h('legend', {}, 'Events'), boxes),
    h('button', { type: 'submit', class: 'primary' }, 'Add webhook'));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const events = boxes.map((b) => b.querySelector('input')).filter((i) => i.checked).map((i) => i.value);
    const body = { url: url.value.trim(), events };
    if (secret.value) body.secret = secret.value;
    act(() => post('api/webhooks', body), feedback, () => 'Webhook added.', true);
  });
  return form;
}
