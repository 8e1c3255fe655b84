// The finance console: plain JavaScript against the product's own API (no CDN, no build step).
// The token lives in this tab's sessionStorage only; every call sends it as a Bearer token.
// Routes: #/ (jobs), #/runs/{id} (one run, survives a reload), #/history, #/compare/{a}/{b}.
(function () {
  'use strict';

  const $ = (id) => document.getElementById(id);
  const FINISHED = ['COMPLETED', 'FAILED', 'STOPPED'];
  const state = {
    token: sessionStorage.getItem('pos.token'),
    me: null,
    business: null,
    jobs: [],
    locations: new Map(),
    polling: null,
    starting: false,
    selected: []
  };

  // Parameters in words; what is not listed here shows its description as its label.
  const LABELS = {
    period_start: 'From', period_end: 'To', date_from: 'From', date_to: 'To',
    dry_run: 'Only list them, change nothing', location_id: 'Location',
    admin_email: 'Administrator e-mail', admin_password: 'Administrator password',
    owners: 'Businesses to create', max_warehouses: 'Warehouses each',
    max_storefronts: 'Storefronts each', sales: 'Sales per storefront', seed: 'Random seed'
  };
  const TITLES = {
    'trial-balance': 'Trial balance', 'sales-report': 'Sales report',
    'inventory-valuation': 'Inventory valuation', 'integrity-check': 'Integrity check',
    'release-expired-reservations': 'Release expired reservations',
    'init-system': 'Initialise the platform', 'seed-demo-data': 'Seed demo data'
  };
  const RANGES = { 'trial-balance': ['period_start', 'period_end'], 'sales-report': ['date_from', 'date_to'] };
  // jobs that change data ask first (a dry run of the release does not)
  const CHANGES = {
    'release-expired-reservations': (p) => p.dry_run !== true,
    'init-system': () => true,
    'seed-demo-data': () => true
  };
  const title = (name) => TITLES[name] || name;

  // ---- the API ----------------------------------------------------------------------------

  async function api(method, path, body) {
    const response = await fetch('/' + path, {
      method,
      headers: Object.assign(
        { Accept: 'application/json' },
        body === undefined ? {} : { 'Content-Type': 'application/json' },
        state.token ? { Authorization: 'Bearer ' + state.token } : {}),
      body: body === undefined ? undefined : JSON.stringify(body)
    });
    const text = await response.text();
    let data = null;
    try { data = text ? JSON.parse(text) : null; } catch (e) { data = null; }
    if (response.status === 401 && state.token) {
      signOut('Your session has ended (expired or signed out elsewhere). Please sign in again.');
    }
    if (!response.ok) {
      const error = new Error((data && (data.detail || data.title)) || response.statusText);
      error.problem = data;
      error.status = response.status;
      throw error;
    }
    return data;
  }

  function el(tag, attributes, ...children) {
    const node = document.createElement(tag);
    Object.entries(attributes || {}).forEach(([k, v]) => {
      if (v === undefined || v === null || v === false) return;
      if (k === 'class') node.className = v;
      else if (k.startsWith('data-') || k.startsWith('aria-') || ['role', 'for', 'scope', 'tabindex', 'novalidate', 'inputmode'].includes(k)) node.setAttribute(k, v);
      else node[k] = v;
    });
    children.flat().forEach((c) => {
      if (c !== null && c !== undefined) node.append(c instanceof Node ? c : document.createTextNode(String(c)));
    });
    return node;
  }

  function announce(text) {
    $('announce').textContent = '';
    // a fresh text node is announced even when the words repeat
    setTimeout(() => { $('announce').textContent = text; }, 50);
  }

  // ---- formatting: the business's currency and time zone -----------------------------------

  function money(value) {
    if (value === null || value === undefined || value === '') return '';
    const currency = (state.business && state.business.currency) || 'USD';
    return new Intl.NumberFormat('en-US', { style: 'currency', currency }).format(Number(value));
  }

  function number(value) {
    return new Intl.NumberFormat('en-US', { maximumFractionDigits: 3 }).format(Number(value));
  }

  function zone() {
    return (state.business && state.business.time_zone) || 'UTC';
  }

  function when(instant) {
    if (!instant) return '';
    return new Intl.DateTimeFormat('en-GB', {
      timeZone: zone(), day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit'
    }).format(new Date(instant));
  }

  function day(iso) {
    if (!iso) return '';
    const [y, m, d] = iso.split('-').map(Number);
    return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' })
      .format(new Date(Date.UTC(y, m - 1, d)));
  }

  function duration(run) {
    if (!run.started_at) return '';
    const end = run.ended_at ? new Date(run.ended_at) : new Date();
    const seconds = Math.max(0, Math.round((end - new Date(run.started_at)) / 1000));
    return seconds < 60 ? seconds + ' s' : Math.floor(seconds / 60) + ' min ' + (seconds % 60) + ' s';
  }

  function period(run) {
    return run.period_start ? day(run.period_start) + ' – ' + day(run.period_end) : '';
  }

  function words(run) {
    const parts = [];
    if (run.period_start) parts.push(period(run));
    Object.entries(run.parameters || {}).forEach(([k, v]) => {
      if ((RANGES[run.job_name] || []).includes(k)) return;
      if (k === 'location_id') parts.push('Location: ' + (state.locations.get(v) || v));
      else if (k === 'dry_run') parts.push(v === 'true' ? 'dry run' : 'for real');
      else parts.push((LABELS[k] || k) + ': ' + v);
    });
    return parts.join(' · ') || 'no parameters';
  }

  function statusWords(status) {
    return { STARTING: 'Starting', STARTED: 'Running', COMPLETED: 'Completed', FAILED: 'Failed', STOPPED: 'Stopped' }[status] || status;
  }

  // ---- dates in the form: YYYY-MM-DD, checked before anything is sent ----------------------

  const iso = (d) => d.getUTCFullYear() + '-' + String(d.getUTCMonth() + 1).padStart(2, '0') + '-' + String(d.getUTCDate()).padStart(2, '0');
  const todayUtc = () => { const n = new Date(); return new Date(Date.UTC(n.getUTCFullYear(), n.getUTCMonth(), n.getUTCDate())); };

  function presets() {
    const t = todayUtc();
    const y = t.getUTCFullYear();
    const m = t.getUTCMonth();
    return [
      ['this-month', 'This month', new Date(Date.UTC(y, m, 1)), t],
      ['last-month', 'Last month', new Date(Date.UTC(y, m - 1, 1)), new Date(Date.UTC(y, m, 0))],
      ['last-30-days', 'Last 30 days', new Date(t.getTime() - 29 * 86400000), t],
      ['year-to-date', 'Year to date', new Date(Date.UTC(y, 0, 1)), t]
    ];
  }

  function dateProblem(value) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return 'Enter a date as YYYY-MM-DD, e.g. 2026-11-30';
    const [y, m, d] = value.split('-').map(Number);
    const date = new Date(Date.UTC(y, m - 1, d));
    if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return 'There is no such day';
    return null;
  }

  function fieldError(input, message) {
    const slot = $(input.id + '-error');
    input.setAttribute('aria-invalid', message ? 'true' : 'false');
    if (slot) slot.textContent = message || '';
  }

  // ---- signing in and out ------------------------------------------------------------------

  async function signIn(event) {
    event.preventDefault();
    $('sign-in-error').textContent = '';
    $('sign-in-message').textContent = '';
    try {
      const answer = await api('POST', 'accounts/api/auth/login/', { email: $('email').value, password: $('password').value });
      state.token = answer.token;
      sessionStorage.setItem('pos.token', answer.token);
      $('password').value = '';
      await enter();
    } catch (e) {
      $('sign-in-error').textContent = e.message;
    }
  }

  // Sign out revokes the token on the server first (so a copy of it is refused from then on),
  // then forgets it here; a failed call (network, an already refused token) still signs out.
  async function signOutEverywhere() {
    if (state.token) {
      try {
        await fetch('/accounts/api/auth/logout/', {
          method: 'POST', headers: { Accept: 'application/json', Authorization: 'Bearer ' + state.token }
        });
      } catch (e) {
        // offline: the token still expires on its own
      }
    }
    signOut('You have signed out. Your session was ended on the server.');
  }

  function signOut(message) {
    state.token = null;
    state.me = null;
    state.products = null;
    sessionStorage.removeItem('pos.token');
    clearInterval(state.polling);
    ['run-panel', 'jobs-panel', 'platform-panel', 'history-panel', 'compare-panel', 'statements-panel', 'nav', 'sign-out'].forEach((id) => { $(id).hidden = true; });
    $('sign-in-panel').hidden = false;
    $('sign-in-form').reset();
    $('who').textContent = '';
    $('business').textContent = '';
    $('jobs').replaceChildren();
    $('platform-jobs').replaceChildren();
    $('sign-in-message').textContent = message || '';
    if (message) announce(message);
    $('email').focus();
  }

  async function enter() {
    const me = await api('GET', 'accounts/api/users/me/');
    state.me = me;
    // a refused session stops here (api() has signed out): the console must not reopen behind it
    try { state.business = await api('GET', 'accounts/api/business/'); } catch (e) { if (e.status === 401) throw e; state.business = null; }
    const name = [me.first_name, me.last_name].filter(Boolean).join(' ') || me.email;
    $('who').textContent = name + ' · ' + (me.is_superuser ? 'platform owner' : me.role.toLowerCase());
    $('business').textContent = state.business ? '· ' + state.business.name : '';
    $('sign-out').hidden = false;
    $('nav').hidden = false;
    $('sign-in-panel').hidden = true;
    $('sign-in-message').textContent = '';
    await loadLocations();
    const jobs = await api('GET', 'admin/api/jobs/');
    state.jobs = jobs.results;
    renderJobs();
    await route();
  }

  async function loadLocations() {
    state.locations = new Map();
    for (const kind of ['warehouses', 'storefronts']) {
      try {
        const page = await api('GET', 'inventory/api/' + kind + '/?page_size=200');
        page.results.forEach((l) => state.locations.set(l.id, l.name + (kind === 'warehouses' ? ' (warehouse)' : ' (storefront)')));
      } catch (e) {
        if (e.status === 401) throw e;
        // a role without stock access still runs the other jobs
      }
    }
  }

  // ---- the jobs -------------------------------------------------------------------------------

  function renderJobs() {
    const business = state.jobs.filter((j) => j.scope !== 'PLATFORM');
    const platform = state.jobs.filter((j) => j.scope === 'PLATFORM');
    $('jobs').replaceChildren(...business.map(jobCard));
    $('platform-jobs').replaceChildren(...platform.map(jobCard));
    const mayRunAny = business.some((j) => j.may_run);
    $('jobs-note').textContent = mayRunAny ? '' : 'You can read results and the history; only an administrator of the business runs its jobs.';
  }

  function jobCard(job) {
    const id = (p) => 'p-' + job.name + '-' + p.name;
    const range = RANGES[job.name];
    const defaults = range ? defaultRange(job.name) : {};
    const fields = job.parameters.map((p) => {
      const label = LABELS[p.name] || p.description || p.name;
      const hint = p.description && LABELS[p.name] ? p.description : '';
      let input;
      if (p.name === 'location_id') {
        input = el('select', { id: id(p), name: p.name },
          el('option', { value: '' }, 'All locations'),
          [...state.locations.entries()].map(([value, name]) => el('option', { value }, name)));
      } else if (p.type === 'boolean') {
        input = el('input', { id: id(p), name: p.name, type: 'checkbox', checked: p.default_value === 'true' });
      } else {
        const type = { integer: 'number', email: 'email', password: 'password' }[p.type] || 'text';
        input = el('input', {
          id: id(p), name: p.name, type, autocomplete: type === 'password' ? 'new-password' : 'off',
          placeholder: p.type === 'date' ? 'YYYY-MM-DD' : undefined,
          inputmode: p.type === 'date' ? 'numeric' : undefined,
          'aria-describedby': id(p) + '-error' + (hint ? ' ' + id(p) + '-hint' : '')
        });
        input.value = defaults[p.name] || p.default_value || '';
      }
      input.dataset.type = p.type;
      return el('div', { class: 'field' },
        el('label', { for: id(p) }, label),
        input,
        hint ? el('span', { class: 'hint', id: id(p) + '-hint' }, hint) : null,
        el('span', { class: 'field-error', id: id(p) + '-error' }));
    });
    const form = el('form', { class: 'params', novalidate: true, 'data-job': job.name });
    if (range) {
      form.append(el('div', { class: 'presets', role: 'group', 'aria-label': 'Period presets for ' + title(job.name) },
        presets().map(([key, text, from, to]) => {
          const button = el('button', { type: 'button', 'data-preset': key }, text);
          button.addEventListener('click', () => {
            form.elements[range[0]].value = iso(from);
            form.elements[range[1]].value = iso(to);
            range.forEach((n) => fieldError(form.elements[n], null));
            announce(title(job.name) + ': ' + text.toLowerCase() + ', ' + day(iso(from)) + ' to ' + day(iso(to)));
          });
          return button;
        })));
    }
    fields.forEach((f) => form.append(f));
    const why = job.may_run ? null
      : job.scope === 'PLATFORM' ? 'Only the platform owner runs this job.' : 'Only an administrator of the business runs this job.';
    const run = el('button', {
      class: 'run', type: 'submit', disabled: !job.may_run,
      'aria-describedby': why ? 'why-' + job.name : undefined
    }, 'Run ' + title(job.name).charAt(0).toLowerCase() + title(job.name).slice(1));
    form.append(el('div', { class: 'actions' }, run, why ? el('span', { class: 'why', id: 'why-' + job.name }, why) : null));
    form.addEventListener('submit', (e) => { e.preventDefault(); start(job, form, run); });
    return el('div', { class: 'job', 'data-job': job.name },
      el('h3', {}, title(job.name)),
      el('p', {}, job.description),
      form,
      el('div', { class: 'recent', id: 'recent-' + job.name }, recent(job)));
  }

  function defaultRange(name) {
    const t = todayUtc();
    if (name === 'trial-balance') return { period_start: iso(new Date(Date.UTC(t.getUTCFullYear(), t.getUTCMonth(), 1))), period_end: iso(t) };
    return { date_from: iso(new Date(t.getTime() - 6 * 86400000)), date_to: iso(t) };
  }

  function recent(job) {
    if (!job.recent_executions.length) return 'Not run yet';
    return ['Recent: ', ...job.recent_executions.slice(0, 3).map((r, i) => [i ? ' · ' : '',
      el('a', { href: '#/runs/' + r.id }, statusWords(r.status) + ', ' + (period(r) || when(r.started_at)) + (r.started_by_name ? ' by ' + r.started_by_name : ''))]).flat()];
  }

  async function refreshRecent() {
    try {
      const jobs = await api('GET', 'admin/api/jobs/');
      state.jobs = jobs.results;
      state.jobs.forEach((j) => { const slot = $('recent-' + j.name); if (slot) slot.replaceChildren(...[recent(j)].flat()); });
    } catch (e) {
      // the list is a convenience; the run itself is shown already
    }
  }

  function collect(job, form) {
    const parameters = {};
    let ok = true;
    job.parameters.forEach((p) => {
      const input = form.elements[p.name];
      fieldError(input, null);
      if (p.type === 'boolean') { parameters[p.name] = input.checked; return; }
      const value = input.value.trim();
      if (value === '') return;
      if (p.type === 'date') {
        const problem = dateProblem(value);
        if (problem) { fieldError(input, problem); ok = false; return; }
      }
      parameters[p.name] = value;
    });
    const range = RANGES[job.name];
    if (ok && range && parameters[range[0]] && parameters[range[1]] && parameters[range[0]] > parameters[range[1]]) {
      fieldError(form.elements[range[1]], 'Must not be before the first day');
      ok = false;
    }
    return ok ? parameters : null;
  }

  async function start(job, form, button) {
    if (state.starting) return;
    const parameters = collect(job, form);
    if (!parameters) {
      const first = form.querySelector('[aria-invalid="true"]');
      if (first) first.focus();
      announce('Please correct the marked fields.');
      return;
    }
    if (CHANGES[job.name] && CHANGES[job.name](parameters)) {
      if (!(await confirmRun(job))) return;
    }
    state.starting = true;
    button.disabled = true;
    const label = button.textContent;
    button.textContent = 'Starting…';
    try {
      const run = await api('POST', 'admin/api/jobs/' + job.name + '/', parameters);
      location.hash = '#/runs/' + run.id;
    } catch (e) {
      const errors = (e.problem && e.problem.errors) || {};
      let marked = null;
      Object.entries(errors).forEach(([name, messages]) => {
        const input = form.elements[name];
        if (input) { fieldError(input, [].concat(messages).join('; ')); marked = marked || input; }
      });
      if (marked) marked.focus();
      announce(marked ? 'Please correct the marked fields.' : e.message);
      if (!marked) alertIn(form, e.message);
    } finally {
      state.starting = false;
      button.disabled = !job.may_run;
      button.textContent = label;
    }
  }

  function alertIn(form, message) {
    let slot = form.querySelector('.form-error');
    if (!slot) { slot = el('p', { class: 'error form-error', role: 'alert' }); form.append(slot); }
    slot.textContent = message;
  }

  function confirmRun(job) {
    const dialog = $('confirm');
    $('confirm-title').textContent = title(job.name) + ': run it?';
    $('confirm-text').textContent = job.description + '. This changes data.';
    dialog.showModal();
    return new Promise((resolve) => {
      const done = (answer) => () => { dialog.close(); resolve(answer); };
      $('confirm-yes').onclick = done(true);
      $('confirm-no').onclick = done(false);
      dialog.oncancel = done(false);
    });
  }

  // ---- one run: #/runs/{id} -------------------------------------------------------------

  async function showRun(id) {
    clearInterval(state.polling);
    $('run-panel').hidden = false;
    $('result').replaceChildren();
    $('download-csv').hidden = true;
    $('compare-link').hidden = true;
    let run;
    try {
      run = await api('GET', 'admin/api/jobs/executions/' + id + '/');
    } catch (e) {
      $('run-title').textContent = 'Run not found';
      $('run-meta').textContent = e.message;
      return;
    }
    paint(run);
    window.scrollTo(0, 0);
    $('run-title').focus();
    if (FINISHED.includes(run.status)) {
      await finished(run, false);
      return;
    }
    announce(title(run.job_name) + ' started');
    state.polling = setInterval(async () => {
      const current = await api('GET', 'admin/api/jobs/executions/' + id + '/');
      if (location.hash !== '#/runs/' + id) { clearInterval(state.polling); return; }
      paint(current);
      if (FINISHED.includes(current.status)) {
        clearInterval(state.polling);
        await finished(current, true);
        refreshRecent();
      }
    }, 500);
  }

  function paint(run) {
    $('run-title').textContent = title(run.job_name) + (run.period_start ? ', ' + period(run) : '');
    $('run-meta').textContent = [
      state.business && run.job_name !== 'init-system' && run.job_name !== 'seed-demo-data' ? state.business.name : 'Platform',
      words(run),
      'started ' + when(run.started_at) + (run.started_by_name ? ' by ' + run.started_by_name : ''),
      run.ended_at ? 'took ' + duration(run) : null,
      'times in ' + zone()
    ].filter(Boolean).join(' · ');
    const percent = run.percent == null ? 0 : run.percent;
    $('progress').setAttribute('aria-valuenow', String(percent));
    $('progress').setAttribute('aria-valuetext', percent + ' percent');
    $('progress-bar').style.width = percent + '%';
    $('progress-label').textContent = 'Progress: ' + (run.items_total == null
      ? run.items_done + ' done'
      : run.items_done + ' of ' + run.items_total + ' (' + percent + ' %)');
    $('status').textContent = statusWords(run.status);
    $('status').dataset.status = run.status;
    $('exit-status').textContent = run.status === 'FAILED' ? run.exit_status || '' : '';
  }

  async function finished(run, live) {
    if (live) announce(title(run.job_name) + ' ' + statusWords(run.status).toLowerCase());
    if (run.status !== 'COMPLETED') return;
    const data = await api('GET', 'admin/api/jobs/executions/' + run.id + '/result/');
    if (run.job_name === 'inventory-valuation') await loadProducts();
    const view = { 'trial-balance': trialBalance, 'sales-report': salesReport, 'inventory-valuation': valuation, 'integrity-check': integrity }[run.job_name] || generic;
    $('result').replaceChildren(view(data, run));
    if (run.csv_url) {
      const button = $('download-csv');
      button.hidden = false;
      button.textContent = 'Download CSV (' + run.csv_filename + ')';
      button.onclick = () => downloadCsv(run);
    }
    if (['trial-balance', 'sales-report', 'inventory-valuation'].includes(run.job_name)) {
      const link = $('compare-link');
      link.hidden = false;
      link.href = '#/history?job=' + run.job_name;
    }
    if (live) $('run-title').focus();
  }

  function table(id, caption, head, rows, foot) {
    return el('div', { class: 'scroll', tabindex: 0, role: 'region', 'aria-label': caption },
      el('table', { id },
        el('caption', { class: 'visually-hidden' }, caption),
        el('thead', {}, el('tr', {}, head.map(([text, num]) => el('th', { scope: 'col', class: num ? 'num' : '' }, text)))),
        el('tbody', {}, rows),
        foot ? el('tfoot', {}, foot) : null));
  }

  function trialBalance(tb) {
    const rows = tb.lines.map((l) => el('tr', {},
      el('td', {}, l.account_code), el('td', {}, l.account_name),
      el('td', { class: 'num' }, money(l.debit)), el('td', { class: 'num' }, money(l.credit))));
    return el('div', {},
      el('p', { class: 'summary' },
        'Total debit ', el('strong', { id: 'total-debit' }, money(tb.total_debit)),
        ' · total credit ', el('strong', { id: 'total-credit' }, money(tb.total_credit)), ' ',
        el('span', { class: tb.is_balanced ? 'badge' : 'badge bad', id: 'balanced' }, tb.is_balanced ? 'Balanced' : 'Not balanced')),
      table('trial-balance-lines', 'Trial balance lines', [['Code'], ['Account'], ['Debit', 1], ['Credit', 1]], rows,
        el('tr', {}, el('td', {}, ''), el('td', {}, 'Total'),
          el('td', { class: 'num' }, money(tb.total_debit)), el('td', { class: 'num' }, money(tb.total_credit)))));
  }

  function salesReport(report) {
    const t = report.totals;
    const max = Math.max(1, ...report.rows.map((r) => Math.abs(Number(r.figures.net))));
    const figures = (f) => [el('td', { class: 'num' }, number(f.sales_count)), el('td', { class: 'num' }, money(f.gross)),
      el('td', { class: 'num' }, money(f.discounts)), el('td', { class: 'num' }, money(f.tax)),
      el('td', { class: 'num' }, money(f.net)), el('td', { class: 'num' }, money(f.margin))];
    const head = [['Sales', 1], ['Gross', 1], ['Discounts', 1], ['Tax', 1], ['Net', 1], ['Margin', 1]];
    const totals = (label, id) => el('tr', {}, el('td', {}, label),
      el('td', { class: 'num', id: id ? 'sales-count' : undefined }, number(t.sales_count)), el('td', { class: 'num' }, money(t.gross)),
      el('td', { class: 'num' }, money(t.discounts)), el('td', { class: 'num' }, money(t.tax)),
      el('td', { class: 'num', id: id ? 'net-total' : undefined }, money(t.net)), el('td', { class: 'num' }, money(t.margin)));
    // the chart is a table: each day's net sales as a bar with its value beside it
    const chart = table('sales-chart', 'Net sales per day (chart)', [['Day'], ['Net sales']],
      report.rows.length ? report.rows.map((r) => {
        const bar = el('span', { class: 'bar', 'aria-hidden': 'true' });
        bar.style.width = Math.round(Math.abs(Number(r.figures.net)) / max * 300) + 'px';
        return el('tr', {}, el('td', {}, day(r.key)), el('td', {}, bar, money(r.figures.net)));
      }) : [el('tr', {}, el('td', { colSpan: 2 }, 'No sales in this period'))]);
    return el('div', {},
      el('p', { class: 'summary' }, day(report.date_from) + ' – ' + day(report.date_to) + ' (' + report.time_zone + ') · net sales ',
        el('strong', {}, money(t.net)), ' from ', el('strong', {}, number(t.sales_count)), ' sales'),
      el('h3', {}, 'By storefront'),
      table('sales-report-storefronts', 'Sales by storefront', [['Storefront']].concat(head),
        (report.storefronts || []).map((r) => el('tr', {}, el('td', {}, r.label || r.key), figures(r.figures))), totals('Total')),
      el('h3', {}, 'By day'),
      chart,
      table('sales-report-rows', 'Sales by day', [['Day']].concat(head),
        report.rows.map((r) => el('tr', {}, el('td', {}, day(r.key)), figures(r.figures))), totals('Total', true)));
  }

  // product names for the valuation's rows (the result names products by id and SKU)
  async function loadProducts() {
    if (state.products) return;
    state.products = new Map();
    try {
      const page = await api('GET', 'inventory/api/products/?page_size=200');
      page.results.forEach((p) => state.products.set(p.id, p.name));
    } catch (e) {
      // without the names the SKUs still identify the products
    }
  }

  function valuation(v) {
    return el('div', {},
      el('p', { class: 'summary' }, 'Total value ', el('strong', { id: 'valuation-total' }, money(v.total_value))),
      table('valuation-rows', 'Stock valuation', [['Product'], ['Location'], ['On hand', 1], ['Value', 1]],
        v.rows.map((r) => el('tr', {},
          el('td', {}, r.sku + ' ' + (r.product_name || (state.products && state.products.get(r.product_id)) || '')),
          el('td', {}, r.in_transit ? 'in transit' : (state.locations.get(r.location_id) || r.location_name || r.location_id)),
          el('td', { class: 'num' }, number(r.quantity_on_hand)), el('td', { class: 'num' }, money(r.value))))));
  }

  function integrity(result) {
    const checks = result.checks || [];
    return el('div', {},
      el('p', { class: 'summary' }, el('span', { class: result.ok ? 'badge' : 'badge bad', id: 'integrity-ok' },
        result.ok ? 'All checks pass' : 'Some checks fail')),
      el('ul', { class: 'checks' }, checks.map((c) => el('li', { class: c.ok ? 'ok' : 'fail' },
        (c.ok ? 'Pass: ' : 'Fail: ') + c.name,
        c.violations && c.violations.length
          ? el('ul', {}, c.violations.map((v) => el('li', {}, typeof v === 'string' ? v : Object.entries(v).map(([k, x]) => k + ': ' + x).join(', '))))
          : null))));
  }

  function generic(data) {
    if (!data || typeof data !== 'object') return el('p', {}, String(data));
    return el('dl', {}, Object.entries(data).map(([k, v]) => [el('dt', {}, k.replace(/_/g, ' ')),
      el('dd', {}, Array.isArray(v) ? v.length + ' item(s): ' + v.map((x) => typeof x === 'object' ? Object.values(x).join(' ') : x).join('; ') : typeof v === 'object' && v ? JSON.stringify(v) : String(v))]).flat());
  }

  async function downloadCsv(run) {
    const response = await fetch('/admin/api/jobs/executions/' + run.id + '/result/?format=csv', {
      headers: { Authorization: 'Bearer ' + state.token, Accept: 'text/csv' }
    });
    if (!response.ok) { announce('The CSV could not be downloaded'); return; }
    const blob = await response.blob();
    const link = el('a', { href: URL.createObjectURL(blob), download: run.csv_filename });
    document.body.append(link);
    link.click();
    link.remove();
    announce('Downloaded ' + run.csv_filename);
  }

  // ---- history and comparison ---------------------------------------------------------------

  async function showHistory(query) {
    $('history-panel').hidden = false;
    const select = $('history-job');
    if (select.options.length === 1) {
      state.jobs.forEach((j) => select.append(el('option', { value: j.name }, title(j.name))));
    }
    if (query.has('job')) select.value = query.get('job');
    $('history-from').value = query.get('period_from') || $('history-from').value;
    $('history-to').value = query.get('period_to') || $('history-to').value;
    state.selected = [];
    $('compare-selected').disabled = true;
    await loadHistory();
    $('history-title').focus();
  }

  async function loadHistory() {
    const params = new URLSearchParams();
    let ok = true;
    [['history-from', 'period_from'], ['history-to', 'period_to']].forEach(([id, name]) => {
      const input = $(id);
      const value = input.value.trim();
      fieldError(input, null);
      if (value) {
        const problem = dateProblem(value);
        if (problem) { fieldError(input, problem); ok = false; } else params.set(name, value);
      }
    });
    if (!ok) return;
    if ($('history-job').value) params.set('job', $('history-job').value);
    params.set('page_size', '100');
    let page;
    try {
      page = await api('GET', 'admin/api/jobs/executions/?' + params);
    } catch (e) {
      Object.entries((e.problem && e.problem.errors) || {}).forEach(([name, messages]) => {
        const input = { period_from: $('history-from'), period_to: $('history-to') }[name];
        if (input) fieldError(input, [].concat(messages).join('; '));
      });
      return;
    }
    const body = $('history').tBodies[0];
    body.replaceChildren(...page.results.map((r) => {
      const tick = el('input', { type: 'checkbox', value: r.id, disabled: r.status !== 'COMPLETED',
        'aria-label': 'Compare ' + title(r.job_name) + ' ' + (period(r) || when(r.started_at)) });
      tick.dataset.job = r.job_name;
      tick.addEventListener('change', () => select(tick));
      return el('tr', { 'data-run': r.id },
        el('td', {}, tick),
        el('td', {}, el('a', { href: '#/runs/' + r.id }, title(r.job_name))),
        el('td', {}, words(r)),
        el('td', {}, r.started_by_name || (r.job_name === 'init-system' || r.job_name === 'seed-demo-data' ? 'platform' : '')),
        el('td', {}, when(r.started_at)),
        el('td', {}, when(r.ended_at)),
        el('td', { class: 'num' }, duration(r)),
        el('td', {}, statusWords(r.status)),
        el('td', {}, r.status === 'COMPLETED' ? el('a', { href: '#/runs/' + r.id }, 'Result') : '',
          r.csv_url ? [' · ', el('a', { href: '#', class: 'csv', 'data-run': r.id, onclick: (e) => { e.preventDefault(); downloadCsv(r); } }, 'CSV')] : ''));
    }));
    if (!page.results.length) body.append(el('tr', {}, el('td', { colSpan: 9 }, 'No runs match.')));
    announce(page.count + ' run(s)');
  }

  function select(tick) {
    if (tick.checked) state.selected.push(tick);
    else state.selected = state.selected.filter((t) => t !== tick);
    while (state.selected.length > 2) { state.selected.shift().checked = false; }
    const pair = state.selected.length === 2 && state.selected[0].dataset.job === state.selected[1].dataset.job;
    $('compare-selected').disabled = !pair;
  }

  function compareSelected() {
    const [a, b] = state.selected;
    location.hash = '#/compare/' + a.value + '/' + b.value;
  }

  async function showCompare(a, b) {
    $('compare-panel').hidden = false;
    $('compare-result').replaceChildren();
    let c;
    try {
      c = await api('GET', 'admin/api/jobs/executions/compare/?a=' + a + '&b=' + b);
    } catch (e) {
      $('compare-meta').textContent = e.message + ' ' + Object.values((e.problem && e.problem.errors) || {}).flat().join(' ');
      $('compare-title').focus();
      return;
    }
    const label = (run) => period(run) || when(run.started_at);
    // older run first, so differences read as "this month against last month"
    $('compare-title').textContent = title(c.job_name) + ': ' + label(c.a) + ' against ' + label(c.b);
    $('compare-meta').textContent = (state.business ? state.business.name + ' · ' : '') + 'A = ' + label(c.a) + ', B = ' + label(c.b) + '; difference = B − A';
    const fmt = (f, v) => (f === 'sales_count' || f === 'quantity_on_hand' ? number(v) : money(v));
    const head = [['Key'], ['Name']];
    c.figures.forEach((f) => { const n = f.replace(/_/g, ' '); head.push([n + ' A', 1], [n + ' B', 1], [n + ' difference', 1]); });
    const line = (r) => el('tr', { 'data-key': r.key }, el('td', {}, r.key), el('td', {}, r.label),
      c.figures.map((f) => {
        const d = Number(r.difference[f]);
        return [el('td', { class: 'num' }, fmt(f, r.a[f])), el('td', { class: 'num' }, fmt(f, r.b[f])),
          el('td', { class: 'num ' + (d > 0 ? 'up' : d < 0 ? 'down' : '') }, (d > 0 ? '+' : '') + fmt(f, r.difference[f]))];
      }).flat());
    $('compare-result').replaceChildren(table('comparison', 'Comparison row by row', head, c.rows.map(line), line(c.totals)));
    $('compare-title').focus();
    announce('Comparison shown');
  }

  // ---- statements: the P&L for a period and the balance sheet at its end ---------------------

  function showStatements() {
    $('statements-panel').hidden = false;
    const slot = $('statements-presets');
    if (!slot.children.length) {
      presets().forEach(([key, text, from, to]) => {
        const button = el('button', { type: 'button', 'data-preset': key }, text);
        button.addEventListener('click', () => {
          $('statements-from').value = iso(from);
          $('statements-to').value = iso(to);
          loadStatements();
        });
        slot.append(button);
      });
      const range = defaultRange('trial-balance');
      $('statements-from').value = range.period_start;
      $('statements-to').value = range.period_end;
    }
    $('statements-title').focus();
    return loadStatements();
  }

  async function loadStatements() {
    let ok = true;
    ['statements-from', 'statements-to'].forEach((id) => {
      const problem = dateProblem($(id).value.trim());
      fieldError($(id), problem);
      if (problem) ok = false;
    });
    const from = $('statements-from').value.trim();
    const to = $('statements-to').value.trim();
    if (ok && from > to) { fieldError($('statements-to'), 'Must not be before the first day'); ok = false; }
    if (!ok) return;
    let pl;
    let bs;
    try {
      [pl, bs] = await Promise.all([
        api('GET', 'bookkeeping/api/reports/profit-and-loss/?date_from=' + from + '&date_to=' + to),
        api('GET', 'bookkeeping/api/reports/balance-sheet/?as_of=' + to)]);
    } catch (e) {
      Object.entries((e.problem && e.problem.errors) || {}).forEach(([name, messages]) => {
        const input = { date_from: $('statements-from'), date_to: $('statements-to'), as_of: $('statements-to') }[name];
        if (input) fieldError(input, [].concat(messages).join('; '));
      });
      return;
    }
    const section = (name, s) => [el('tr', {}, el('th', { scope: 'rowgroup', colSpan: 2 }, name)),
      ...(s ? s.accounts : []).map((l) => el('tr', {}, el('td', {}, l.account_code + ' ' + l.account_name), el('td', { class: 'num' }, money(l.amount)))),
      el('tr', { class: 'subtotal' }, el('td', {}, 'Total ' + name.toLowerCase()), el('td', { class: 'num' }, money(s ? s.total : 0)))];
    const line = (label, value, id) => el('tr', {}, el('td', {}, el('strong', {}, label)), el('td', { class: 'num', id }, el('strong', {}, money(value))));
    const name = state.business ? state.business.name + ' · ' : '';
    $('statements').replaceChildren(
      el('h3', {}, 'Profit and loss, ' + day(pl.date_from) + ' – ' + day(pl.date_to)),
      el('p', { class: 'meta' }, name + 'days in ' + zone()),
      table('profit-and-loss', 'Profit and loss', [['Account'], ['Amount', 1]],
        [...section('Revenue', pl.revenue), ...section('Cost of goods', pl.cost_of_goods), line('Gross profit', pl.gross_profit),
          ...section('Expenses', pl.expenses), line('Net income', pl.net_income, 'net-income')]),
      el('h3', {}, 'Balance sheet as of ' + day(bs.as_of) + ' ',
        el('span', { class: bs.is_balanced ? 'badge' : 'badge bad' }, bs.is_balanced ? 'Balanced' : 'Not balanced')),
      table('balance-sheet', 'Balance sheet', [['Account'], ['Amount', 1]],
        [...section('Assets', bs.assets), ...section('Liabilities', bs.liabilities), ...section('Equity', bs.equity),
          line('Current earnings', bs.current_earnings), line('Total liabilities and equity', bs.total_liabilities_and_equity, 'total-liabilities-and-equity')]));
    announce('Statements shown for ' + day(from) + ' to ' + day(to));
  }

  // ---- routing ------------------------------------------------------------------------------

  async function route() {
    if (!state.me) return;
    clearInterval(state.polling);
    const hash = location.hash || '#/';
    const [path, query] = hash.slice(1).split('?');
    const parts = path.split('/').filter(Boolean);
    ['run-panel', 'history-panel', 'compare-panel', 'statements-panel'].forEach((id) => { $(id).hidden = true; });
    const onJobs = parts.length === 0 || parts[0] === 'runs';
    $('jobs-panel').hidden = !onJobs;
    $('platform-panel').hidden = !onJobs || !state.jobs.some((j) => j.scope === 'PLATFORM');
    $('nav-jobs').setAttribute('aria-current', onJobs ? 'page' : 'false');
    $('nav-history').setAttribute('aria-current', parts[0] === 'history' || parts[0] === 'compare' ? 'page' : 'false');
    $('nav-statements').setAttribute('aria-current', parts[0] === 'statements' ? 'page' : 'false');
    if (parts[0] === 'runs' && parts[1]) await showRun(parts[1]);
    else if (parts[0] === 'history') await showHistory(new URLSearchParams(query || ''));
    else if (parts[0] === 'compare' && parts[2]) await showCompare(parts[1], parts[2]);
    else if (parts[0] === 'statements') await showStatements();
  }

  $('sign-in-form').addEventListener('submit', signIn);
  $('sign-out').addEventListener('click', signOutEverywhere);
  $('history-filter').addEventListener('submit', (e) => { e.preventDefault(); loadHistory(); });
  $('compare-selected').addEventListener('click', compareSelected);
  $('statements-form').addEventListener('submit', (e) => { e.preventDefault(); loadStatements(); });
  window.addEventListener('hashchange', () => { route().catch((e) => announce(e.message)); });
  if (state.token) {
    enter().catch((e) => signOut(e.status === 401 ? 'Your session has ended. Please sign in again.' : ''));
  }
})();
