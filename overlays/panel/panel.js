/*
 * Control panel: polls /api/sessions/{s}/state every second and drives the session with the host's token.
 * The token comes from the URL (#token=… or ?token=…), is kept in sessionStorage and removed from the address bar
 * at once, so it is not on screen when the laptop is shared. All data is rendered with textContent.
 */
(function () {
  'use strict';

  var query = new URLSearchParams(window.location.search);
  var hash = new URLSearchParams(window.location.hash.replace(/^#/, ''));
  var session = query.get('session') || '';
  var token = hash.get('token') || query.get('token') || sessionStorage.getItem('bb-host-token') || '';
  sessionStorage.setItem('bb-host-token', token);
  window.history.replaceState(null, '', window.location.pathname + '?session=' + encodeURIComponent(session));
  var overlayToken = sessionStorage.getItem('bb-overlay-token') || '';
  var current = null;
  var editing = {};

  var WIDGETS = [
    ['job-card', '岗位卡片 Job card'],
    ['ticker', '问答滚动 Q&A ticker'],
    ['interest-board', '岗位热度 Interest board'],
    ['carousel', '岗位轮播 Carousel'],
    ['apply-lower-third', '报名方式 How to apply'],
  ];

  function $(id) { return document.getElementById(id); }

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    return node;
  }

  function clear(node) { while (node.firstChild) { node.removeChild(node.firstChild); } }

  function api(method, path, body) {
    var init = { method: method, headers: { 'X-BroadcastBot-Token': token }, cache: 'no-store' };
    if (body !== undefined) {
      init.headers['Content-Type'] = 'application/json';
      init.body = JSON.stringify(body);
    }
    return fetch('/api/sessions/' + encodeURIComponent(session) + path, init).then(function (response) {
      setStatus(response.ok ? 'ok' : 'bad', response.ok ? '已连接' : (response.status === 401 || response.status === 403 ? '令牌无效' : '错误 ' + response.status));
      if (!response.ok) { throw new Error(String(response.status)); }
      return response.json();
    });
  }

  function setStatus(kind, text) {
    var s = $('status');
    s.className = 'status ' + kind;
    s.textContent = text;
  }

  function apply(state) {
    current = state;
    document.body.dataset.version = String(state.version);
    document.body.dataset.featured = state.featured || '';
    $('title').textContent = state.title;
    renderControls(state);
    renderPositions(state);
    renderQueue(state);
    renderUnanswered(state);
    renderLinks(state);
  }

  function refresh() {
    return api('GET', '/state').then(apply, function () { /* status shows it */ });
  }

  function act(method, path, body) {
    return api(method, path, body).then(apply, function () { /* status shows it */ });
  }

  function feature(number) {
    return number === 0 ? act('PUT', '/featured', {}) : act('PUT', '/featured', { number: number });
  }

  function renderControls(state) {
    var pause = $('pause');
    pause.textContent = state.paused ? '恢复自动回复' : '暂停自动回复';
    pause.classList.toggle('on', state.paused);
    $('approval').checked = state.approvalMode;
    var line = $('featured-line');
    var featured = state.positions.filter(function (p) { return p.id === state.featured; })[0];
    line.textContent = featured ? '正在展示：' + featured.number + '号 ' + featured.title + '（' + featured.company + '）' : '未展示岗位（叠加层轮播全部岗位）';
  }

  function renderPositions(state) {
    var body = $('positions').tBodies[0];
    clear(body);
    state.positions.forEach(function (p) {
      var row = el('tr', p.id === state.featured ? 'featured-row' : null);
      row.dataset.position = p.id;
      row.appendChild(el('td', null, p.number));
      row.appendChild(el('td', null, p.title));
      row.appendChild(el('td', null, p.company));
      row.appendChild(el('td', 'n', p.mentions));
      row.appendChild(el('td', 'n', p.interested));
      row.appendChild(el('td', 'n', p.scans));
      var cell = el('td');
      var button = el('button', null, p.id === state.featured ? '取消' : '展示');
      button.type = 'button';
      button.addEventListener('click', function () { feature(p.id === state.featured ? 0 : p.number); });
      cell.appendChild(button);
      row.appendChild(cell);
      body.appendChild(row);
    });
  }

  function renderQueue(state) {
    $('queue-count').textContent = String(state.queue.length);
    var list = $('queue');
    var focused = document.activeElement && document.activeElement.tagName === 'TEXTAREA';
    if (focused) { return; }
    clear(list);
    state.queue.forEach(function (item) {
      var li = el('li');
      li.dataset.id = item.id;
      var q = el('div', 'q');
      q.appendChild(el('span', 'who', item.viewerName));
      q.appendChild(el('span', null, item.question));
      li.appendChild(q);
      var text = el('textarea');
      text.value = editing[item.id] !== undefined ? editing[item.id] : item.proposedAnswer;
      text.addEventListener('input', function () { editing[item.id] = text.value; });
      li.appendChild(text);
      var approve = el('button', 'primary', '发送');
      approve.type = 'button';
      approve.addEventListener('click', function () {
        var edited = text.value !== item.proposedAnswer ? text.value : null;
        delete editing[item.id];
        act('POST', '/queue/' + encodeURIComponent(item.id) + '/approve', { text: edited });
      });
      var skip = el('button', 'danger', '跳过');
      skip.type = 'button';
      skip.addEventListener('click', function () {
        delete editing[item.id];
        act('POST', '/queue/' + encodeURIComponent(item.id) + '/skip');
      });
      li.appendChild(approve);
      li.appendChild(document.createTextNode(' '));
      li.appendChild(skip);
      list.appendChild(li);
    });
  }

  function renderUnanswered(state) {
    var list = $('unanswered');
    clear(list);
    state.unanswered.slice(0, 20).forEach(function (u) {
      var li = el('li');
      li.appendChild(el('span', 'count', '×' + u.count));
      li.appendChild(document.createTextNode(' ' + u.question));
      list.appendChild(li);
    });
  }

  function renderLinks(state) {
    var list = $('overlay-links');
    clear(list);
    WIDGETS.forEach(function (w) {
      var url = window.location.origin + '/overlay/' + w[0] + '.html?session=' + encodeURIComponent(state.sessionId)
        + '&token=' + (overlayToken ? encodeURIComponent(overlayToken) : '〈叠加层令牌〉') + '&lang=zh';
      var li = el('li');
      li.appendChild(el('div', null, w[1]));
      li.appendChild(el('code', null, url));
      list.appendChild(li);
    });
    var exports = $('exports');
    clear(exports);
    state.companies.forEach(function (c) {
      var li = el('li');
      li.appendChild(el('span', null, c.name + ' '));
      ['csv', 'xlsx', 'json'].forEach(function (format) {
        var b = el('button', null, format.toUpperCase());
        b.type = 'button';
        b.addEventListener('click', function () { download(c.id, format); });
        li.appendChild(b);
        li.appendChild(document.createTextNode(' '));
      });
      exports.appendChild(li);
    });
  }

  function download(company, format) {
    fetch('/api/sessions/' + encodeURIComponent(session) + '/companies/' + encodeURIComponent(company) + '/interest.' + format,
      { headers: { 'X-BroadcastBot-Token': token }, cache: 'no-store' })
      .then(function (r) { if (!r.ok) { throw new Error(String(r.status)); } return r.blob(); })
      .then(function (blob) {
        var a = el('a');
        a.href = URL.createObjectURL(blob);
        a.download = session + '-' + company + '.' + format;
        document.body.appendChild(a);
        a.click();
        a.remove();
      }, function (e) { setStatus('bad', '导出失败 ' + e.message); });
  }

  $('pause').addEventListener('click', function () {
    act('POST', current && current.paused ? '/answers/resume' : '/answers/pause');
  });
  $('approval').addEventListener('change', function (e) { act('PUT', '/approval', { enabled: e.target.checked }); });
  $('rotate-overlay').addEventListener('click', function () {
    if (!window.confirm('生成新令牌后，OBS 里的旧链接立即失效，需要更新。继续？')) { return; }
    api('POST', '/tokens/overlay/rotate').then(function (r) {
      overlayToken = r.token;
      sessionStorage.setItem('bb-overlay-token', overlayToken);
      if (current) { renderLinks(current); }
    }, function () { /* status shows it */ });
  });

  document.addEventListener('keydown', function (e) {
    var tag = e.target && e.target.tagName;
    if (tag === 'TEXTAREA' || tag === 'INPUT' || e.ctrlKey || e.metaKey || e.altKey) { return; }
    if (e.key >= '0' && e.key <= '9') {
      e.preventDefault();
      feature(parseInt(e.key, 10));
    }
  });

  refresh();
  window.setInterval(refresh, 1000);
})();
