// Signing on a tablet or phone screen (issue 14): a pointer-events canvas per signer; on submit the drawing goes
// into the form's hidden "image" field as a PNG data URL. No external service; allowed by the page's CSP.
(function () {
  'use strict';
  function setUp(form) {
    var canvas = form.querySelector('canvas.signature-pad');
    var field = form.querySelector('input[name="image"]');
    var ctx = canvas.getContext('2d');
    var drawing = false;
    var drawn = false;
    ctx.lineWidth = 3;
    ctx.lineCap = 'round';
    ctx.strokeStyle = '#000';
    function point(e) {
      var r = canvas.getBoundingClientRect();
      return {x: (e.clientX - r.left) * canvas.width / r.width, y: (e.clientY - r.top) * canvas.height / r.height};
    }
    canvas.addEventListener('pointerdown', function (e) {
      drawing = true;
      canvas.setPointerCapture(e.pointerId);
      var p = point(e);
      ctx.beginPath();
      ctx.moveTo(p.x, p.y);
      e.preventDefault();
    });
    canvas.addEventListener('pointermove', function (e) {
      if (!drawing) { return; }
      var p = point(e);
      ctx.lineTo(p.x, p.y);
      ctx.stroke();
      drawn = true;
      e.preventDefault();
    });
    function stop() { drawing = false; }
    canvas.addEventListener('pointerup', stop);
    canvas.addEventListener('pointercancel', stop);
    form.querySelector('.signature-clear').addEventListener('click', function () {
      ctx.clearRect(0, 0, canvas.width, canvas.height);
      drawn = false;
    });
    form.addEventListener('submit', function (e) {
      if (!drawn) {
        e.preventDefault();
        window.alert('请先在框内签名');
        return;
      }
      field.value = canvas.toDataURL('image/png');
    });
  }
  function init() {
    Array.prototype.forEach.call(document.querySelectorAll('form.signature-form'), setUp);
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
})();
