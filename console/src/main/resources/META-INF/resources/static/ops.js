// The ops page: fetches /api/ops/pipeline every few seconds and draws it. Every word comes from the page (the
// message bundle, in #texts); data is put in with textContent only, never as HTML.
(function () {
  'use strict';
  var REFRESH_MS = 5000;
  var texts = document.getElementById('texts').dataset;
  var language = texts.language === 'en' ? 'en-IN' : 'hi-IN';
  var numbers = new Intl.NumberFormat(language);
  var times = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'medium' });
  var csrfHeader = document.querySelector('meta[name="csrf-header"]').content;
  var csrfToken = document.querySelector('meta[name="csrf-token"]').content;
  var timer = null;

  function el(tag, attrs, children) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      if (k === 'text') { e.textContent = attrs[k]; } else { e.setAttribute(k, attrs[k]); }
    });
    (children || []).forEach(function (c) { if (c) { e.appendChild(c); } });
    return e;
  }

  function number(n) { return n === null || n === undefined ? '–' : numbers.format(Math.round(n)); }
  function time(t) { return t ? times.format(new Date(t)) : '–'; }

  function table(headers, rows, cls) {
    var head = el('tr', {}, headers.map(function (h) { return el('th', { scope: 'col', text: h }); }));
    return el('table', { 'class': cls || '' }, [el('thead', {}, [head]), el('tbody', {}, rows)]);
  }

  function empty(text) { return el('p', { 'class': 'empty', text: text }); }

  function replace(id, node) {
    var holder = document.getElementById(id);
    holder.replaceChildren(node);
  }

  function setFigure(id, value, bad) {
    var figure = document.getElementById(id);
    figure.textContent = number(value);
    figure.parentElement.classList.toggle('alarm', !!bad);
    figure.parentElement.classList.toggle('calm', !bad);
  }

  function drawLag(kafka) {
    if (kafka.error) {
      replace('lag', el('p', { 'class': 'problem', text: texts.ops_kafka_unreachable + ' ' + kafka.error }));
      return;
    }
    if (!kafka.groups.length) { replace('lag', empty(texts.ops_lag_none)); return; }
    var rows = [];
    kafka.groups.forEach(function (g) {
      g.topics.forEach(function (t, i) {
        rows.push(el('tr', { 'class': t.lag > 0 ? 'lagging' : '', 'data-group': g.group, 'data-topic': t.topic }, [
          i === 0 ? el('th', { scope: 'row', rowspan: String(g.topics.length), 'class': 'group', text: g.group }) : null,
          el('td', { 'class': 'mono', text: t.topic }),
          el('td', { 'class': 'num lag', text: number(t.lag) }),
          el('td', { 'class': 'num', text: number(t.partitions) })
        ]));
      });
    });
    replace('lag', table([texts.ops_col_group, texts.ops_col_topic, texts.ops_col_lag, texts.ops_col_partitions], rows));
  }

  function replayButton(service, d) {
    if (d.replayedAt) {
      return el('span', { 'class': 'chip ok', title: (d.replayedBy || '') + ' ' + time(d.replayedAt), text: texts.ops_replayed });
    }
    var button = el('button', { type: 'button', 'class': 'button small', text: texts.ops_replay });
    button.addEventListener('click', function () {
      if (!window.confirm(texts.ops_replay_confirm)) { return; }
      button.disabled = true;
      var headers = { 'Content-Type': 'application/json', 'X-Requested-With': 'JavaScript' };
      headers[csrfHeader] = csrfToken;
      fetch('/api/ops/dead-letters/' + encodeURIComponent(service) + '/' + d.partition + '/' + d.offset + '/replay',
        { method: 'POST', headers: headers, body: '{}', credentials: 'same-origin' })
        .then(function (r) {
          if (r.ok) { return refresh(); }
          return r.json().catch(function () { return {}; }).then(function (body) {
            throw new Error(body.error || ('HTTP ' + r.status));
          });
        })
        .catch(function (e) {
          button.disabled = false;
          window.alert(texts.ops_replay_failed + ' ' + e.message);
        });
    });
    return button;
  }

  function drawDead(services) {
    var blocks = services.map(function (s) {
      var dl = s.deadLetters;
      var head = el('h3', {}, [
        el('span', { text: s.name }),
        el('span', { 'class': 'chip ' + (dl.error ? 'bad' : dl.waiting > 0 ? 'warn' : 'ok'),
          text: dl.error ? texts.ops_unreachable : number(dl.waiting) + ' / ' + number(dl.total) })
      ]);
      var body;
      if (dl.error) {
        body = el('p', { 'class': 'problem', text: texts.ops_unreachable + ': ' + dl.error });
      } else if (!dl.shown.length) {
        body = empty(texts.ops_dead_none);
      } else {
        var rows = dl.shown.map(function (d) {
          return el('tr', { 'data-service': s.name, 'data-place': d.partition + '/' + d.offset }, [
            el('td', {}, [el('span', { 'class': 'mono', text: d.eventType || '–' }),
              el('small', { 'class': 'muted block', text: d.failedTopic || '' })]),
            el('td', { 'class': 'reason', text: d.reason || '–' }),
            el('td', { 'class': 'nowrap', text: time(d.deadLetteredAt) }),
            el('td', { 'class': 'num mono', text: d.partition + ' / ' + d.offset }),
            el('td', {}, [replayButton(s.name, d)])
          ]);
        });
        body = table([texts.ops_col_type, texts.ops_col_error, texts.ops_col_time, texts.ops_col_place,
          texts.ops_col_action], rows);
        if (dl.total > dl.shown.length) {
          body = el('div', {}, [body, el('p', { 'class': 'muted', text: texts.ops_dead_more.replace('%n', number(dl.total - dl.shown.length)) })]);
        }
      }
      return el('div', { 'class': 'service-block', id: 'dead-' + s.name }, [head, body]);
    });
    var grid = el('div', { 'class': 'service-grid' }, blocks);
    replace('dead', grid);
  }

  function breakerChip(b) {
    var label = { CLOSED: texts.ops_breaker_closed, HALF_OPEN: texts.ops_breaker_half_open,
      OPEN: texts.ops_breaker_open }[b.state] || texts.ops_breaker_unknown;
    var cls = { CLOSED: 'ok', HALF_OPEN: 'warn', OPEN: 'bad' }[b.state] || '';
    return el('span', { 'class': 'chip ' + cls, 'data-breaker': b.name, 'data-state': b.state, title: b.name,
      text: b.name.replace(/^sampark-portal-/, '') + ': ' + label });
  }

  function drawOutbox(services) {
    var rows = [];
    services.forEach(function (s) {
      s.instances.forEach(function (i, n) {
        var cells = [
          n === 0 ? el('th', { scope: 'row', rowspan: String(s.instances.length), text: s.name }) : null,
          el('td', { 'class': 'mono', text: i.address })
        ];
        if (i.error) {
          cells.push(el('td', { colspan: '4', 'class': 'problem', text: texts.ops_unreachable + ': ' + i.error }));
        } else {
          cells.push(el('td', { 'class': 'num backlog' + (i.backlog > 0 ? ' warn-text' : ''), text: number(i.backlog) }));
          cells.push(el('td', { 'class': 'num' + (i.oldestAgeSeconds > 300 ? ' bad-text' : ''), text: number(i.oldestAgeSeconds) }));
          cells.push(el('td', { 'class': 'num' + (i.setAside > 0 ? ' bad-text' : ''), text: number(i.setAside) }));
          cells.push(el('td', {}, i.breakers.length ? i.breakers.map(breakerChip) : [el('span', { 'class': 'muted', text: '–' })]));
        }
        rows.push(el('tr', { 'data-service': s.name }, cells));
      });
    });
    replace('outbox', table([texts.ops_col_service, texts.ops_col_instance, texts.ops_col_backlog,
      texts.ops_col_oldest, texts.ops_col_set_aside, texts.ops_col_breakers], rows));
  }

  function status(text, ok) {
    document.getElementById('status-text').textContent = text;
    document.getElementById('status').classList.toggle('stale', !ok);
  }

  function draw(p) {
    setFigure('total-lag', p.totals.lag, p.totals.lag > 100);
    setFigure('total-dead', p.totals.deadLettersWaiting, p.totals.deadLettersWaiting > 0);
    setFigure('total-backlog', p.totals.outboxBacklog, p.totals.outboxBacklog > 100);
    setFigure('total-breakers', p.totals.openBreakers, p.totals.openBreakers > 0);
    drawLag(p.kafka);
    drawDead(p.services);
    drawOutbox(p.services);
    status(texts.ops_updated + ' ' + time(p.at), true);
  }

  function refresh() {
    clearTimeout(timer);
    // X-Requested-With: JavaScript makes the sign-in answer 499 instead of a redirect the script cannot follow
    return fetch('/api/ops/pipeline', { headers: { 'Accept': 'application/json', 'X-Requested-With': 'JavaScript' },
      credentials: 'same-origin', cache: 'no-store' })
      .then(function (r) {
        if (r.status === 499 || r.status === 401) { status(texts.ops_session_expired, false); return null; }
        if (!r.ok) { throw new Error('HTTP ' + r.status); }
        return r.json();
      })
      .then(function (p) {
        if (p) { draw(p); timer = setTimeout(refresh, REFRESH_MS); }
      })
      .catch(function () {
        status(texts.ops_fetch_failed, false);
        timer = setTimeout(refresh, REFRESH_MS);
      });
  }

  refresh();
}());
