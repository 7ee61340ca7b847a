// Add or edit an integration. The form is generated from the connector's descriptor (labels, help,
// required marks, defaults, secret fields), so a plugin gets its page without console code.
import { ApiError, get, post, put } from '../api.js';
import { h, announce } from '../dom.js';
import { heading, problemBox } from '../ui.js';

export async function render({ params, admin, go }) {
  if (!admin) {
    return h('section', {}, heading('Add integration'), h('p', {}, 'Only the admin can add or change integrations.'));
  }
  if (!params.id && !params.connector) return chooseConnector(await get('api/connectors'));
  const existing = params.id ? await get(`api/integrations/${params.id}`) : null;
  const connector = await get(`api/connectors/${encodeURIComponent(existing?.connector ?? params.connector)}`);
  return new IntegrationForm(connector, existing, go).element;
}

function chooseConnector(connectors) {
  return h('section', {}, heading('Add integration'),
    h('p', {}, 'Choose what to connect to.'),
    h('ul', { class: 'cards' }, connectors.map((c) => h('li', {},
      h('a', { class: 'card', href: `#/integrations/new/${encodeURIComponent(c.type)}` },
        h('strong', {}, c.displayName), h('span', {}, `version ${c.version}`))))));
}

class IntegrationForm {
  constructor(connector, existing, go) {
    this.connector = connector;
    this.id = existing?.id ?? null;
    this.go = go;
    this.fields = new Map(); // name → {input, error, property}
    this.summary = h('div', { id: 'form-problems', tabindex: '-1' });
    this.checks = h('div', { id: 'checks', 'aria-live': 'polite' });
    const nameField = this.textField({ name: 'name', label: 'Name', required: true,
      description: 'How this integration is called in AssetBridge, for example "Acme Halo".' }, existing?.name ?? '');
    const propertyFields = connector.properties.map((p) => this.propertyField(p, existing));
    const buttons = h('div', { class: 'buttons' },
      h('button', { type: 'button', id: 'test-connection', onclick: () => this.submit('test') }, 'Test connection'),
      h('button', { type: 'submit', id: 'save', class: 'secondary' }, 'Save'),
      h('button', { type: 'button', id: 'connect-now', class: 'primary', onclick: () => this.submit('connect') }, 'Connect now'));
    this.form = h('form', { novalidate: true, 'aria-labelledby': 'form-title' },
      h('p', { class: 'hint' }, 'Fields marked ', h('span', { class: 'required-mark', 'aria-hidden': 'true' }, '*'), ' are required.'),
      this.summary, nameField, propertyFields, buttons, this.checks);
    this.form.addEventListener('submit', (event) => { event.preventDefault(); this.submit('save'); });
    const title = existing ? `Edit ${existing.name}` : `Add integration: ${connector.displayName}`;
    this.element = h('section', {}, h('div', { class: 'heading' }, h('h1', { id: 'form-title', tabindex: '-1' }, title)), this.form);
  }

  propertyField(property, existing) {
    if (property.type === 'boolean') {
      const value = existing?.config?.[property.name] ?? property.defaultValue ?? false;
      const id = `field-${property.name}`;
      const input = h('input', { type: 'checkbox', id, name: property.name, checked: Boolean(value),
        'aria-describedby': `${id}-help ${id}-error` });
      const error = h('p', { class: 'field-error', id: `${id}-error` });
      this.fields.set(property.name, { input, error, property });
      return h('div', { class: 'field checkbox' }, input, h('label', { for: id }, property.label),
        h('p', { class: 'help', id: `${id}-help` }, property.description), error);
    }
    if (property.secret && existing?.secrets?.[property.name]?.set) return this.setSecretField(property);
    const value = existing?.config?.[property.name] ?? property.defaultValue ?? '';
    return this.textField(property, value);
  }

  textField(property, value) {
    const id = `field-${property.name}`;
    const input = h('input', {
      id, name: property.name, value: String(value),
      type: property.secret ? 'password' : (property.type === 'url' ? 'url' : 'text'),
      inputmode: property.type === 'number' ? 'numeric' : null,
      autocomplete: property.secret ? 'new-password' : 'off',
      spellcheck: 'false',
      'aria-required': property.required ? 'true' : null,
      'aria-describedby': `${id}-help ${id}-error`,
    });
    const error = h('p', { class: 'field-error', id: `${id}-error` });
    this.fields.set(property.name, { input, error, property });
    return h('div', { class: 'field' },
      h('label', { for: id }, property.label,
        property.required ? h('span', { class: 'required-mark' }, ' *', h('span', { class: 'visually-hidden' }, ' (required)')) : null),
      input,
      h('p', { class: 'help', id: `${id}-help` }, property.description ?? ''),
      error);
  }

  /** A stored secret is never shown: "set — replace?" until the admin chooses to type a new one. */
  setSecretField(property) {
    const holder = h('div', { class: 'field' });
    const replace = h('button', { type: 'button', class: 'link', id: `replace-${property.name}` }, 'replace?');
    holder.append(h('span', { class: 'label' }, property.label),
      h('p', { class: 'secret-set' }, 'set — ', replace),
      h('p', { class: 'help' }, property.description ?? ''));
    this.fields.set(property.name, { input: null, error: h('p', { class: 'field-error' }), property, keep: true });
    replace.addEventListener('click', () => {
      const field = this.textField(property, '');
      holder.replaceWith(field);
      this.fields.get(property.name).input.focus();
    });
    return holder;
  }

  values() {
    const config = {};
    for (const [name, { input, property, keep }] of this.fields) {
      if (name === 'name' || keep) continue;
      if (property.type === 'boolean') {
        config[name] = input.checked;
      } else if (input.value.trim() !== '') {
        const text = input.value.trim();
        config[name] = property.type === 'number' && /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : text;
      }
    }
    return { name: this.fields.get('name').input.value.trim(), connector: this.connector.type, config };
  }

  async submit(action) {
    this.clearErrors();
    const body = this.values();
    const buttons = this.form.querySelectorAll('button');
    buttons.forEach((b) => { b.disabled = true; });
    try {
      if (!(await this.validate(body))) return;
      const saved = this.id ? await put(`api/integrations/${this.id}`, body) : await post('api/integrations', body);
      this.id = saved.id;
      history.replaceState(null, '', `#/integrations/${saved.id}/edit`);
      if (action === 'save') {
        this.go(`/integrations/${saved.id}`);
      } else if (action === 'test') {
        await this.test();
      } else {
        await this.connectNow();
      }
    } catch (error) {
      this.showProblem(error);
    } finally {
      buttons.forEach((b) => { b.disabled = false; });
    }
  }

  /** Every static problem at once, each next to its field, before anything is stored. */
  async validate(body) {
    const errors = new Map();
    if (!body.name) errors.set('name', ['Enter a name for this integration.']);
    const result = await put(`api/connectors/${encodeURIComponent(this.connector.type)}/validate`, body.config);
    for (const e of result.errors ?? []) {
      const field = e.field.replace(/^config\./, '');
      if (this.fields.get(field)?.keep) continue; // a stored secret is not sent back, and stays valid
      errors.set(field, [...(errors.get(field) ?? []), e.message]);
    }
    this.showErrors(errors);
    return errors.size === 0;
  }

  async test() {
    this.checks.replaceChildren(h('p', {}, 'Testing the connection…'));
    const result = await post(`api/integrations/${this.id}/test`);
    this.checks.replaceChildren(
      h('h2', {}, result.ok ? 'Connection works' : 'Connection failed'),
      h('ul', { class: 'checks' }, result.checks.map((c) => h('li', { class: c.ok ? 'ok' : 'failed' },
        h('span', { class: 'mark', 'aria-hidden': 'true' }, c.ok ? '✓' : '✗'),
        h('strong', {}, `${c.name}: ${c.ok ? 'passed' : 'failed'}`), ' ', c.message ?? ''))));
    announce(result.ok ? 'Connection works: every check passed.' : 'Connection failed; see each check.');
  }

  async connectNow() {
    try {
      const run = await post(`api/integrations/${this.id}/syncs`);
      this.go(`/runs/${run.id}`);
    } catch (error) {
      if (error.status === 409 && error.problem.runId) this.go(`/runs/${error.problem.runId}`);
      else throw error;
    }
  }

  showProblem(error) {
    if (error instanceof ApiError && error.status === 409 && !this.id) {
      this.showErrors(new Map([['name', [error.message]]]));
      return;
    }
    const byField = new Map();
    for (const [field, messages] of error.fieldErrors?.() ?? []) byField.set(field.replace(/^config\./, ''), messages);
    if (byField.size > 0) this.showErrors(byField);
    else this.summary.replaceChildren(problemBox(error));
  }

  showErrors(errors) {
    const unplaced = [];
    for (const [field, messages] of errors) {
      const target = this.fields.get(field);
      if (!target || !target.input) {
        unplaced.push(...messages.map((m) => `${field}: ${m}`));
        continue;
      }
      target.error.textContent = messages.join(' ');
      target.input.setAttribute('aria-invalid', 'true');
    }
    if (errors.size === 0) return;
    this.summary.replaceChildren(h('div', { class: 'problem', role: 'alert' },
      h('p', {}, errors.size === 1 ? 'One field needs a change:' : `${errors.size} fields need a change:`),
      h('ul', {}, [...errors.keys()].map((field) => h('li', {}, this.fields.get(field)?.property.label ?? field))),
      unplaced.length ? h('p', {}, unplaced.join(' ')) : null));
    const first = [...errors.keys()].map((f) => this.fields.get(f)?.input).find(Boolean);
    (first ?? this.summary).focus();
  }

  clearErrors() {
    this.summary.replaceChildren();
    for (const { input, error } of this.fields.values()) {
      error.textContent = '';
      input?.removeAttribute('aria-invalid');
    }
  }
}
