/*
 * BroadcastBot overlay runtime: reads the URL parameters, keeps one WebSocket to the bot, and re-renders the
 * widget with the full state after every message. Reconnects by itself with capped exponential back-off and
 * jitter; every (re)connect starts with a full snapshot, so a bot restart never leaves a blank overlay.
 * Data is ALWAYS rendered with textContent / createElement (el() below), never innerHTML.
 */
(function () {
  'use strict';

  var params = new URLSearchParams(window.location.search);
  var SAFE = /^[a-z0-9_-]{1,32}$/;
  function param(name, fallback) {
    var v = params.get(name);
    return v && SAFE.test(v) ? v : fallback;
  }

  var config = {
    session: params.get('session') || '',
    token: params.get('token') || '',
    lang: params.get('lang') === 'en' ? 'en' : 'zh',
    theme: param('theme', 'dark'),
    slot: param('slot', 'default'),
    room: param('room', ''),
  };

  var state = { kb: null, live: null, connected: false };
  var renderers = [];
  var socket = null;
  var attempt = 0;
  var lastMessageAt = 0;

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    return node;
  }

  function clear(node) {
    while (node.firstChild) { node.removeChild(node.firstChild); }
  }

  function t(zh, en) {
    return config.lang === 'en' && en ? en : zh;
  }

  var PERIOD = {
    zh: { month: '元/月', day: '元/天', hour: '元/小时', piece: '元/件', year: '元/年' },
    en: { month: '/ month', day: '/ day', hour: '/ hour', piece: '/ piece', year: '/ year' },
  };

  function salary(p) {
    if (config.lang === 'en') { return (p.currency === 'CNY' ? '¥' : p.currency + ' ') + p.salary + ' ' + (PERIOD.en[p.period] || ''); }
    return p.salary + ' ' + (PERIOD.zh[p.period] || '');
  }

  function position(id) {
    if (!state.kb || !id) { return null; }
    for (var i = 0; i < state.kb.positions.length; i++) {
      if (state.kb.positions[i].id === id) { return state.kb.positions[i]; }
    }
    return null;
  }

  function render() {
    var body = document.body;
    body.dataset.connected = state.connected ? 'true' : 'false';
    if (state.live) {
      body.dataset.version = String(state.live.version);
      body.dataset.featured = state.live.featured || '';
    }
    if (!state.kb || !state.live) { return; }
    for (var i = 0; i < renderers.length; i++) {
      try { renderers[i](state); } catch (e) { /* one widget's bug must not stop the others */ }
    }
  }

  function socketUrl() {
    var scheme = window.location.protocol === 'https:' ? 'wss:' : 'ws:';
    var query = 'session=' + encodeURIComponent(config.session) + '&token=' + encodeURIComponent(config.token);
    if (config.room) { query += '&room=' + encodeURIComponent(config.room); }
    return scheme + '//' + window.location.host + '/overlay/ws?' + query;
  }

  function scheduleReconnect() {
    var base = Math.min(10000, 500 * Math.pow(2, attempt));
    attempt = Math.min(attempt + 1, 10);
    window.setTimeout(connect, base / 2 + Math.random() * base / 2);
  }

  function connect() {
    var ws;
    try { ws = new WebSocket(socketUrl()); } catch (e) { scheduleReconnect(); return; }
    socket = ws;
    ws.onmessage = function (event) {
      var message;
      try { message = JSON.parse(event.data); } catch (e) { return; }
      lastMessageAt = Date.now();
      attempt = 0;
      state.connected = true;
      if (message.type === 'kb') {
        state.kb = message;
      } else if (message.type === 'state') {
        state.live = message;
        render();
      }
    };
    ws.onclose = function () {
      if (socket !== ws) { return; }
      socket = null;
      state.connected = false;
      render();
      scheduleReconnect();
    };
    ws.onerror = function () { try { ws.close(); } catch (e) { /* closing anyway */ } };
  }

  // The server re-sends the state every 10 s; three missed beats mean a dead link (e.g. a laptop that slept).
  window.setInterval(function () {
    if (socket && lastMessageAt && Date.now() - lastMessageAt > 30000) {
      lastMessageAt = 0;
      try { socket.close(); } catch (e) { /* reconnect follows */ }
    }
  }, 5000);

  window.BroadcastBot = {
    config: config,
    el: el,
    clear: clear,
    t: t,
    salary: salary,
    position: position,
    state: function () { return state; },
    start: function (renderer) {
      document.documentElement.lang = config.lang === 'en' ? 'en' : 'zh-CN';
      document.body.classList.add('theme-' + config.theme, 'slot-' + config.slot, 'lang-' + config.lang);
      renderers.push(renderer);
      if (!socket) { connect(); }
    },
  };
})();
