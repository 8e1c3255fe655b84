// The admin console: plain JavaScript against the product's own API. The token lives in this
// tab's sessionStorage only; every call sends it as a Bearer token.
(function () {
  'use strict';

  const $ = (id) => document.getElementById(id);
  const state = { token: sessionStorage.getItem('pos.token'), polling: null, run: null };

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
    const data = text ? JSON.parse(text) : null;
    if (response.status === 401) {
      signOut();
    }
    if (!response.ok) {
      const error = new Error((data && (data.detail || data.title)) || response.statusText);
      error.problem = data;
      throw error;
    }
    return data;
  }

  function el(tag, attributes, ...children) {
    const node = document.createElement(tag);
    Object.entries(attributes || {}).forEach(([k, v]) => {
      if (k === 'class') node.className = v;
      else if (k.startsWith('data-')) node.setAttribute(k, v);
      else node[k] = v;
    });
    children.flat().forEach((c) => node.append(c instanceof Node ? c : document.createTextNode(String(c))));
    return node;
  }

  async function signIn(event) {
    event.preventDefault();
    $('sign-in-error').textContent = '';
    try {
      const answer = await api('POST', 'accounts/api/auth/login/', {
        email: $('email').value, password: $('password').value
      });
      state.token = answer.token;
      sessionStorage.setItem('pos.token', answer.token);
      await showJobs();
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
          method: 'POST',
          headers: { Accept: 'application/json', Authorization: 'Bearer ' + state.token }
        });
      } catch (e) {
        // offline: the token still expires on its own
      }
    }
    signOut();
  }

  function signOut() {
    state.token = null;
    sessionStorage.removeItem('pos.token');
    clearInterval(state.polling);
    $('sign-in-panel').hidden = false;
    $('jobs-panel').hidden = true;
    $('run-panel').hidden = true;
    $('sign-out').hidden = true;
    $('who').textContent = '';
  }

  async function showJobs() {
    const me = await api('GET', 'accounts/api/users/me/');
    $('who').textContent = me.email + ' (' + me.role + (me.is_superuser ? ', platform owner' : '') + ')';
    $('sign-out').hidden = false;
    $('sign-in-panel').hidden = true;
    $('jobs-panel').hidden = false;
    const jobs = await api('GET', 'admin/api/jobs/');
    const list = $('jobs');
    list.replaceChildren(...jobs.results.map(jobCard));
  }

  function jobCard(job) {
    const inputs = job.parameters.map((p) => {
      const type = { date: 'date', integer: 'number', boolean: 'checkbox', email: 'email', password: 'password' }[p.type] || 'text';
      const input = el('input', { type, name: p.name, title: p.description || '' });
      if (p.default_value !== undefined && p.default_value !== null) {
        if (type === 'checkbox') input.checked = p.default_value === 'true';
        else input.value = p.default_value;
      }
      return el('label', {}, p.name + ' ', input);
    });
    const run = el('button', { class: 'run', disabled: !job.may_run, type: 'button' }, 'Run');
    const card = el('div', { class: 'job', 'data-job': job.name },
      el('h3', {}, job.name, ' ', el('small', {}, job.scope.toLowerCase())),
      el('p', {}, job.description),
      el('div', { class: 'params' }, inputs),
      run,
      el('div', { class: 'recent' }, job.recent_executions.length
        ? 'Recent: ' + job.recent_executions.map((r) => r.status + ' ' + (r.started_at || '').slice(0, 16)).join(' · ')
        : 'Not run yet'));
    run.addEventListener('click', () => start(job, card));
    return card;
  }

  async function start(job, card) {
    const parameters = {};
    card.querySelectorAll('.params input').forEach((input) => {
      if (input.type === 'checkbox') parameters[input.name] = input.checked;
      else if (input.value !== '') parameters[input.name] = input.value;
    });
    try {
      const run = await api('POST', 'admin/api/jobs/' + job.name + '/', parameters);
      follow(job.name, run);
    } catch (e) {
      alert(e.message + (e.problem && e.problem.errors ? '\n' + JSON.stringify(e.problem.errors) : ''));
    }
  }

  function follow(name, run) {
    state.run = run;
    $('run-panel').hidden = false;
    $('run-title').textContent = name;
    $('result').replaceChildren();
    $('download-csv').hidden = true;
    clearInterval(state.polling);
    show(run);
    state.polling = setInterval(async () => {
      const current = await api('GET', 'admin/api/jobs/executions/' + run.id + '/');
      show(current);
      if (['COMPLETED', 'FAILED', 'STOPPED'].includes(current.status)) {
        clearInterval(state.polling);
        if (current.status === 'COMPLETED') await result(name, current);
        showJobs();
      }
    }, 500);
  }

  function show(run) {
    const percent = run.percent == null ? 0 : run.percent;
    $('progress').value = percent;
    $('progress-text').textContent = run.items_total == null
      ? run.items_done + ' done'
      : run.items_done + ' of ' + run.items_total + ' (' + percent + ' %)';
    $('status').textContent = run.status;
    $('exit-status').textContent = run.status === 'FAILED' ? run.exit_status || '' : '';
  }

  async function result(name, run) {
    const data = await api('GET', 'admin/api/jobs/executions/' + run.id + '/result/');
    const view = {
      'trial-balance': trialBalance,
      'sales-report': salesReport,
      'inventory-valuation': valuation
    }[name] || ((d) => el('pre', {}, JSON.stringify(d, null, 2)));
    $('result').replaceChildren(view(data));
    if (name === 'sales-report' || name === 'inventory-valuation') {
      const button = $('download-csv');
      button.hidden = false;
      button.onclick = () => downloadCsv(run.id, name);
    }
  }

  function trialBalance(tb) {
    const rows = tb.lines.map((l) => el('tr', {},
      el('td', {}, l.account_code), el('td', {}, l.account_name),
      el('td', { class: 'num' }, l.debit), el('td', { class: 'num' }, l.credit)));
    return el('div', {},
      el('p', {}, tb.period_start + ' to ' + tb.period_end + ' ',
        el('span', { class: tb.is_balanced ? 'badge' : 'badge bad', id: 'balanced' },
          tb.is_balanced ? 'Balanced' : 'Not balanced')),
      el('table', { id: 'trial-balance-lines' },
        el('thead', {}, el('tr', {}, el('th', {}, 'Code'), el('th', {}, 'Account'),
          el('th', { class: 'num' }, 'Debit'), el('th', { class: 'num' }, 'Credit'))),
        el('tbody', {}, rows),
        el('tfoot', {}, el('tr', {}, el('td', {}, ''), el('td', {}, 'Total'),
          el('td', { class: 'num', id: 'total-debit' }, tb.total_debit),
          el('td', { class: 'num', id: 'total-credit' }, tb.total_credit)))));
  }

  function salesReport(report) {
    const rows = report.rows.map((r) => el('tr', {},
      el('td', {}, r.key), el('td', { class: 'num' }, r.figures.sales_count),
      el('td', { class: 'num' }, r.figures.gross), el('td', { class: 'num' }, r.figures.discounts),
      el('td', { class: 'num' }, r.figures.tax), el('td', { class: 'num' }, r.figures.net),
      el('td', { class: 'num' }, r.figures.margin)));
    const t = report.totals;
    return el('div', {},
      chart(report.rows.map((r) => ({ label: r.key, value: Number(r.figures.net) }))),
      el('table', { id: 'sales-report-rows' },
        el('thead', {}, el('tr', {}, ...['Day', 'Sales', 'Gross', 'Discounts', 'Tax', 'Net', 'Margin']
          .map((h, i) => el('th', { class: i ? 'num' : '' }, h)))),
        el('tbody', {}, rows),
        el('tfoot', {}, el('tr', {}, el('td', {}, 'Total'), el('td', { class: 'num', id: 'sales-count' }, t.sales_count),
          el('td', { class: 'num' }, t.gross), el('td', { class: 'num' }, t.discounts),
          el('td', { class: 'num' }, t.tax), el('td', { class: 'num', id: 'net-total' }, t.net),
          el('td', { class: 'num' }, t.margin)))));
  }

  function chart(points) {
    const ns = 'http://www.w3.org/2000/svg';
    const svg = document.createElementNS(ns, 'svg');
    svg.setAttribute('class', 'chart');
    svg.setAttribute('viewBox', '0 0 600 220');
    svg.setAttribute('id', 'sales-chart');
    const max = Math.max(1, ...points.map((p) => p.value));
    const width = 600 / Math.max(1, points.length);
    points.forEach((p, i) => {
      const height = Math.round((p.value / max) * 180);
      const bar = document.createElementNS(ns, 'rect');
      bar.setAttribute('x', i * width + 4);
      bar.setAttribute('y', 190 - height);
      bar.setAttribute('width', Math.max(2, width - 8));
      bar.setAttribute('height', height);
      const title = document.createElementNS(ns, 'title');
      title.textContent = p.label + ': ' + p.value.toFixed(2);
      bar.append(title);
      const label = document.createElementNS(ns, 'text');
      label.setAttribute('x', i * width + 4);
      label.setAttribute('y', 205);
      label.textContent = p.label.slice(5);
      svg.append(bar, label);
    });
    return svg;
  }

  function valuation(v) {
    return el('div', {},
      el('p', {}, 'Total value ', el('strong', { id: 'valuation-total' }, v.total_value)),
      el('table', {},
        el('thead', {}, el('tr', {}, el('th', {}, 'SKU'), el('th', {}, 'Location'),
          el('th', { class: 'num' }, 'On hand'), el('th', { class: 'num' }, 'Value'))),
        el('tbody', {}, v.rows.map((r) => el('tr', {}, el('td', {}, r.sku),
          el('td', {}, r.in_transit ? 'in transit' : r.location_id),
          el('td', { class: 'num' }, r.quantity_on_hand), el('td', { class: 'num' }, r.value))))));
  }

  async function downloadCsv(id, name) {
    const response = await fetch('/admin/api/jobs/executions/' + id + '/result/?format=csv', {
      headers: { Authorization: 'Bearer ' + state.token, Accept: 'text/csv' }
    });
    const blob = await response.blob();
    const link = el('a', { href: URL.createObjectURL(blob), download: name + '-' + id + '.csv' });
    document.body.append(link);
    link.click();
    link.remove();
  }

  $('sign-in-form').addEventListener('submit', signIn);
  $('sign-out').addEventListener('click', signOutEverywhere);
  if (state.token) {
    showJobs().catch(signOut);
  }
})();
