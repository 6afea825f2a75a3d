/* How-to-apply lower third: the steps, and the featured position's QR code when one is featured. */
(function () {
  'use strict';
  var B = window.BroadcastBot;
  var root = document.getElementById('root');

  B.start(function (state) {
    var p = B.position(state.live.featured);
    B.clear(root);
    var bar = B.el('section', 'bar3 panel');
    if (p) {
      var qr = B.el('div', 'qr');
      var img = B.el('img');
      img.alt = '';
      img.src = p.qr;
      qr.appendChild(img);
      qr.appendChild(B.el('div', 'domain', p.applyDomain));
      bar.appendChild(qr);
    }
    var text = B.el('div', 'text');
    text.appendChild(B.el('div', 'headline accent', p
      ? B.t('扫码报名 ' + p.number + '号岗位：' + p.title, 'Scan to apply: #' + p.number + ' ' + (p.titleEn || p.title))
      : B.t('怎么报名？', 'How to apply')));
    text.appendChild(B.el('div', 'steps', B.t(
      '① 扫描屏幕上的二维码  ② 选择岗位一键投递  ③ 或在评论区打出岗位编号',
      '1. Scan the QR code  2. Apply in one tap  3. Or type the position number in chat')));
    text.appendChild(B.el('div', 'free muted', B.t(
      '求职者全程免费 · ' + state.kb.session.host, 'Free for job seekers · ' + state.kb.session.host)));
    bar.appendChild(text);
    root.appendChild(bar);
  });
})();
