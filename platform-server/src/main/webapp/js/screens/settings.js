// Sync settings: resource types, inactive assets, customers to include or exclude (picked by name),
// classification per asset type, schedule, retire after N syncs.
import { get, put, query } from '../api.js';
import { h, announce } from '../dom.js';
import { heading, problemBox } from '../ui.js';

export async function render({ params, admin }) {
  const [integration, settings] = await Promise.all([
    get(`api/integrations/${params.id}`), get(`api/integrations/${params.id}/settings`)]);
  const connector = await get(`api/connectors/${encodeURIComponent(integration.connector)}`);
  return new SettingsForm(integration, connector, settings, admin).element;
}

class SettingsForm {
  constructor(integration, connector, settings, admin) {
    this.integration = integration;
    this.settings = settings;
    this.names = new Map(); // customer source id → name, for the ones picked on this page
    const disabled = !admin;
    this.types = connector.resourceTypes.filter((t) => t.selectable).map((t) =>
      h('input', { type: 'checkbox', id: `type-${t.id}`, value: t.id, checked: settings.resourceTypes.includes(t.id), disabled }));
    this.inactive = h('input', { type: 'checkbox', id: 'include-inactive', checked: settings.includeInactive, disabled });
    this.include = new CustomerPicker('include', 'Only these customers (none picked = all)', settings.customers.include, integration.id, disabled);
    this.exclude = new CustomerPicker('exclude', 'Never these customers', settings.customers.exclude, integration.id, disabled);
    this.classification = h('tbody', {}, Object.entries(settings.classification ?? {}).map(([type, ciClass]) => this.classRow(type, ciClass, disabled)));
    this.manual = h('input', { type: 'checkbox', id: 'manual-only', checked: settings.scheduleMinutes === null, disabled });
    this.minutes = h('input', { id: 'schedule-minutes', inputmode: 'numeric', value: String(settings.scheduleMinutes ?? 1440), disabled, 'aria-describedby': 'schedule-minutes-help' });
    this.retire = h('input', { id: 'retire-after', inputmode: 'numeric', value: String(settings.retireAfterSyncs), disabled, 'aria-describedby': 'retire-after-help' });
    this.feedback = h('div', { id: 'settings-feedback', tabindex: '-1' });
    const form = h('form', { novalidate: true },
      this.feedback,
      h('fieldset', {}, h('legend', {}, 'What to sync'),
        connector.resourceTypes.filter((t) => t.selectable).map((t, i) =>
          h('div', { class: 'field checkbox' }, this.types[i], h('label', { for: `type-${t.id}` }, t.label))),
        h('div', { class: 'field checkbox' }, this.inactive, h('label', { for: 'include-inactive' }, 'Include inactive assets (stored with status inactive)'))),
      h('fieldset', {}, h('legend', {}, 'Customers'), this.include.element, this.exclude.element),
      h('fieldset', {}, h('legend', {}, 'Classification per asset type'),
        h('p', { class: 'help' }, 'An asset type not listed keeps the class its connector gives it.'),
        h('table', {}, h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Asset type id'), h('th', { scope: 'col' }, 'Class'), h('th', { scope: 'col' }, h('span', { class: 'visually-hidden' }, 'Actions')))), this.classification),
        admin ? h('button', { type: 'button', onclick: () => this.classification.append(this.classRow('', 'hardware', false)) }, 'Add asset type') : null),
      h('fieldset', {}, h('legend', {}, 'Schedule'),
        h('div', { class: 'field checkbox' }, this.manual, h('label', { for: 'manual-only' }, 'Manual only (no schedule)')),
        h('div', { class: 'field' }, h('label', { for: 'schedule-minutes' }, 'Every N minutes'), this.minutes,
          h('p', { class: 'help', id: 'schedule-minutes-help' }, '15 to 10,080 (a week); 1,440 is daily.')),
        h('div', { class: 'field' }, h('label', { for: 'retire-after' }, 'Retire missing CIs after N syncs'), this.retire,
          h('p', { class: 'help', id: 'retire-after-help' }, '1 to 100 complete syncs without the CI.'))),
      admin ? h('div', { class: 'buttons' }, h('button', { type: 'submit', class: 'primary', id: 'save-settings' }, 'Save')) : null);
    form.addEventListener('submit', (event) => { event.preventDefault(); this.save(); });
    this.element = h('section', {}, heading(`Sync settings: ${integration.name}`,
      h('a', { class: 'button', href: `#/integrations/${integration.id}` }, 'Back to the integration')), form);
  }

  classRow(type, ciClass, disabled) {
    const n = Math.random().toString(36).slice(2, 8);
    const row = h('tr', {},
      h('td', {}, h('input', { 'aria-label': 'Asset type id', id: `class-type-${n}`, value: type, disabled })),
      h('td', {}, h('select', { 'aria-label': 'Class', disabled },
        h('option', { value: 'hardware', selected: ciClass === 'hardware' }, 'hardware'),
        h('option', { value: 'software', selected: ciClass === 'software' }, 'software'))),
      h('td', {}, disabled ? '' : h('button', { type: 'button', onclick: () => row.remove() }, 'Remove')));
    return row;
  }

  body() {
    const classification = {};
    for (const row of this.classification.querySelectorAll('tr')) {
      const type = row.querySelector('input').value.trim();
      if (type) classification[type] = row.querySelector('select').value;
    }
    const number = (input) => (/^\d+$/.test(input.value.trim()) ? Number(input.value.trim()) : input.value.trim());
    return {
      resourceTypes: this.types.filter((t) => t.checked).map((t) => t.value),
      includeInactive: this.inactive.checked,
      customers: { include: this.include.ids(), exclude: this.exclude.ids() },
      classification,
      retireAfterSyncs: number(this.retire),
      scheduleMinutes: this.manual.checked ? null : number(this.minutes),
    };
  }

  async save() {
    try {
      this.settings = await put(`api/integrations/${this.integration.id}/settings`, this.body());
      this.feedback.replaceChildren(h('p', { class: 'notice' }, 'Saved. The next run uses these settings.'));
      announce('Settings saved.');
    } catch (error) {
      const list = (error.problem.errors ?? []).map((e) => h('li', {}, `${e.field}: ${e.message}`));
      this.feedback.replaceChildren(problemBox(error), list.length ? h('ul', { class: 'problem' }, list) : null);
    }
    this.feedback.focus();
  }
}

/** Customers picked by name: type part of a name, choose from the matches (one page, never the whole list). */
class CustomerPicker {
  constructor(kind, label, ids, integrationId, disabled) {
    this.picked = new Map(ids.map((id) => [id, null]));
    this.chips = h('ul', { class: 'chips', 'aria-label': label });
    const search = h('input', { id: `${kind}-search`, type: 'search', disabled, autocomplete: 'off', 'aria-describedby': `${kind}-matches` });
    const matches = h('ul', { class: 'matches', id: `${kind}-matches`, 'aria-live': 'polite' });
    let pending;
    search.addEventListener('input', () => {
      clearTimeout(pending);
      pending = setTimeout(async () => {
        if (!search.value.trim()) { matches.replaceChildren(); return; }
        const page = await get(`api/customers${query({ integration: integrationId, q: search.value.trim(), size: 10 })}`);
        const items = Array.isArray(page) ? page.slice(0, 10) : page.items;
        matches.replaceChildren(...items.map((c) => h('li', {}, h('button', { type: 'button', onclick: () => { this.add(c.sourceId, c.name, disabled); search.value = ''; matches.replaceChildren(); search.focus(); } }, `Add ${c.name}`))));
      }, 250);
    });
    this.element = h('div', { class: 'field' }, h('label', { for: `${kind}-search` }, label), search, matches, this.chips);
    for (const id of ids) this.renderChip(id, null, disabled);
  }

  add(id, name, disabled) {
    if (this.picked.has(id)) return;
    this.picked.set(id, name);
    this.renderChip(id, name, disabled);
  }

  renderChip(id, name, disabled) {
    const chip = h('li', {}, name ? `${name} (${id})` : `Customer ${id}`,
      disabled ? null : h('button', { type: 'button', class: 'link', 'aria-label': `Remove ${name ?? id}`, onclick: () => { this.picked.delete(id); chip.remove(); } }, '×'));
    this.chips.append(chip);
  }

  ids() {
    return [...this.picked.keys()];
  }
}
