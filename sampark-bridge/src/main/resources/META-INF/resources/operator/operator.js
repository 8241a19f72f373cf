// The Sampark Kendra operator's page: lists complaints waiting to be entered on the portal, laid out in the
// portal's fields, records the Grievance ID the portal gave, lists grievances to close (withdrawn) or to move to another
// department (re-routed) on the portal, and records disposals / ATRs seen on the portal.
// Data comes only from the authenticated API (/api/operator/*, role operator); nothing is kept beyond the tab.
(function () {
  'use strict';
  const GRIEVANCE_ID = /^[0-9]{13,14}$/;
  let auth = sessionStorage.getItem('sampark-operator-auth');

  const $ = (id) => document.getElementById(id);

  async function api(method, path, body) {
    // X-Requested-With: the bridge then answers a wrong password without a Basic challenge (no browser pop-up).
    const headers = { 'Accept': 'application/json', 'Authorization': auth, 'X-Requested-With': 'sampark-operator-page' };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    const res = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    let data = null;
    try { data = await res.json(); } catch (e) { /* empty body */ }
    if (!res.ok) {
      const err = new Error((data && data.error) || ('the bridge answered ' + res.status));
      err.status = res.status;
      throw err;
    }
    return data;
  }

  function text(value) {
    return value === null || value === undefined || value === '' ? '—' : String(value);
  }

  function renderQueue(entries) {
    const queue = $('queue');
    queue.replaceChildren();
    $('queue-count').textContent = String(entries.length);
    $('queue-empty').hidden = entries.length > 0;
    const template = $('entry-template');
    for (const e of entries) {
      const node = template.content.firstElementChild.cloneNode(true);
      node.dataset.complaintId = e.complaintId;
      node.querySelector('.complaint-id').textContent = e.complaintId;
      node.querySelector('.reopen').textContent = e.previousGrievanceId
        ? 'reopened — link it to earlier grievance ' + e.previousGrievanceId : '';
      node.querySelector('.f-department').textContent =
        e.departmentName + (e.departmentNameHi ? ' (' + e.departmentNameHi + ')' : '') + ' [' + e.department + ']';
      node.querySelector('.f-subject').textContent = text(e.subject);
      node.querySelector('.f-district').textContent = text(e.district);
      node.querySelector('.f-tehsil').textContent = text(e.tehsil);
      node.querySelector('.f-block').textContent = text(e.blockOrTown);
      node.querySelector('.f-ward').textContent = text(e.ward);
      node.querySelector('.f-gram-panchayat').textContent = text(e.gramPanchayat);
      node.querySelector('.f-village').textContent = text(e.village);
      node.querySelector('.f-description').textContent = text(e.description);
      node.querySelector('.f-contact').textContent = text(e.contactNumber);
      node.querySelector('.f-attachments').textContent =
        e.attachments && e.attachments.length ? e.attachments.join(', ') : 'none';
      const form = node.querySelector('.record-form');
      form.addEventListener('submit', (ev) => { ev.preventDefault(); record(node, e.complaintId); });
      queue.appendChild(node);
    }
  }

  async function record(node, complaintId) {
    const input = node.querySelector('.grievance-id');
    const message = node.querySelector('.message');
    const value = input.value.trim();
    message.textContent = '';
    if (!GRIEVANCE_ID.test(value)) {
      // The server checks the same rule; saying so here saves a round trip.
      message.textContent = 'Grievance ID must be the 13 or 14 digits the Sampark portal showed '
        + '(for example 0315127000636), with no spaces or letters; \'' + value + '\' is not one.';
      return;
    }
    try {
      const r = await api('POST', '/api/operator/queue/' + encodeURIComponent(complaintId) + '/grievance', { grievanceId: value });
      $('status').textContent = 'Registered ' + r.complaintId + ' as Sampark grievance ' + r.grievanceId + '.';
      $('status').className = 'ok';
      await refresh();
    } catch (err) {
      message.textContent = err.message;
    }
  }

  function renderRegistered(list) {
    const select = $('report-complaint');
    select.replaceChildren();
    for (const r of list) {
      const option = document.createElement('option');
      option.value = r.complaintId;
      option.textContent = r.complaintId + ' — grievance ' + r.grievanceId + ' — ' + r.subject;
      select.appendChild(option);
    }
  }

  // A list of tasks to do by hand on the portal, each with the one button that says it was done: the list's count and
  // its "nothing to do" line, then for each task its description and the call that records it.
  function renderTasks(name, list, task) {
    const ul = $(name);
    ul.replaceChildren();
    $(name + '-count').textContent = String(list.length);
    $(name + '-empty').hidden = list.length > 0;
    for (const item of list) {
      const t = task(item);
      const li = document.createElement('li');
      li.className = t.itemClass;
      li.dataset.complaintId = item.complaintId;
      const what = document.createElement('span');
      what.textContent = t.description;
      const button = document.createElement('button');
      button.type = 'button';
      button.className = t.buttonClass;
      button.textContent = t.buttonText;
      button.addEventListener('click', async () => {
        try {
          const r = await t.done();
          $('status').textContent = t.recorded(r);
          $('status').className = 'ok';
          await refresh();
        } catch (err) {
          $('status').textContent = err.message;
          $('status').className = 'error';
        }
      });
      li.append(what, ' ', button);
      ul.appendChild(li);
    }
  }

  // Withdrawn complaints whose grievance is on the portal: each stays listed until the operator says it is closed.
  function renderWithdrawals(list) {
    renderTasks('withdrawals', list, w => ({
      itemClass: 'withdrawal',
      description: w.complaintId + ' — grievance ' + w.grievanceId + ' [' + w.department + '] — ' + w.instruction
        + (w.reason ? ' (citizen: ' + w.reason + ')' : ''),
      buttonClass: 'closed',
      buttonText: 'Closed on the portal as Filed',
      done: () => api('POST', '/api/operator/withdrawals/' + encodeURIComponent(w.complaintId) + '/closed'),
      recorded: r => 'Grievance ' + r.grievanceId + ' of ' + r.complaintId + ' recorded as closed on the portal.'
    }));
  }

  // Registered complaints re-routed to another department: each stays listed until the operator says it was moved.
  // The confirmation names the department shown, so one made from a page older than a second re-route is refused.
  function renderTransfers(list) {
    renderTasks('transfers', list, t => ({
      itemClass: 'transfer',
      description: t.complaintId + ' — grievance ' + t.grievanceId + ' — from ' + t.fromDepartmentName
        + ' [' + t.fromDepartment + '] to ' + t.toDepartmentName + (t.toDepartmentNameHi ? ' (' + t.toDepartmentNameHi + ')' : '')
        + ' [' + t.toDepartment + '] — reason: ' + t.reason,
      buttonClass: 'moved',
      buttonText: 'Moved to ' + t.toDepartment + ' on the portal',
      done: () => api('POST', '/api/operator/transfers/' + encodeURIComponent(t.complaintId) + '/done',
        { department: t.toDepartment }),
      recorded: r => 'Grievance ' + r.grievanceId + ' of ' + r.complaintId + ' recorded as moved to ' + r.toDepartment + '.'
    }));
  }

  async function refresh() {
    const [queue, registered, withdrawals, transfers] = await Promise.all([api('GET', '/api/operator/queue'),
      api('GET', '/api/operator/registered'), api('GET', '/api/operator/withdrawals'), api('GET', '/api/operator/transfers')]);
    renderQueue(queue);
    renderRegistered(registered);
    renderWithdrawals(withdrawals);
    renderTransfers(transfers);
  }

  async function start() {
    try {
      await refresh();
      $('login').hidden = true;
      $('app').hidden = false;
    } catch (err) {
      auth = null;
      sessionStorage.removeItem('sampark-operator-auth');
      $('login-error').textContent = err.status === 401 || err.status === 403
        ? 'User name or password not recognised, or this account is not an operator.' : err.message;
    }
  }

  $('login-form').addEventListener('submit', (ev) => {
    ev.preventDefault();
    auth = 'Basic ' + btoa(unescape(encodeURIComponent($('login-user').value + ':' + $('login-password').value)));
    sessionStorage.setItem('sampark-operator-auth', auth);
    $('login-error').textContent = '';
    start();
  });

  // One report ID per report being filled in: a double click or a retry after a lost answer files it once.
  function newReportId() {
    return 'operator:' + (window.crypto && crypto.randomUUID ? crypto.randomUUID()
      : Date.now() + '-' + Math.random().toString(16).slice(2));
  }
  let reportId = newReportId();

  $('report-form').addEventListener('submit', async (ev) => {
    ev.preventDefault();
    const message = $('report-message');
    message.textContent = '';
    try {
      const r = await api('POST', '/api/operator/action-reports', {
        complaintId: $('report-complaint').value,
        outcome: $('report-outcome').value,
        officer: $('report-officer').value,
        remarks: $('report-remarks').value,
        reportId: reportId
      });
      reportId = newReportId();
      message.textContent = 'Report ' + r.reportId + ' recorded for ' + r.complaintId + '.';
      message.className = 'ok';
    } catch (err) {
      message.textContent = err.message;
      message.className = 'error';
    }
  });

  if (auth) start();
})();
